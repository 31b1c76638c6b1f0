// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewWorkingCopy;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An interview someone started typing that is not saved as an interview yet: its working copy never made a valid
 * interview (a bad e-mail address, a missing date), or the interview it belonged to is gone. Only its working copy
 * holds what was typed, so Home and {@code afterword interview list} show it as unfinished, to resume or delete;
 * nothing typed ever becomes unreachable.
 *
 * @param key  the working copy's key ({@code new-…}, or the id of the interview it was made for)
 * @param copy the input as typed
 */
public record UnfinishedInterview(String key, InterviewWorkingCopy copy) {

    /** Requires both parts. */
    public UnfinishedInterview {
        if (key == null || copy == null) {
            throw new IllegalArgumentException("key and copy are required");
        }
    }

    /**
     * Every working copy that stands for no saved interview and holds something typed, the one saved last first.
     * A copy of a saved interview is left out: that interview is listed itself, and opening it resumes the copy.
     */
    public static List<UnfinishedInterview> in(RecordStore<InterviewWorkingCopy> copies,
                                               RecordStore<Interview> interviews) {
        return copies.all().entrySet().stream()
            .filter(e -> !isSaved(e.getKey(), e.getValue(), interviews))
            .filter(e -> !e.getValue().isBlank())
            .sorted(Comparator.comparing((Map.Entry<String, InterviewWorkingCopy> e) ->
                Objects.requireNonNullElse(e.getValue().savedAt(), Instant.EPOCH)).reversed()
                .thenComparing(Map.Entry::getKey))
            .map(e -> new UnfinishedInterview(e.getKey(), e.getValue()))
            .toList();
    }

    /** The unfinished interviews of a workspace. */
    public static List<UnfinishedInterview> in(Workspace ws) throws java.io.IOException {
        return in(ws.workingCopies(), ws.interviews());
    }

    private static boolean isSaved(String key, InterviewWorkingCopy copy, RecordStore<Interview> interviews) {
        return interviews.get(key).isPresent()
            || copy.interviewId() != null && interviews.get(copy.interviewId()).isPresent();
    }

    /** The number of the step it was left on, 1 for the first. */
    public int step() {
        return copy.stepNumber();
    }

    /** How many steps there are. */
    public static int steps() {
        return InterviewWorkingCopy.STEPS.size();
    }
}
