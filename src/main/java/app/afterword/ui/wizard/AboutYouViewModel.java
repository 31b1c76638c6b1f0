// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.ui.common.FormField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * Step 1's "About you": the name and sign-off every note ends with, asked for in the wizard while the profile has
 * neither a name nor a signature block of its own. Nothing here is required, so someone who wants to go on without a
 * name can; until there is one, the note and send steps say the notes are unsigned and link back to the name.
 *
 * <p>The fields are the profile's own: the settings check and save them, so a name typed here shows in Settings and
 * the other way round. The section does not vanish under the typing: whether it shows is decided again only when an
 * interview is opened or the wizard changes step.
 */
public final class AboutYouViewModel {

    /** Words that stay lower-case inside a name ("Maria de la Cruz", "Ludwig van Beethoven"). */
    private static final Set<String> PARTICLES = Set.of("da", "das", "de", "del", "della", "der", "di", "do", "dos",
        "du", "la", "le", "van", "von", "y", "zu", "ten", "ter", "bin", "binti", "al", "el");

    /**
     * The profile fields the section edits, as the settings own them.
     *
     * @param signature      the profile's signature block, which signs a note in place of the name
     * @param loaded         true once the profile was read; until then nothing is asked
     * @param signOffChoices the usual closing lines to offer
     */
    public record Profile(FormField name, FormField signOff, FormField email, FormField phone,
                          ObservableStringValue signature, ObservableBooleanValue loaded,
                          List<String> signOffChoices) {

        /** Fields that belong to no profile: nothing is asked, and notes count as signed. */
        public static Profile none() {
            Runnable nothing = () -> { };
            return new Profile(new FormField("name", nothing), new FormField("signOff", nothing),
                new FormField("email", nothing), new FormField("phone", nothing), new SimpleStringProperty(""),
                new SimpleBooleanProperty(false), List.of());
        }
    }

    private final Profile profile;
    private final ReadOnlyBooleanWrapper asking = new ReadOnlyBooleanWrapper(this, "asking");
    private final ReadOnlyStringWrapper capitalised = new ReadOnlyStringWrapper(this, "capitalised");
    private final BooleanBinding signs;

    /** The section over the profile's fields. */
    public AboutYouViewModel(Profile profile) {
        this.profile = profile;
        signs = Bindings.createBooleanBinding(() -> !profile.loaded().get() || !profile.name().trimmed().isEmpty()
            || !blank(profile.signature().get()), profile.loaded(), profile.name().textProperty(),
            profile.signature());
        profile.loaded().addListener((o, was, now) -> reconsider());
        profile.name().textProperty().addListener((o, was, now) -> capitalised.set(suggestCapitals(now)));
        capitalised.set(suggestCapitals(profile.name().text()));
        reconsider();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /**
     * Decides whether the section shows: while the profile is read and has no name or signature block. Called when an
     * interview opens and when the step changes, never while typing, so the fields stay where they are.
     */
    public void reconsider() {
        asking.set(profile.loaded().get() && !signs.get());
    }

    /** Shows the section whatever the profile holds, as when the person follows "add your name". */
    public void ask() {
        asking.set(true);
    }

    /** Writes the name with capitals, as {@link #capitalisedProperty()} suggests. */
    public void capitalise() {
        String better = capitalised.get();
        if (better != null) {
            profile.name().textProperty().set(better);
        }
    }

    /**
     * The name with capitals when it was typed all in lower case ("ana lima" → "Ana Lima"), keeping particles such as
     * "de" or "van" small; null when there is nothing to suggest, as for a name in a script without capitals.
     */
    static String suggestCapitals(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String name = typed.strip();
        boolean anyLower = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                return null;
            }
            anyLower |= Character.isLowerCase(c);
            i += Character.charCount(c);
        }
        if (!anyLower) {
            return null;
        }
        List<String> words = new ArrayList<>();
        String[] parts = name.split("\\s+");
        for (int w = 0; w < parts.length; w++) {
            String word = parts[w];
            boolean particle = w > 0 && w < parts.length - 1 && PARTICLES.contains(word.toLowerCase(Locale.ROOT));
            words.add(particle ? word : capitaliseWord(word));
        }
        String better = String.join(" ", words);
        return better.equals(name) ? null : better;
    }

    /** Capitals at the start and after a hyphen or a one-letter prefix with an apostrophe ("o'neil" → "O'Neil"). */
    private static String capitaliseWord(String word) {
        StringBuilder out = new StringBuilder(word.length());
        boolean start = true;
        int segment = 0;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            out.appendCodePoint(start && Character.isLetter(c) ? Character.toTitleCase(c) : c);
            if (Character.isLetter(c)) {
                start = false;
                segment++;
            } else {
                start = c == '-' || (c == '\'' || c == '’') && segment == 1;
                segment = 0;
            }
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** Your name, as notes are signed with it. */
    public FormField name() {
        return profile.name();
    }

    /** The closing line above the name. */
    public FormField signOff() {
        return profile.signOff();
    }

    /** Your e-mail address, for the lines under the name. */
    public FormField email() {
        return profile.email();
    }

    /** Your phone number, for the lines under the name. */
    public FormField phone() {
        return profile.phone();
    }

    /** The usual closing lines to offer. */
    public List<String> signOffChoices() {
        return profile.signOffChoices();
    }

    /** True while the section shows. */
    public ReadOnlyBooleanProperty askingProperty() {
        return asking.getReadOnlyProperty();
    }

    /**
     * True when notes drafted from the profile end with a name or a signature block; also true while the profile is
     * not read yet, so nothing warns before it is known.
     */
    public BooleanBinding signsProperty() {
        return signs;
    }

    /** The name with capitals, offered when it was typed all in lower case; null otherwise. */
    public ReadOnlyStringProperty capitalisedProperty() {
        return capitalised.getReadOnlyProperty();
    }
}
