// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import app.afterword.core.BoundedMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The proofreading service: one per app, shared by every editor and command.
 *
 * <p>Why it is built this way. A real checker (LanguageTool) takes seconds and hundreds of megabytes to create, is not
 * thread-safe, and can occasionally spend tens of seconds on a hostile input. So:
 * <ul>
 *   <li>one low-priority daemon thread owns one checker per variant, created on that thread when first needed (or
 *       when {@link #start(Variant) started}) and warmed with one throw-away check, so nothing waits for it; callers
 *       see {@link ProofreadState#STARTING} meanwhile;</li>
 *   <li>every call returns a future at once; the caller's thread never blocks;</li>
 *   <li>a note is cut into paragraphs, and only paragraphs not seen before reach the checker: the others come from a
 *       bounded cache and are moved to their new position;</li>
 *   <li>text that could stall the checker never reaches it (see {@link ProofreadLimits}); each check has a soft
 *       deadline (the checker is asked to stop and its answer dropped) and a hard one, after which the thread is
 *       abandoned and a fresh one with fresh checkers takes over. If an abandoned thread is still stuck when the next
 *       hard deadline passes, proofreading turns {@link ProofreadState#OFF} until restart;</li>
 *   <li>whatever is skipped is reported as {@link NotProofread}, never dropped; every {@link Throwable} from a checker
 *       is caught.</li>
 * </ul>
 */
public final class Proofreader implements AutoCloseable {

    /** A short, ordinary sentence checked once after a checker is created, so the first real check is fast. */
    static final String WARM_UP_TEXT = "Thank you for taking the time to meet with me yesterday; I enjoyed it.";

    private static final int POISONED_CAPACITY = 64;

    private final CheckerFactory factory;
    private final ProofreadLimits limits;
    private final Segmenter segmenter;
    private final FindingCache cache;
    /** Texts that stalled or broke a checker, and how; reported at once instead of being tried again. */
    private final Map<FindingCache.Key, NotProofread.Reason> poisoned = Collections.synchronizedMap(
        BoundedMap.firstInFirstOut(POISONED_CAPACITY));
    private final LinkedBlockingDeque<Task> queue = new LinkedBlockingDeque<>();
    private final List<StateListener> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService watchdog;

    private final Object lock = new Object();
    private final Map<Variant, ProofreadState> states = new EnumMap<>(Variant.class);
    private final Map<Variant, CompletableFuture<ProofreadState>> settled = new EnumMap<>(Variant.class);
    private final Set<Variant> failed = EnumSet.noneOf(Variant.class);
    private volatile Worker worker;
    private Worker abandoned;
    private int generation;
    private int replacements;
    private boolean off;
    private boolean closed;

    /**
     * A service that creates its checkers with {@code factory}, within {@code limits}. Starts its (idle) thread; no
     * checker is created until one is needed or {@link #start(Variant)} is called.
     */
    public Proofreader(CheckerFactory factory, ProofreadLimits limits) {
        if (factory == null || limits == null) {
            throw new IllegalArgumentException("a checker factory and limits are required");
        }
        this.factory = factory;
        this.limits = limits;
        this.segmenter = new Segmenter(limits);
        this.cache = new FindingCache(limits.cacheEntries());
        for (Variant v : Variant.values()) {
            states.put(v, ProofreadState.IDLE);
            settled.put(v, new CompletableFuture<>());
        }
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "afterword-proofreading-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
        this.watchdog = timer;
        synchronized (lock) {
            worker = new Worker(++generation);
            worker.thread.start();
        }
    }

    /** Where the variant's checker stands. */
    public ProofreadState state(Variant variant) {
        synchronized (lock) {
            return states.get(variant);
        }
    }

    /** Adds a listener told of every state change (see {@link StateListener} for the thread). */
    public void addStateListener(StateListener listener) {
        if (listener != null) {
            listeners.add(listener);
        }
    }

    /** Removes a listener. */
    public void removeStateListener(StateListener listener) {
        listeners.remove(listener);
    }

    /**
     * Creates and warms the variant's checker in the background (again, if it failed before). Returns at once.
     *
     * @return completes with READY, FAILED or OFF once the variant is no longer starting
     */
    public CompletableFuture<ProofreadState> start(Variant variant) {
        if (variant == null) {
            throw new IllegalArgumentException("choose a variant to start");
        }
        List<Runnable> notes = new ArrayList<>();
        CompletableFuture<ProofreadState> result;
        synchronized (lock) {
            if (closed || off) {
                return CompletableFuture.completedFuture(closed ? states.get(variant) : ProofreadState.OFF);
            }
            ProofreadState s = states.get(variant);
            if (s == ProofreadState.IDLE || s == ProofreadState.FAILED) {
                failed.remove(variant);
                setState(variant, ProofreadState.STARTING, notes);
                queue.add(new StartTask(variant));
            }
            result = settled.get(variant);
        }
        fire(notes);
        return result;
    }

    /** Proofreads one text outside any editor session (the command line), as revision 0. */
    public CompletableFuture<ProofreadResult> check(String text, CheckOptions options) {
        return check(text, 0, options);
    }

    /**
     * Proofreads a snapshot of a note. Returns at once; the future completes on the proofreading thread. Cancelling
     * the future before its turn comes means it is never checked. Use a {@link ProofreadSession} in an editor, so that
     * only the latest text is checked and shown.
     *
     * @param text     the note, as it is now (never read again from the editor)
     * @param revision the editor's number for this version of the text, carried into the result
     * @param options  variant, ignored rules and accepted words
     */
    public CompletableFuture<ProofreadResult> check(String text, long revision, CheckOptions options) {
        if (text == null || options == null) {
            throw new IllegalArgumentException("text and options are required");
        }
        CompletableFuture<ProofreadResult> future = new CompletableFuture<>();
        List<Runnable> notes = new ArrayList<>();
        synchronized (lock) {
            if (closed) {
                future.cancel(false);
                return future;
            }
            if (off) {
                future.complete(wholeText(text, revision, options.variant(), NotProofread.Reason.PROOFREADING_OFF));
                return future;
            }
            if (states.get(options.variant()) == ProofreadState.IDLE) {
                setState(options.variant(), ProofreadState.STARTING, notes);
            }
            queue.add(new CheckTask(text, revision, options, future));
        }
        fire(notes);
        return future;
    }

    /** A session for one editor: only its latest submission is checked and delivered. */
    public ProofreadSession newSession() {
        return new ProofreadSession(this);
    }

    /** How many times a stuck worker was abandoned and replaced since start. */
    public int replacements() {
        synchronized (lock) {
            return replacements;
        }
    }

    /** Paragraph results served from the cache since start. */
    public long cacheHits() {
        return cache.hits();
    }

    /** Stops the service: pending checks are cancelled and the threads end. */
    @Override
    public void close() {
        Worker w;
        List<Task> pending = new ArrayList<>();
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            w = worker;
            worker = null;
            queue.drainTo(pending);
            if (w != null && w.current != null) {
                pending.add(w.current);
            }
        }
        if (w != null) {
            w.thread.interrupt();
        }
        watchdog.shutdownNow();
        for (Task t : pending) {
            if (t instanceof CheckTask c) {
                c.future().cancel(false);
            }
        }
        synchronized (lock) {
            settled.values().forEach(f -> f.cancel(false));
        }
    }

    // ---- state -------------------------------------------------------------------------------------------------

    /**
     * Changes the state under the lock. Listeners are told, and then the variant's {@link #start} future completed,
     * after the lock is released (see {@link #fire}), so whoever waits on the future has seen the listeners run.
     */
    private void setState(Variant variant, ProofreadState state, List<Runnable> notes) {
        if (states.get(variant) == state) {
            return;
        }
        states.put(variant, state);
        CompletableFuture<ProofreadState> toComplete = null;
        if (state == ProofreadState.STARTING) {
            if (settled.get(variant).isDone()) {
                settled.put(variant, new CompletableFuture<>());
            }
        } else if (state != ProofreadState.IDLE) {
            toComplete = settled.get(variant);
        }
        CompletableFuture<ProofreadState> future = toComplete;
        notes.add(() -> {
            for (StateListener l : listeners) {
                try {
                    l.stateChanged(variant, state);
                } catch (Throwable ignored) {
                    // a listener's failure must not stop proofreading
                }
            }
            if (future != null) {
                future.complete(state);
            }
        });
    }

    private void changeState(Variant variant, ProofreadState state) {
        List<Runnable> notes = new ArrayList<>();
        synchronized (lock) {
            if (closed || off) {
                return;
            }
            setState(variant, state, notes);
        }
        fire(notes);
    }

    private static void fire(List<Runnable> notes) {
        notes.forEach(Runnable::run);
    }

    // ---- the watchdog ------------------------------------------------------------------------------------------

    /** Called by the watchdog when a unit of work passed its hard deadline. */
    private void overdue(Worker w, long seq) {
        List<Runnable> notes = new ArrayList<>();
        List<CheckTask> toTurnOff = new ArrayList<>();
        synchronized (lock) {
            if (closed || off || worker != w || w.runningSeq != seq) {
                return;
            }
            replacements++;
            Variant v = w.runningVariant;
            FindingCache.Key key = w.runningKey;
            if (key != null) {
                poisoned.put(key, NotProofread.Reason.TIMED_OUT);
            } else if (v != null) {
                failed.add(v);
                setState(v, ProofreadState.FAILED, notes);
            }
            Task inFlight = w.current;
            w.thread.interrupt();
            if (abandoned != null && abandoned.thread.isAlive()) {
                off = true;
                worker = null;
                for (Variant each : Variant.values()) {
                    setState(each, ProofreadState.OFF, notes);
                }
                List<Task> pending = new ArrayList<>();
                queue.drainTo(pending);
                if (inFlight != null) {
                    pending.add(0, inFlight);
                }
                for (Task t : pending) {
                    if (t instanceof CheckTask c) {
                        toTurnOff.add(c);
                    }
                }
            } else {
                abandoned = w;
                worker = new Worker(++generation);
                for (Variant each : Variant.values()) {
                    if (states.get(each) == ProofreadState.READY) {
                        setState(each, ProofreadState.STARTING, notes);
                        queue.addLast(new StartTask(each));
                    }
                }
                if (inFlight instanceof CheckTask c && !c.future().isDone()) {
                    queue.addFirst(c);
                }
                worker.thread.start();
            }
        }
        for (CheckTask c : toTurnOff) {
            c.future().complete(wholeText(c.text(), c.revision(), c.options().variant(),
                NotProofread.Reason.PROOFREADING_OFF));
        }
        fire(notes);
    }

    private static ProofreadResult wholeText(String text, long revision, Variant variant, NotProofread.Reason why) {
        List<NotProofread> skipped = text.isEmpty() ? List.of() : List.of(new NotProofread(0, text.length(), 1, 1,
            why));
        return new ProofreadResult(revision, variant, List.of(), skipped);
    }

    // ---- tasks and the worker ----------------------------------------------------------------------------------

    private interface Task {
    }

    private record StartTask(Variant variant) implements Task {
    }

    private record CheckTask(String text, long revision, CheckOptions options,
                             CompletableFuture<ProofreadResult> future) implements Task {
    }

    /** A checker and whether it has done its first (slow) check. */
    private static final class Slot {
        final Checker checker;
        boolean warm;

        Slot(Checker checker) {
            this.checker = checker;
        }
    }

    /** What one guarded check gave: findings, or the reason there are none. */
    private record Outcome(List<Finding> findings, NotProofread.Reason reason) {
    }

    /** The thread that owns the checkers. Everything but the volatile fields is touched by its own thread only. */
    private final class Worker implements Runnable {
        final Thread thread;
        final Map<Variant, Slot> checkers = new EnumMap<>(Variant.class);
        volatile long runningSeq;
        volatile FindingCache.Key runningKey;
        volatile Variant runningVariant;
        Task current;
        private long seqCounter;
        private ScheduledFuture<?> watch;

        Worker(int number) {
            thread = new Thread(this, "afterword-proofreading-" + number);
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
        }

        @Override
        public void run() {
            try {
                while (worker == this) {
                    Task task = queue.take();
                    synchronized (lock) {
                        if (worker != this) {
                            if (!closed && !off) {
                                queue.addFirst(task);
                            } else if (task instanceof CheckTask c) {
                                c.future().complete(wholeText(c.text(), c.revision(), c.options().variant(),
                                    NotProofread.Reason.PROOFREADING_OFF));
                            }
                            return;
                        }
                        current = task;
                    }
                    try {
                        if (task instanceof CheckTask c) {
                            check(c);
                        } else if (task instanceof StartTask s) {
                            startVariant(s.variant());
                        }
                    } catch (Throwable t) {
                        if (task instanceof CheckTask c && worker == this) {
                            c.future().complete(wholeText(c.text(), c.revision(), c.options().variant(),
                                NotProofread.Reason.CHECKER_FAILED));
                        }
                    } finally {
                        synchronized (lock) {
                            current = null;
                        }
                    }
                }
            } catch (InterruptedException e) {
                // closed or abandoned: the thread ends
            }
        }

        private boolean isCurrent() {
            return worker == this;
        }

        private void startVariant(Variant variant) {
            Slot slot = slot(variant);
            if (slot == null || slot.warm || hasQueuedCheck(variant)) {
                return;
            }
            Outcome o = guarded(slot, variant, null, WARM_UP_TEXT);
            if (o.reason() == NotProofread.Reason.CHECKER_FAILED && isCurrent()) {
                markFailed(variant);
            }
        }

        private boolean hasQueuedCheck(Variant variant) {
            for (Task t : queue) {
                if (t instanceof CheckTask c && c.options().variant() == variant && !c.future().isDone()) {
                    return true;
                }
            }
            return false;
        }

        /** The variant's checker, created here on first use; null when it cannot be had. */
        private Slot slot(Variant variant) {
            Slot slot = checkers.get(variant);
            if (slot != null) {
                return slot;
            }
            synchronized (lock) {
                if (failed.contains(variant)) {
                    return null;
                }
            }
            changeState(variant, ProofreadState.STARTING);
            long seq = watch(null, variant, limits.coldDeadline().toMillis());
            try {
                Checker checker = factory.create(variant);
                if (checker == null) {
                    throw new IllegalStateException("the factory made no checker");
                }
                slot = new Slot(checker);
                checkers.put(variant, slot);
                return slot;
            } catch (Throwable t) {
                if (isCurrent()) {
                    markFailed(variant);
                }
                return null;
            } finally {
                unwatch(seq);
            }
        }

        private void markFailed(Variant variant) {
            checkers.remove(variant);
            synchronized (lock) {
                failed.add(variant);
            }
            changeState(variant, ProofreadState.FAILED);
        }

        /** Runs the checker on one text against the deadlines; never throws. */
        private Outcome guarded(Slot slot, Variant variant, FindingCache.Key key, String text) {
            boolean cold = !slot.warm;
            long softNanos = (cold ? limits.coldDeadline() : limits.softDeadline()).toNanos();
            long hardMillis = cold ? limits.coldDeadline().plus(limits.hardDeadline()).toMillis()
                : limits.hardDeadline().toMillis();
            long startedAt = System.nanoTime();
            long seq = watch(key, variant, hardMillis);
            try {
                List<Finding> found = slot.checker.check(text, () -> System.nanoTime() - startedAt > softNanos);
                warmed(slot, variant);
                if (System.nanoTime() - startedAt > softNanos) {
                    return new Outcome(null, NotProofread.Reason.TIMED_OUT);
                }
                return new Outcome(found == null ? List.of() : List.copyOf(found), null);
            } catch (Throwable t) {
                if (System.nanoTime() - startedAt > softNanos) {
                    // checkers may throw once asked to stop (LanguageTool does); that is a time-out, not a failure
                    warmed(slot, variant);
                    return new Outcome(null, NotProofread.Reason.TIMED_OUT);
                }
                if (key != null) {
                    // the same text would fail the same way: report it without trying again
                    poisoned.put(key, NotProofread.Reason.CHECKER_FAILED);
                }
                if (t instanceof Error) {
                    // after an Error the checker's state is suspect: rebuild it in the background
                    if (isCurrent()) {
                        checkers.remove(variant);
                        changeState(variant, ProofreadState.STARTING);
                        queue.addLast(new StartTask(variant));
                    }
                } else {
                    warmed(slot, variant);
                }
                return new Outcome(null, NotProofread.Reason.CHECKER_FAILED);
            } finally {
                unwatch(seq);
            }
        }

        private void warmed(Slot slot, Variant variant) {
            if (!slot.warm) {
                slot.warm = true;
                if (isCurrent()) {
                    changeState(variant, ProofreadState.READY);
                }
            }
        }

        private long watch(FindingCache.Key key, Variant variant, long millis) {
            long seq = ++seqCounter;
            runningKey = key;
            runningVariant = variant;
            runningSeq = seq;
            try {
                watch = watchdog.schedule(() -> overdue(this, seq), millis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                watch = null;
            }
            return seq;
        }

        private void unwatch(long seq) {
            if (runningSeq == seq) {
                runningSeq = 0;
            }
            if (watch != null) {
                watch.cancel(false);
                watch = null;
            }
        }

        private void check(CheckTask task) {
            if (task.future().isDone()) {
                return;
            }
            String text = task.text();
            CheckOptions options = task.options();
            Variant variant = options.variant();
            Segmenter.Plan plan = segmenter.plan(text);
            List<Issue> issues = new ArrayList<>();
            List<Segmenter.Skip> skips = new ArrayList<>(plan.skips());
            TextPositions positions = new TextPositions(text);
            Slot slot = null;
            NotProofread.Reason noChecker = null;
            for (Unit unit : plan.units()) {
                if (task.future().isDone() || !isCurrent()) {
                    return;
                }
                FindingCache.Key key = new FindingCache.Key(variant, unit.checked());
                List<Finding> found = cache.get(key);
                if (found == null) {
                    NotProofread.Reason known = poisoned.get(key);
                    if (known != null) {
                        skips.add(new Segmenter.Skip(unit.offset(), unit.length(), known));
                        continue;
                    }
                    if (slot == null && noChecker == null) {
                        slot = slot(variant);
                        if (slot == null) {
                            noChecker = NotProofread.Reason.UNAVAILABLE;
                        }
                    }
                    if (slot == null) {
                        skips.add(new Segmenter.Skip(unit.offset(), unit.length(), noChecker));
                        continue;
                    }
                    Outcome outcome = guarded(slot, variant, key, unit.checked());
                    if (!isCurrent()) {
                        return;
                    }
                    if (outcome.findings() == null) {
                        skips.add(new Segmenter.Skip(unit.offset(), unit.length(), outcome.reason()));
                        if (checkers.get(variant) != slot) {
                            slot = null;
                            noChecker = NotProofread.Reason.CHECKER_FAILED;
                        }
                        continue;
                    }
                    found = outcome.findings();
                    cache.put(key, found);
                }
                for (Finding f : found) {
                    Issue issue = place(text, f, unit, options, positions);
                    if (issue != null) {
                        issues.add(issue);
                    }
                }
            }
            issues.sort(Comparator.comparingInt(Issue::offset).thenComparingInt(Issue::length));
            skips.sort(Comparator.comparingInt(Segmenter.Skip::offset));
            List<NotProofread> notProofread = new ArrayList<>(skips.size());
            for (Segmenter.Skip s : skips) {
                notProofread.add(new NotProofread(s.offset(), s.length(), positions.line(s.offset()),
                    positions.column(s.offset()), s.reason()));
            }
            if (isCurrent()) {
                task.future().complete(new ProofreadResult(task.revision(), variant, issues, notProofread));
            }
        }
    }

    /** The finding moved to its place in the note, or null when it is filtered out. */
    private static Issue place(String text, Finding f, Unit unit, CheckOptions options, TextPositions positions) {
        if (!options.reports(f.rule())) {
            return null;
        }
        int start = Math.max(unit.offset(), Math.min(unit.toNote(f.offset()), unit.end()));
        int end = Math.max(start, Math.min(unit.toNote(f.offset() + f.length()), unit.end()));
        start = positions.clampStart(start);
        end = Math.max(start, positions.clampEnd(end));
        if (f.category() == Category.SPELLING && options.accepted().accepts(text.substring(start, end))) {
            return null;
        }
        return new Issue(start, end - start, positions.line(start), positions.column(start), f.rule(), f.category(),
            f.message(), f.suggestions());
    }
}
