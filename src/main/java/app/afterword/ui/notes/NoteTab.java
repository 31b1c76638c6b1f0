// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import app.afterword.core.draft.Draft;
import app.afterword.core.etiquette.Finding;
import app.afterword.core.etiquette.Severity;
import app.afterword.core.interview.Interviewer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One recipient's note in the review step: the text as edited, its etiquette findings (recomputed after a pause in
 * typing), and its length against the medium's limits.
 */
public final class NoteTab {

    private final Interviewer recipient;
    private final Draft drafted;
    private final StringProperty subject = new SimpleStringProperty(this, "subject", "");
    private final StringProperty body = new SimpleStringProperty(this, "body", "");
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyBooleanWrapper overLimit = new ReadOnlyBooleanWrapper(this, "overLimit");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    int checkGeneration;

    NoteTab(Interviewer recipient, Draft drafted) {
        this.recipient = recipient;
        this.drafted = drafted;
    }

    /** The interviewer the note is for. */
    public Interviewer recipient() {
        return recipient;
    }

    /** The recipient's name. */
    public String name() {
        return recipient.name();
    }

    /** The note as drafted, before edits. */
    public Draft drafted() {
        return drafted;
    }

    /** The note as it stands, edits included. */
    public Draft current() {
        String s = subject.get();
        return drafted.withText(s == null || s.isBlank() ? null : s, body.get() == null ? "" : body.get());
    }

    /** True when the text differs from the draft. */
    public boolean edited() {
        Draft now = current();
        return !now.body().equals(drafted.body()) || !java.util.Objects.equals(now.subject(), drafted.subject());
    }

    /** True when the medium has a subject line. */
    public boolean hasSubject() {
        return drafted.subject() != null;
    }

    /** The subject line as edited. */
    public StringProperty subjectProperty() {
        return subject;
    }

    /** The text as edited. */
    public StringProperty bodyProperty() {
        return body;
    }

    /** The etiquette findings for the text, most serious first. */
    public ObservableList<Finding> findings() {
        return findings;
    }

    /** "2 things to fix, 1 suggestion", or a line saying all is well. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The length against the medium's limits: "182 words · aim for 100 to 250". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** True when the note is longer than its medium allows or advises. */
    public ReadOnlyBooleanProperty overLimitProperty() {
        return overLimit.getReadOnlyProperty();
    }

    /** True while the checks run after an edit. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** How many findings are errors. */
    public long errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    void summary(String text) {
        summary.set(text);
    }

    void counts(String text, boolean over) {
        counts.set(text);
        overLimit.set(over);
    }

    void checking(boolean on) {
        checking.set(on);
    }
}
