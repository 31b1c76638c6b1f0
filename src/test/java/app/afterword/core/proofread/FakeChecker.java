// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A checker that flags the misspellings in {@link #TYPOS} and misbehaves on cue: a text containing HANG blocks until
 * {@link #release} (ignoring interrupts and the cancel hook, as a stuck LanguageTool does), SLOW spins until cancelled
 * and then throws as LanguageTool does, WAIT blocks (interruptibly) until released, BOOM throws, OVERFLOW throws a
 * StackOverflowError.
 */
final class FakeChecker implements Checker {
    static final Map<String, String> TYPOS = Map.of("teh", "the", "recieve", "receive", "Zorblax", "Zorbax");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    final Variant variant;
    final List<String> seen = new CopyOnWriteArrayList<>();
    final List<Thread> threads = new CopyOnWriteArrayList<>();
    private final CountDownLatch release;

    FakeChecker(Variant variant, CountDownLatch release) {
        this.variant = variant;
        this.release = release;
    }

    @Override
    public List<Finding> check(String text, BooleanSupplier cancelled) throws Exception {
        seen.add(text);
        threads.add(Thread.currentThread());
        if (text.contains("HANG")) {
            boolean done = false;
            while (!done) {
                try {
                    release.await();
                    done = true;
                } catch (InterruptedException e) {
                    // a stuck engine does not notice interrupts
                }
            }
        }
        if (text.contains("WAIT")) {
            release.await();
        }
        if (text.contains("SLOW")) {
            while (!cancelled.getAsBoolean()) {
                Thread.onSpinWait();
            }
            throw new IndexOutOfBoundsException("cancelled mid-way");
        }
        if (text.contains("BOOM")) {
            throw new IllegalStateException("the engine broke");
        }
        if (text.contains("OVERFLOW")) {
            throw new StackOverflowError();
        }
        List<Finding> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String fix = TYPOS.get(m.group());
            if (fix != null) {
                out.add(new Finding(m.start(), m.end() - m.start(), "FAKE_SPELLING", Category.SPELLING,
                    "Possible spelling mistake: \u201c" + m.group() + "\u201d.", List.of(fix)));
            }
            if ("colour".equals(m.group()) && variant == Variant.EN_US) {
                out.add(new Finding(m.start(), 6, "FAKE_US_SPELLING", Category.SPELLING, "American spelling.",
                    List.of("color")));
            }
        }
        int doubled = text.indexOf("the the");
        if (doubled >= 0) {
            out.add(new Finding(doubled, 7, "FAKE_REPEAT", Category.GRAMMAR, "Doubled word.", List.of("the")));
        }
        return out;
    }
}
