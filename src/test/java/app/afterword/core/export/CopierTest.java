// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopierTest {

    private static final ClipContent CLIP = new ClipContent("Dear Ana,\n\nThank you.\n", "<p>Dear Ana,</p>");

    @Test
    void copyPutsPlainAndHtmlOnTheClipboard() {
        List<ClipContent> board = new ArrayList<>();
        Copier.CopyOutcome outcome = new Copier(board::add).copy(CLIP);
        assertThat(outcome.copied()).isTrue();
        assertThat(board).containsExactly(CLIP);
    }

    @Test
    void unavailableClipboardGivesTheTextToCopyByHand() {
        Copier copier = new Copier(c -> {
            throw new ClipboardUnavailableException("no display", null);
        });
        Copier.CopyOutcome outcome = copier.copy(CLIP);
        assertThat(outcome.copied()).isFalse();
        assertThat(outcome.message()).startsWith("Couldn't copy").contains("copy it yourself");
        assertThat(outcome.text()).isEqualTo(CLIP.plain());
    }

    @Test
    void clipboardThatThrowsUncheckedIsReportedNotPropagated() {
        Copier copier = new Copier(c -> {
            throw new IllegalStateException("Not on FX application thread");
        });
        Copier.CopyOutcome outcome = copier.copy(CLIP);
        assertThat(outcome.copied()).isFalse();
        assertThat(outcome.text()).isEqualTo(CLIP.plain());
    }
}
