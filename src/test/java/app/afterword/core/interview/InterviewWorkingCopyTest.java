// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.afterword.core.store.Json;
import app.afterword.core.store.JsonRecordCodec;
import app.afterword.core.store.RecordFormatException;
import app.afterword.core.store.Workspace;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InterviewWorkingCopyTest {

    private final Json json = new Json();
    private final JsonRecordCodec<InterviewWorkingCopy> codec = new JsonRecordCodec<>(json,
        InterviewWorkingCopy.class, InterviewWorkingCopy.SCHEMA_VERSION, c -> "the unsaved interview");

    static InterviewWorkingCopy halfTyped() {
        return new InterviewWorkingCopy(1, null, "people", Instant.parse("2026-11-24T20:02:00Z"), "Acme ",
            "", "24 Nov 20", "10:00", "9:00", "Europe/Lisbon", "video", "tomorrow-ish",
            List.of(new InterviewWorkingCopy.Person("Ana Souza", "", "ana@", "", List.of("the roadmap", ""), "",
                Map.of())),
            List.of("pricing"), List.of(), Arrays.asList("x", null), List.of(), Map.of());
    }

    @Test
    void halfTypedInputRoundTripsExactlyAsEntered() throws Exception {
        InterviewWorkingCopy copy = halfTyped();
        JsonNode written = codec.encode(copy);
        InterviewWorkingCopy back = codec.decode(json.parse(json.write(written)));
        assertThat(back).isEqualTo(copy);
        assertThat(back.company()).isEqualTo("Acme ");
        assertThat(back.date()).isEqualTo("24 Nov 20");
        assertThat(back.clarifications()).containsExactly("x", "");
        assertThat(written.get("savedAt").asText()).isEqualTo("2026-11-24T20:02:00Z");
    }

    @Test
    void theClockTheTimesWereTypedOnIsKeptAndACopyFromBeforeTheChoiceReadsAsTheirs() throws Exception {
        InterviewWorkingCopy c = halfTyped();
        InterviewWorkingCopy mine = new InterviewWorkingCopy(1, null, "interview", c.savedAt(), "Acme", "", c.date(),
            "10:00", "", "Europe/Berlin", InterviewWorkingCopy.YOUR_TIME, "", "", List.of(), List.of(), List.of(),
            List.of(), List.of(), "", List.of(), Map.of());
        JsonNode written = codec.encode(mine);
        assertThat(written.get("timesIn").asText()).isEqualTo("yours");
        assertThat(written.has("timesInYourZone")).isFalse();
        assertThat(codec.decode(written).timesInYourZone()).isTrue();

        ObjectNode old = (ObjectNode) codec.encode(c);
        old.remove("timesIn");
        InterviewWorkingCopy back = codec.decode(old);
        assertThat(back.timesIn()).isEmpty();
        assertThat(back.timesInYourZone()).isFalse();
        assertThat(back.extra()).isEmpty();
    }

    @Test
    void fieldsFromANewerVersionAreKeptAndWrittenBack() throws Exception {
        ObjectNode node = (ObjectNode) codec.encode(halfTyped());
        node.put("mood", "hopeful");
        ObjectNode person = (ObjectNode) node.get("people").get(0);
        ((ObjectNode) person.putObject("interviewerExtra")).put("pronouns", "she/her");
        InterviewWorkingCopy back = codec.decode(node);
        assertThat(back.extra()).containsKey("mood");
        assertThat(back.people().get(0).interviewerExtra().get("pronouns").asText()).isEqualTo("she/her");
        JsonNode again = codec.encode(back);
        assertThat(again.get("mood").asText()).isEqualTo("hopeful");
        assertThat(again.has("extra")).isFalse();
    }

    @Test
    void aChosenGreetingRoundTripsAndAnOlderCardHasNone() throws Exception {
        InterviewWorkingCopy.Person anke = new InterviewWorkingCopy.Person("Dr. Anke Schröder", "", "", "",
            List.of(), "", "Anke", Map.of());
        InterviewWorkingCopy copy = new InterviewWorkingCopy(1, null, "people", null, "", "", "", "", "", "", "", "",
            List.of(anke), List.of(), List.of(), List.of(), List.of(), Map.of());
        InterviewWorkingCopy back = codec.decode(json.parse(json.write(codec.encode(copy))));
        assertThat(back.people().get(0).addressAs()).isEqualTo("Anke");
        InterviewWorkingCopy older = codec.decode(json.parse(
            "{\"schemaVersion\":1,\"people\":[{\"name\":\"Ana\"}]}".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(older.people().get(0).addressAs()).isEmpty();
        assertThat(new InterviewWorkingCopy.Person("", "", "", "", List.of(), "", "Ana", Map.of()).isBlank()).isFalse();
    }

    @Test
    void missingFieldsReadAsEmpty() throws Exception {
        InterviewWorkingCopy back = codec.decode(json.parse("{\"schemaVersion\":1}".getBytes()));
        assertThat(back.company()).isEmpty();
        assertThat(back.people()).isEmpty();
        assertThat(back.step()).isNull();
        assertThat(back.savedAt()).isNull();
    }

    @Test
    void oversizedInputIsRefusedWhenReadNotHalfLoaded() {
        ObjectNode node = (ObjectNode) codec.encode(halfTyped());
        node.put("company", "x".repeat(Text.MAX_CHARS + 1));
        assertThatThrownBy(() -> codec.decode(node)).isInstanceOf(RecordFormatException.class);
        ObjectNode many = (ObjectNode) codec.encode(halfTyped());
        var topics = many.putArray("topics");
        Collections.nCopies(InterviewWorkingCopy.MAX_ITEMS + 1, "t").forEach(topics::add);
        assertThatThrownBy(() -> codec.decode(many)).isInstanceOf(RecordFormatException.class);
    }

    @Test
    void aBlankCardIsRecognised() {
        assertThat(new InterviewWorkingCopy.Person(null, " ", "", null, List.of(" "), "", null).isBlank()).isTrue();
        assertThat(new InterviewWorkingCopy.Person(null, "", "", null, List.of("roadmap"), "", null).isBlank())
            .isFalse();
    }

    @Test
    void survivesAWorkspaceRestart(@TempDir Path dir) throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.records("working-copies", codec).save("new-1", halfTyped());
        }
        try (Workspace ws = Workspace.open(dir)) {
            assertThat(ws.records("working-copies", codec).get("new-1")).contains(halfTyped());
            assertThat(ws.recoveryNotices()).isEmpty();
        }
    }
}
