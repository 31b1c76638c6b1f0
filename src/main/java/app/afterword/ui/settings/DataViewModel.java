// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.settings;

import app.afterword.core.export.ClipContent;
import app.afterword.core.export.ClipboardPort;
import app.afterword.core.export.ClipboardUnavailableException;
import app.afterword.core.export.DesktopLauncher;
import app.afterword.core.store.DataDeletion;
import app.afterword.core.store.DataException;
import app.afterword.core.store.DataExport;
import app.afterword.core.store.DataInventory;
import app.afterword.core.store.Workspace;
import app.afterword.ui.common.DialogService;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.TaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "Your data" screen without its nodes: where the data folder is and what it holds, export everything to a zip,
 * and delete everything after a deliberate confirmation (typing the word DELETE). Reading, exporting and deleting
 * run on the IO lane, after every save queued before them, so the zip holds what is on screen and nothing is
 * written back after a deletion.
 */
public final class DataViewModel {

    /** The word to type before deleting. */
    public static final String CONFIRM_WORD = "DELETE";

    /** One line of the "what is stored" table. */
    public record Row(String kind, String files, String size) {
    }

    /** The result of the last action, shown under the buttons. */
    public record Outcome(boolean success, String message) {
    }

    /** What the app does around a deletion, on the UI thread. */
    public interface DeletionHooks {
        /** Stops every screen from saving what it shows (it is about to be deleted). */
        void beforeDelete();

        /** Shows the app empty. */
        void afterDelete();
    }

    private final Messages m;
    private final TaskRunner runner;
    private final Workspace workspace;
    private final DialogService dialogs;
    private final DesktopLauncher launcher;
    private final ClipboardPort clipboard;
    private final DeletionHooks hooks;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DataInventory> inventory = new ReadOnlyObjectWrapper<>(this, "inventory");
    private final ReadOnlyObjectWrapper<Outcome> outcome = new ReadOnlyObjectWrapper<>(this, "outcome");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper confirming = new ReadOnlyBooleanWrapper(this, "confirming");
    private final StringProperty confirmText = new SimpleStringProperty(this, "confirmText", "");
    private final BooleanBinding canDelete;

    /**
     * Creates the ViewModel.
     *
     * @param launcher  opens the data folder in the file manager
     * @param clipboard takes the folder's path
     * @param hooks     what the app does before and after a deletion
     */
    public DataViewModel(Messages m, TaskRunner runner, Workspace workspace, DialogService dialogs,
                         DesktopLauncher launcher, ClipboardPort clipboard, DeletionHooks hooks) {
        this.m = m;
        this.runner = runner;
        this.workspace = workspace;
        this.dialogs = dialogs;
        this.launcher = launcher;
        this.clipboard = clipboard;
        this.hooks = hooks;
        canDelete = Bindings.createBooleanBinding(() -> confirming.get() && !busy.get()
            && CONFIRM_WORD.equals(confirmText.get() == null ? "" : confirmText.get().strip()),
            confirming, busy, confirmText);
    }

    /** The data folder. */
    public Path folder() {
        return workspace.directory();
    }

    /** Reads what the folder holds, on the IO lane. */
    public void refresh() {
        runner.run(TaskRunner.Lane.IO, () -> DataInventory.of(workspace.directory()), this::show,
            e -> outcome.set(new Outcome(false, m.get("data.readFailed", e.getClass().getSimpleName()))));
    }

    private void show(DataInventory inv) {
        inventory.set(inv);
        rows.clear();
        for (DataInventory.Kind k : inv.kinds()) {
            rows.add(new Row(kindName(k.name()), files(k.files(), k.backups()), DataInventory.size(k.bytes())));
        }
    }

    private String kindName(String kind) {
        return switch (kind) {
            case "interviews" -> m.get("data.kind.interviews");
            case "working-copies" -> m.get("data.kind.working-copies");
            case "notes" -> m.get("data.kind.notes");
            case "progress" -> m.get("data.kind.progress");
            case "templates" -> m.get("data.kind.templates");
            case DataInventory.SETTINGS -> m.get("data.kind.settings");
            case DataInventory.QUARANTINE -> m.get("data.kind.quarantine");
            default -> kind;
        };
    }

    private String files(int files, int backups) {
        String f = files == 1 ? m.get("data.files.one") : m.get("data.files.many", files);
        if (backups == 0) {
            return f;
        }
        return backups == 1 ? m.get("data.files.withBackup", f) : m.get("data.files.withBackups", f, backups);
    }

    /** A summary line: "7 files, 12.4 KB" or "Nothing is stored." */
    public String summary() {
        DataInventory inv = inventory.get();
        if (inv == null) {
            return "";
        }
        return inv.isEmpty() ? m.get("data.empty")
            : m.get("data.total", files(inv.totalFiles(), 0), DataInventory.size(inv.totalBytes()));
    }

    /** Opens the folder in the file manager, on the IO lane (the opener may take a moment). */
    public void openFolder() {
        Path dir = workspace.directory();
        runner.run(TaskRunner.Lane.IO, () -> launcher.open(dir), r -> outcome.set(r.opened()
            ? new Outcome(true, m.get("data.opened"))
            : new Outcome(false, m.get("data.openFailed", r.message(), dir.toString()))), null);
    }

    /** Copies the folder's path. */
    public void copyPath() {
        String path = workspace.directory().toString();
        try {
            clipboard.put(new ClipContent(path, null));
            outcome.set(new Outcome(true, m.get("data.copied")));
        } catch (ClipboardUnavailableException e) {
            outcome.set(new Outcome(false, m.get("data.copyFailed", path)));
        }
    }

    /** Asks where to save the zip, then writes it on the IO lane. */
    public void exportEverything() {
        Optional<Path> target = dialogs.saveFile(m.get("data.export.dialog"), "afterword-data-"
            + LocalDate.now(runner.clock()) + ".zip", m.get("data.export.fileType"), "zip");
        target.ifPresent(this::exportTo);
    }

    /** Writes the zip to {@code target} on the IO lane, replacing it (the save dialog asked). */
    public void exportTo(Path target) {
        busy.set(true);
        outcome.set(null);
        Path dir = workspace.directory();
        runner.run(TaskRunner.Lane.IO, () -> new DataExport(dir).writeZip(target, false, true), r -> {
            busy.set(false);
            outcome.set(new Outcome(true, m.get("data.export.done", files(r.entries().size(), 0),
                DataInventory.size(r.bytes()), r.file().toString())));
        }, e -> {
            busy.set(false);
            outcome.set(new Outcome(false, e instanceof DataException ? e.getMessage()
                : m.get("data.export.failed", e.getClass().getSimpleName())));
        });
    }

    /** Shows the confirmation that names what will go. */
    public void askDelete() {
        confirmText.set("");
        confirming.set(true);
        outcome.set(null);
        refresh();
    }

    /** Closes the confirmation; nothing is deleted. */
    public void cancelDelete() {
        confirming.set(false);
        confirmText.set("");
    }

    /** Deletes everything, once {@link #CONFIRM_WORD} is typed; false when it is not. */
    public boolean deleteEverything() {
        if (!canDelete.get()) {
            return false;
        }
        busy.set(true);
        hooks.beforeDelete();
        runner.run(TaskRunner.Lane.IO, () -> new DataDeletion(workspace).deleteEverything(), before -> {
            busy.set(false);
            cancelDelete();
            hooks.afterDelete();
            outcome.set(new Outcome(true, m.get("data.delete.done", files(before.totalFiles(), 0))));
            refresh();
        }, e -> {
            busy.set(false);
            outcome.set(new Outcome(false, e instanceof DataException ? e.getMessage()
                : m.get("data.delete.failed", e.getClass().getSimpleName())));
            refresh();
        });
        return true;
    }

    /** What is stored, one row per kind. */
    public ObservableList<Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    /** What the folder held when last read, or null before the first read. */
    public ReadOnlyObjectProperty<DataInventory> inventoryProperty() {
        return inventory.getReadOnlyProperty();
    }

    /** The result of the last action, or null. */
    public ReadOnlyObjectProperty<Outcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /** True while an export or deletion runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while the delete confirmation shows. */
    public ReadOnlyBooleanProperty confirmingProperty() {
        return confirming.getReadOnlyProperty();
    }

    /** What is typed in the confirmation. */
    public StringProperty confirmTextProperty() {
        return confirmText;
    }

    /** True when the confirmation is complete. */
    public BooleanBinding canDeleteProperty() {
        return canDelete;
    }
}
