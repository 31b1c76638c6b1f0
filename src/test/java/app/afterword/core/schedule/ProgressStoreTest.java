// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import static app.afterword.core.schedule.Fixtures.CHICAGO;
import static app.afterword.core.schedule.Fixtures.at;
import static app.afterword.core.schedule.Fixtures.clock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.afterword.core.interview.Interview;
import app.afterword.core.store.Json;
import app.afterword.core.store.RecordFormatException;
import app.afterword.core.store.SaveException;
import app.afterword.core.store.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressStoreTest {

    private final Json json = new Json();
    private final ProgressCodec codec = new ProgressCodec();
    private final Clock clock = clock(CHICAGO, "2026-11-24T14:00");

    @TempDir
    Path dir;

    private JsonNode parse(String text) throws Exception {
        return json.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private Interview interview() throws Exception {
        return Fixtures.panel("2026-12-04").toBuilder().id("brightline-designer").build();
    }

    @Test
    void historyRoundTripsThroughTheCodec() throws Exception {
        Progress p = Progress.empty("brightline-designer")
            .with(ProgressEvent.drafted(Step.THANK_YOU, "Daniel O'Brien", at(CHICAGO, "2026-11-24T12:00")))
            .with(ProgressEvent.sent(Step.THANK_YOU, "Daniel O'Brien", at(CHICAGO, "2026-11-24T13:00")))
            .with(ProgressEvent.exported(Step.THANK_YOU, null, "eml", at(CHICAGO, "2026-11-24T13:01")))
            .with(ProgressEvent.replied(null, at(CHICAGO, "2026-11-25T09:00")))
            .with(ProgressEvent.closed(Outcome.OFFER, at(CHICAGO, "2026-12-03T09:00")));
        JsonNode written = codec.encode(p);
        assertThat(written.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(written.at("/events/1/at").asText()).isEqualTo("2026-11-24T13:00:00-06:00");
        assertThat(written.at("/events/4/outcome").asText()).isEqualTo("offer");
        assertThat(codec.decode(parse(new String(json.write(written), StandardCharsets.UTF_8)))).isEqualTo(p);
    }

    @Test
    void fieldsAndEventsOfANewerVersionAreKeptAsWritten() throws Exception {
        String text = """
            {
              "schemaVersion": 1,
              "interviewId": "brightline-designer",
              "events": [
                {"type": "sent", "step": "thank-you", "recipient": "Ana", "at": "2026-11-24T13:00:00-06:00",
                 "channel": "email"},
                {"type": "snoozed", "until": "2026-12-01", "at": "2026-11-25T09:00:00-06:00"},
                {"type": "sent", "step": "follow-up-3", "at": "2026-12-20T09:00:00-06:00"},
                {"type": "closed", "outcome": "hired-elsewhere", "at": "2026-12-21T09:00:00-06:00"}
              ],
              "labels": ["design", "remote"]
            }
            """;
        JsonNode original = parse(text);
        Progress p = codec.decode(original);
        assertThat(p.known()).hasSize(1);
        assertThat(p.events()).hasSize(4);
        assertThat(p.status(Fixtures.interview(CHICAGO, "2026-11-24T11:00", null, "Ana")).label()).isEqualTo("sent");
        assertThat(codec.encode(p)).isEqualTo(original);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        {"interviewId": "x", "events": [{"type": "sent", "step": "thank-you"}]} | events[0].at
        {"interviewId": "x", "events": [{"type": "sent", "at": "yesterday"}]} | events[0].at
        {"interviewId": "x", "events": [{"type": "sent", "at": "2026-11-24T13:00:00-06:00"}]} | step is missing
        {"interviewId": "x", "events": [{"type": "closed", "at": "2026-11-24T13:00:00-06:00"}]} | outcome is missing
        {"interviewId": "x", "events": {"type": "sent"}} | events must be a list
        {"interviewId": 7, "events": []} | interviewId
        {"events": []} | interviewId
        [1, 2] | JSON object
        """)
    void aDamagedFileIsReportedWithThePathOfTheBadField(String text, String message) throws Exception {
        JsonNode node = parse(text);
        assertThatThrownBy(() -> codec.decode(node)).isInstanceOf(RecordFormatException.class)
            .hasMessageContaining(message);
    }

    @Test
    void markingSentIsSavedInTheWorkspaceAndSurvivesAReopen() throws Exception {
        Interview i = interview();
        try (Workspace ws = Workspace.open(dir)) {
            ws.interviews().save(i.id(), i);
            ProgressBook book = ProgressBook.open(ws, clock);
            Recorded r = book.markSent(i, null, "Daniel O'Brien", null);
            assertThat(r.step()).isEqualTo(Step.THANK_YOU);
            assertThat(r.progress().events().get(0).at().toInstant()).isEqualTo(clock.instant());
        }
        assertThat(dir.resolve("progress/brightline-designer.json")).exists();
        try (Workspace ws = Workspace.open(dir)) {
            ProgressBook book = ProgressBook.open(ws, clock);
            assertThat(book.status(i).label()).isEqualTo("sent 1/3");
            book.markReplied(i, "Daniel O'Brien", at(CHICAGO, "2026-11-25T10:00"));
            book.markClosed(i, Outcome.OFFER, at(CHICAGO, "2026-12-03T10:00"));
            assertThat(book.plan(i).status().label()).isEqualTo("closed: offer");
        }
        String file = Files.readString(dir.resolve("progress/brightline-designer.json"));
        assertThat(file).contains("\"schemaVersion\" : 1").contains("\"type\" : \"replied\"")
            .contains("\"outcome\" : \"offer\"");
    }

    @Test
    void aHistoryFromANewerVersionIsReadOnlyAndLeftUntouched() throws Exception {
        Interview i = interview();
        Path file = dir.resolve("progress/brightline-designer.json");
        Files.createDirectories(file.getParent());
        String newer = """
            {"schemaVersion": 2, "interviewId": "brightline-designer", "events": [
              {"type": "sent", "step": "thank-you", "recipient": "Daniel O'Brien", "at": "2026-11-24T13:00:00-06:00"}
            ], "reminders": {"snooze": true}}
            """;
        Files.writeString(file, newer);
        try (Workspace ws = Workspace.open(dir)) {
            ProgressBook book = ProgressBook.open(ws, clock);
            assertThat(book.isReadOnly(i.id())).isTrue();
            assertThat(book.status(i).label()).isEqualTo("sent 1/3");
            assertThatThrownBy(() -> book.markSent(i, null, null, null)).isInstanceOf(SaveException.class)
                .hasMessageContaining("newer version");
        }
        assertThat(Files.readString(file)).isEqualTo(newer);
    }

    @Test
    void aDamagedHistoryIsSetAsideAndTheRestStillLoads() throws Exception {
        Path file = dir.resolve("progress/brightline-designer.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{\"interviewId\": \"brightline-designer\", \"events\": [");
        try (Workspace ws = Workspace.open(dir)) {
            ProgressBook book = ProgressBook.open(ws, clock);
            assertThat(book.of("brightline-designer").events()).isEmpty();
            assertThat(ws.recoveryNotices()).anyMatch(n -> n.contains("progress"));
        }
    }

    @Test
    void anInterviewOutsideTheWorkspaceCannotBeTracked() throws Exception {
        Interview loose = Fixtures.panel(null).toBuilder().id(null).build();
        try (Workspace ws = Workspace.open(dir)) {
            ProgressBook book = ProgressBook.open(ws, clock);
            assertThatThrownBy(() -> book.markSent(loose, null, null, null)).isInstanceOf(TimelineException.class)
                .hasMessageContaining("workspace");
        }
    }

    @Property(tries = 200, seed = "20261124")
    void anyNamesAndDetailsRoundTrip(@ForAll @Size(max = 6) List<@StringLength(max = 120) String> names)
        throws Exception {
        Progress p = Progress.empty("brightline-designer");
        int minute = 0;
        for (String n : names) {
            p = p.with(ProgressEvent.sent(Step.FOLLOW_UP_1, n, at(CHICAGO, "2026-12-07T09:00").plusMinutes(minute)));
            p = p.with(ProgressEvent.exported(null, n, n, at(CHICAGO, "2026-12-07T09:00").plusMinutes(minute++)));
        }
        byte[] bytes = json.write(codec.encode(p));
        assertThat(codec.decode(json.parse(bytes))).isEqualTo(p);
    }
}
