// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

/**
 * Applying a suggestion: a pure function of the text, the issue and the choice, so the editor, the command line and
 * the tests all get the same edit and an undo is simply the old text.
 */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The text with the issue's flagged part replaced by the chosen suggestion.
     *
     * @param text   the text the issue was found in
     * @param issue  the issue
     * @param choice index into {@link Issue#suggestions()}, from 0
     * @throws IllegalArgumentException when the choice does not exist or the issue does not fit the text (it was
     *                                  found in another version of it)
     */
    public static String apply(String text, Issue issue, int choice) {
        if (text == null || issue == null) {
            throw new IllegalArgumentException("text and issue are required");
        }
        if (choice < 0 || choice >= issue.suggestions().size()) {
            throw new IllegalArgumentException("There is no suggestion " + (choice + 1) + " for this issue; it has "
                + issue.suggestions().size() + ".");
        }
        if (issue.end() > text.length()) {
            throw new IllegalArgumentException("This issue was found in another version of the text; check again "
                + "before applying it.");
        }
        return text.substring(0, issue.offset()) + issue.suggestions().get(choice) + text.substring(issue.end());
    }
}
