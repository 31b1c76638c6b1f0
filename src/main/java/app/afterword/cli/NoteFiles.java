// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.store.BoundedRead;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a note a person gives on the command line: strict UTF-8 text, at most 1 MB, without a byte-order mark; and
 * finds the notes in it as {@code afterword draft} prints them: {@code To:}, {@code Cc:} and {@code Subject:} lines on
 * top, then the note, and a line of dashes between one note and the next.
 */
final class NoteFiles {
    /** Largest note file read, in bytes; notes are a few hundred words. */
    static final int MAX_BYTES = 1 << 20;
    /** The line draft prints between notes; ten dashes or more, so "--" before a signature stays text. */
    private static final Pattern SEPARATOR = Pattern.compile("[ \\t]*-{10,}[ \\t]*\\r?");
    private static final Pattern HEADER = Pattern.compile(
        "(?i)[\\uFEFF \\t]*(to|cc|subject)[ \\t]*:[ \\t]*(.*?)[ \\t\\r]*");
    private static final Pattern ADDRESS = Pattern.compile("^(.*?)<([^<>]*)>\\s*$");

    private NoteFiles() {
    }

    /**
     * Reads {@code file}, or standard input for "-".
     *
     * @param what how the command names this input in messages ("NOTE", "--compare Ana"), or null
     */
    static String read(CliContext c, String file, String what) {
        String name = "-".equals(file) ? "standard input" : file;
        String prefix = what == null ? "" : what + ": ";
        byte[] bytes;
        try {
            if ("-".equals(file)) {
                bytes = readCapped(c.in());
            } else {
                bytes = BoundedRead.read(Path.of(file), MAX_BYTES);
            }
        } catch (BoundedRead.NotAFileException e) {
            throw usage(prefix + e.getMessage() + "; give the path of a note (a text file).");
        } catch (BoundedRead.TooLargeException e) {
            throw tooLarge(prefix, name);
        } catch (NoSuchFileException e) {
            throw usage(prefix + "There is no file " + file + ": it does not exist. Check the path.");
        } catch (AccessDeniedException e) {
            throw usage(prefix + "Afterword may not read " + file + ". Check its permissions.");
        } catch (InvalidPathException e) {
            throw usage(prefix + "'" + file + "' is not a valid path.");
        } catch (IOException e) {
            throw usage(prefix + "Could not read " + name + " (" + e.getClass().getSimpleName() + ").");
        }
        if (bytes == null) {
            throw tooLarge(prefix, name);
        }
        return decode(bytes, prefix + name);
    }

    private static byte[] readCapped(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        return bytes.length > MAX_BYTES ? null : bytes;
    }

    private static CliException tooLarge(String prefix, String name) {
        return usage(prefix + name + " is larger than 1 MB, which is far too long for a note.");
    }

    private static String decode(byte[] bytes, String name) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw usage(name + " looks like a binary file, not a note. Give a plain text file.");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw usage(name + " is not UTF-8 text. Save it as UTF-8 and try again.");
        }
    }

    private static CliException usage(String message) {
        return new CliException(message, Cli.USAGE);
    }

    /**
     * One note of a note file, with its header lines taken off. Offsets index the text as read.
     *
     * @param number       1 for the first note of the file
     * @param of           how many notes the file holds
     * @param start        where the note starts: its first header line, or its first line of text
     * @param bodyStart    where its text starts: the line after the header lines and the blank lines below them
     * @param end          where it ends: the line of dashes before the next note, or the end of the file
     * @param to           the text of its {@code To:} line, or null
     * @param toLine       the line number of the {@code To:} line, from 1, or 0
     * @param subject      the text of its {@code Subject:} line, or null when there is none or it is blank
     * @param subjectStart where that text starts, or -1
     */
    record Part(int number, int of, int start, int bodyStart, int end, String to, int toLine, String subject,
                int subjectStart) {

        /** The note's text, from below the header lines to its end. */
        String body(String text) {
            return text.substring(bodyStart, end);
        }

        /** The name in the To: line, without an address in angle brackets or quotes; null when there is none. */
        String toName() {
            if (to == null) {
                return null;
            }
            Matcher m = ADDRESS.matcher(to);
            String name = (m.matches() ? m.group(1) : to.contains("@") ? "" : to).strip();
            if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                name = name.substring(1, name.length() - 1).strip();
            }
            return name.isEmpty() ? null : name;
        }

        /** The e-mail address in the To: line, or null. */
        String toAddress() {
            if (to == null) {
                return null;
            }
            Matcher m = ADDRESS.matcher(to);
            String address = m.matches() ? m.group(2).strip() : to.contains("@") && !to.contains(" ") ? to : "";
            return address.isEmpty() ? null : address.toLowerCase(Locale.ROOT);
        }

        /** "note 2 of 3, to Daniel O'Brien": how messages name this note of a file of several. */
        String label() {
            String name = toName() != null ? toName() : toAddress();
            return "note " + number + " of " + of + (name == null ? "" : ", to " + name);
        }
    }

    /**
     * The notes in a file's text: split at lines of dashes, each with its {@code To:} and {@code Subject:} lines
     * (in any case and order, each at most once, before the text; blank lines before them are skipped) taken off.
     * Parts that are blank are left out, so an empty text has no notes.
     */
    static List<Part> parts(String text) {
        List<int[]> segments = new ArrayList<>();
        int segStart = 0;
        int segLine = 1;
        int line = 1;
        int ls = 0;
        while (ls <= text.length()) {
            int nl = text.indexOf('\n', ls);
            int le = nl < 0 ? text.length() : nl;
            if (SEPARATOR.matcher(text).region(ls, le).matches()) {
                segments.add(new int[] {segStart, ls, segLine});
                segStart = nl < 0 ? text.length() : nl + 1;
                segLine = line + 1;
            }
            if (nl < 0) {
                break;
            }
            ls = nl + 1;
            line++;
        }
        segments.add(new int[] {segStart, text.length(), segLine});
        List<Part> found = new ArrayList<>();
        for (int[] seg : segments) {
            Part p = part(text, seg[0], seg[1], seg[2]);
            if (p != null) {
                found.add(p);
            }
        }
        List<Part> out = new ArrayList<>();
        for (Part p : found) {
            out.add(new Part(out.size() + 1, found.size(), p.start(), p.bodyStart(), p.end(), p.to(), p.toLine(),
                p.subject(), p.subjectStart()));
        }
        return out;
    }

    private static Part part(String text, int from, int to, int firstLine) {
        if (isBlank(text, from, to)) {
            return null;
        }
        int ls = from;
        int line = firstLine;
        while (ls < to && isBlank(text, ls, lineEnd(text, ls, to))) {
            ls = next(text, ls, to);
            line++;
        }
        int start = ls;
        String toValue = null;
        int toLine = 0;
        String subject = null;
        int subjectStart = -1;
        boolean seenSubject = false;
        boolean seenCc = false;
        boolean headers = false;
        while (ls < to) {
            Matcher m = HEADER.matcher(text).region(ls, lineEnd(text, ls, to));
            if (!m.matches()) {
                break;
            }
            boolean isTo = m.group(1).equalsIgnoreCase("to");
            boolean isCc = m.group(1).equalsIgnoreCase("cc");
            if (isCc ? seenCc : isTo ? toValue != null : seenSubject) {
                break;
            }
            if (isCc) {
                seenCc = true;
            } else if (isTo) {
                toValue = m.group(2);
                toLine = line;
            } else {
                seenSubject = true;
                subject = m.group(2).isEmpty() ? null : m.group(2);
                subjectStart = subject == null ? -1 : m.start(2);
            }
            headers = true;
            ls = next(text, ls, to);
            line++;
        }
        int bodyStart = ls;
        if (headers) {
            while (bodyStart < to && isBlank(text, bodyStart, lineEnd(text, bodyStart, to))) {
                bodyStart = next(text, bodyStart, to);
            }
        }
        return new Part(0, 0, start, bodyStart, to, toValue == null || toValue.isBlank() ? null : toValue, toLine,
            subject, subjectStart);
    }

    private static int lineEnd(String text, int from, int to) {
        int nl = text.indexOf('\n', from);
        return nl < 0 || nl > to ? to : nl;
    }

    private static int next(String text, int from, int to) {
        int end = lineEnd(text, from, to);
        return end < to ? end + 1 : to;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF' && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return true;
    }
}
