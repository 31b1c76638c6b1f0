// SPDX-License-Identifier: Apache-2.0
package app.afterword.bench;

import app.afterword.core.draft.BundledTemplates;
import app.afterword.core.draft.Draft;
import app.afterword.core.draft.DraftException;
import app.afterword.core.draft.DraftRequest;
import app.afterword.core.draft.DraftSettings;
import app.afterword.core.draft.Drafter;
import app.afterword.core.draft.PhraseAnalyser;
import app.afterword.core.draft.ProfileSettings;
import app.afterword.core.draft.SampleInterviews;
import app.afterword.core.draft.TemplateCatalog;
import app.afterword.core.draft.TemplateInfo;
import app.afterword.core.draft.sandbox.RenderLimits;
import app.afterword.core.draft.sandbox.TemplateEngine;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.store.Json;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Drafts the five-person sample panel (five notes, one per interviewer) on a warm engine and prints the median and
 * 95th percentile per panel, for the default template and for every bundled template. Not part of the build:
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=app.afterword.bench.DraftPanelBenchmark
 * </pre>
 * Optional: {@code -Dbench.rounds=2000 -Dbench.warmup=1000}. Program arguments are ignored (the build's exec
 * configuration passes JVM options there for {@code exec:exec}).
 */
public final class DraftPanelBenchmark {
    private DraftPanelBenchmark() {
    }

    public static void main(String[] args) throws DraftException {
        int rounds = Integer.getInteger("bench.rounds", 2000);
        int warmup = Integer.getInteger("bench.warmup", 1000);
        long p0 = System.nanoTime();
        new PhraseAnalyser().analyse("Led a team of 5 analysts through a Tableau-to-Looker migration.");
        long phrasesCold = System.nanoTime() - p0;
        long t0 = System.nanoTime();
        BundledTemplates bundled = BundledTemplates.load();
        TemplateEngine sandbox = TemplateEngine.sandbox(RenderLimits.DEFAULT);
        Drafter drafter = new Drafter(new TemplateCatalog(bundled, null), sandbox, () -> ProfileSettings.EMPTY,
            () -> DraftSettings.DEFAULTS);
        Interview panel = SampleInterviews.load(new Json()).stream()
            .filter(s -> s.name().equals("five-person-panel")).findFirst().orElseThrow().interview();
        List<Draft> first = drafter.draft(panel, DraftRequest.DEFAULT);
        long cold = System.nanoTime() - t0;
        if (first.size() != 5) {
            throw new IllegalStateException("expected five notes, got " + first.size());
        }
        System.out.printf(Locale.ROOT, "Java %s, %s %s, %d processors%n", System.getProperty("java.version"),
            System.getProperty("os.name"), System.getProperty("os.arch"),
            Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "cold start (load templates, build engines, first panel): %.1f ms%n",
            cold / 1e6);
        System.out.printf(Locale.ROOT, "phrase analysis, cold (LanguageTool's tagger and synthesizer loaded, one "
            + "item read): %.1f ms%n", phrasesCold / 1e6);
        System.out.printf(Locale.ROOT, "%d warm-up rounds, %d measured rounds; times per five-note panel%n%n",
            warmup, rounds);
        report(drafter, panel, DraftRequest.DEFAULT, "default (thank-you-email-warm)", rounds, warmup);
        report(drafter, resumeStyle(panel), DraftRequest.DEFAULT, "default, items typed résumé-style", rounds,
            warmup);
        for (TemplateInfo t : bundled.list()) {
            report(drafter, panel, DraftRequest.DEFAULT.withTemplate(t.id()), t.id(), rounds / 4, warmup / 4);
        }
    }

    /** The panel with every item typed as people type them: bullets, first-person lines, questions. */
    private static Interview resumeStyle(Interview panel) {
        List<Interviewer> people = new ArrayList<>();
        String[] topics = {"We talked about moving the appointment service off the monolith.",
            "How will the on-call rotation change next year?", "She explained how code review works for new people",
            "Rebuilding the scheduling API.", "what success looks like in the first 90 days?"};
        for (int i = 0; i < panel.interviewers().size(); i++) {
            Interviewer p = panel.interviewers().get(i);
            people.add(new Interviewer(p.name(), p.title(), p.email(), p.linkedin(), List.of(topics[i % 5]),
                i % 2 == 0 ? "her dog Max" : null));
        }
        return panel.toBuilder().interviewers(people).skills(List.of("Led a team of 5 engineers through a Kafka "
            + "migration.", "I tuned PID loops for 40 robots.", "mentored four junior engineers"))
            .ideas(List.of("I could share the deck from my talk on flaky tests")).build();
    }

    private static void report(Drafter drafter, Interview panel, DraftRequest request, String label, int rounds,
                               int warmup) throws DraftException {
        int sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += drafter.draft(panel, request).size();
        }
        long[] times = new long[rounds];
        List<Draft> last = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long s = System.nanoTime();
            last = drafter.draft(panel, request);
            times[i] = System.nanoTime() - s;
            sink += last.size();
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "%-34s median %7.3f ms   p95 %7.3f ms   (%d notes, sink %d)%n", label,
            times[rounds / 2] / 1e6, times[(int) Math.ceil(rounds * 0.95) - 1] / 1e6, last.size(), sink);
    }
}
