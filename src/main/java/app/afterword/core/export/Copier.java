// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

/**
 * Copies text through a {@link ClipboardPort} and turns every failure into an outcome the user can act on: the text to
 * select and copy by hand. A clipboard that throws must never cost the user their note.
 */
public final class Copier {
    private final ClipboardPort clipboard;

    /** A copier over the given clipboard. */
    public Copier(ClipboardPort clipboard) {
        if (clipboard == null) {
            throw new IllegalArgumentException("clipboard is required");
        }
        this.clipboard = clipboard;
    }

    /** Copies the content; never throws. */
    public CopyOutcome copy(ClipContent content) {
        try {
            clipboard.put(content);
            return new CopyOutcome(true, "Copied.", content.plain());
        } catch (ClipboardUnavailableException | RuntimeException e) {
            return new CopyOutcome(false, "Couldn't copy: the clipboard is not available here. Select the text "
                + "below and copy it yourself.", content.plain());
        }
    }

    /**
     * What happened to a copy.
     *
     * @param copied  true when the clipboard took the text
     * @param message one sentence for the user
     * @param text    the text that was (or should have been) copied, to show in a selectable field on failure
     */
    public record CopyOutcome(boolean copied, String message, String text) {
    }
}
