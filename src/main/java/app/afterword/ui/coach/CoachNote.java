// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.coach;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One of the two notes of the scenario on screen (the weak or the strong one): its subject and text, the findings
 * with the passage each is about, and the count line ("5 problems").
 */
public final class CoachNote {

    private final Side side;
    private final ReadOnlyStringWrapper subject = new ReadOnlyStringWrapper(this, "subject");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper count = new ReadOnlyStringWrapper(this, "count", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking");
    private final ObservableList<Mark> marks = FXCollections.observableArrayList();
    private final ObservableList<Mark> readOnlyMarks = FXCollections.unmodifiableObservableList(marks);

    /** Which of the two notes. */
    public enum Side {
        WEAK("weak"), STRONG("strong");

        private final String key;

        Side(String key) {
            this.key = key;
        }

        /** The key in ids and messages ("weak"). */
        public String key() {
            return key;
        }
    }

    CoachNote(Side side) {
        this.side = side;
    }

    /** Which note this is. */
    public Side side() {
        return side;
    }

    /** The subject line, or null when the medium has none. */
    public ReadOnlyStringProperty subjectProperty() {
        return subject.getReadOnlyProperty();
    }

    /** The note's text. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** "5 problems", "No problems", or "Checking…". */
    public ReadOnlyStringProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    /** The report's plain summary ("1 thing to fix, 4 to consider."). */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** True while the checks run. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** The findings, most serious first, each with the passage it is about. */
    public ObservableList<Mark> marks() {
        return readOnlyMarks;
    }

    void show(String newSubject, String newText) {
        marks.clear();
        subject.set(newSubject);
        text.set(newText);
        summary.set("");
    }

    void checking(boolean now, String countText) {
        checking.set(now);
        count.set(countText);
    }

    void found(java.util.List<Mark> found, String countText, String summaryText) {
        marks.setAll(found);
        summary.set(summaryText);
        checking.set(false);
        count.set(countText);
    }
}
