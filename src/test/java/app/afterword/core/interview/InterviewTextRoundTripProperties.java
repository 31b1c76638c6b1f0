// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.interview;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.store.Json;
import java.time.OffsetDateTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class InterviewTextRoundTripProperties {

    private final Json json = new Json();
    /** Records in the workspace keep any text exactly; files from outside are checked for control characters. */
    private final InterviewCodec codec = InterviewCodec.forStoredRecords();

    @Property(tries = 300)
    void anyTextSurvivesASaveAndReload(
        @ForAll @CharRange(from = '\u0000', to = '\uffff') @StringLength(max = 200) String text) throws Exception {
        Interview original = new Interview.Builder()
            .company("Acme " + text)
            .role("Role")
            .start(OffsetDateTime.parse("2026-01-05T10:00:00Z"))
            .interviewers(List.of(new Interviewer("Ana " + text, null, null, null, List.of("x" + text), text)))
            .notes(text)
            .build();
        Interview back = codec.read(json.parse(json.write(codec.write(original)))).interview();
        assertThat(back).isEqualTo(original);
    }
}
