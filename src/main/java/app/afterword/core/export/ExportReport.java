// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import app.afterword.core.draft.NoteKind;
import java.nio.file.Path;
import java.util.List;

/**
 * What an export did, file by file: the paths written (to print, to record in the interview's history) and every
 * problem in words the user can act on. Recipients are independent: one bad address does not stop the others.
 *
 * @param files    the files written or replaced
 * @param problems what could not be exported, one entry per recipient (or one for the whole export)
 */
public record ExportReport(List<ExportedFile> files, List<ExportProblem> problems) {

    /** Copies the lists. */
    public ExportReport {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** True when every draft was exported. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /**
     * One file written.
     *
     * @param recipient the interviewer the note is for
     * @param kind      the note's kind
     * @param format    the format written
     * @param path      where it is
     * @param replaced  true when an existing file was replaced (with consent)
     * @param notes     what the user should know (a missing address, a card that does not fit, the LinkedIn count)
     * @param fit       for a card, whether the note fits it and by how much it does not; null for other formats
     */
    public record ExportedFile(String recipient, NoteKind kind, ExportFormat format, Path path, boolean replaced,
                               List<String> notes, CardFit fit) {
        /** Copies the notes. */
        public ExportedFile {
            notes = List.copyOf(notes);
        }

        /** A file that is not a card. */
        public ExportedFile(String recipient, NoteKind kind, ExportFormat format, Path path, boolean replaced,
                            List<String> notes) {
            this(recipient, kind, format, path, replaced, notes, null);
        }

        /**
         * False for a card the note overflows: the file is written (the extra lines on a page of their own) but
         * the note must be shortened before it is copied by hand.
         */
        public boolean fits() {
            return fit == null || fit.fits();
        }
    }

    /**
     * One thing that could not be exported.
     *
     * @param recipient the interviewer concerned, or null when the problem concerns the whole export
     * @param type      what kind of problem it is, so a caller can offer the right action
     * @param path      the file concerned, when there is one (the existing file for {@link Type#EXISTS})
     * @param message   one or two sentences for the user
     */
    public record ExportProblem(String recipient, Type type, Path path, String message) {
    }

    /** Kinds of export problems. */
    public enum Type {
        /** The file exists; export again with overwrite to replace it. */
        EXISTS,
        /** The note or the interview data cannot be exported as they are (line break in a subject...). */
        INPUT,
        /** The note is longer than the format allows (LinkedIn). */
        TOO_LONG,
        /** The file system refused (disk full, read-only folder, folder gone). */
        WRITE
    }
}
