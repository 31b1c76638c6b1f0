// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.editor;

import app.afterword.core.interview.Interview;
import app.afterword.core.proofread.Category;
import app.afterword.core.proofread.CheckOptions;
import app.afterword.core.proofread.Issue;
import app.afterword.core.proofread.NotProofread;
import app.afterword.core.proofread.ProofreadResult;
import app.afterword.core.proofread.ProofreadSession;
import app.afterword.core.proofread.ProofreadState;
import app.afterword.core.proofread.Proofreader;
import app.afterword.core.proofread.Suggestions;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.TaskRunner;
import app.afterword.ui.theme.AppStyles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Proofreading as you type, for one note. The note's text belongs to whoever passes its property in (the review step);
 * this keeps a revision number for it, sends a snapshot to the proofreader after a pause in typing, and shows only the
 * issues of the text on screen: a result for an older revision is dropped, and an issue whose text is edited is
 * dropped at once rather than drawn at the wrong place (issues after the edit move with their text).
 *
 * <p>Applying a suggestion is {@link Suggestions#apply}; adding a word or ignoring a rule is saved in the user's
 * settings and every note is checked again. Written on the UI thread only.
 */
public final class ProofreadEditorViewModel {

    /** An underline: a range of the text and its style class. */
    public record Mark(int start, int end, String styleClass) {
    }

    private final Messages messages;
    private final TaskRunner runner;
    private final Proofreading proofreading;
    private final StringProperty text;
    private final Supplier<Interview> interview;
    private final Duration pause;
    private final ObservableList<Issue> issues = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ChangeListener<String> onText = (o, was, now) -> edited(was, now);
    private final InvalidationListener onSettings = o -> checkNow();
    private final InvalidationListener onProofreader = o -> checkNow();
    private final InvalidationListener onState = o -> updateStatus();
    private List<NotProofread> skipped = List.of();
    private ProofreadSession session;
    private TaskRunner.Cancellable waiting;
    private long revision;
    private long shownRevision = -1;
    private boolean closed;

    /**
     * Proofreads the text in {@code text} from now on.
     *
     * @param text      the note's text; this writes it only when a suggestion is applied
     * @param interview the interview the note is about, whose names are not mistakes
     * @param pause     how long typing must pause before the note is checked again
     */
    public ProofreadEditorViewModel(Messages messages, TaskRunner runner, Proofreading proofreading,
                                    StringProperty text, Supplier<Interview> interview, Duration pause) {
        this.messages = messages;
        this.runner = runner;
        this.proofreading = proofreading;
        this.text = text;
        this.interview = interview;
        this.pause = pause;
        text.addListener(onText);
        proofreading.settingsProperty().addListener(onSettings);
        proofreading.proofreaderProperty().addListener(onProofreader);
        proofreading.stateProperty().addListener(onState);
        updateStatus();
        checkNow();
    }

    // ---- typing ----------------------------------------------------------------------------------------------

    private void edited(String was, String now) {
        revision++;
        String before = was == null ? "" : was;
        String after = now == null ? "" : now;
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
            && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        int changedEnd = before.length() - suffix;
        int delta = after.length() - before.length();
        List<Issue> kept = new ArrayList<>(issues.size());
        for (Issue i : issues) {
            if (i.end() < prefix) {
                kept.add(i);
            } else if (i.offset() > changedEnd) {
                kept.add(moved(i, i.offset() + delta, after));
            }
        }
        if (kept.size() != issues.size() || delta != 0 && !kept.isEmpty()) {
            issues.setAll(kept);
        }
        updateStatus();
        if (waiting != null) {
            waiting.cancel();
        }
        waiting = runner.after(pause, () -> {
            waiting = null;
            checkNow();
        });
    }

    /** The issue at its new place; its line and column counted again. */
    private static Issue moved(Issue i, int offset, String text) {
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < offset; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        int column = text.codePointCount(lineStart, offset) + 1;
        return new Issue(offset, i.length(), line, column, i.rule(), i.category(), i.message(), i.suggestions());
    }

    /** Sends the text as it is now to the proofreader (when there is one); only the latest answer is shown. */
    void checkNow() {
        if (closed) {
            return;
        }
        Proofreader p = proofreading.proofreaderProperty().get();
        if (p == null) {
            return;
        }
        if (session == null) {
            session = p.newSession();
        }
        long rev = revision;
        String snapshot = text.get() == null ? "" : text.get();
        CheckOptions options = CheckOptions.forNote(proofreading.settingsProperty().get(), interview.get(), null);
        session.submit(snapshot, rev, options).whenComplete((result, error) -> {
            if (result != null && error == null) {
                runner.onUi(() -> show(result));
            } else if (error != null && !(error instanceof CancellationException
                || error instanceof CompletionException && error.getCause() instanceof CancellationException)) {
                runner.onUi(this::updateStatus);
            }
        });
    }

    private void show(ProofreadResult result) {
        if (closed || result.revision() != revision) {
            return;
        }
        shownRevision = result.revision();
        skipped = result.notProofread();
        issues.setAll(result.issues());
        updateStatus();
    }

    // ---- actions ---------------------------------------------------------------------------------------------

    /** The issue under or touching the caret, or null. */
    public Issue issueAt(int position) {
        for (Issue i : issues) {
            if (i.offset() <= position && position <= i.end()) {
                return i;
            }
        }
        return null;
    }

    /**
     * Replaces the issue's text with its suggestion number {@code choice}.
     *
     * @return where the caret goes (after the replacement), or -1 when the issue is no longer on screen
     */
    public int apply(Issue issue, int choice) {
        if (issue == null || !issues.contains(issue) || choice < 0 || choice >= issue.suggestions().size()) {
            return -1;
        }
        String replacement = issue.suggestions().get(choice);
        text.set(Suggestions.apply(text.get() == null ? "" : text.get(), issue, choice));
        return issue.offset() + replacement.length();
    }

    /** The flagged text of the issue ("recieve"), as the dictionary would take it. */
    public String word(Issue issue) {
        String t = text.get() == null ? "" : text.get();
        return issue == null || issue.end() > t.length() ? "" : t.substring(issue.offset(), issue.end());
    }

    /** True when the issue is a spelling one, so "Add to dictionary" makes sense. */
    public boolean canAddToDictionary(Issue issue) {
        return issue != null && issue.category() == Category.SPELLING && !word(issue).isBlank();
    }

    /** Adds the issue's word to the user's dictionary; every note is checked again. */
    public void addToDictionary(Issue issue) {
        if (!canAddToDictionary(issue)) {
            return;
        }
        problem.set(null);
        String word = word(issue);
        issues.removeIf(i -> i.category() == Category.SPELLING && word.equals(word(i)));
        updateStatus();
        proofreading.addWord(word, problem::set);
    }

    /** Stops reporting the issue's rule in every note; every note is checked again. */
    public void ignoreRule(Issue issue) {
        if (issue == null) {
            return;
        }
        problem.set(null);
        issues.removeIf(i -> i.rule().equals(issue.rule()));
        updateStatus();
        proofreading.ignoreRule(issue.rule(), problem::set);
    }

    /** Stops listening (the note is gone); a check still running is dropped. */
    public void close() {
        closed = true;
        text.removeListener(onText);
        proofreading.settingsProperty().removeListener(onSettings);
        proofreading.proofreaderProperty().removeListener(onProofreader);
        proofreading.stateProperty().removeListener(onState);
        if (waiting != null) {
            waiting.cancel();
        }
        if (session != null) {
            session.cancel();
        }
    }

    // ---- what shows ------------------------------------------------------------------------------------------

    /** The underlines of the issues, in text order, not overlapping. */
    public List<Mark> marks() {
        List<Mark> out = new ArrayList<>(issues.size());
        int covered = 0;
        for (Issue i : issues) {
            int start = Math.max(i.offset(), covered);
            if (i.end() > start) {
                out.add(new Mark(start, i.end(), styleOf(i.category())));
                covered = i.end();
            }
        }
        return out;
    }

    /** The style class of a category's underline. */
    public static String styleOf(Category category) {
        return switch (category) {
            case SPELLING -> AppStyles.ISSUE_SPELLING;
            case GRAMMAR, PUNCTUATION -> AppStyles.ISSUE_GRAMMAR;
            case STYLE, TYPOGRAPHY -> AppStyles.ISSUE_STYLE;
        };
    }

    private void updateStatus() {
        ProofreadState state = proofreading.stateProperty().get();
        String line;
        if (state == ProofreadState.OFF) {
            line = NotProofread.Reason.PROOFREADING_OFF.message();
        } else if (state == ProofreadState.FAILED) {
            line = messages.get("editor.status.failed");
        } else if (shownRevision < 0) {
            line = messages.get("review.proofread.starting");
        } else {
            int n = issues.size();
            line = n == 1 ? messages.get("editor.status.one") : messages.get("editor.status.many", n);
            if (!skipped.isEmpty()) {
                String part = messages.get("editor.status.skipped", skipped.get(0).message());
                line = n == 0 ? part : line + " " + part;
            } else if (n == 0) {
                line = messages.get("editor.status.none");
            }
        }
        status.set(line);
        int n = issues.size();
        summary.set(shownRevision < 0 ? messages.get("editor.a11y.starting")
            : n == 0 ? messages.get("editor.a11y.none") : n == 1 ? messages.get("editor.a11y.one")
            : messages.get("editor.a11y.many", n));
    }

    /** The issues of the text on screen, in text order. */
    public ObservableList<Issue> issues() {
        return issues;
    }

    /** The proofreading state in one line: starting, no issues, "3 issues", parts not proofread. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The issue count for screen readers, with the shortcut that opens suggestions. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the last dictionary or rule change failed, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The text revision, raised by every edit. */
    public long revision() {
        return revision;
    }
}
