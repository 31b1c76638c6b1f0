// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static Issue issue(String text, String flagged, String... suggestions) {
        int at = text.indexOf(flagged);
        return new Issue(at, flagged.length(), 1, at + 1, "RULE", Category.GRAMMAR, "msg", List.of(suggestions));
    }

    @Test
    void applyingReplacesOnlyTheFlaggedTextWithTheChosenSuggestion() {
        String text = "I could of said more.";
        Issue issue = issue(text, "could of", "could have", "could've");
        assertThat(Suggestions.apply(text, issue, 0)).isEqualTo("I could have said more.");
        assertThat(Suggestions.apply(text, issue, 1)).isEqualTo("I could've said more.");
        assertThat(text).isEqualTo("I could of said more.");
    }

    @Test
    void anEmptySuggestionRemovesTheText() {
        String text = "Thanks for the the chat.";
        assertThat(Suggestions.apply(text, issue(text, "the the", "the"), 0)).isEqualTo("Thanks for the chat.");
        assertThat(Suggestions.apply("a  b", new Issue(1, 1, 1, 2, "R", Category.TYPOGRAPHY, "m", List.of("")), 0))
            .isEqualTo("a b");
    }

    @Test
    void aChoiceThatDoesNotExistOrAnIssueFromAnotherTextIsRefused() {
        String text = "I recieve it.";
        Issue issue = issue(text, "recieve", "receive");
        assertThatThrownBy(() -> Suggestions.apply(text, issue, 1)).hasMessageContaining("no suggestion 2");
        assertThatThrownBy(() -> Suggestions.apply(text, issue, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Suggestions.apply("I", issue, 0)).hasMessageContaining("another version");
    }

    @Test
    void anIssueKeepsAtMostFiveSuggestions() {
        Issue issue = new Issue(0, 1, 1, 1, "R", Category.SPELLING, "m", List.of("a", "b", "c", "d", "e", "f", "g"));
        assertThat(issue.suggestions()).containsExactly("a", "b", "c", "d", "e");
    }
}
