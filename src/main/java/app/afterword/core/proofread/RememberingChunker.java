// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.proofread;

import app.afterword.core.BoundedMap;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import opennlp.tools.chunker.ChunkerContextGenerator;
import opennlp.tools.chunker.ChunkerME;
import opennlp.tools.chunker.ChunkerModel;
import opennlp.tools.chunker.DefaultChunkerContextGenerator;
import opennlp.tools.chunker.DefaultChunkerSequenceValidator;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.chunking.ChunkTag;
import org.languagetool.chunking.ChunkTaggedToken;
import org.languagetool.chunking.Chunker;
import org.languagetool.chunking.EnglishChunker;

/**
 * LanguageTool's English chunker, quicker when a sentence is checked again after an edit.
 *
 * <p>To mark noun and verb phrases, LanguageTool hands each new sentence to OpenNLP, which cuts it into its own
 * tokens, tags their parts of speech and then their phrases, each tagging a beam search over a maximum-entropy
 * model. A third of re-checking a sentence goes there. The phrase model's answer for a word depends only on the
 * words and part-of-speech tags two places either side of it and on the two decisions before it; after a one-word
 * edit almost all of those windows were seen when the sentence was first checked. This chunker remembers the
 * model's answers (for the phrase model by window, for the part-of-speech model by its full context), asks the model
 * only about what is new, and otherwise decides exactly as OpenNLP's beam search does, so the tags are LanguageTool's
 * own. {@code RememberingChunkerTest} compares them on every sentence of the product's own texts, as written and
 * after edits.
 *
 * <p>It uses the models LanguageTool has already loaded (read from {@link EnglishChunker}'s fields, so they are not
 * held twice) and LanguageTool's own filter for the tags. Should a LanguageTool upgrade move any of these,
 * {@link #install} leaves LanguageTool's chunker in place: proofreading finds the same, only more slowly.
 *
 * <p>Each instance belongs to one {@link Language} object, which belongs to one checker.
 */
final class RememberingChunker implements Chunker {
    /** Windows of the phrase model kept: a note of 200 words needs about a thousand. */
    static final int PHRASE_WINDOWS = 8_192;
    /** Contexts of the part-of-speech model kept: a note of 200 words needs about seven hundred. */
    static final int TAG_CONTEXTS = 2_048;

    private static final double MIN_SEQUENCE_SCORE = -100_000;

    private final TokenizerModel tokenizerModel;
    private final POSModel tagModel;
    private final int tagBeam;
    private final BeamSearch<String> tagSearch;
    private final MaxentModel phraseModel;
    private final int phraseBeam;
    private final ChunkerContextGenerator phraseContext;
    private final String[] outcomes;
    private final String[] insideOf;
    private final Map<Window, Answer> windows = BoundedMap.leastRecentlyUsed(PHRASE_WINDOWS);
    private final Object filter;
    private final Method filterMethod;

    private RememberingChunker(TokenizerModel tokenizerModel, POSModel tagModel, ChunkerModel phrases, Object filter,
            Method filterMethod) {
        this.tokenizerModel = tokenizerModel;
        this.tagModel = tagModel;
        this.tagBeam = beamSize(tagModel.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER),
            POSTaggerME.DEFAULT_BEAM_SIZE);
        this.tagSearch = new BeamSearch<>(tagBeam, new RememberingModel(tagModel.getPosModel(), TAG_CONTEXTS));
        this.phraseModel = phrases.getChunkerModel();
        this.phraseBeam = beamSize(phrases.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER),
            ChunkerME.DEFAULT_BEAM_SIZE);
        this.phraseContext = phrases.getFactory().getContextGenerator();
        int n = phraseModel.getNumOutcomes();
        this.outcomes = new String[n];
        this.insideOf = new String[n];
        for (int p = 0; p < n; p++) {
            outcomes[p] = phraseModel.getOutcome(p);
            // what DefaultChunkerSequenceValidator asks of an "I-" tag: the tag before it is of the same phrase type
            insideOf[p] = outcomes[p].startsWith("I-") ? outcomes[p].substring(2) : null;
        }
        this.filter = filter;
        this.filterMethod = filterMethod;
    }

    /**
     * Gives {@code language} a remembering chunker if its own is LanguageTool's English chunker and everything this
     * class relies on is where it expects. Returns whether it did; if not, the language keeps its chunker.
     */
    static boolean install(Language language) {
        Chunker own = language.getChunker();
        if (own == null || own.getClass() != EnglishChunker.class) {
            return false;
        }
        try {
            TokenizerModel tokenizer = (TokenizerModel) sharedModel("tokenModel");
            POSModel tags = (POSModel) sharedModel("posModel");
            ChunkerModel phrases = (ChunkerModel) sharedModel("chunkerModel");
            if (tokenizer == null || tags == null || phrases == null || tags.getPosModel() == null
                || phrases.getChunkerModel() == null
                || phrases.getFactory().getContextGenerator().getClass() != DefaultChunkerContextGenerator.class
                || phrases.getFactory().getSequenceValidator().getClass() != DefaultChunkerSequenceValidator.class) {
                return false;
            }
            Class<?> filterClass = Class.forName("org.languagetool.chunking.EnglishChunkFilter");
            Constructor<?> make = filterClass.getDeclaredConstructor();
            make.setAccessible(true);
            Method filterMethod = filterClass.getDeclaredMethod("filter", List.class);
            filterMethod.setAccessible(true);
            language.setChunker(new RememberingChunker(tokenizer, tags, phrases, make.newInstance(), filterMethod));
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** One of the OpenNLP models that {@link EnglishChunker} keeps for all English variants. */
    private static Object sharedModel(String field) throws ReflectiveOperationException {
        Field f = EnglishChunker.class.getDeclaredField(field);
        f.setAccessible(true);
        return f.get(null);
    }

    private static int beamSize(String property, int fallback) {
        return property == null ? fallback : Integer.parseInt(property);
    }

    @Override
    public synchronized void addChunkTags(List<AnalyzedTokenReadings> readings) {
        StringBuilder sentence = new StringBuilder();
        for (AnalyzedTokenReadings r : readings) {
            sentence.append(r.getToken());
        }
        // the same steps, in the same order, as LanguageTool's EnglishChunker
        String[] tokens = withoutZeroWidthSpaces(
            new TokenizerME(tokenizerModel).tokenize(sentence.toString().replace('\u2019', '\'')));
        List<String> tags = tagSearch.bestSequence(tokens, null,
            tagModel.getFactory().getPOSContextGenerator(tagBeam), tagModel.getFactory().getSequenceValidator())
            .getOutcomes();
        String[] phrases = phrases(tokens, tags.toArray(new String[0]));

        Map<Integer, AnalyzedTokenReadings> byStart = new HashMap<>();
        int pos = 0;
        for (AnalyzedTokenReadings r : readings) {
            String token = r.getToken();
            if (token.trim().isEmpty() || token.length() == 1 && Character.isSpaceChar(token.charAt(0))) {
                continue; // OpenNLP's tokens leave out white space, so their positions do too
            }
            byStart.putIfAbsent(pos, r);
            pos += token.length();
        }
        List<ChunkTaggedToken> tagged = new ArrayList<>(tokens.length);
        pos = 0;
        for (int i = 0; i < tokens.length; i++) {
            int end = pos + tokens[i].length();
            // only a token that covers exactly the same characters gets the tag, as in LanguageTool
            AnalyzedTokenReadings r = byStart.get(pos);
            if (r != null && pos + r.getToken().length() != end) {
                r = null;
            }
            tagged.add(new ChunkTaggedToken(tokens[i], List.of(new ChunkTag(phrases[i])), r));
            pos = end;
        }
        for (ChunkTaggedToken t : filtered(tagged)) {
            if (t.getReadings() != null) {
                t.getReadings().setChunkTags(t.getChunkTags());
            }
        }
    }

    /** OpenNLP's tokens, with LanguageTool's treatment of the zero-width no-break space that some editors add. */
    private static String[] withoutZeroWidthSpaces(String[] tokens) {
        List<String> clean = new ArrayList<>(tokens.length);
        for (String token : tokens) {
            for (String part : token.split("\uFEFF")) {
                clean.add(part.isEmpty() ? "" : token);
            }
        }
        return clean.toArray(new String[0]);
    }

    @SuppressWarnings("unchecked")
    private List<ChunkTaggedToken> filtered(List<ChunkTaggedToken> tagged) {
        try {
            return (List<ChunkTaggedToken>) filterMethod.invoke(filter, tagged);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException("LanguageTool's chunk filter failed", cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("LanguageTool's chunk filter cannot be reached", e);
        }
    }

    /**
     * The phrase tags: OpenNLP's beam search with its sequence rule (an "I-" tag only after a tag of the same
     * phrase), visiting the beam in the same order and breaking ties the same way, but asking the model once per
     * window.
     */
    String[] phrases(String[] tokens, String[] tags) {
        PriorityQueue<Step> prev = new PriorityQueue<>(phraseBeam);
        PriorityQueue<Step> next = new PriorityQueue<>(phraseBeam);
        prev.add(new Step(null, -1, 0d));
        for (int i = 0; i < tokens.length; i++) {
            List<Answer> seenHere = new ArrayList<>(4);
            int size = Math.min(phraseBeam, prev.size());
            for (int k = 0; k < size && !prev.isEmpty(); k++) {
                Step top = prev.remove();
                int p1 = i >= 1 ? top.outcome : -1;
                int p2 = i >= 2 ? top.parent.outcome : -1;
                Answer answer = null;
                for (Answer a : seenHere) {
                    if (a.p1 == p1 && a.p2 == p2) {
                        answer = a;
                        break;
                    }
                }
                if (answer == null) {
                    answer = answer(i, tokens, tags, top, p1, p2);
                    seenHere.add(answer);
                }
                String prevOutcome = p1 < 0 ? null : outcomes[p1];
                for (int p = 0; p < outcomes.length; p++) {
                    if (answer.scores[p] >= answer.min && valid(p, prevOutcome)) {
                        offer(next, top, p, answer.scores[p]);
                    }
                }
                if (next.isEmpty()) {
                    for (int p = 0; p < outcomes.length; p++) {
                        if (valid(p, prevOutcome)) {
                            offer(next, top, p, answer.scores[p]);
                        }
                    }
                }
            }
            prev.clear();
            PriorityQueue<Step> swap = prev;
            prev = next;
            next = swap;
        }
        Step best = prev.remove();
        String[] out = new String[tokens.length];
        for (int j = tokens.length - 1; j >= 0; j--) {
            out[j] = outcomes[best.outcome];
            best = best.parent;
        }
        return out;
    }

    private static void offer(PriorityQueue<Step> next, Step top, int outcome, double probability) {
        Step step = new Step(top, outcome, top.score + StrictMath.log(probability));
        if (step.score > MIN_SEQUENCE_SCORE) {
            next.add(step);
        }
    }

    private boolean valid(int outcome, String prevOutcome) {
        String inside = insideOf[outcome];
        if (inside == null) {
            return true;
        }
        if (prevOutcome == null || prevOutcome.equals("O")) {
            return false;
        }
        return prevOutcome.substring(2).equals(inside);
    }

    /** The model's answer for word {@code i} after decisions {@code p2, p1}: remembered, or asked for now. */
    private Answer answer(int i, String[] tokens, String[] tags, Step top, int p1, int p2) {
        String[] key = new String[12];
        for (int d = -2; d <= 2; d++) {
            int j = i + d;
            if (j >= 0 && j < tokens.length) {
                key[d + 2] = tokens[j];
                key[d + 7] = tags[j];
            }
        }
        key[10] = p2 < 0 ? null : outcomes[p2];
        key[11] = p1 < 0 ? null : outcomes[p1];
        Window window = new Window(key);
        Answer known = windows.get(window);
        if (known != null) {
            return known; // the window holds both decisions, so p1 and p2 are the same
        }
        String[] prior = new String[i];
        Step s = top;
        for (int j = i - 1; j >= 0; j--) {
            prior[j] = outcomes[s.outcome];
            s = s.parent;
        }
        double[] scores = phraseModel.eval(phraseContext.getContext(i, tokens, tags, prior),
            new double[outcomes.length]);
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        Answer fresh = new Answer(p1, p2, scores, sorted[Math.max(0, sorted.length - phraseBeam)]);
        windows.put(window, fresh);
        return fresh;
    }

    /** A partial tagging in the beam: its last outcome, the step before it, and the sum of log probabilities. */
    private record Step(Step parent, int outcome, double score) implements Comparable<Step> {
        @Override
        public int compareTo(Step o) {
            return Double.compare(o.score, score); // best first, as OpenNLP's Sequence
        }
    }

    /**
     * The model's probabilities for word {@code i} after decisions {@code p2, p1}, and the lowest of them that can
     * still enter the beam.
     */
    private record Answer(int p1, int p2, double[] scores, double min) {
    }

    /** What the phrase model's context is made of: five words, their five tags and the two previous decisions. */
    private static final class Window {
        private final String[] parts;
        private final int hash;

        Window(String[] parts) {
            this.parts = parts;
            this.hash = Arrays.hashCode(parts);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Window && Arrays.equals(parts, ((Window) o).parts);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A maximum-entropy model that remembers its answers by context; the answers are the model's own. */
    private static final class RememberingModel implements MaxentModel {
        private final MaxentModel model;
        private final Map<Window, double[]> answers;

        RememberingModel(MaxentModel model, int capacity) {
            this.model = model;
            this.answers = BoundedMap.leastRecentlyUsed(capacity);
        }

        @Override
        public double[] eval(String[] context) {
            return eval(context, new double[model.getNumOutcomes()]);
        }

        @Override
        public double[] eval(String[] context, double[] probs) {
            Window key = new Window(context);
            double[] known = answers.get(key);
            if (known == null) {
                known = model.eval(context, new double[model.getNumOutcomes()]).clone();
                answers.put(key, known);
            }
            System.arraycopy(known, 0, probs, 0, known.length);
            return probs;
        }

        @Override
        public double[] eval(String[] context, float[] values) {
            return model.eval(context, values);
        }

        @Override
        public String getBestOutcome(double[] outcomes) {
            return model.getBestOutcome(outcomes);
        }

        @Override
        public String getAllOutcomes(double[] outcomes) {
            return model.getAllOutcomes(outcomes);
        }

        @Override
        public String getOutcome(int i) {
            return model.getOutcome(i);
        }

        @Override
        public int getIndex(String outcome) {
            return model.getIndex(outcome);
        }

        @Override
        public int getNumOutcomes() {
            return model.getNumOutcomes();
        }
    }
}
