// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesCommandTest {
    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void listShowsEveryBundledTemplate() {
        CliRun r = CliRun.run(data(), "templates", "list");
        assertThat(r.exit()).isEqualTo(Cli.OK);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).first().asString().startsWith("ID");
        assertThat(lines.subList(1, lines.indexOf(""))).hasSize(54);
        assertThat(r.out()).contains("thank-you-email-formal", "close-loop-linkedin-message", "bundled",
            "rejection-reply-email-warm", "withdraw-email-brief");
    }

    @Test
    void listSaysWhichToneEachKindAndMediumComesInAndWhyOneIsMissing() {
        String out = CliRun.run(data(), "templates", "list").out();
        List<String> tones = out.lines().dropWhile(l -> !l.startsWith("Tones by kind and medium")).toList();
        assertThat(tones).isNotEmpty();
        assertThat(tones).contains(
            "  follow-up         email             warm, formal, brief",
            "  close-loop        linkedin-message  warm                 formal, brief: LinkedIn messages are short "
                + "and conversational, so they come in one voice; send an e-mail for a formal or brief note",
            "  thank-you         card              warm                 formal, brief: a handwritten card has one "
                + "voice, a few warm lines with a formal greeting",
            "  referral-thanks   email             warm, brief          formal: the person who referred you knows "
                + "you, and a formal note would read as distant");
        assertThat(tones).anyMatch(l -> l.startsWith("  withdraw          email             warm, formal, brief"));
    }

    @Test
    void listAsJsonHasTheMetadata() throws Exception {
        JsonNode list = new Json().parse(CliRun.run(data(), "templates", "list", "--format", "json").out()
            .getBytes(StandardCharsets.UTF_8));
        assertThat(list).hasSize(54);
        JsonNode first = list.get(0);
        assertThat(first.get("id").asText()).isEqualTo("thank-you-email-warm");
        assertThat(first.get("fields").toString()).contains("interviewer.topic");
        assertThat(first.get("description").asText()).isNotBlank();
    }

    @Test
    void showPrintsMetadataAndText() {
        CliRun r = CliRun.run(data(), "templates", "show", "value-add-email");
        assertThat(r.out()).startsWith("Value-add follow-up e-mail (value-add-email)\n")
            .contains("Needs: note.idea", "## kind: value-add", "Subject: A follow-up idea");
        assertThat(CliRun.run(data(), "templates", "show", "nope").exit()).isEqualTo(Cli.USAGE);
    }

    @Test
    void checkOfAGoodFileExitsZero() throws Exception {
        Path good = file("good.vtl", "## kind: thank-you\n## medium: email\nSubject: Thank you — $interview.role\n\n"
            + "Dear $interviewer.name,\n\nThank you for the conversation.\n");
        CliRun r = CliRun.run(data(), "templates", "check", good.toString());
        assertThat(r.exit()).isEqualTo(Cli.OK);
        assertThat(r.out()).isEqualTo("good.vtl: OK — drafted 9 notes for the sample interviews.\n");
    }

    @Test
    void checkOfAFileWithATypoGivesLineAndColumn() throws Exception {
        Path typo = file("typo.vtl", "## kind: thank-you\n## medium: card\n\nHello $interviewer.nmae,\n");
        CliRun r = CliRun.run(data(), "templates", "check", typo.toString());
        assertThat(r.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(r.out()).isEqualTo("typo.vtl: line 4, column 7: `$interviewer.nmae` is not a field — did you "
            + "mean `name`?\n");
    }

    @Test
    void checkUsesOptionsWhenTheHeaderIsMissing() throws Exception {
        Path bare = file("bare.vtl", "Dear $interviewer.name, thank you.\n");
        assertThat(CliRun.run(data(), "templates", "check", bare.toString()).exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(CliRun.run(data(), "templates", "check", bare.toString(), "--kind", "network", "--medium",
            "linkedin-message").exit()).isEqualTo(Cli.OK);
    }

    @Test
    void checkOfABinaryFileSaysWhy() throws Exception {
        Path png = dir.resolve("x.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, (byte) 0xFF});
        CliRun r = CliRun.run(data(), "templates", "check", png.toString());
        assertThat(r.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(r.out()).contains("x.png is not UTF-8 text");
    }

    @Test
    void everyBundledTemplateExportedPassesTheCheck() throws Exception {
        CliRun list = CliRun.run(data(), "templates", "list", "--format", "json");
        for (JsonNode t : new Json().parse(list.out().getBytes(StandardCharsets.UTF_8))) {
            String id = t.get("id").asText();
            Path out = dir.resolve(id + ".vtl");
            assertThat(CliRun.run(data(), "templates", "export", id, "-o", out.toString()).exit()).isEqualTo(Cli.OK);
            assertThat(CliRun.run(data(), "templates", "check", out.toString()).exit()).as(id).isEqualTo(Cli.OK);
        }
    }

    @Test
    void exportRefusesToOverwriteWithoutForce() throws Exception {
        Path out = file("exists.vtl", "keep me");
        CliRun r = CliRun.run(data(), "templates", "export", "thank-you-card", "-o", out.toString());
        assertThat(r.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(r.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(out)).isEqualTo("keep me");
        assertThat(CliRun.run(data(), "templates", "export", "thank-you-card", "-o", out.toString(), "--force")
            .exit()).isEqualTo(Cli.OK);
        assertThat(Files.readString(out)).startsWith("## kind: thank-you");
        assertThat(Files.readString(out.resolveSibling("exists.vtl.bak"))).isEqualTo("keep me");
    }

    @Test
    void importListExportAndRemoveAUserTemplate() throws Exception {
        Path mine = file("mine.vtl", "## kind: close-loop\n## medium: email\n## title: My close\n"
            + "Subject: Thank you — $interview.role\n\nDear $interviewer.name,\n\nThank you for everything.\n");
        CliRun imported = CliRun.run(data(), "templates", "import", mine.toString());
        assertThat(imported.exit()).isEqualTo(Cli.OK);
        assertThat(imported.out()).isEqualTo("Imported user-my-close: My close (close-loop, email, warm).\n");
        assertThat(CliRun.run(data(), "templates", "list").out()).contains("user-my-close", "yours");
        assertThat(CliRun.run(data(), "templates", "export", "user-my-close").out())
            .contains("## title: My close", "Thank you for everything.");
        assertThat(CliRun.run(data(), "templates", "remove", "user-my-close").exit()).isEqualTo(Cli.OK);
        assertThat(CliRun.run(data(), "templates", "list").out()).doesNotContain("user-my-close");
    }

    @Test
    void importOfABrokenTemplateSavesNothing() throws Exception {
        Path broken = file("broken.vtl", "## kind: thank-you\n## medium: card\n#if($interviewer.title)\n");
        CliRun r = CliRun.run(data(), "templates", "import", broken.toString());
        assertThat(r.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(r.err()).contains("broken.vtl can't be imported: line 3, column 1: `#if` is never closed; add "
            + "`#end` after the part it controls.");
        assertThat(CliRun.run(data(), "templates", "list").out()).doesNotContain("user-");
    }
}
