// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.store.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleInterviewsTest {

    @Test
    void firstRunSampleComesFirstAndIsAThreePersonPanel() {
        SampleInterviews.Sample first = Fixtures.SAMPLES.get(0);
        assertThat(first.name()).isEqualTo("sample-interview");
        assertThat(first.interview().interviewers()).hasSize(3);
    }

    @Test
    void phoneScreenHasOnlyTheRequiredFields() throws Exception {
        JsonNode root;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SampleInterviews.FOLDER
            + "/phone-screen.json")) {
            root = new Json().parse(in.readAllBytes());
        }
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("company", "role", "start", "interviewers");
        assertThat(root.get("interviewers")).hasSize(1);
        List<String> person = new ArrayList<>();
        root.get("interviewers").get(0).fieldNames().forEachRemaining(person::add);
        assertThat(person).containsExactly("name");
    }

    @Test
    void namesIncludeAccentsHyphensAndApostrophes() {
        List<String> names = Fixtures.SAMPLES.stream().flatMap(s -> s.interview().interviewers().stream())
            .map(Interviewer::name).toList();
        assertThat(names).anyMatch(n -> n.matches(".*[À-ÿ].*")).anyMatch(n -> n.contains("-"))
            .anyMatch(n -> n.contains("'"));
        assertThat(Fixtures.sample("five-person-panel").candidate().name()).isEqualTo("Renée Fontaine-Dupré");
    }

    @Test
    void fivePersonPanelMixesOwnAndSharedTopics() {
        Interview i = Fixtures.sample("five-person-panel");
        assertThat(i.interviewers()).hasSize(5);
        assertThat(i.interviewers()).anyMatch(p -> p.topics().isEmpty()).anyMatch(p -> !p.topics().isEmpty());
        assertThat(i.topics()).hasSizeGreaterThanOrEqualTo(2);
    }
}
