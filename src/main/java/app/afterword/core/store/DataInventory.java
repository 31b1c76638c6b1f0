// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the data folder holds, by kind, so people can see what Afterword keeps about them (and about the people they
 * met) before they export or delete it. Only the user's files count: not the lock, not files left by an interrupted
 * save; backups are counted apart because they are older copies of the same records.
 *
 * @param folder the data folder
 * @param kinds  one line per kind, in the order of {@link #KIND_ORDER} then by name
 */
public record DataInventory(Path folder, List<Kind> kinds) {

    /** The kind of the settings file. */
    public static final String SETTINGS = "settings";
    /** The kind of files the recovery moved aside. */
    public static final String QUARANTINE = "quarantine";
    /** Kinds listed first, in this order; other folders follow by name. */
    public static final List<String> KIND_ORDER = List.of("interviews", "working-copies", "notes", "progress",
        "templates", SETTINGS, QUARANTINE);

    /**
     * One kind of data.
     *
     * @param name    the folder name ("interviews"), or {@link #SETTINGS}
     * @param files   the files of this kind, backups left out
     * @param bytes   their size
     * @param backups how many backup copies there are beside them
     */
    public record Kind(String name, int files, long bytes, int backups) {
    }

    /** Copies the list. */
    public DataInventory {
        kinds = List.copyOf(kinds);
    }

    /** Reads what {@code folder} holds now. */
    public static DataInventory of(Path folder) throws IOException {
        Map<String, long[]> counts = new TreeMap<>();
        for (Path file : DataFiles.list(folder, true, true)) {
            Path rel = folder.relativize(file);
            String kind = rel.getNameCount() == 1 ? SETTINGS : rel.getName(0).toString();
            long[] c = counts.computeIfAbsent(kind, k -> new long[3]);
            if (DataFiles.isBackup(file)) {
                c[2]++;
            } else {
                c[0]++;
                c[1] += Files.size(file);
            }
        }
        List<Kind> kinds = new ArrayList<>();
        for (String name : KIND_ORDER) {
            long[] c = counts.remove(name);
            if (c != null) {
                kinds.add(new Kind(name, (int) c[0], c[1], (int) c[2]));
            }
        }
        counts.forEach((name, c) -> kinds.add(new Kind(name, (int) c[0], c[1], (int) c[2])));
        return new DataInventory(folder, kinds);
    }

    /** Files of every kind, backups left out. */
    public int totalFiles() {
        return kinds.stream().mapToInt(Kind::files).sum();
    }

    /** Bytes of every kind, backups left out. */
    public long totalBytes() {
        return kinds.stream().mapToLong(Kind::bytes).sum();
    }

    /** True when nothing of the user's is stored. */
    public boolean isEmpty() {
        return kinds.stream().allMatch(k -> k.files() == 0 && k.backups() == 0);
    }

    /** The kind with this name, or a zero line when there is none. */
    public Kind kind(String name) {
        return kinds.stream().filter(k -> k.name().equals(name)).findFirst().orElse(new Kind(name, 0, 0, 0));
    }

    /** A size for people: "812 bytes", "4.2 KB", "1.3 MB". */
    public static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Helpers over the folder's files, shared by the inventory, the export and the deletion. */
    static final class DataFiles {
        private DataFiles() {
        }

        static boolean isBackup(Path file) {
            return file.getFileName().toString().endsWith(AtomicWriter.BACKUP_SUFFIX);
        }

        static boolean isLock(Path folder, Path file) {
            return file.equals(folder.resolve(".lock"));
        }

        /**
         * The user's regular files below {@code folder}, sorted by their path relative to it (with "/" between
         * names), never the lock nor temporary files.
         */
        static List<Path> list(Path folder, boolean backups, boolean quarantine) throws IOException {
            List<Path> out = new ArrayList<>();
            try (Stream<Path> s = Files.walk(folder)) {
                for (Path p : s.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList()) {
                    Path rel = folder.relativize(p);
                    if (isLock(folder, p) || AtomicWriter.isTemp(p) || (!backups && isBackup(p))
                        || (!quarantine && rel.getNameCount() > 1 && rel.getName(0).toString().equals(QUARANTINE))) {
                        continue;
                    }
                    out.add(p);
                }
            }
            out.sort((a, b) -> entryName(folder, a).compareTo(entryName(folder, b)));
            return out;
        }

        /** Symbolic links below {@code folder}, which are never followed: reported and left alone. */
        static List<Path> links(Path folder) throws IOException {
            try (Stream<Path> s = Files.walk(folder)) {
                return s.filter(Files::isSymbolicLink).sorted().toList();
            }
        }

        static String entryName(Path folder, Path file) {
            Path rel = folder.relativize(file);
            StringBuilder sb = new StringBuilder();
            for (Path part : rel) {
                if (!sb.isEmpty()) {
                    sb.append('/');
                }
                sb.append(part);
            }
            return sb.toString();
        }
    }
}
