// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import app.afterword.core.proofread.NotProofread.Reason;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The guards of reliability.md L1-L7, with a fake checker that misbehaves on cue. */
class ProofreaderGuardsTest {

    private static final CheckOptions US = CheckOptions.of(Variant.EN_US);
    private static final String GOOD_PARAGRAPH = "Thanks for teh chat.";

    private final FakeCheckerFactory factory = new FakeCheckerFactory();
    private Proofreader proofreader = new Proofreader(factory, ProofreaderTest.LIMITS);

    @AfterEach
    void stop() {
        factory.release.countDown();
        factory.creationGate.countDown();
        proofreader.close();
    }

    static Stream<Arguments> hostileInputs() {
        String words = IntStream.range(0, 5_000).mapToObj(i -> "word" + (i % 10)).collect(Collectors.joining(" "));
        String longNote = ("This is a perfectly ordinary sentence about the interview. ").repeat(420);
        return Stream.of(
            arguments("5,000 words without punctuation", words, Reason.SENTENCE_TOO_LONG),
            arguments("10,000 exclamation marks", "Thanks" + "!".repeat(10_000), Reason.SENTENCE_TOO_LONG),
            arguments("one 700-character sentence", "a".repeat(20) + " b".repeat(340) + ".", Reason.SENTENCE_TOO_LONG),
            arguments("emoji soup", "Great 🎉🔥💯🙏😀😎✨🚀 team 🎉🔥💯🙏😀", Reason.MOSTLY_SYMBOLS),
            arguments("a long run of one letter", "Thank you so muc" + "h".repeat(500) + ".",
                Reason.REPEATED_CHARACTERS),
            arguments("a note past the length cap", longNote, Reason.NOTE_TOO_LONG),
            arguments("a check that never returns", "Please HANG on.", Reason.TIMED_OUT),
            arguments("a check that stops only when cancelled, then throws", "This is SLOW going.", Reason.TIMED_OUT),
            arguments("a checker that throws", "It went BOOM here.", Reason.CHECKER_FAILED),
            arguments("a checker that overflows its stack", "An OVERFLOW here.", Reason.CHECKER_FAILED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputs")
    void eachHostileInputFinishesWithinItsDeadlineWhileOtherWorkGoesOn(String name, String hostile, Reason expected)
        throws Exception {
        assertThat(proofreader.start(Variant.EN_US).get(ProofreaderTest.WAIT_SECONDS, TimeUnit.SECONDS))
            .isEqualTo(ProofreadState.READY);
        ProofreadSession editor = proofreader.newSession();
        ProofreadSession other = proofreader.newSession();
        String note = GOOD_PARAGRAPH + "\n\n" + hostile;

        long started = System.nanoTime();
        CompletableFuture<ProofreadResult> hostileResult = editor.submit(note, 1, US);
        CompletableFuture<ProofreadResult> otherResult = other.submit("We met teh team.", 1, US);
        ProofreadResult r = hostileResult.get(ProofreaderTest.WAIT_SECONDS, TimeUnit.SECONDS);
        ProofreadResult o = otherResult.get(ProofreaderTest.WAIT_SECONDS, TimeUnit.SECONDS);
        long tookMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(tookMillis).as("finished long before the test's own limit").isLessThan(15_000);
        assertThat(o.issues()).as("the other editor's note was proofread").hasSize(1);
        assertThat(r.issues()).as("the paragraph before the hostile one was proofread")
            .extracting(Issue::offset).contains(note.indexOf("teh"));
        NotProofread skipped = r.notProofread().stream().filter(n -> n.reason() == expected).findFirst()
            .orElseThrow(() -> new AssertionError("no " + expected + " range in " + r.notProofread()));
        assertThat(skipped.offset()).isGreaterThanOrEqualTo(GOOD_PARAGRAPH.length() + 2);
        assertThat(skipped.offset() + skipped.length()).isLessThanOrEqualTo(note.length());
        assertThat(skipped.line()).isEqualTo(3);
        assertThat(factory.checked()).as("the checker never saw more than the unit cap at once")
            .allSatisfy(t -> assertThat(t.length()).isLessThanOrEqualTo(ProofreaderTest.LIMITS.maxUnitChars()));
    }

    @Test
    void aLongRunIsShortenedBeforeTheCheckerSeesItAndIssuesAfterItKeepTheirPlace() throws Exception {
        String note = "Wow" + "!".repeat(300) + " I recieve it.";
        ProofreadResult r = proofreader.check(note, US).get(ProofreaderTest.WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(factory.checked()).singleElement().satisfies(t -> {
            assertThat(t).contains("!".repeat(20)).doesNotContain("!".repeat(21));
        });
        assertThat(r.issues()).extracting(Issue::offset).containsExactly(note.indexOf("recieve"));
        assertThat(r.notProofread()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(Reason.REPEATED_CHARACTERS);
            assertThat(n.offset()).isEqualTo(3 + 20);
            assertThat(n.length()).isEqualTo(280);
        });
    }

    @Test
    void aStuckWorkerIsReplacedAndTheStuckTextIsNotTriedAgain() throws Exception {
        proofreader.start(Variant.EN_US).get(ProofreaderTest.WAIT_SECONDS, TimeUnit.SECONDS);
        String note = "Please HANG on.\n\nMeet teh team.";

        ProofreadResult first = proofreader.check(note, US).get(ProofreaderTest.WAIT_SECONDS, TimeUnit.SECONDS);
        ProofreadResult again = proofreader.check(note, US).get(ProofreaderTest.WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(proofreader.replacements()).isEqualTo(1);
        assertThat(factory.made).hasSize(2);
        for (ProofreadResult r : new ProofreadResult[] {first, again}) {
            assertThat(r.notProofread()).extracting(NotProofread::reason).containsExactly(Reason.TIMED_OUT);
            assertThat(r.issues()).extracting(Issue::offset).containsExactly(note.indexOf("teh"));
        }
        assertThat(factory.seen().stream().filter("Please HANG on."::equals)).hasSize(1);
        assertThat(proofreader.start(Variant.EN_US).get(ProofreaderTest.WAIT_SECONDS, TimeUnit.SECONDS))
            .isEqualTo(ProofreadState.READY);
    }

    @Test
    void aSecondStallWhileTheFirstWorkerIsStillStuckTurnsProofreadingOff() throws Exception {
        proofreader.start(Variant.EN_US).get(ProofreaderTest.WAIT_SECONDS, TimeUnit.SECONDS);
        proofreader.check("Please HANG on.", US).get(ProofreaderTest.WAIT_SECONDS, TimeUnit.SECONDS);

        ProofreadResult second = proofreader.check("HANG on once more.", US)
            .get(ProofreaderTest.WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(second.notProofread()).extracting(NotProofread::reason).containsExactly(Reason.PROOFREADING_OFF);
        assertThat(proofreader.state(Variant.EN_US)).isEqualTo(ProofreadState.OFF);
        assertThat(proofreader.state(Variant.EN_GB)).isEqualTo(ProofreadState.OFF);
        CompletableFuture<ProofreadResult> later = proofreader.check("Meet teh team.", US);
        assertThat(later).isDone();
        assertThat(later.get().notProofread()).extracting(NotProofread::reason)
            .containsExactly(Reason.PROOFREADING_OFF);
        assertThat(proofreader.start(Variant.EN_GB).get()).isEqualTo(ProofreadState.OFF);
    }

    @Test
    void aCheckerThatNeverFinishesStartingIsFailedAndReplaced() throws Exception {
        proofreader.close();
        proofreader = new Proofreader(factory, ProofreaderTest.LIMITS.withColdDeadline(Duration.ofMillis(500)));
        factory.gated.add(Variant.EN_AU);

        assertThat(proofreader.start(Variant.EN_AU).get(ProofreaderTest.WAIT_SECONDS, TimeUnit.SECONDS))
            .isEqualTo(ProofreadState.FAILED);
        ProofreadResult r = proofreader.check("Meet teh team.", CheckOptions.of(Variant.EN_AU))
            .get(ProofreaderTest.WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(r.notProofread()).extracting(NotProofread::reason).containsExactly(Reason.UNAVAILABLE);
        assertThat(proofreader.replacements()).isEqualTo(1);
    }

    @Test
    void aFailingCheckerLeavesNoTraceOfTheNoteInTheOutputOrTheResult() throws Exception {
        proofreader.start(Variant.EN_US).get(ProofreaderTest.WAIT_SECONDS, TimeUnit.SECONDS);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        ProofreadResult r;
        try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            System.setErr(capture);
            r = proofreader.check("My secret Quixotry went BOOM.\n\nAnd SLOW Quixotry too.", US)
                .get(ProofreaderTest.WAIT_SECONDS, TimeUnit.SECONDS);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(r.notProofread()).extracting(NotProofread::reason)
            .containsExactly(Reason.CHECKER_FAILED, Reason.TIMED_OUT);
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("Quixotry");
        assertThat(r.notProofread()).allSatisfy(n -> assertThat(n.message()).doesNotContain("Quixotry", "broke"));
    }

    @Test
    void aCheckerThatOverflowsIsRebuiltAndTheTextIsNotTriedAgain() throws Exception {
        proofreader.start(Variant.EN_US).get(ProofreaderTest.WAIT_SECONDS, TimeUnit.SECONDS);
        proofreader.check("An OVERFLOW here.", US).get(ProofreaderTest.WAIT_SECONDS, TimeUnit.SECONDS);
        ProofreadResult after = proofreader.check("Meet teh team.\n\nAn OVERFLOW here.", US)
            .get(ProofreaderTest.WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(after.issues()).hasSize(1);
        assertThat(after.notProofread()).extracting(NotProofread::reason).containsExactly(Reason.CHECKER_FAILED);
        assertThat(factory.made).hasSize(2);
        assertThat(factory.seen().stream().filter("An OVERFLOW here."::equals)).hasSize(1);
    }

    @Test
    void aFirstCheckThatThrowsFailsOnlyThatTextNotTheLanguage() throws Exception {
        ProofreadResult r = proofreader.check("It went BOOM.\n\nMeet teh team.", US)
            .get(ProofreaderTest.WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(r.notProofread()).extracting(NotProofread::reason).containsExactly(Reason.CHECKER_FAILED);
        assertThat(r.issues()).hasSize(1);
        assertThat(proofreader.state(Variant.EN_US)).isEqualTo(ProofreadState.READY);
    }
}
