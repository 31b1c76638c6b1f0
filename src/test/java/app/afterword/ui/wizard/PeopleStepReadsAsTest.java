// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.PhraseAnalyser;
import app.afterword.core.draft.ReadsAs;
import app.afterword.ui.common.DirectTaskRunner;
import app.afterword.ui.common.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The People step shows, under each person's topics and rapport, the sentence they go into, said to that person. */
class PeopleStepReadsAsTest {
    private final List<Throwable> unexpected = new ArrayList<>();
    private final DirectTaskRunner runner = new DirectTaskRunner(Instant.parse("2026-11-24T14:02:00Z"),
        ZoneId.of("Europe/London"), unexpected::add);
    private final ReadsAs readsAs = new ReadsAs(new PhraseAnalyser());
    private final PeopleStepViewModel vm = new PeopleStepViewModel(new Messages(), () -> { }, runner,
        readsAs::preview);

    @AfterEach
    void nothingUnexpected() {
        assertThat(unexpected).isEmpty();
    }

    private void pause() {
        runner.advance(ConversationStepViewModel.READS_AS_PAUSE.plusMillis(10));
    }

    @Test
    void aRapportLineAboutThePersonReadsAsSaidToThem() {
        PersonViewModel p = vm.people().get(0);
        ReadOnlyStringProperty line = vm.rapportReadsAs(p);
        assertThat(line.get()).isNull();
        p.rapport().textProperty().set("her dog Max");
        assertThat(line.get()).isNull();
        pause();
        assertThat(line.get()).contains("your dog Max");
        p.rapport().textProperty().set("");
        pause();
        assertThat(line.get()).isNull();
    }

    @Test
    void aTopicTypedAsAResumeLineShowsTheFormTheNoteUses() {
        PersonViewModel p = vm.people().get(0);
        ReadOnlyStringProperty line = vm.readsAs(p.topics().items().get(0));
        p.topics().items().get(0).textProperty().set("We talked about motor-drive tuning on the AGV fleet.");
        pause();
        assertThat(line.get()).isEqualTo("Reads as: \"… our conversation about motor-drive tuning on the AGV fleet "
            + "…\"");
    }

    @Test
    void withoutAPhraseLayerNoLineIsShown() {
        PeopleStepViewModel plain = new PeopleStepViewModel(new Messages(), () -> { });
        PersonViewModel p = plain.people().get(0);
        ReadOnlyStringProperty line = plain.rapportReadsAs(p);
        p.rapport().textProperty().set("her dog Max");
        pause();
        assertThat(line.get()).isNull();
    }
}
