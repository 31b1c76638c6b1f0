// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats a note can be exported to, one file per recipient. */
public enum ExportFormat {
    /** An e-mail draft mail clients open ready to send. */
    EML("eml"),
    /** A print-ready card to copy by hand. */
    PDF("pdf"),
    /** Plain text with To and Subject lines. */
    TXT("txt"),
    /** Markdown with To and Subject lines. */
    MD("md"),
    /** The LinkedIn note alone, checked against the LinkedIn limit. */
    LINKEDIN("txt");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The spelling used on the command line ("eml", "linkedin"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** Parses {@link #id()} spellings, ignoring case. */
    public static Optional<ExportFormat> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(t)).findFirst();
    }
}
