// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProofreaderTest {

    /**
     * Short deadlines so stalls resolve quickly, yet long enough that a busy CI machine (or a collection in the test
     * JVM) never makes an ordinary fake check time out; waits below allow ten times as long.
     */
    static final ProofreadLimits LIMITS = ProofreadLimits.INTERACTIVE
        .withDeadlines(Duration.ofSeconds(1), Duration.ofMillis(1_500)).withColdDeadline(Duration.ofSeconds(20));
    static final long WAIT_SECONDS = 30;

    private final FakeCheckerFactory factory = new FakeCheckerFactory();
    private Proofreader proofreader = new Proofreader(factory, LIMITS);

    @AfterEach
    void stop() {
        factory.release.countDown();
        factory.creationGate.countDown();
        proofreader.close();
    }

    private ProofreadResult check(String text) throws Exception {
        return check(text, CheckOptions.of(Variant.EN_US));
    }

    private ProofreadResult check(String text, CheckOptions options) throws Exception {
        return proofreader.check(text, options).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    @Test
    void findsIssuesWithLineColumnAndSuggestions() throws Exception {
        String text = "Dear Ana,\n\nI recieve your note.\nWe met teh team.";
        ProofreadResult r = check(text);
        assertThat(r.issues()).extracting(Issue::offset, Issue::length, Issue::line, Issue::column, Issue::category)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(text.indexOf("recieve"), 7, 3, 3, Category.SPELLING),
                org.assertj.core.groups.Tuple.tuple(text.indexOf("teh"), 3, 4, 8, Category.SPELLING));
        assertThat(r.issues().get(0).suggestions()).containsExactly("receive");
        assertThat(r.clean()).isFalse();
        assertThat(r.notProofread()).isEmpty();
    }

    @Test
    void unchangedParagraphsComeFromTheCacheMovedToTheirNewPlace() throws Exception {
        String first = "Thanks for teh chat.\n\nI recieve it gladly.\n\nSee you, Zorblax.";
        check(first);
        List<String> before = factory.checked();
        assertThat(before).hasSize(3);

        String edited = "Hello there, thanks again for teh long chat.\n\nI recieve it gladly.\n\nSee you, Zorblax.";
        ProofreadResult r = check(edited);

        assertThat(factory.checked()).hasSize(4);
        assertThat(factory.checked().get(3)).isEqualTo("Hello there, thanks again for teh long chat.");
        assertThat(r.issues()).extracting(Issue::offset).containsExactly(edited.indexOf("teh"),
            edited.indexOf("recieve"), edited.indexOf("Zorblax"));
        assertThat(r.issues()).extracting(Issue::line).containsExactly(1, 3, 5);
        assertThat(proofreader.cacheHits()).isEqualTo(2);
    }

    @Test
    void theVariantIsPartOfTheCacheKey() throws Exception {
        String text = "The colour of the logo.";
        assertThat(check(text).issues()).extracting(Issue::rule).containsExactly("FAKE_US_SPELLING");
        ProofreadResult gb = check(text, CheckOptions.of(Variant.EN_GB));
        assertThat(gb.issues()).isEmpty();
        assertThat(gb.variant()).isEqualTo(Variant.EN_GB);
        assertThat(factory.checked()).containsExactly(text, text);
    }

    @Test
    void ignoredRulesAndAcceptedWordsApplyWithoutCheckingAgain() throws Exception {
        String text = "Zorblax liked teh the the plan.";
        assertThat(check(text).issues()).extracting(Issue::rule)
            .containsExactly("FAKE_SPELLING", "FAKE_SPELLING", "FAKE_REPEAT");

        CheckOptions options = new CheckOptions(Variant.EN_US, Set.of("FAKE_REPEAT"),
            AcceptedWords.of(List.of("Zorblax Industries")));
        ProofreadResult r = check(text, options);

        assertThat(r.issues()).extracting(Issue::rule).containsExactly("FAKE_SPELLING");
        assertThat(r.issues().get(0).offset()).isEqualTo(text.indexOf("teh"));
        assertThat(factory.checked()).hasSize(1);
    }

    @Test
    void aNewerRevisionCancelsTheOlderOneAndOnlyTheLatestIsDelivered() throws Exception {
        ProofreadSession session = proofreader.newSession();
        CompletableFuture<ProofreadResult> first = session.submit("Please WAIT for teh reply.", 1,
            CheckOptions.of(Variant.EN_US));
        awaitChecked("Please WAIT for teh reply.");
        CompletableFuture<ProofreadResult> second = session.submit("Second draft with teh typo.", 2,
            CheckOptions.of(Variant.EN_US));
        CompletableFuture<ProofreadResult> third = session.submit("Third draft, recieve this.", 3,
            CheckOptions.of(Variant.EN_US));
        factory.release.countDown();

        ProofreadResult r = third.get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(r.revision()).isEqualTo(3);
        assertThat(r.issues()).extracting(Issue::offset).containsExactly("Third draft, ".length());
        assertThat(session.isCurrent(r)).isTrue();
        assertThat(first).isCancelled();
        assertThat(second).isCancelled();
        assertThat(factory.checked()).doesNotContain("Second draft with teh typo.");
    }

    @Test
    void aResultIsNoLongerCurrentOnceANewerRevisionIsSubmitted() throws Exception {
        ProofreadSession session = proofreader.newSession();
        ProofreadResult r1 = session.submit("One teh.", 1, CheckOptions.of(Variant.EN_US))
            .get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(session.isCurrent(r1)).isTrue();
        session.submit("One the.", 2, CheckOptions.of(Variant.EN_US));
        assertThat(session.isCurrent(r1)).isFalse();
        CompletableFuture<ProofreadResult> late = session.submit("One teh.", 1, CheckOptions.of(Variant.EN_US));
        assertThat(late).isCancelled();
        assertThatThrownBy(() -> late.get()).isInstanceOf(CancellationException.class);
    }

    @Test
    void startWarmsInTheBackgroundWhileCallersSeeStarting() throws Exception {
        factory.gated.add(Variant.EN_US);
        List<ProofreadState> seen = new CopyOnWriteArrayList<>();
        proofreader.addStateListener((v, s) -> seen.add(s));

        CompletableFuture<ProofreadState> ready = proofreader.start(Variant.EN_US);

        assertThat(ready).isNotDone();
        assertThat(proofreader.state(Variant.EN_US)).isEqualTo(ProofreadState.STARTING);
        assertThat(proofreader.state(Variant.EN_GB)).isEqualTo(ProofreadState.IDLE);
        factory.creationGate.countDown();
        assertThat(ready.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(ProofreadState.READY);
        assertThat(seen).containsExactly(ProofreadState.STARTING, ProofreadState.READY);
        assertThat(factory.seen()).containsExactly(Proofreader.WARM_UP_TEXT);
    }

    @Test
    void aCheckWaitingForStartUpWarmsTheCheckerItself() throws Exception {
        factory.gated.add(Variant.EN_US);
        CompletableFuture<ProofreadState> ready = proofreader.start(Variant.EN_US);
        CompletableFuture<ProofreadResult> result = proofreader.check("Meet teh team.",
            CheckOptions.of(Variant.EN_US));
        factory.creationGate.countDown();
        assertThat(result.get(WAIT_SECONDS, TimeUnit.SECONDS).issues()).hasSize(1);
        assertThat(ready.get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(ProofreadState.READY);
        assertThat(factory.seen()).containsExactly("Meet teh team.");
    }

    @Test
    void aVariantThatCannotStartIsFailedAndItsTextReportedNotProofread() throws Exception {
        factory.failing.add(Variant.EN_GB);
        assertThat(proofreader.start(Variant.EN_GB).get(WAIT_SECONDS, TimeUnit.SECONDS))
            .isEqualTo(ProofreadState.FAILED);

        ProofreadResult r = check("A note.\n\nAnother paragraph.", CheckOptions.of(Variant.EN_GB));

        assertThat(r.issues()).isEmpty();
        assertThat(r.notProofread()).extracting(NotProofread::reason)
            .containsOnly(NotProofread.Reason.UNAVAILABLE);
        assertThat(r.notProofread()).hasSize(2);
        factory.failing.clear();
        assertThat(proofreader.start(Variant.EN_GB).get(WAIT_SECONDS, TimeUnit.SECONDS))
            .isEqualTo(ProofreadState.READY);
        assertThat(factory.attempts).isEqualTo(2);
    }

    @Test
    void checkersRunOnOneLowPriorityDaemonThread() throws Exception {
        check("One teh.\n\nTwo teh.");
        check("Three teh.", CheckOptions.of(Variant.EN_AU));
        List<Thread> threads = factory.made.stream().flatMap(c -> c.threads.stream()).distinct().toList();
        assertThat(threads).hasSize(1);
        assertThat(threads.get(0).isDaemon()).isTrue();
        assertThat(threads.get(0).getPriority()).isEqualTo(Thread.MIN_PRIORITY);
        assertThat(threads.get(0)).isNotEqualTo(Thread.currentThread());
    }

    @Test
    void aListenerThatThrowsDoesNotStopProofreading() throws Exception {
        proofreader.addStateListener((v, s) -> {
            throw new IllegalStateException("listener bug");
        });
        assertThat(check("Meet teh team.").issues()).hasSize(1);
        assertThat(proofreader.state(Variant.EN_US)).isEqualTo(ProofreadState.READY);
    }

    @Test
    void anEmptyNoteNeedsNoChecker() throws Exception {
        ProofreadResult r = check("  \n\n \n");
        assertThat(r.clean()).isTrue();
        assertThat(factory.attempts).isZero();
    }

    @Test
    void aClosedProofreaderCancelsNewChecks() {
        proofreader.close();
        assertThat(proofreader.check("text", CheckOptions.of(Variant.EN_US))).isCancelled();
    }

    private void awaitChecked(String text) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!factory.seen().contains(text)) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the checker never received the text");
            }
            Thread.sleep(5);
        }
    }
}
