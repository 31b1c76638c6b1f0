// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewCodec;
import app.afterword.core.interview.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads and writes interview files that people exchange (the documented format), outside the workspace. */
public final class InterviewFiles {
    private final Json json;
    private final InterviewCodec codec = new InterviewCodec();

    /** Uses the shared mapper. */
    public InterviewFiles(Json json) {
        this.json = json;
    }

    /** A file that could not be read at all, or is not JSON. */
    public static final class UnreadableException extends Exception {
        private static final long serialVersionUID = 1L;

        /** Creates the exception with a plain-words reason. */
        public UnreadableException(String message) {
            super(message);
        }
    }

    /** Reads and validates an interview file. */
    public InterviewCodec.Decoded read(Path file) throws UnreadableException {
        byte[] bytes;
        try {
            bytes = BoundedRead.read(file, (int) Json.MAX_DOCUMENT_BYTES);
        } catch (BoundedRead.NotAFileException e) {
            throw new UnreadableException(e.getMessage() + "; give the path of an interview .json file.");
        } catch (BoundedRead.TooLargeException e) {
            throw new UnreadableException(file + " is too large to be an interview file.");
        } catch (NoSuchFileException e) {
            throw new UnreadableException(file + " does not exist; check the path.");
        } catch (AccessDeniedException e) {
            throw new UnreadableException(file + " can't be read: permission denied.");
        } catch (IOException e) {
            throw new UnreadableException(file + " can't be read (" + e.getClass().getSimpleName() + ").");
        }
        return read(bytes, file.toString());
    }

    /** Reads and validates interview JSON from a stream (standard input). */
    public InterviewCodec.Decoded read(InputStream in, String name) throws UnreadableException {
        try {
            byte[] bytes = in.readNBytes((int) Json.MAX_DOCUMENT_BYTES + 1);
            if (bytes.length > Json.MAX_DOCUMENT_BYTES) {
                throw new UnreadableException(name + " is too large to be an interview file.");
            }
            return read(bytes, name);
        } catch (IOException e) {
            throw new UnreadableException(name + " can't be read.");
        }
    }

    private InterviewCodec.Decoded read(byte[] bytes, String name) throws UnreadableException {
        try {
            return codec.read(json.parse(bytes));
        } catch (JsonFileException e) {
            throw new UnreadableException(name + ": " + e.getMessage() + ".");
        }
    }

    /** Reads a file that must be valid; problems become one message listing them all. */
    public Interview readValid(Path file) throws UnreadableException, InvalidInterviewException {
        InterviewCodec.Decoded d = read(file);
        if (!d.valid()) {
            throw new InvalidInterviewException(file.toString(), d.problems());
        }
        return d.interview();
    }

    /** Serialises an interview in the documented format. */
    public byte[] toBytes(Interview interview) {
        return json.write(codec.write(interview));
    }

    /** Parses interview JSON held in memory (bundled samples). */
    public InterviewCodec.Decoded parse(byte[] bytes) throws UnreadableException {
        return read(bytes, "the interview");
    }

    /** An interview file with problems; the message lists each with its path. */
    public static final class InvalidInterviewException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        /** Creates the exception. */
        public InvalidInterviewException(String name, List<Problem> problems) {
            super(name + " has " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":\n  "
                + String.join("\n  ", problems.stream().map(Problem::toString).toList()));
            this.problems = List.copyOf(problems);
        }

        /** The problems, each with its path. */
        public List<Problem> problems() {
            return problems;
        }
    }
}
