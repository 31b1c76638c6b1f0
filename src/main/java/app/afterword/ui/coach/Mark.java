// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.coach;

import app.afterword.core.etiquette.Finding;
import app.afterword.core.etiquette.Span;

/**
 * A finding as the coach screen shows it: on which note, its place in that note's list, and the stretch of text to
 * highlight. A finding about the note as a whole has no stretch and is only listed.
 *
 * @param side    the note it belongs to
 * @param index   its place in the note's list, from 0
 * @param finding what the checks found
 * @param part    whether the stretch is in the body or the subject line; null when there is no stretch
 * @param start   first character of the stretch, clamped to the text
 * @param end     one past the last character, clamped to the text
 */
public record Mark(CoachNote.Side side, int index, Finding finding, Span.Part part, int start, int end) {

    /** Clamps the finding's span to a text of the given lengths. */
    static Mark of(CoachNote.Side side, int index, Finding f, int bodyLength, int subjectLength) {
        Span s = f.span();
        if (s == null) {
            return new Mark(side, index, f, null, 0, 0);
        }
        int length = s.part() == Span.Part.SUBJECT ? subjectLength : bodyLength;
        int start = Math.min(s.start(), length);
        int end = Math.min(s.end(), length);
        return start < end ? new Mark(side, index, f, s.part(), start, end) : new Mark(side, index, f, null, 0, 0);
    }

    /** True when the finding points at a stretch of the note's body, which the note's text shows highlighted. */
    public boolean inBody() {
        return part == Span.Part.BODY;
    }

    /** True when the finding points at the subject line. */
    public boolean inSubject() {
        return part == Span.Part.SUBJECT;
    }

    /** True when the body stretch covers character {@code offset}. */
    boolean covers(int offset) {
        return inBody() && offset >= start && offset < end;
    }
}
