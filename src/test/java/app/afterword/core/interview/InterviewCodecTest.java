// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.interview;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.store.Json;
import app.afterword.core.store.JsonFileException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterviewCodecTest {

    private final Json json = new Json();
    private final InterviewCodec codec = new InterviewCodec();

    private JsonNode parse(String text) throws JsonFileException {
        return json.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private InterviewCodec.Decoded read(String text) throws JsonFileException {
        return codec.read(parse(text));
    }

    static Interview richInterview() {
        return new Interview.Builder()
            .candidate(new Candidate("Zoë Ní Bhriain", "zoe@example.com", "+353 1 555 0100", "in/zoe",
                "Zoë\nBest regards 🌿"))
            .company("Ångström & Söhne")
            .role("Staff Engineer — Platform")
            .format(InterviewFormat.ONSITE)
            .start(OffsetDateTime.parse("2026-03-27T16:00:00+01:00"))
            .end(OffsetDateTime.parse("2026-03-27T17:15:00+01:00"))
            .timeZone(ZoneId.of("Europe/Dublin"))
            .interviewers(List.of(
                new Interviewer("Nguyễn Thị Minh Khai", "CTO", "khai@example.com", null,
                    List.of("the migration to Kubernetes 🚀"), "we both grew up in Huế"),
                new Interviewer("Seán O'Connor-Whyte", null, null, null, List.of(), null, "Seán", null),
                new Interviewer("نور الهدى", "مديرة", null, null, List.of("‏العمل عن بعد‎"), null)))
            .topics(List.of("on-call rotation", "the \u202Eright-to-left override\u202C trick"))
            .skills(List.of("Go", "incident reviews"))
            .clarifications(List.of("notice period"))
            .ideas(List.of("a runbook template"))
            .decisionBy(LocalDate.parse("2026-04-03"))
            .notes("Line one\nLine two\twith tab")
            .build();
    }

    @Test
    void writtenInterviewReadsBackEqual() throws Exception {
        Interview original = richInterview();
        byte[] bytes = json.write(codec.write(original));
        InterviewCodec.Decoded back = codec.read(json.parse(bytes));
        assertThat(back.problems()).isEmpty();
        assertThat(back.interview()).isEqualTo(original);
    }

    @Test
    void unknownFieldsAreKeptAtEveryLevelAndWrittenBack() throws Exception {
        String text = """
            {"schemaVersion": 1, "company": "Acme", "role": "Designer", "start": "2026-05-04T09:00:00-05:00",
             "futureFlag": {"nested": [1, 2.50, "x"]},
             "candidate": {"name": "Sam", "pronouns": "they/them"},
             "interviewers": [{"name": "Ana", "favouriteColour": "teal"}],
             "zzz": null}
            """;
        Interview i = read(text).interview();
        JsonNode written = codec.write(i);
        assertThat(written.get("futureFlag")).isEqualTo(parse("{\"nested\": [1, 2.50, \"x\"]}"));
        assertThat(written.get("zzz").isNull()).isTrue();
        assertThat(written.get("candidate").get("pronouns").asText()).isEqualTo("they/them");
        assertThat(written.get("interviewers").get(0).get("favouriteColour").asText()).isEqualTo("teal");
        assertThat(codec.read(written).interview()).isEqualTo(i);
    }

    @Test
    void writtenFileIsStableAcrossASecondRoundTrip() throws Exception {
        byte[] first = json.write(codec.write(richInterview()));
        byte[] second = json.write(codec.write(codec.read(json.parse(first)).interview()));
        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
    }

    @Test
    void offsetsArePreservedNotConvertedToUtc() throws Exception {
        Interview i = read("""
            {"company": "Acme", "role": "Designer", "start": "2026-05-04T09:00:00-05:00",
             "interviewers": [{"name": "Ana"}]}
            """).interview();
        assertThat(i.start().getOffset().getId()).isEqualTo("-05:00");
        assertThat(codec.write(i).get("start").asText()).isEqualTo("2026-05-04T09:00-05:00");
    }

    private static final String VALID = """
        {"company": "A", "role": "R", "start": "2026-01-05T10:00:00Z", "interviewers": [{"name": "x"}]}
        """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        missing name     | {"interviewers": [{"name": "x"}, {"title": "CTO"}]}   | interviewers[1].name is missing
        unknown format   | {"format": "telepathy"}           | format: 'telepathy' is not one of onsite, video, phone
        missing company  | {"company": null}                 | company is missing
        blank role       | {"role": "  "}                    | role is missing
        no offset        | {"start": "2026-01-05T10:00"}     | start: '2026-01-05T10:00' has no UTC offset
        not a date       | {"start": "next tuesday"}         | start: 'next tuesday' is not a date and time
        start missing    | {"start": null}                   | start is missing
        number as text   | {"company": 12}                   | company must be text in quotes, not a number (12)
        no interviewers  | {"interviewers": []}              | interviewers is missing
        bad zone         | {"timeZone": "Mars/Base"}         | timeZone: 'Mars/Base' is not a known time zone
        bad decision     | {"decisionBy": "soon"}            | decisionBy: 'soon' is not a date
        end before start | {"end": "2026-01-05T09:00:00Z"}   | end (2026-01-05T09:00Z) is before start
        topic not text   | {"topics": ["a", 3]}              | topics[1] must be text in quotes
        list not list    | {"skills": {"a": 1}}              | skills must be a list of text
        bad version      | {"schemaVersion": "one"}          | schemaVersion must be a whole number
        person not obj   | {"interviewers": ["Ana"]}         | interviewers[0] must be an object with at least a name
        greeting number  | {"interviewers": [{"name": "x", "addressAs": 3}]}  | interviewers[0].addressAs must be text
        greeting 2 lines | {"interviewers": [{"name": "x", "addressAs": "A\\nB"}]} | interviewers[0].addressAs has a
        greeting tab     | {"interviewers": [{"name": "x", "addressAs": "A\\tB"}]} | interviewers[0].addressAs has a
        unknown part     | {"interviewers": [{"name": "x"}, {"name": "y", "part": "boss"}]} | interviewers[1].part: 'bo
        part not text    | {"interviewers": [{"name": "x", "part": 2}]} | interviewers[0].part must be one of
        contact unknown  | {"contact": "Zed"}                | contact: 'Zed' is not one of the people in interviewers
        contact 2 lines  | {"contact": "x\\ny"}              | contact has a line break
        cc unknown       | {"cc": ["x", "Zed"]}              | cc[1]: 'Zed' is neither one of the people in interviewers
        cc not a mailbox | {"cc": ["a@b.c, d@e.f"]}          | cc[0]: 'a@b.c, d@e.f' is not one e-mail address
        cc not a list    | {"cc": {"x": 1}}                  | cc must be a list of text
        """)
    void invalidFileNamesThePathAndWhatIsWrong(String label, String change, String expected) throws Exception {
        var doc = (com.fasterxml.jackson.databind.node.ObjectNode) parse(VALID);
        doc.setAll((com.fasterxml.jackson.databind.node.ObjectNode) parse(change));
        InterviewCodec.Decoded d = codec.read(doc);
        assertThat(d.valid()).isFalse();
        assertThat(d.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p).startsWith(expected));
    }

    @Test
    void theChosenGreetingIsReadAndWrittenBesideTheName() throws Exception {
        Interview i = read("""
            {"company": "Acme", "role": "Designer", "start": "2026-05-04T09:00:00-05:00",
             "interviewers": [{"name": "Dr. Anke Schröder", "addressAs": " Anke ", "pronouns": "she/her"},
                              {"name": "Min-jun Cho", "addressAs": ""}]}
            """).interview();
        assertThat(i.interviewers()).extracting(Interviewer::addressAs).containsExactly("Anke", null);
        assertThat(i.interviewers().get(0).extra()).containsOnlyKeys("pronouns");
        JsonNode written = codec.write(i);
        assertThat(written.get("interviewers").get(0).fieldNames()).toIterable()
            .containsExactly("name", "addressAs", "pronouns");
        assertThat(written.get("interviewers").get(1).has("addressAs")).isFalse();
        assertThat(codec.read(written).interview()).isEqualTo(i);
    }

    @Test
    void anOlderFileWithoutAChosenGreetingStillLoads() throws Exception {
        Interview i = read(VALID).interview();
        assertThat(i.interviewers().get(0).addressAs()).isNull();
        assertThat(codec.write(i).get("interviewers").get(0).has("addressAs")).isFalse();
    }

    @Test
    void anUnknownPartListsEveryPartThereIs() throws Exception {
        InterviewCodec.Decoded d = read("""
            {"company": "A", "role": "R", "start": "2026-01-05T10:00:00Z",
             "interviewers": [{"name": "x"}, {"name": "y", "part": "boss"}]}
            """);
        assertThat(d.problems()).extracting(Problem::path).containsExactly("interviewers[1].part");
        assertThat(d.problems().get(0).toString()).contains("'boss' is not one of interviewer, hiring-manager, "
            + "recruiter, host, referrer (a coordinator is a recruiter; interviewer is the default).");
    }

    @Test
    void partsContactAndCopiesAreReadAndWrittenBack() throws Exception {
        Interview i = read("""
            {"company": "Acme", "role": "Designer", "start": "2026-05-04T09:00:00-05:00",
             "interviewers": [{"name": "Ana", "part": "interviewer"},
                              {"name": "Priya Raman", "part": " Hiring-Manager "},
                              {"name": "Tomás", "part": "recruiter"}, {"name": "Lena", "part": "host"},
                              {"name": "Kwame", "part": "referrer"}],
             "contact": "tomás", "cc": ["Priya Raman", "coach@example.org"]}
            """).interview();
        assertThat(i.interviewers()).extracting(Interviewer::part).containsExactly(Part.INTERVIEWER,
            Part.HIRING_MANAGER, Part.RECRUITER, Part.HOST, Part.REFERRER);
        assertThat(i.contact()).isEqualTo("tomás");
        assertThat(i.contactPerson().name()).isEqualTo("Tomás");
        assertThat(i.cc()).containsExactly("Priya Raman", "coach@example.org");
        JsonNode written = codec.write(i);
        assertThat(written.get("interviewers").get(0).has("part")).as("the default is left out").isFalse();
        assertThat(written.get("interviewers").get(1).get("part").asText()).isEqualTo("hiring-manager");
        assertThat(written.get("interviewers").get(1).fieldNames()).toIterable().containsExactly("name", "part");
        assertThat(written.fieldNames()).toIterable().containsSubsequence("interviewers", "contact", "cc");
        assertThat(codec.read(written).interview()).isEqualTo(i);
    }

    @Test
    void anOlderFileWithoutPartsOrContactLoadsAsInterviewersAndWritesBackTheSameBytes() throws Exception {
        byte[] older = json.write(codec.write(richInterview()));
        assertThat(new String(older, StandardCharsets.UTF_8)).doesNotContain("\"part\"", "\"contact\"", "\"cc\"");
        Interview i = codec.read(json.parse(older)).interview();
        assertThat(i.interviewers()).extracting(Interviewer::part).containsOnly(Part.INTERVIEWER);
        assertThat(i.contact()).isNull();
        assertThat(i.cc()).isEmpty();
        assertThat(new String(json.write(codec.write(i)), StandardCharsets.UTF_8))
            .isEqualTo(new String(older, StandardCharsets.UTF_8));
    }

    @Test
    void aStoredRecordWhoseContactLeftIsStillReadAndFallsBackToTheDefault() throws Exception {
        String text = """
            {"company": "Acme", "role": "Designer", "start": "2026-05-04T09:00:00-05:00",
             "interviewers": [{"name": "Ana"}, {"name": "Bo", "part": "hiring-manager"}], "contact": "Cy",
             "cc": ["Dee"]}
            """;
        assertThat(read(text).valid()).isFalse();
        InterviewCodec.Decoded stored = InterviewCodec.forStoredRecords().read(parse(text));
        assertThat(stored.valid()).isTrue();
        assertThat(stored.interview().contactPerson().name()).isEqualTo("Bo");
    }

    @Test
    void aGreetingOnTwoLinesCannotBeMade() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Interviewer("Ana", null, null, null, List.of(),
                null, "Ana\u2028Souza", null))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("addressAs");
    }

    @Test
    void aListInsteadOfAnObjectIsExplained() throws Exception {
        assertThat(read("[1, 2, 3]").problems()).extracting(Problem::toString)
            .containsExactly("The file must hold one JSON object describing an interview (it starts with '{'), "
                + "not a list.");
    }

    @Test
    void everyProblemIsReportedAtOnce() throws Exception {
        InterviewCodec.Decoded d = read("""
            {"format": "telepathy", "interviewers": [{"title": "a"}, {"name": "B"}, 7]}
            """);
        assertThat(d.problems()).extracting(Problem::path)
            .containsExactlyInAnyOrder("company", "role", "format", "start", "interviewers[0].name",
                "interviewers[2]");
    }

    @Test
    void newerSchemaIsReadAndFlagged() throws Exception {
        InterviewCodec.Decoded d = read("""
            {"schemaVersion": 7, "company": "A", "role": "R", "start": "2026-01-05T10:00:00Z",
             "interviewers": [{"name": "x"}], "hologram": true}
            """);
        assertThat(d.newerSchema()).isTrue();
        assertThat(d.valid()).isTrue();
        assertThat(codec.write(d.interview()).get("schemaVersion").asInt()).isEqualTo(7);
    }

    @Test
    void missingSchemaVersionMeansTheFirstVersion() throws Exception {
        InterviewCodec.Decoded d = read("""
            {"company": "A", "role": "R", "start": "2026-01-05T10:00:00Z", "interviewers": [{"name": "x"}]}
            """);
        assertThat(d.schemaVersion()).isEqualTo(1);
        assertThat(d.newerSchema()).isFalse();
    }

    @Test
    void bundledSampleIsValid() throws Exception {
        try (var in = getClass().getResourceAsStream("/app/afterword/samples/sample-interview.json")) {
            assertThat(in).isNotNull();
            InterviewCodec.Decoded d = codec.read(json.parse(in.readAllBytes()));
            assertThat(d.problems()).isEmpty();
            assertThat(d.interview().interviewers()).hasSize(3);
        }
    }

    @Test
    void aRecordTooLongToReadBackCannotBeMade() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Interview.Builder().company("A").role("R")
                .start(OffsetDateTime.parse("2026-01-05T10:00:00Z"))
                .interviewers(List.of(new Interviewer("Ana", null, null, null, List.of(), null)))
                .notes("n".repeat(Text.MAX_CHARS + 1)).build())
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("longer than");
    }

    @Test
    void theSampleMarkIsWrittenOnlyForTheSampleAndReadsBack() throws Exception {
        Interview plain = richInterview();
        assertThat(codec.write(plain).has("sample")).as("an interview of one's own stays as it was").isFalse();
        Interview sample = plain.toBuilder().sample(true).build();
        assertThat(codec.write(sample).get("sample").asBoolean()).isTrue();
        InterviewCodec.Decoded back = codec.read(json.parse(json.write(codec.write(sample))));
        assertThat(back.problems()).isEmpty();
        assertThat(back.interview()).isEqualTo(sample);
        assertThat(back.interview().extra()).doesNotContainKey("sample");
    }

    @Test
    void aSampleMarkThatIsNotTrueOrFalseIsAProblem() throws Exception {
        InterviewCodec.Decoded d = read("""
            {"company": "Acme", "role": "Designer", "start": "2026-11-24T10:00:00-06:00",
             "interviewers": [{"name": "Ana"}], "sample": "yes"}""");
        assertThat(d.problems()).extracting(Problem::path).containsExactly("sample");
        assertThat(d.problems().get(0).toString()).contains("true or false");
    }
}
