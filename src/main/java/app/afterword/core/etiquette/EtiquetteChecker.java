// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import app.afterword.core.draft.PhraseAnalyser;
import java.util.List;

/**
 * Checks one note against the etiquette rules and explains every finding. It works on the note and its context only
 * (no network, no proofreader of its own), so the editor can run it on every pause in typing and the command line
 * can run it on a file. Thread-safe: it holds no state between calls.
 */
public final class EtiquetteChecker {
    private final EtiquetteSettings settings;
    private final PhraseBook phrases;
    private final List<Check> checks;
    private final PhraseAnalyser items = new PhraseAnalyser();

    /**
     * A checker with these thresholds and phrase rules. Word classes for rule A11 come from LanguageTool's English
     * dictionary, loaded on the first check that needs them (on the checking thread).
     */
    public EtiquetteChecker(EtiquetteSettings settings, PhraseBook phrases) {
        this(settings, phrases, WordClasses.english());
    }

    /** A checker with its own dictionary of word classes, for tests. */
    EtiquetteChecker(EtiquetteSettings settings, PhraseBook phrases, WordClasses classes) {
        if (settings == null || phrases == null || classes == null) {
            throw new IllegalArgumentException("settings, phrases and word classes are required");
        }
        this.settings = settings;
        this.phrases = phrases;
        this.checks = List.of(new PhraseCheck(), new AddressingCheck(), new ContentCheck(), new TimingCheck(),
            new LengthCheck(), new SubjectCheck(), new PanelCheck(), new ToneCheck(), new LeakCheck(),
            new ChannelCheck(), new FollowUpCheck(), new DecisionCheck(), new InsertionCheck(classes));
    }

    /** Every finding for the note, most serious first. */
    public EtiquetteReport check(NoteContext context) {
        Note note = new Note(context, settings, phrases, items);
        Findings out = new Findings();
        for (Check c : checks) {
            c.run(note, out);
        }
        return new EtiquetteReport(out.all());
    }

    /**
     * The note's length in words as the length rules (L1, L4) count it: the greeting and the message, without the
     * sign-off and signature. Editors show this number, so what they say and what the rules say agree.
     */
    public int wordCount(String note) {
        String text = note == null ? "" : note;
        return new NoteText(text, phrases.list("salutations"), phrases.list("closings")).wordCount();
    }

    /** The thresholds in use. */
    public EtiquetteSettings settings() {
        return settings;
    }
}
