// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** Makes {@link FakeChecker}s, remembers them, and can fail or stall for chosen variants. */
final class FakeCheckerFactory implements CheckerFactory {
    final List<FakeChecker> made = new CopyOnWriteArrayList<>();
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch creationGate = new CountDownLatch(1);
    final Set<Variant> failing = EnumSet.noneOf(Variant.class);
    final Set<Variant> gated = EnumSet.noneOf(Variant.class);
    volatile int attempts;

    @Override
    public Checker create(Variant variant) throws Exception {
        attempts++;
        if (gated.contains(variant)) {
            creationGate.await();
        }
        if (failing.contains(variant)) {
            throw new IllegalStateException("no dictionary");
        }
        FakeChecker c = new FakeChecker(variant, release);
        made.add(c);
        return c;
    }

    /** Every text any checker was given, in order. */
    List<String> seen() {
        return made.stream().flatMap(c -> c.seen.stream()).toList();
    }

    /** Texts the checkers were given, not counting warm-up checks. */
    List<String> checked() {
        return seen().stream().filter(t -> !t.equals(Proofreader.WARM_UP_TEXT)).toList();
    }
}
