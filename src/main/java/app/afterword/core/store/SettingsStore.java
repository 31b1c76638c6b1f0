// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code settings.json}: one object whose fields are sections owned by features. Parts this version does not know
 * are kept and written back. A damaged file is quarantined (never silently overwritten) and defaults are used.
 */
public final class SettingsStore {
    /** The settings file's format version. */
    public static final int SCHEMA_VERSION = 1;

    private final Path file;
    private final Json json;
    private final AtomicWriter writer;
    private final List<String> notices;
    private ObjectNode root;
    private boolean readOnly;
    private boolean pending;
    private final java.util.Set<String> reported = new java.util.HashSet<>();

    SettingsStore(Path file, Json json, AtomicWriter writer, Recovery recovery, List<String> notices) {
        this.file = file;
        this.json = json;
        this.writer = writer;
        this.notices = notices;
        this.root = json.mapper().createObjectNode();
        if (Files.isSymbolicLink(file)) {
            notices.add(file.getFileName() + " is a link to another place; Afterword neither follows nor replaces "
                + "links inside its data folder, so it left it alone and uses default settings.");
        } else if (Files.exists(file)) {
            recovery.loadOrRestore(file, (f, node) -> node, notices).ifPresentOrElse(node -> {
                root = (ObjectNode) node;
                readOnly = root.path("schemaVersion").asInt(1) > SCHEMA_VERSION;
            }, () -> notices.add("Settings were reset to their defaults."));
        }
        root.put("schemaVersion", Math.max(SCHEMA_VERSION, root.path("schemaVersion").asInt(1)));
    }

    /** The section's values, or its defaults when it is missing or damaged. */
    public synchronized <T> T get(SettingsSection<T> section) {
        JsonNode stored = root.get(section.key());
        JsonNode node = section.upgrade().apply(stored == null || stored.isNull() ? null : stored.deepCopy(),
            root.deepCopy());
        if (node == null || node.isNull()) {
            return section.defaults();
        }
        try {
            T value = json.mapper().treeToValue(node, section.type());
            return value == null ? section.defaults() : value;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            if (reported.add(section.key())) {
                notices.add("The " + section.key() + " settings could not be read and use their defaults.");
            }
            return section.defaults();
        }
    }

    /** Stores the section and writes the file. */
    public synchronized <T> void put(SettingsSection<T> section, T value) throws SaveException {
        if (readOnly) {
            throw new SaveException(SaveException.Reason.READ_ONLY_RECORD, "Can't save settings: they were written "
                + "by a newer version of Afterword.", null);
        }
        root.set(section.key(), json.mapper().valueToTree(value));
        pending = true;
        retryPending();
    }

    /** Forgets every setting, after the data folder was emptied: defaults from now on, nothing left to write. */
    synchronized void reset() {
        root = json.mapper().createObjectNode();
        root.put("schemaVersion", SCHEMA_VERSION);
        readOnly = false;
        pending = false;
        reported.clear();
    }

    /** Writes the settings if an earlier save failed. */
    public synchronized void retryPending() throws SaveException {
        if (pending) {
            writer.write(file, json.write(root), "the settings");
            pending = false;
        }
    }

    /** True when the latest settings are in memory but not yet on disk. */
    public synchronized boolean isPending() {
        return pending;
    }

    /** The settings file. */
    public Path file() {
        return file;
    }
}
