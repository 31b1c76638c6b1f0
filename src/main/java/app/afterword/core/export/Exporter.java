// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import app.afterword.core.draft.Draft;
import app.afterword.core.draft.Medium;
import app.afterword.core.interview.Interview;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one entry point for "export these notes as files": the command line and the desktop call it with drafts and a
 * format, and get back the paths written and every problem. Each recipient gets one file named from the interview;
 * rendering never touches the disk, and writing is atomic and asks before replacing.
 */
public final class Exporter {
    private final ExportSettings settings;
    private final EmlWriter eml;
    private final CardPdf cards;
    private final ExportFiles files;

    /** An exporter with the user's settings and its collaborators. */
    public Exporter(ExportSettings settings, EmlWriter eml, CardPdf cards, ExportFiles files) {
        if (settings == null || eml == null || cards == null || files == null) {
            throw new IllegalArgumentException("settings, eml writer, card renderer and files are required");
        }
        this.settings = settings;
        this.eml = eml;
        this.cards = cards;
        this.files = files;
    }

    /**
     * Writes one file per draft into {@code outDir} (created if missing).
     *
     * @param overwrite true when the user agreed to replace existing files; otherwise they are reported as
     *                  {@link ExportReport.Type#EXISTS} and left alone
     */
    public ExportReport export(Interview interview, List<Draft> drafts, ExportFormat format, Path outDir,
                               boolean overwrite) {
        if (interview == null || drafts == null || format == null || outDir == null) {
            throw new IllegalArgumentException("interview, drafts, format and folder are required");
        }
        List<ExportReport.ExportedFile> written = new ArrayList<>();
        List<ExportReport.ExportProblem> problems = new ArrayList<>();
        if (drafts.isEmpty()) {
            problems.add(new ExportReport.ExportProblem(null, ExportReport.Type.INPUT, null,
                "There is nothing to export: no notes were given."));
            return new ExportReport(written, problems);
        }
        try {
            files.prepareFolder(outDir);
        } catch (ExportException e) {
            problems.add(new ExportReport.ExportProblem(null, ExportReport.Type.WRITE, outDir, e.getMessage()));
            return new ExportReport(written, problems);
        }
        Set<String> used = new HashSet<>();
        for (Draft draft : drafts) {
            String name = unique(FileNames.forDraft(interview, draft, format), used);
            if (format == ExportFormat.LINKEDIN) {
                LinkedInNote note = LinkedInNote.of(draft.body(), linkedInLimit(draft));
                if (!note.fits()) {
                    problems.add(new ExportReport.ExportProblem(draft.recipient(), ExportReport.Type.TOO_LONG, null,
                        tooLong(draft, note)));
                    continue;
                }
            }
            Rendered rendered;
            CardFit fit = null;
            try {
                if (format == ExportFormat.PDF) {
                    CardResult card = card(interview, draft);
                    fit = card.fit();
                    rendered = card.toRendered();
                } else {
                    rendered = render(interview, draft, format);
                }
            } catch (ExportException e) {
                problems.add(new ExportReport.ExportProblem(draft.recipient(), ExportReport.Type.INPUT, null,
                    e.getMessage()));
                continue;
            }
            try {
                ExportFiles.Written w = files.write(outDir, name, rendered.bytes(), overwrite);
                if (w.outcome() == ExportFiles.Outcome.EXISTS) {
                    problems.add(new ExportReport.ExportProblem(draft.recipient(), ExportReport.Type.EXISTS, w.path(),
                        w.path() + " already exists and was left as it is. Export again and agree to replace it "
                        + "(the old file is then kept as " + w.path().getFileName() + ".bak)."));
                } else {
                    written.add(new ExportReport.ExportedFile(draft.recipient(), draft.kind(), format, w.path(),
                        w.outcome() == ExportFiles.Outcome.REPLACED, rendered.notes(), fit));
                }
            } catch (ExportException e) {
                problems.add(new ExportReport.ExportProblem(draft.recipient(), ExportReport.Type.WRITE,
                    outDir.resolve(name), e.getMessage()));
            }
        }
        return new ExportReport(written, problems);
    }

    /**
     * The file content for one draft, without writing it (for previews and "Save as").
     *
     * @throws ExportException when the draft cannot be exported in this format as it is
     */
    public Rendered render(Interview interview, Draft draft, ExportFormat format) throws ExportException {
        requireRecipient(interview, draft);
        return switch (format) {
            case EML -> eml.write(interview, draft);
            case PDF -> cards.render(interview, draft, CardOptions.from(settings)).toRendered();
            case TXT -> utf8(TextFiles.plain(interview, draft), List.of());
            case MD -> utf8(TextFiles.markdown(interview, draft), List.of());
            case LINKEDIN -> linkedIn(draft);
        };
    }

    private CardResult card(Interview interview, Draft draft) throws ExportException {
        requireRecipient(interview, draft);
        return cards.render(interview, draft, CardOptions.from(settings));
    }

    private static void requireRecipient(Interview interview, Draft draft) throws ExportException {
        if (interview.interviewer(draft.recipient()).isEmpty()) {
            throw new ExportException("There is no interviewer named \"" + draft.recipient()
                + "\" in this interview; check the name.");
        }
    }

    /** The LinkedIn limit that applies to the draft: a message to a connection, or the connection note. */
    public int linkedInLimit(Draft draft) {
        return draft.medium() == Medium.LINKEDIN_MESSAGE ? LinkedInNote.MESSAGE_LIMIT : settings.linkedinLimit();
    }

    private Rendered linkedIn(Draft draft) throws ExportException {
        LinkedInNote note = LinkedInNote.of(draft.body(), linkedInLimit(draft));
        if (!note.fits()) {
            throw new ExportException(tooLong(draft, note));
        }
        return utf8(TextFiles.linkedIn(note), List.of("LinkedIn note: " + note.describe()));
    }

    private static String tooLong(Draft draft, LinkedInNote note) {
        return "The LinkedIn note for " + draft.recipient() + " is " + note.describe() + " Shorten it and export "
            + "again.";
    }

    private static Rendered utf8(String text, List<String> notes) {
        return new Rendered(text.getBytes(StandardCharsets.UTF_8), notes);
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = FileNames.numbered(name, n);
        }
        return candidate;
    }
}
