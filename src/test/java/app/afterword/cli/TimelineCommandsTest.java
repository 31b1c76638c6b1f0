// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.schedule.CalendarExport;
import app.afterword.core.schedule.Step;
import app.afterword.core.store.Json;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineCommandsTest {
    private static final String ID = "brightline-transit-senior-product-designer-2026-11-24";
    private static final String CHICAGO = "America/Chicago";

    @TempDir
    Path dir;

    private Path sample;
    private String out;
    private String err;
    private final Json json = new Json();

    @BeforeEach
    void copySample() throws Exception {
        sample = dir.resolve("sample-interview.json");
        try (InputStream in = getClass().getResourceAsStream("/app/afterword/samples/sample-interview.json")) {
            Files.write(sample, in.readAllBytes());
        }
    }

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        int code = new Cli(Map.of(), new PrintWriter(o), new PrintWriter(e), new ByteArrayInputStream(new byte[0]))
            .run(all.toArray(String[]::new));
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void planJsonIsAListOfStepsWithOffsetTimesTemplatesAndReasons() throws Exception {
        assertThat(run("plan", sample.toString(), "--now", "2026-11-24T13:00-06:00", "--format", "json"))
            .isEqualTo(Cli.OK);
        JsonNode steps = json.mapper().readTree(out);
        assertThat(steps.isArray()).isTrue();
        assertThat(steps).extracting(s -> s.get("step").asText())
            .containsExactly("thank-you", "follow-up-1", "follow-up-2", "close");
        assertThat(steps).extracting(s -> s.get("template").asText()).containsExactly("thank-you-email-warm",
            "follow-up-email", "value-add-email", "close-loop-email");
        JsonNode thanks = steps.get(0);
        assertThat(thanks.get("earliest").asText()).isEqualTo("2026-11-24T12:30:00-06:00");
        assertThat(thanks.get("latest").asText()).isEqualTo("2026-11-25T09:00:00-06:00");
        assertThat(thanks.get("deadline").asText()).isEqualTo("2026-11-26T11:30:00-06:00");
        assertThat(thanks.get("status").asText()).isEqualTo("due");
        assertThat(thanks.get("reason").asText()).contains("T2");
        assertThat(steps.get(1).get("earliest").asText()).isEqualTo("2026-12-07T08:00:00-06:00");
        assertThat(steps.get(1).get("reason").asText()).contains("Fri 4 Dec");
    }

    @Test
    void planTextShowsTheUsersOwnTimeBesideTheInterviewers() {
        assertThat(run("plan", sample.toString(), "--now", "2026-11-24T13:00-06:00", "--zone", "Europe/London"))
            .isEqualTo(Cli.OK);
        assertThat(out).contains("Thank-you notes — DUE")
            .contains("Tue 24 Nov 12:30 → Wed 25 Nov 09:00   [your time: Tue 24 Nov 18:30 → Wed 25 Nov 15:00]")
            .contains("Template:  value-add-email");
    }

    @Test
    void markMovesThePlanOnAndTheListShowsTheStatus() throws Exception {
        assertThat(run("interview", "add", sample.toString())).isEqualTo(Cli.OK);
        assertThat(run("interview", "list")).isEqualTo(Cli.OK);
        assertThat(out).contains(ID).containsPattern("2026-11-24\\s+new");

        assertThat(run("mark", ID, "sent", "--to", "daniel o'brien", "--at", "2026-11-24T15:00-06:00", "--zone",
            CHICAGO)).isEqualTo(Cli.OK);
        assertThat(out).contains("Thank-you notes sent to Daniel O'Brien, Tue 24 Nov 15:00")
            .contains("Status: sent 1/3.");
        assertThat(run("mark", ID, "sent", "--at", "2026-11-24T15:30", "--zone", CHICAGO)).isEqualTo(Cli.OK);
        assertThat(out).contains("María José Ortega, Priya Raman-Iyer")
            .contains("Next: First follow-up, Mon 7 Dec 08:00 → Tue 8 Dec 18:00");
        assertThat(run("interview", "list")).isEqualTo(Cli.OK);
        assertThat(out).containsPattern("2026-11-24\\s+sent\\n");

        assertThat(run("mark", ID, "sent", "--at", "2026-12-07T09:00", "--zone", CHICAGO)).isEqualTo(Cli.OK);
        assertThat(out).contains("First follow-up sent").contains("Next: Second follow-up, Mon 14 Dec 08:00");
        assertThat(run("mark", ID, "replied", "--to", "Priya Raman-Iyer", "--at", "2026-12-08T11:00", "--zone",
            CHICAGO)).isEqualTo(Cli.OK);
        assertThat(out).contains("reply from Priya Raman-Iyer").contains("closed --outcome");
        assertThat(run("interview", "list")).isEqualTo(Cli.OK);
        assertThat(out).containsPattern("2026-11-24\\s+replied\\n");

        assertThat(run("mark", ID, "sent", "--now", "2026-12-14T09:00-06:00")).isEqualTo(Cli.PROBLEMS);
        assertThat(err).contains("follow-ups have ended");

        assertThat(run("mark", ID, "closed", "--outcome", "offer", "--now", "2026-12-15T09:00-06:00"))
            .isEqualTo(Cli.OK);
        assertThat(run("interview", "list")).isEqualTo(Cli.OK);
        assertThat(out).containsPattern("2026-11-24\\s+closed: offer\\n");
        assertThat(run("mark", ID, "replied")).isEqualTo(Cli.PROBLEMS);
        assertThat(err).contains("already closed");

        assertThat(run("plan", ID, "--now", "2026-12-15T10:00-06:00", "--format", "json")).isEqualTo(Cli.OK);
        assertThat(json.mapper().readTree(out)).extracting(s -> s.get("status").asText())
            .containsExactly("done", "done", "skipped", "done");
    }

    @Test
    void removingAnInterviewRemovesItsHistorySoAReAddStartsFresh() {
        run("interview", "add", sample.toString());
        run("mark", ID, "sent", "--at", "2026-11-24T15:00-06:00");
        assertThat(dir.resolve("data/progress/" + ID + ".json")).exists();
        assertThat(run("interview", "remove", ID)).isEqualTo(Cli.OK);
        assertThat(dir.resolve("data/progress/" + ID + ".json")).doesNotExist();
        run("interview", "add", sample.toString());
        run("interview", "list");
        assertThat(out).containsPattern(ID + "\\s+.*\\snew\\n");
    }

    @Test
    void aRecordFromANewerVersionIsListedAsReadOnly() throws Exception {
        Path interviews = dir.resolve("data/interviews");
        Files.createDirectories(interviews);
        String text = Files.readString(sample).replace("\"schemaVersion\": 1", "\"schemaVersion\": 9");
        Files.writeString(interviews.resolve("from-the-future.json"), text);
        assertThat(run("interview", "list")).isEqualTo(Cli.OK);
        assertThat(out).containsPattern("from-the-future\\s+.*read-only");
    }

    @Test
    void agendaJsonSortsTheNextStepsIntoBuckets() throws Exception {
        run("interview", "add", sample.toString());
        assertThat(run("agenda", "--now", "2026-11-25T10:00-06:00", "--zone", CHICAGO, "--format", "json"))
            .isEqualTo(Cli.OK);
        JsonNode agenda = json.mapper().readTree(out);
        assertThat(agenda.get("zone").asText()).isEqualTo(CHICAGO);
        assertThat(agenda.get("overdue")).hasSize(1);
        JsonNode item = agenda.get("overdue").get(0);
        assertThat(item.get("interview").asText()).isEqualTo(ID);
        assertThat(item.get("step").asText()).isEqualTo("thank-you");
        assertThat(item.get("template").asText()).isEqualTo("thank-you-email-warm");
        assertThat(item.get("action").asText()).contains("María José Ortega");
        assertThat(item.get("reason").asText()).contains("best window closed");
        assertThat(agenda.get("today")).isEmpty();

        run("mark", ID, "sent", "--at", "2026-11-25T10:30-06:00");
        assertThat(run("agenda", "--now", "2026-12-07T07:00-06:00", "--zone", CHICAGO, "--format", "json"))
            .isEqualTo(Cli.OK);
        agenda = json.mapper().readTree(out);
        assertThat(agenda.get("today")).hasSize(1);
        assertThat(agenda.get("today").get(0).get("template").asText()).isEqualTo("follow-up-email");
    }

    @Test
    void theCalendarFileParsesBackAndAReExportKeepsTheUids() throws Exception {
        Path ics = dir.resolve("timeline.ics");
        run("interview", "add", sample.toString());
        assertThat(run("plan", ID, "--now", "2026-11-24T13:00-06:00", "--ics", ics.toString())).isEqualTo(Cli.OK);
        assertThat(err).contains("Wrote 4 calendar events");
        ICalendar first = Biweekly.parse(Files.readString(ics)).first();
        run("mark", ID, "sent", "--at", "2026-11-24T15:00-06:00");
        assertThat(run("agenda", "--now", "2026-11-25T13:00-06:00", "--ics", ics.toString(), "--overwrite"))
            .isEqualTo(Cli.OK);
        ICalendar second = Biweekly.parse(Files.readString(ics)).first();
        assertThat(uids(second)).isEqualTo(uids(first)).hasSize(4)
            .contains(CalendarExport.uid(ID, Step.THANK_YOU), CalendarExport.uid(ID, Step.CLOSE));
        assertThat(second.getEvents()).filteredOn(e -> e.getUid().getValue().startsWith("thank-you."))
            .singleElement().satisfies(e -> assertThat(e.getSummary().getValue()).startsWith("Done: "));
        assertThat(Biweekly.parse(Files.readString(dir.resolve("timeline.ics.bak"))).first().getEvents())
            .hasSize(4);
    }

    private static List<String> uids(ICalendar ical) {
        return ical.getEvents().stream().map(VEvent::getUid).map(u -> u.getValue()).sorted().toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        mark nope sent                               | 2 | There is no interview with id 'nope'
        mark ID shipped                              | 2 | WHAT must be sent, replied, closed or drafted
        mark ID closed                               | 2 | add --outcome
        mark ID closed --outcome hired               | 2 | --outcome must be
        mark ID sent --step follow-up-3              | 2 | --step must be one of
        mark ID sent --at yesterday                  | 2 | --at: 'yesterday' is not a date and time
        mark ID sent --at 2026-11-20                 | 2 | has no time of day
        mark ID sent --to Stranger --step thank-you  | 1 | 'Stranger' is not one of the interviewers
        mark ID sent --at 2026-11-01T10:00-06:00     | 1 | before the interview started
        agenda --zone Mars/Olympus                   | 2 | --zone: 'Mars/Olympus' is not a known time zone
        plan unknown-id                              | 2 | neither an interview file nor the id
        plan ID --ics /no/such/folder/x.ics          | 2 | does not exist
        """)
    void mistakesGetAClearMessageAndExitCode(String args, int code, String message) {
        run("interview", "add", sample.toString());
        String[] parts = args.replace(" ID ", " " + ID + " ").split(" ");
        assertThat(run(parts)).as(err).isEqualTo(code);
        assertThat(err).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anInvalidInterviewFileListsItsProblems() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"company\": \"Acme\"}");
        assertThat(run("plan", bad.toString())).isEqualTo(Cli.PROBLEMS);
        assertThat(err).contains("has problems").contains("role");
    }
}
