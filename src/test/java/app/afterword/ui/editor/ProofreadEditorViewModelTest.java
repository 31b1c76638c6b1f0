// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.proofread.Category;
import app.afterword.core.proofread.Checker;
import app.afterword.core.proofread.Finding;
import app.afterword.core.proofread.Issue;
import app.afterword.core.proofread.ProofreadLimits;
import app.afterword.core.proofread.ProofreadPreferences;
import app.afterword.core.proofread.ProofreadSettings;
import app.afterword.core.proofread.Proofreader;
import app.afterword.core.store.Workspace;
import app.afterword.ui.common.DirectTaskRunner;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.TaskRunner;
import app.afterword.ui.theme.AppStyles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's proofreading with a fake checker on the real proofreading thread. The "UI thread" is this test's
 * thread: results the proofreader posts wait in a queue until the test pumps them, as they would wait for a pulse.
 */
class ProofreadEditorViewModelTest {

    private static final Duration PAUSE = Duration.ofMillis(400);

    @TempDir
    Path dir;

    private final List<Throwable> unexpected = new CopyOnWriteArrayList<>();
    private final QueuedUi runner = new QueuedUi(new DirectTaskRunner(Instant.parse("2026-03-03T10:00:00Z"),
        ZoneOffset.UTC, unexpected::add));
    private final Messages messages = new Messages();
    private final FakeChecker checker = new FakeChecker();
    private final StringProperty text = new SimpleStringProperty("");
    private Workspace workspace;
    private Proofreader proofreader;
    private Proofreading proofreading;
    private ProofreadEditorViewModel vm;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(dir);
        proofreading = new Proofreading(runner, new ProofreadPreferences(workspace.settings()));
        proofreader = new Proofreader(variant -> checker, ProofreadLimits.INTERACTIVE);
    }

    @AfterEach
    void close() throws Exception {
        if (vm != null) {
            vm.close();
        }
        proofreading.close();
        proofreader.close();
        workspace.close();
        assertThat(unexpected).isEmpty();
    }

    private ProofreadEditorViewModel editor(String note) {
        text.set(note);
        vm = new ProofreadEditorViewModel(messages, runner, proofreading, text, () -> (Interview) null, PAUSE);
        return vm;
    }

    private void attach() {
        proofreading.attach(proofreader);
    }

    /** Runs the posted UI work until the condition holds, or fails after ten seconds. */
    private void pumpUntil(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            Runnable r = runner.posted.poll(50, TimeUnit.MILLISECONDS);
            if (r != null) {
                r.run();
            }
            assertThat(System.nanoTime()).as("waited for the proofreader").isLessThan(end);
        }
    }

    private void type(String now) {
        text.set(now);
    }

    @Test
    void saysProofreadingIsStartingUntilTheFirstResultArrives() throws Exception {
        editor("I will recieve it.");
        assertThat(vm.statusProperty().get()).startsWith("Proofreading is starting");
        assertThat(vm.summaryProperty().get()).isEqualTo("Proofreading is starting.");
        type("I will recieve it soon.");
        runner.direct.advance(PAUSE);
        assertThat(vm.issues()).as("no proofreader yet: nothing to show, nothing fails").isEmpty();
        attach();
        pumpUntil(() -> !vm.issues().isEmpty());
        assertThat(vm.statusProperty().get()).startsWith("1 issue.");
        assertThat(vm.summaryProperty().get()).startsWith("1 spelling or grammar issue");
    }

    @Test
    void marksTheIssuesOfTheCurrentTextByCategory() throws Exception {
        attach();
        editor("Thank you; I will recieve the the plan.");
        pumpUntil(() -> vm.issues().size() == 2);
        int typo = text.get().indexOf("recieve");
        int doubled = text.get().indexOf("the the");
        assertThat(vm.marks()).containsExactly(
            new ProofreadEditorViewModel.Mark(typo, typo + 7, AppStyles.ISSUE_SPELLING),
            new ProofreadEditorViewModel.Mark(doubled, doubled + 7, AppStyles.ISSUE_GRAMMAR));
        assertThat(vm.statusProperty().get()).startsWith("2 issues.");
    }

    @Test
    void anOlderResultIsDroppedWhenTheTextChangedSince() throws Exception {
        attach();
        editor("Nothing wrong here.");
        pumpUntil(() -> vm.statusProperty().get().startsWith("No spelling"));
        checker.hold = new CountDownLatch(1);
        type("I will recieve it.");
        runner.direct.advance(PAUSE);
        assertThat(checker.waiting.await(10, TimeUnit.SECONDS)).isTrue();
        type("I will receive it. Teh end.");
        checker.hold.countDown();
        pumpUntil(() -> checker.finished.contains("I will recieve it."));
        runUiWork();
        assertThat(vm.issues()).as("the result for the older text is not painted on the new one").isEmpty();

        runner.direct.advance(PAUSE);
        pumpUntil(() -> !vm.issues().isEmpty());
        assertThat(vm.issues()).singleElement().extracting(Issue::offset).isEqualTo(text.get().indexOf("Teh"));
    }

    @Test
    void theLatestSubmissionWinsWhenEditsComeFasterThanChecks() throws Exception {
        attach();
        editor("Start.");
        pumpUntil(() -> vm.statusProperty().get().startsWith("No spelling"));
        checker.hold = new CountDownLatch(1);
        type("One recieve.");
        runner.direct.advance(PAUSE);
        assertThat(checker.waiting.await(10, TimeUnit.SECONDS)).isTrue();
        type("Two teh.");
        runner.direct.advance(PAUSE);
        type("Three, all fine.");
        runner.direct.advance(PAUSE);
        checker.hold.countDown();
        pumpUntil(() -> vm.statusProperty().get().startsWith("No spelling") && checker.seen.contains(
            "Three, all fine."));
        runUiWork();
        assertThat(vm.issues()).isEmpty();
        assertThat(checker.seen).as("the middle version was superseded before its turn").doesNotContain("Two teh.");
    }

    @Test
    void anEditInsideAnIssueDropsItAndIssuesAfterTheEditMoveWithTheirText() throws Exception {
        attach();
        editor("Teh plan: I will recieve it.");
        pumpUntil(() -> vm.issues().size() == 2);
        checker.hold = new CountDownLatch(1);
        type("Tehh plan: I will recieve it.");
        assertThat(vm.issues()).singleElement().satisfies(i -> {
            assertThat(i.offset()).isEqualTo(text.get().indexOf("recieve"));
            assertThat(i.column()).isEqualTo(text.get().indexOf("recieve") + 1);
        });
        checker.hold.countDown();
    }

    @Test
    void applyingASuggestionReplacesTheFlaggedTextAndReturnsTheCaret() throws Exception {
        attach();
        editor("I will recieve it.");
        pumpUntil(() -> vm.issues().size() == 1);
        Issue issue = vm.issues().get(0);
        int caret = vm.apply(issue, 0);
        assertThat(text.get()).isEqualTo("I will receive it.");
        assertThat(caret).isEqualTo("I will receive".length());
        assertThat(vm.issues()).isEmpty();
        assertThat(vm.apply(issue, 0)).as("an issue no longer on screen is not applied again").isEqualTo(-1);
        assertThat(text.get()).isEqualTo("I will receive it.");
    }

    @Test
    void addingAWordToTheDictionarySavesItAndChecksAgain() throws Exception {
        attach();
        editor("Greetings from Zorblax.");
        pumpUntil(() -> vm.issues().size() == 1);
        int checks = checker.seen.size();
        vm.addToDictionary(vm.issues().get(0));
        assertThat(vm.issues()).isEmpty();
        pumpUntil(() -> proofreading.settingsProperty().get().dictionary().contains("Zorblax"));
        pumpUntil(() -> vm.statusProperty().get().startsWith("No spelling"));
        assertThat(new ProofreadPreferences(workspace.settings()).current().dictionary()).containsExactly("Zorblax");
        type("Zorblax again: Zorblax.");
        runner.direct.advance(PAUSE);
        pumpUntil(() -> checker.seen.contains("Zorblax again: Zorblax."));
        runUiWork();
        assertThat(vm.issues()).isEmpty();
        assertThat(checker.seen.size()).isGreaterThan(checks);
    }

    @Test
    void ignoringARuleHidesItsIssuesAndKeepsTheRuleIgnored() throws Exception {
        attach();
        editor("We met the the team and I will recieve it.");
        pumpUntil(() -> vm.issues().size() == 2);
        Issue doubled = vm.issues().stream().filter(i -> i.category() == Category.GRAMMAR).findFirst().orElseThrow();
        vm.ignoreRule(doubled);
        assertThat(vm.issues()).extracting(Issue::rule).containsExactly("FAKE_SPELLING");
        pumpUntil(() -> proofreading.settingsProperty().get().ignoredRules().contains("FAKE_REPEAT"));
        ProofreadSettings saved = new ProofreadPreferences(workspace.settings()).current();
        assertThat(saved.ignoredRules()).containsExactly("FAKE_REPEAT");
        type("Again the the team.");
        runner.direct.advance(PAUSE);
        pumpUntil(() -> checker.seen.contains("Again the the team."));
        runUiWork();
        assertThat(vm.issues()).isEmpty();
    }

    /** Runs whatever UI work is already posted. */
    private void runUiWork() {
        Runnable r;
        while ((r = runner.posted.poll()) != null) {
            r.run();
        }
    }

    /** A checker that flags a few typos and a doubled "the", and can be held mid-check. */
    static final class FakeChecker implements Checker {
        private static final Map<String, String> TYPOS = Map.of("teh", "the", "Teh", "The", "recieve", "receive",
            "Zorblax", "Zorbax");
        private static final Pattern WORD = Pattern.compile("\\p{L}+");
        final List<String> seen = new CopyOnWriteArrayList<>();
        final List<String> finished = new CopyOnWriteArrayList<>();
        final CountDownLatch waiting = new CountDownLatch(1);
        volatile CountDownLatch hold;

        @Override
        public List<Finding> check(String text, BooleanSupplier cancelled) throws Exception {
            seen.add(text);
            CountDownLatch h = hold;
            if (h != null && !text.startsWith("Thank you for taking")) {
                waiting.countDown();
                h.await();
            }
            List<Finding> out = new ArrayList<>();
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String fix = TYPOS.get(m.group());
                if (fix != null) {
                    out.add(new Finding(m.start(), m.end() - m.start(), "FAKE_SPELLING", Category.SPELLING,
                        "Possible spelling mistake: \u201c" + m.group() + "\u201d.", List.of(fix)));
                }
            }
            int doubled = text.indexOf("the the");
            if (doubled >= 0) {
                out.add(new Finding(doubled, 7, "FAKE_REPEAT", Category.GRAMMAR, "Doubled word.", List.of("the")));
            }
            finished.add(text);
            return out;
        }
    }

    /** The direct runner, except that work for the UI thread waits in a queue for the test to run it. */
    static final class QueuedUi implements TaskRunner {
        final DirectTaskRunner direct;
        final BlockingQueue<Runnable> posted = new LinkedBlockingQueue<>();

        QueuedUi(DirectTaskRunner direct) {
            this.direct = direct;
        }

        @Override
        public <T> Cancellable run(Lane lane, Callable<T> work, Consumer<? super T> onDone,
                                   Consumer<Throwable> onFailed) {
            return direct.run(lane, work, onDone, onFailed);
        }

        @Override
        public Cancellable after(Duration delay, Runnable action) {
            return direct.after(delay, action);
        }

        @Override
        public void onUi(Runnable action) {
            posted.add(action);
        }

        @Override
        public Clock clock() {
            return direct.clock();
        }

        @Override
        public void shutdown(Duration grace) {
            direct.shutdown(grace);
        }
    }
}
