// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.draft.NoteText;
import app.afterword.core.draft.ProfileSettings;
import app.afterword.core.store.Json;
import app.afterword.core.store.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DraftCommandTest {
    private static final Path SAMPLES = Path.of(System.getProperty("project.basedir", "."))
        .resolve("src/main/resources/app/afterword/samples");

    @TempDir
    Path data;

    private static String sample(String name) {
        return SAMPLES.resolve(name + ".json").toString();
    }

    static Stream<Arguments> everyKindAndMediumWithATemplate() {
        List<Arguments> out = new ArrayList<>();
        for (String sample : List.of("sample-interview", "phone-screen", "five-person-panel")) {
            for (NoteKind k : NoteKind.values()) {
                for (Medium m : Medium.values()) {
                    out.add(Arguments.of(sample, k.id(), m.id()));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} --kind {1} --medium {2}")
    @MethodSource("everyKindAndMediumWithATemplate")
    void draftsEveryKindAndMediumWithoutLeftoverMarkup(String sample, String kind, String medium) throws Exception {
        CliRun r = CliRun.run(data, "draft", sample(sample), "--kind", kind, "--medium", medium, "--format", "json");
        if (r.exit() == Cli.USAGE) {
            assertThat(r.err()).contains("There is no template for");
            return;
        }
        if (r.exit() == Cli.PROBLEMS && kind.equals("recruiter-thanks")) {
            assertThat(r.err()).contains("no one in this interview is marked as recruiter");
            return;
        }
        if (r.exit() == Cli.PROBLEMS && kind.equals("referral-thanks")) {
            assertThat(r.err()).contains("no one in this interview is marked as referrer");
            return;
        }
        if (r.exit() == Cli.PROBLEMS) {
            assertThat(sample).isEqualTo("phone-screen");
            assertThat(r.err()).contains("and this interview has none");
            return;
        }
        assertThat(r.exit()).isEqualTo(Cli.OK);
        JsonNode list = new Json().parse(r.out().getBytes(StandardCharsets.UTF_8));
        assertThat(list).isNotEmpty();
        for (JsonNode d : list) {
            assertThat(d.get("kind").asText()).isEqualTo(kind);
            assertThat(d.get("medium").asText()).isEqualTo(medium);
            assertThat(NoteText.leftoverMarkup(d.get("body").asText())).isNull();
            assertThat(d.has("subject")).isEqualTo("email".equals(medium));
        }
    }

    @Test
    void everyKindAndEveryMediumIsAvailable() {
        for (NoteKind k : NoteKind.values()) {
            // a recruiter's or referrer's thank-you needs that person: --to names who takes the part here
            String[] to = switch (k) {
                case RECRUITER_THANKS, REFERRAL_THANKS -> new String[] {"--to", "daniel"};
                default -> new String[0];
            };
            List<String> args = new ArrayList<>(List.of("draft", sample("sample-interview"), "--kind", k.id()));
            args.addAll(List.of(to));
            assertThat(CliRun.run(data, args.toArray(String[]::new)).exit()).as(k.id()).isEqualTo(Cli.OK);
        }
        for (Medium m : Medium.values()) {
            assertThat(CliRun.run(data, "draft", sample("sample-interview"), "--medium", m.id()).exit())
                .as(m.id()).isEqualTo(Cli.OK);
        }
    }

    @Test
    void printsOneDraftPerInterviewerAsText() {
        Path fresh = data.resolve("not-created");
        CliRun r = CliRun.run(fresh, "draft", sample("sample-interview"));
        assertThat(r.exit()).isEqualTo(Cli.OK);
        assertThat(r.out()).startsWith("To: María José Ortega <mj.ortega@brightline.example>\n"
            + "Subject: Thank you — Senior Product Designer interview\n\nDear María,\n");
        assertThat(r.out()).contains("\nTo: Daniel O'Brien <daniel.obrien@brightline.example>\n",
            "\nTo: Priya Raman-Iyer <priya.raman-iyer@brightline.example>\n");
        assertThat(r.err()).isEmpty();
        assertThat(fresh).as("drafting from a file creates no data folder").doesNotExist();
    }

    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        CliRun r = CliRun.run(data, "draft", sample("sample-interview"), "--to", "Daniel", "--format", "json");
        JsonNode list = new Json().parse(r.out().getBytes(StandardCharsets.UTF_8));
        assertThat(list).hasSize(1);
        List<String> fields = new ArrayList<>();
        list.get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("recipient", "kind", "medium", "template", "subject", "body");
        assertThat(list.get(0).get("recipient").asText()).isEqualTo("Daniel O'Brien");
        assertThat(list.get(0).get("template").asText()).isEqualTo("thank-you-email-warm");
    }

    @Test
    void cardHasNoSubjectInJson() throws Exception {
        CliRun r = CliRun.run(data, "draft", sample("phone-screen"), "--medium", "card", "--format", "json");
        JsonNode d = new Json().parse(r.out().getBytes(StandardCharsets.UTF_8)).get(0);
        assertThat(d.has("subject")).isFalse();
        assertThat(r.err()).contains("No name to sign with");
    }

    @Test
    void templateOptionPicksTheTemplate() {
        CliRun r = CliRun.run(data, "draft", sample("sample-interview"), "--template", "thank-you-email-formal",
            "--to", "priya");
        assertThat(r.out()).contains("Subject: Thank you for the Senior Product Designer interview");
    }

    @Test
    void missingToneIsExplainedOnStandardError() {
        CliRun r = CliRun.run(data, "draft", sample("sample-interview"), "--kind", "close-loop", "--medium",
            "linkedin-message", "--tone", "brief");
        assertThat(r.exit()).isEqualTo(Cli.OK);
        assertThat(r.err()).contains("Note: There is no brief LinkedIn message for a close-the-loop note: LinkedIn "
            + "messages are short and conversational, so they come in one voice; send an e-mail for a formal or "
            + "brief note. Drafted with 'close-loop-linkedin-message' (warm).");
        CliRun formal = CliRun.run(data, "draft", sample("sample-interview"), "--kind", "follow-up", "--tone",
            "formal", "--format", "json");
        assertThat(formal.err()).isEmpty();
        assertThat(formal.out()).contains("\"template\" : \"follow-up-email-formal\"");
    }

    @Test
    void draftsAReplyToARejection() throws Exception {
        CliRun r = CliRun.run(data, "draft", sample("sample-interview"), "--kind", "rejection-reply", "--to",
            "daniel");
        assertThat(r.exit()).isEqualTo(Cli.OK);
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("To: Daniel O'Brien <daniel.obrien@brightline.example>\n"
            + "Subject: Re: the Senior Product Designer role\n\nDear Daniel,\n\n")
            .contains("your decision on the Senior Product Designer role", "feedback", "Sam Okafor")
            .doesNotContainIgnoringCase("reconsider").doesNotContainIgnoringCase("another candidate");

        CliRun json = CliRun.run(data, "draft", sample("five-person-panel"), "--kind", "rejection-reply", "--tone",
            "formal", "--format", "json");
        assertThat(json.exit()).isEqualTo(Cli.OK);
        JsonNode list = new Json().parse(json.out().getBytes(StandardCharsets.UTF_8));
        assertThat(list).as("one reply, to the contact").hasSize(1).allSatisfy(d -> {
            assertThat(d.get("kind").asText()).isEqualTo("rejection-reply");
            assertThat(d.get("template").asText()).isEqualTo("rejection-reply-email-formal");
            assertThat(d.get("body").asText()).startsWith("Dear ").contains("Staff Backend Engineer position");
        });
    }

    @Test
    void unknownRecipientIsAUsageError() {
        CliRun r = CliRun.run(data, "draft", sample("sample-interview"), "--to", "Zed");
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).startsWith("afterword: There is no interviewer named 'Zed'");
    }

    @Test
    void badKindListsTheChoices() {
        CliRun r = CliRun.run(data, "draft", sample("sample-interview"), "--kind", "poem");
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("'poem' is not a kind of note; use one of thank-you, follow-up");
    }

    @Test
    void invalidInterviewFileListsItsProblems() throws Exception {
        Path bad = data.resolveSibling("bad.json");
        Files.writeString(bad, "{\"company\": \"Acme\"}");
        CliRun r = CliRun.run(data, "draft", bad.toString());
        assertThat(r.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(r.err()).contains("role is missing", "start is missing");
    }

    @Test
    void missingFileIsAUsageError() {
        CliRun r = CliRun.run(data, "draft", "no/such/file.json");
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("does not exist");
    }

    @Test
    void draftsAnInterviewFromTheWorkspaceById() {
        assertThat(CliRun.run(data, "interview", "add", sample("phone-screen")).exit()).isEqualTo(Cli.OK);
        CliRun r = CliRun.run(data, "draft", "northwind-analytics-data-analyst-2026-12-01", "--medium",
            "linkedin-note");
        assertThat(r.exit()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains("Dear Siobhán, thank you");
    }

    @Test
    void userTemplateAndProfileFromTheWorkspaceAreUsed() throws Exception {
        Path file = data.resolveSibling("mine.vtl");
        Files.writeString(file, "## kind: thank-you\n## medium: linkedin-message\n## title: Mine\n"
            + "Dear $interviewer.name, thanks! $!candidate.name\n");
        assertThat(CliRun.run(data, "templates", "import", file.toString()).out()).startsWith("Imported user-mine");
        CliRun r = CliRun.run(data, "draft", sample("sample-interview"), "--template", "user-mine", "--to",
            "daniel");
        assertThat(r.out()).contains("Dear Daniel O'Brien, thanks! Sam Okafor");
    }

    @Test
    void copyWithoutADisplaySaysSoAndStillPrintsTheNote() {
        CliRun r = CliRun.run(data, "draft", sample("sample-interview"), "--to", "Daniel", "--copy");
        assertThat(r.exit()).isEqualTo(Cli.OK);
        assertThat(r.err()).contains(DraftCommand.NO_CLIPBOARD)
            .contains("No clipboard here (no display); the note is printed below — copy it from the terminal.");
        assertThat(r.out()).startsWith("To: Daniel O'Brien").contains("Dear Daniel,");
    }

    @Test
    void copyOnAHeadlessJvmWithADisplayVariableStillFindsNoClipboard() {
        CliRun r = CliRun.withEnv(data, Map.of("DISPLAY", ":0"), "draft", sample("sample-interview"), "--to",
            "Daniel", "--copy", "--format", "json");
        assertThat(java.awt.GraphicsEnvironment.isHeadless()).as("the tests run headless").isTrue();
        assertThat(r.exit()).isEqualTo(Cli.OK);
        assertThat(r.err()).contains(DraftCommand.NO_CLIPBOARD);
        assertThat(r.out()).contains("\"recipient\" : \"Daniel O'Brien\"");
    }

    @Test
    void withoutANameToSignWithDraftSaysSoOnceAndStillDrafts() throws Exception {
        Json json = new Json();
        ObjectNode interview = (ObjectNode) json.parse(Files.readAllBytes(Path.of(sample("sample-interview"))));
        interview.remove("candidate");
        Path nameless = data.resolveSibling("nameless.json");
        Files.write(nameless, json.write(interview));

        CliRun r = CliRun.run(data, "draft", nameless.toString());

        assertThat(r.exit()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains("To: María José Ortega", "To: Daniel O'Brien", "To: Priya Raman-Iyer")
            .doesNotContain("Sam Okafor");
        assertThat(r.err().split("No name to sign with", -1)).as(r.err()).hasSize(2);
        assertThat(r.err()).contains(data.resolve("settings.json").toString(), "\"profile\"", "\"candidate\"",
            "the notes end without a signature");
    }

    @Test
    void aNameInTheProfileSignsTheNotesWithoutATip() throws Exception {
        Json json = new Json();
        ObjectNode interview = (ObjectNode) json.parse(Files.readAllBytes(Path.of(sample("sample-interview"))));
        interview.remove("candidate");
        Path nameless = data.resolveSibling("nameless.json");
        Files.write(nameless, json.write(interview));
        try (Workspace ws = Workspace.open(data)) {
            ws.settings().put(ProfileSettings.SECTION, new ProfileSettings("Sam Okafor", null, null, null, null));
        }

        CliRun r = CliRun.run(data, "draft", nameless.toString(), "--to", "daniel");

        assertThat(r.exit()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains("Sam Okafor");
        assertThat(r.err()).doesNotContain("No name to sign with");
    }

    /** The sample panel with María as hiring manager, Daniel as the contact chosen and Priya copied. */
    private Path withContact() throws Exception {
        Json json = new Json();
        ObjectNode interview = (ObjectNode) json.parse(Files.readAllBytes(Path.of(sample("sample-interview"))));
        ((ObjectNode) interview.get("interviewers").get(0)).put("part", "hiring-manager");
        interview.put("contact", "Daniel O'Brien");
        interview.putArray("cc").add("Priya Raman-Iyer").add("coach@example.org");
        Path file = data.resolveSibling("with-contact.json");
        Files.write(file, json.write(interview));
        return file;
    }

    @Test
    void aFollowUpIsOneNoteToTheContactCopyingWhomTheInterviewNames() throws Exception {
        CliRun r = CliRun.run(data, "draft", withContact().toString(), "--kind", "follow-up");
        assertThat(r.exit()).isEqualTo(Cli.OK);
        assertThat(r.out()).startsWith("To: Daniel O'Brien <daniel.obrien@brightline.example>\n"
            + "Cc: Priya Raman-Iyer <priya.raman-iyer@brightline.example>, coach@example.org\n"
            + "Subject: The Senior Product Designer role — next steps\n\nDear Daniel,\n");
        assertThat(r.out().split("\nTo: ", -1)).as("one note").hasSize(1);
        assertThat(CliRun.run(data, "draft", sample("sample-interview"), "--kind", "close-loop").out()
            .split("(?m)^To: ", -1)).as("without a contact, one note to the first interviewer").hasSize(2);
    }

    @Test
    void toOverridesTheContactAndCcReplacesTheCopies() throws Exception {
        CliRun r = CliRun.run(data, "draft", withContact().toString(), "--kind", "value-add", "--to", "priya",
            "--cc", "maria", "--cc", "daniel", "--format", "json");
        assertThat(r.exit()).isEqualTo(Cli.OK);
        JsonNode list = new Json().parse(r.out().getBytes(StandardCharsets.UTF_8));
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("recipient").asText()).isEqualTo("Priya Raman-Iyer");
        assertThat(list.get(0).get("cc")).extracting(JsonNode::asText)
            .containsExactly("María José Ortega", "Daniel O'Brien");
    }

    @Test
    void aThankYouCopiesNoOneEvenWhenAskedAndSaysWhy() throws Exception {
        CliRun r = CliRun.run(data, "draft", withContact().toString(), "--cc", "daniel");
        assertThat(r.exit()).isEqualTo(Cli.OK);
        assertThat(r.out()).contains("To: María José Ortega", "To: Daniel O'Brien", "To: Priya Raman-Iyer")
            .doesNotContain("Cc:");
        assertThat(r.err()).contains("Note: --cc is for a note that goes to one contact; each thank-you note goes "
            + "to its reader alone, so nobody is copied.");
        CliRun linkedIn = CliRun.run(data, "draft", withContact().toString(), "--kind", "follow-up", "--medium",
            "linkedin-message", "--cc", "daniel");
        assertThat(linkedIn.exit()).isEqualTo(Cli.OK);
        assertThat(linkedIn.out()).doesNotContain("Cc:");
        assertThat(linkedIn.err()).contains("Note: --cc copies people on an e-mail; a LinkedIn message has no copies");
    }

    @Test
    void theHelpSaysWhoEachKindGoesTo() {
        CliRun r = CliRun.run(data, "draft", "--help");
        assertThat(r.out()).contains("a thank-you to each interviewer", "once, to the contact", "--cc=NAME");
    }
}
