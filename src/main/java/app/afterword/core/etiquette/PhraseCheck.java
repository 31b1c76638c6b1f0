// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import java.util.List;

/** Runs the phrase rules of the phrase file over the greeting, the body and the subject. */
final class PhraseCheck implements Check {

    @Override
    public void run(Note note, Findings out) {
        String subject = note.ctx.subject();
        for (PhraseBook.Entry e : note.phrases.entries()) {
            if (!e.appliesTo(note.kind(), note.medium())) {
                continue;
            }
            switch (e.scope()) {
                case TEXT -> report(e, e.find(note.body, 0, note.body.length()), Span.Part.BODY, note, out);
                case GREETING -> {
                    Range g = note.text.greeting();
                    if (g != null) {
                        report(e, e.find(note.body, g.start(), g.end()), Span.Part.BODY, note, out);
                    }
                }
                case SUBJECT -> {
                    if (subject != null) {
                        report(e, e.find(subject, 0, subject.length()), Span.Part.SUBJECT, note, out);
                    }
                }
                case SUBJECT_WHOLE -> {
                    if (subject != null && e.matchesWhole(subject)) {
                        int start = subject.length() - subject.stripLeading().length();
                        int end = start + subject.strip().length();
                        report(e, List.of(new Range(start, end)), Span.Part.SUBJECT, note, out);
                    }
                }
                default -> throw new IllegalStateException("unknown scope " + e.scope());
            }
        }
    }

    private static void report(PhraseBook.Entry e, List<Range> ranges, Span.Part part, Note note, Findings out) {
        for (Range r : ranges) {
            if (out.covers(e.rule(), part, r)) {
                continue;
            }
            out.add(e.rule(), e.severity(), new Span(part, r.start(), r.end()), e.message(), e.why(),
                note.fill(e.rewrite()));
        }
    }
}
