// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.Audience;
import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.draft.Tone;
import app.afterword.core.draft.ToneCoverage;
import app.afterword.core.interview.InterviewFormat;
import app.afterword.core.interview.Part;
import app.afterword.core.store.SaveException;
import app.afterword.ui.theme.ThemeChoice;
import app.afterword.ui.wizard.WizardStep;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static final Pattern ASKED_FOR = Pattern.compile("\\b(?:m|messages)\\.get\\(\"([a-zA-Z0-9.-]+)\"");
    private static final Pattern ANY_KEY = Pattern.compile("\"([a-z]+(?:\\.[a-zA-Z0-9-]+)+)\"");
    private final ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT);

    private static Set<String> literalKeysInTheUi() throws IOException {
        return keysInTheUi(ASKED_FOR);
    }

    private static Set<String> keysInTheUi(Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        Path ui = Path.of(System.getProperty("project.basedir", "."), "src/main/java/app/afterword/ui");
        try (Stream<Path> files = Files.walk(ui)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).endsWith(".")) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        for (NoteKind k : NoteKind.values()) {
            keys.add("note.kind." + k.id());
            keys.add("note.kind." + k.id() + ".help");
        }
        for (Medium md : Medium.values()) {
            keys.add("note.medium." + md.id());
            keys.add("note.medium." + md.id() + ".help");
        }
        for (Tone t : Tone.values()) {
            keys.add("note.tone." + t.id());
            keys.add("note.tone." + t.id() + ".help");
        }
        for (ToneCoverage.Gap g : ToneCoverage.Gap.values()) {
            keys.add("note.tone.gap." + g.id());
        }
        for (String need : List.of("idea", "clarification", "skill", "topic")) {
            keys.add("note.needs." + need);
        }
        return keys;
    }

    private static List<String> keysBuiltFromNames() {
        List<String> keys = new ArrayList<>();
        for (WizardStep s : WizardStep.values()) {
            keys.add("step." + s.key() + ".short");
            keys.add("step." + s.key() + ".title");
            keys.add("step." + s.key() + ".subtitle");
        }
        for (WizardStep s : List.of(WizardStep.NOTE, WizardStep.REVIEW, WizardStep.SEND)) {
            for (String part : List.of("title", "text", "items")) {
                keys.add("step." + s.key() + ".placeholder." + part);
            }
        }
        for (SaveException.Reason r : SaveException.Reason.values()) {
            keys.add("save.failed." + r.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        keys.add("save.failed.other");
        for (ThemeChoice c : ThemeChoice.values()) {
            keys.add("theme." + c.key());
        }
        for (Page p : Page.values()) {
            keys.add("nav." + p.key());
        }
        for (InterviewFormat f : InterviewFormat.values()) {
            keys.add("interview.format." + f.jsonName());
        }
        for (Part p : Part.values()) {
            keys.add("people.part." + p.jsonName());
            keys.add("people.part." + p.jsonName() + ".help");
        }
        for (Audience a : Audience.values()) {
            if (!a.onePerson()) {
                keys.add("note.audience.each." + a.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        }
        for (String list : List.of("topics", "skills", "clarifications", "ideas")) {
            for (String part : List.of("title", "help", "item", "prompt", "add")) {
                keys.add("conversation." + list + "." + part);
            }
        }
        return keys;
    }

    @Test
    void everyKeyTheAppAsksForIsInTheFile() throws IOException {
        Set<String> wanted = new TreeSet<>(literalKeysInTheUi());
        wanted.addAll(keysBuiltFromNames());
        assertThat(wanted).hasSizeGreaterThan(100);
        assertThat(wanted.stream().filter(k -> !bundle.containsKey(k)).toList()).isEmpty();
    }

    @Test
    void theFileHoldsNoUnusedSentences() throws IOException {
        Set<String> used = new TreeSet<>(keysInTheUi(ANY_KEY));
        used.addAll(keysBuiltFromNames());
        assertThat(bundle.keySet().stream().filter(k -> !used.contains(k)).sorted().toList()).isEmpty();
    }

    @Test
    void patternsWithArgumentsAreValidAndKeepTheirApostrophes() {
        for (String key : bundle.keySet()) {
            String pattern = bundle.getString(key);
            if (pattern.contains("{0")) {
                assertThat(pattern).as(key).doesNotContain("'");
                assertThat(new MessageFormat(pattern, Locale.ENGLISH).format(new Object[] {2, "x", "y", "z"}))
                    .as(key).doesNotContain("{");
            }
        }
    }

    @Test
    void fillsArgumentsAndShowsTheKeyWhenOneIsMissing() {
        Messages m = new Messages();
        assertThat(m.get("save.saved", "14:02")).isEqualTo("Saved 14:02");
        assertThat(m.get("placeholder.ready", 1, "Ana")).isEqualTo("One note will be drafted, for Ana.");
        assertThat(m.get("placeholder.ready", 2, "Ana, Ben")).isEqualTo("2 notes will be drafted, one each for Ana, "
            + "Ben.");
        assertThat(m.get("no.such.key")).isEqualTo("no.such.key");
    }
}
