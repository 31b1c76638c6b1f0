// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.coach;

import app.afterword.core.etiquette.EtiquetteChecker;
import app.afterword.core.etiquette.EtiquetteReport;
import app.afterword.core.etiquette.Finding;
import app.afterword.core.etiquette.coach.Scenario;
import app.afterword.core.etiquette.coach.ScenarioLibrary;
import app.afterword.core.etiquette.coach.ScenarioNote;
import app.afterword.core.export.CoachHandout;
import app.afterword.ui.common.DialogService;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.TaskRunner;
import app.afterword.ui.notes.SendStepViewModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The coach screen's state: the scenario library, the scenario on screen with its weak and strong notes checked by
 * the real etiquette checker, the finding the person is looking at with its reason, presentation mode with its type
 * size, and the PDF handout. The library and the checker are loaded the first time the screen is shown, on the IO
 * lane; the checks run on the compute lane.
 */
public final class CoachViewModel {

    /** The type scale presentation mode starts at, and its limits. */
    static final double PRESENT_SCALE = 1.6;
    static final double MIN_SCALE = 1.0;
    static final double MAX_SCALE = 3.0;
    private static final double SCALE_STEP = 0.2;

    /**
     * What the screen needs, each made only when first used.
     *
     * @param library the scenario library (read on the IO lane)
     * @param checker the etiquette checker with the person's settings (made on the IO lane)
     * @param handout the PDF handout writer (used on the IO lane)
     * @param paper   the handout's paper size
     * @param dialogs the save dialog
     * @param files   writes the chosen file
     */
    public record Services(Supplier<ScenarioLibrary> library, Supplier<EtiquetteChecker> checker,
                           Supplier<CoachHandout> handout, CoachHandout.Paper paper, DialogService dialogs,
                           SendStepViewModel.FileWriter files) {

        /** Requires every part. */
        public Services {
            Objects.requireNonNull(library, "library");
            Objects.requireNonNull(checker, "checker");
            Objects.requireNonNull(handout, "handout");
            Objects.requireNonNull(paper, "paper");
            Objects.requireNonNull(dialogs, "dialogs");
            Objects.requireNonNull(files, "files");
        }
    }

    private final Messages messages;
    private final TaskRunner runner;
    private final Services services;

    private final ObservableList<Scenario> scenarios = FXCollections.observableArrayList();
    private final ObservableList<Scenario> readOnlyScenarios = FXCollections.unmodifiableObservableList(scenarios);
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<Scenario> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final CoachNote weak = new CoachNote(CoachNote.Side.WEAK);
    private final CoachNote strong = new CoachNote(CoachNote.Side.STRONG);
    private final ReadOnlyObjectWrapper<Mark> selectedMark = new ReadOnlyObjectWrapper<>(this, "selectedMark");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper(this, "why", "");
    private final ReadOnlyStringWrapper suggestion = new ReadOnlyStringWrapper(this, "suggestion", "");
    private final ReadOnlyStringWrapper position = new ReadOnlyStringWrapper(this, "position", "");
    private final BooleanProperty presentation = new SimpleBooleanProperty(this, "presentation");
    private final ReadOnlyDoubleWrapper fontScale = new ReadOnlyDoubleWrapper(this, "fontScale", PRESENT_SCALE);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper(this, "outcome");
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");

    private ScenarioLibrary library;
    private EtiquetteChecker checker;
    private Scenario.Comparison comparison;
    private int generation;

    /** A coach screen on these services; nothing is loaded until {@link #load()}. */
    public CoachViewModel(Messages messages, TaskRunner runner, Services services) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.services = Objects.requireNonNull(services, "services");
        selectedMark.addListener((o, was, now) -> {
            why.set(now == null ? "" : now.finding().why());
            suggestion.set(now == null ? "" : now.finding().suggestion());
        });
    }

    /** Reads the library and makes the checker the first time; later calls do nothing. */
    public void load() {
        if (library != null || loading.get()) {
            return;
        }
        loading.set(true);
        problem.set(null);
        runner.run(TaskRunner.Lane.IO, () -> new Loaded(services.library().get(), services.checker().get()),
            loaded -> {
                loading.set(false);
                library = loaded.library();
                checker = loaded.checker();
                scenarios.setAll(library.all());
                select(0);
            }, e -> {
                loading.set(false);
                problem.set(messages.get("coach.loadFailed"));
            });
    }

    private record Loaded(ScenarioLibrary library, EtiquetteChecker checker) {
    }

    /** Shows scenario {@code index} and checks both its notes. */
    public void select(int index) {
        if (index < 0 || index >= scenarios.size() || index == selectedIndex.get() && comparison != null) {
            return;
        }
        Scenario s = scenarios.get(index);
        int run = ++generation;
        comparison = null;
        selectedMark.set(null);
        selectedIndex.set(index);
        selected.set(s);
        position.set(messages.get("coach.position", index + 1, scenarios.size()));
        weak.show(s.weak().subject(), s.weak().text());
        strong.show(s.strong().subject(), s.strong().text());
        weak.checking(true, messages.get("coach.checking"));
        strong.checking(true, messages.get("coach.checking"));
        EtiquetteChecker using = checker;
        runner.run(TaskRunner.Lane.COMPUTE, () -> s.compare(using, library.interviews()), cmp -> {
            if (run != generation) {
                return;
            }
            comparison = cmp;
            show(weak, s.weak(), cmp.weak());
            show(strong, s.strong(), cmp.strong());
        }, e -> {
            if (run != generation) {
                return;
            }
            weak.checking(false, "");
            strong.checking(false, "");
            problem.set(messages.get("coach.checkFailed", s.title()));
        });
    }

    private void show(CoachNote target, ScenarioNote note, EtiquetteReport report) {
        List<Mark> marks = new ArrayList<>();
        int subjectLength = note.subject() == null ? 0 : note.subject().length();
        List<Finding> found = report.findings();
        for (int i = 0; i < found.size(); i++) {
            marks.add(Mark.of(target.side(), i, found.get(i), note.text().length(), subjectLength));
        }
        target.found(marks, messages.get("coach.count", marks.size()), report.summary());
    }

    /** The scenario after the one on screen, if any. */
    public void nextScenario() {
        select(selectedIndex.get() + 1);
    }

    /** The scenario before the one on screen, if any. */
    public void previousScenario() {
        select(selectedIndex.get() - 1);
    }

    /** Looks at {@code mark} (null: none), showing its reason. */
    public void selectFinding(Mark mark) {
        selectedMark.set(mark);
    }

    /**
     * Looks at the finding highlighted at character {@code offset} of a note's body (the narrowest, when several
     * overlap); none when the text there is not highlighted.
     */
    public void selectAt(CoachNote.Side side, int offset) {
        selectedMark.set(note(side).marks().stream().filter(m -> m.covers(offset))
            .min(Comparator.comparingInt((Mark m) -> m.end() - m.start()).thenComparingInt(Mark::index))
            .orElse(null));
    }

    /** The next finding: down the weak note's list, then the strong note's; the first when none is selected. */
    public void nextFinding() {
        step(1);
    }

    /** The previous finding, in the same order. */
    public void previousFinding() {
        step(-1);
    }

    private void step(int by) {
        List<Mark> all = allMarks();
        if (all.isEmpty()) {
            return;
        }
        int at = all.indexOf(selectedMark.get());
        int next = at < 0 ? (by > 0 ? 0 : all.size() - 1) : Math.max(0, Math.min(all.size() - 1, at + by));
        selectedMark.set(all.get(next));
    }

    /** The findings of both notes, weak first. */
    public List<Mark> allMarks() {
        List<Mark> all = new ArrayList<>(weak.marks());
        all.addAll(strong.marks());
        return all;
    }

    /** Turns presentation mode on or off. */
    public void togglePresentation() {
        presentation.set(!presentation.get());
    }

    /** Larger type in presentation mode. */
    public void zoomIn() {
        fontScale.set(Math.min(MAX_SCALE, Math.round((fontScale.get() + SCALE_STEP) * 10) / 10.0));
    }

    /** Smaller type in presentation mode. */
    public void zoomOut() {
        fontScale.set(Math.max(MIN_SCALE, Math.round((fontScale.get() - SCALE_STEP) * 10) / 10.0));
    }

    /** Asks where, then writes the scenario on screen as a PDF handout. */
    public void exportHandout() {
        Scenario.Comparison cmp = comparison;
        if (cmp == null || exporting.get()) {
            return;
        }
        Optional<Path> where = services.dialogs().saveFile(messages.get("coach.handout.dialog"),
            cmp.scenario().id() + ".pdf", messages.get("coach.handout.kind"), "pdf");
        if (where.isEmpty()) {
            return;
        }
        Path path = where.get();
        exporting.set(true);
        outcome.set(null);
        runner.run(TaskRunner.Lane.IO, () -> {
            services.files().write(path, services.handout().get().render(cmp, services.paper()));
            return path;
        }, p -> {
            exporting.set(false);
            outcome.set(messages.get("coach.handout.saved", p));
        }, e -> {
            exporting.set(false);
            outcome.set(messages.get("coach.handout.failed", e.getMessage() == null ? e.toString()
                : e.getMessage()));
        });
    }

    /** The note on one side. */
    public CoachNote note(CoachNote.Side side) {
        return side == CoachNote.Side.WEAK ? weak : strong;
    }

    /** The weak note. */
    public CoachNote weak() {
        return weak;
    }

    /** The strong note. */
    public CoachNote strong() {
        return strong;
    }

    /** The scenarios, in the library's order. */
    public ObservableList<Scenario> scenarios() {
        return readOnlyScenarios;
    }

    /** The index of the scenario on screen, or -1. */
    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    /** The scenario on screen, or null while loading. */
    public ReadOnlyObjectProperty<Scenario> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** "Scenario 2 of 7". */
    public ReadOnlyStringProperty positionProperty() {
        return position.getReadOnlyProperty();
    }

    /** The finding looked at, or null. */
    public ReadOnlyObjectProperty<Mark> selectedMarkProperty() {
        return selectedMark.getReadOnlyProperty();
    }

    /** Why the rule of the finding looked at matters; empty when none is. */
    public ReadOnlyStringProperty whyProperty() {
        return why.getReadOnlyProperty();
    }

    /** What to write instead; empty when no finding is looked at. */
    public ReadOnlyStringProperty suggestionProperty() {
        return suggestion.getReadOnlyProperty();
    }

    /** Presentation mode: full screen, large type, only the notes and the finding looked at. */
    public BooleanProperty presentationProperty() {
        return presentation;
    }

    /** The type scale of presentation mode (1.0 is the normal size). */
    public ReadOnlyDoubleProperty fontScaleProperty() {
        return fontScale.getReadOnlyProperty();
    }

    /** True while the library loads. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** A problem loading or checking, or null. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The result of the last handout export, or null. */
    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** True while the handout is written. */
    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }
}
