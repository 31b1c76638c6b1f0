// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.settings;

import app.afterword.core.draft.DraftSettings;
import app.afterword.core.draft.ProfileSettings;
import app.afterword.core.etiquette.EtiquetteSettings;
import app.afterword.core.export.CardSize;
import app.afterword.core.export.ExportSettings;
import app.afterword.core.proofread.ProofreadSettings;
import app.afterword.core.proofread.Variant;
import app.afterword.core.schedule.ScheduleSettings;
import app.afterword.core.store.Json;
import app.afterword.core.store.SaveException;
import app.afterword.core.store.SettingsStore;
import app.afterword.ui.common.Autosaver;
import app.afterword.ui.common.FormField;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.SaveState;
import app.afterword.ui.common.TaskRunner;
import app.afterword.ui.theme.ThemeChoice;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Settings screen without its nodes: the profile, the LinkedIn limit, the card size, the language, the etiquette
 * thresholds, the public holidays, the theme, and the personal dictionary and ignored rules to review. Fields check
 * themselves (a message under the field names it and says what to do); valid changes are saved after a short pause
 * on the IO lane, one section at a time and merged with what is stored, so a word the review step added meanwhile
 * is never overwritten. A field with a problem keeps its last good value on disk until it is fixed.
 */
public final class SettingsViewModel {

    /** How long typing pauses before a save. */
    public static final Duration SAVE_PAUSE = Duration.ofMillis(800);
    private static final Duration SAVE_AT_LEAST_EVERY = Duration.ofSeconds(10);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(15);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[+]?[0-9 ().\\-/]{5,40}");
    private static final Pattern LINKEDIN = Pattern.compile("(?i)(https?://)?([a-z]{2,3}\\.)?linkedin\\.com/\\S+");
    private static final int MAX_SIGNATURE = 600;
    private static final int MAX_NAME = 200;
    /** The longest closing line: a sign-off is a few words above the name, never a paragraph. */
    public static final int MAX_SIGN_OFF = 60;

    /** One etiquette threshold: its settings.json field and its allowed range. */
    public record Threshold(String key, int min, int max) {
    }

    /** The thresholds shown, in order. */
    public static final List<Threshold> THRESHOLDS = List.of(
        new Threshold("lateWarningHours", 1, 336),
        new Threshold("lateErrorHours", 1, 336),
        new Threshold("thankYouMinWords", 0, 2000),
        new Threshold("thankYouTargetWords", 1, 2000),
        new Threshold("thankYouWarnWords", 1, 2000),
        new Threshold("thankYouMaxWords", 1, 2000),
        new Threshold("subjectMaxChars", 10, 200),
        new Threshold("maxExclamations", 0, 10));

    /** What one save writes; null parts are left as stored. */
    record Snapshot(ProfileSettings profile, Integer linkedinLimit, CardSize cardSize, Variant variant,
                    Map<String, Integer> thresholds, List<LocalDate> holidays, Set<String> addWords,
                    Set<String> removeWords, Set<String> addRules, Set<String> removeRules) {
    }

    /** What was read from the settings. */
    record Loaded(ProfileSettings profile, DraftSettings draft, ExportSettings export, ProofreadSettings proofread,
                  Map<String, Integer> thresholds, ScheduleSettings schedule) {
    }

    private final Messages m;
    private final TaskRunner runner;
    private final SettingsStore store;
    private final Json json;
    private final ObjectProperty<ThemeChoice> theme;
    private final Autosaver<Snapshot, Snapshot> autosaver;

    private final FormField name;
    private final FormField email;
    private final FormField phone;
    private final FormField linkedin;
    private final FormField signature;
    private final FormField signOff;
    private final FormField linkedinLimit;
    private final Map<String, FormField> thresholds = new LinkedHashMap<>();
    private final FormField holidayInput;
    private final ObjectProperty<CardSize> cardSize = new SimpleObjectProperty<>(this, "cardSize", CardSize.A6);
    private final ObjectProperty<Variant> variant = new SimpleObjectProperty<>(this, "variant", Variant.DEFAULT);
    private final ObservableList<LocalDate> holidays = FXCollections.observableArrayList();
    private final ObservableList<String> dictionary = FXCollections.observableArrayList();
    private final ObservableList<String> ignoredRules = FXCollections.observableArrayList();
    private final Set<String> addWords = new LinkedHashSet<>();
    private final Set<String> removeWords = new LinkedHashSet<>();
    private final Set<String> addRules = new LinkedHashSet<>();
    private final Set<String> removeRules = new LinkedHashSet<>();
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private Runnable undo;
    private boolean loading;

    /**
     * Creates the ViewModel.
     *
     * @param store      the settings; read and written on the IO lane only
     * @param theme      the theme choice of the running app (applied at once; the theme manager remembers it)
     * @param unexpected receives failures that are bugs (the central error handler)
     */
    public SettingsViewModel(Messages m, TaskRunner runner, SettingsStore store, Json json,
                             ObjectProperty<ThemeChoice> theme, Consumer<Throwable> unexpected) {
        this.m = m;
        this.runner = runner;
        this.store = store;
        this.json = json;
        this.theme = theme;
        Runnable changed = this::changed;
        name = new FormField("name", changed).rule(() -> longer(nameField(), MAX_NAME, "settings.name.tooLong"));
        email = new FormField("email", changed).rule(() -> blankOr(emailField(), EMAIL, "settings.email.invalid"));
        phone = new FormField("phone", changed).rule(() -> blankOr(phoneField(), PHONE, "settings.phone.invalid"));
        linkedin = new FormField("linkedin", changed)
            .rule(() -> blankOr(linkedinField(), LINKEDIN, "settings.linkedin.invalid"));
        signature = new FormField("signature", changed).rule(() -> longer(signatureField(), MAX_SIGNATURE,
            "settings.signature.tooLong"));
        signOff = new FormField("signOff", changed).rule(this::signOffProblem);
        linkedinLimit = new FormField("linkedinLimit", changed).rule(() -> number(linkedinLimitField(), 50, 300));
        for (Threshold t : THRESHOLDS) {
            thresholds.put(t.key(), new FormField(t.key(), changed).rule(() -> thresholdProblem(t)));
        }
        holidayInput = new FormField("holiday", () -> { }).rule(this::holidayProblem);
        cardSize.addListener((o, was, now) -> changed());
        variant.addListener((o, was, now) -> changed());
        autosaver = new Autosaver<>(runner, this::snapshot, this::write, this::saved, unexpected, SAVE_PAUSE,
            SAVE_AT_LEAST_EVERY, RETRY_AFTER);
    }

    private FormField nameField() {
        return name;
    }

    private FormField emailField() {
        return email;
    }

    private FormField phoneField() {
        return phone;
    }

    private FormField linkedinField() {
        return linkedin;
    }

    private FormField signatureField() {
        return signature;
    }

    private FormField linkedinLimitField() {
        return linkedinLimit;
    }

    private void changed() {
        if (!loading) {
            autosaver.changed();
        }
    }

    // ---- checks ----

    private String longer(FormField f, int max, String key) {
        return f.trimmed().length() > max ? m.get(key, max) : null;
    }

    private String signOffProblem() {
        int length = signOff.trimmed().length();
        return length > MAX_SIGN_OFF ? m.get("settings.signOff.tooLong", length, MAX_SIGN_OFF) : null;
    }

    private String blankOr(FormField f, Pattern p, String key) {
        return f.trimmed().isEmpty() || p.matcher(f.trimmed()).matches() ? null : m.get(key, f.trimmed());
    }

    private String number(FormField f, int min, int max) {
        Integer v = parse(f);
        if (f.trimmed().isEmpty() || v == null || v < min || v > max) {
            return m.get("settings.number.range", min, max);
        }
        return null;
    }

    private static Integer parse(FormField f) {
        try {
            return Integer.valueOf(f.trimmed());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String thresholdProblem(Threshold t) {
        FormField f = thresholds.get(t.key());
        String range = number(f, t.min(), t.max());
        if (range != null) {
            return range;
        }
        int v = parse(f);
        return switch (t.key()) {
            case "lateErrorHours" -> below(v, "lateWarningHours", "settings.etiquette.lateErrorHours.order");
            case "thankYouTargetWords" -> below(v, "thankYouMinWords", "settings.etiquette.order.words");
            case "thankYouWarnWords" -> below(v, "thankYouTargetWords", "settings.etiquette.order.words");
            case "thankYouMaxWords" -> below(v, "thankYouWarnWords", "settings.etiquette.order.words");
            default -> null;
        };
    }

    /** A message when {@code value} is below the valid value of {@code other}. */
    private String below(int value, String other, String key) {
        FormField o = thresholds.get(other);
        Integer ov = o == null ? null : parse(o);
        return ov != null && value < ov ? m.get(key, ov) : null;
    }

    private String holidayProblem() {
        String text = holidayInput.trimmed();
        if (text.isEmpty()) {
            return m.get("settings.holidays.empty");
        }
        try {
            LocalDate d = LocalDate.parse(text);
            return holidays.contains(d) ? m.get("settings.holidays.duplicate", text) : null;
        } catch (DateTimeParseException e) {
            return m.get("settings.holidays.invalid", text);
        }
    }

    // ---- loading and saving ----

    /** Reads the settings on the IO lane and shows them; skipped while edits wait to be saved. */
    public void load() {
        if (autosaver.hasUnsaved()) {
            return;
        }
        runner.run(TaskRunner.Lane.IO, this::read, this::show, null);
    }

    private Loaded read() {
        EtiquetteSettings e = store.get(EtiquetteSettings.SECTION);
        ObjectNode node = json.mapper().valueToTree(e);
        Map<String, Integer> values = new LinkedHashMap<>();
        for (Threshold t : THRESHOLDS) {
            values.put(t.key(), node.path(t.key()).asInt());
        }
        return new Loaded(store.get(ProfileSettings.SECTION), store.get(DraftSettings.SECTION),
            store.get(ExportSettings.SECTION), store.get(ProofreadSettings.SECTION), values,
            store.get(ScheduleSettings.SECTION));
    }

    private void show(Loaded l) {
        if (autosaver.hasUnsaved()) {
            return;
        }
        loading = true;
        try {
            ProfileSettings p = l.profile();
            name.load(p.name());
            email.load(p.email());
            phone.load(p.phone());
            linkedin.load(p.linkedin());
            signature.load(p.signature());
            signOff.load(p.signOff());
            linkedinLimit.load(Integer.toString(l.draft().linkedinNoteLimit()));
            cardSize.set(l.export().cardSize());
            variant.set(l.proofread().variant());
            l.thresholds().forEach((k, v) -> thresholds.get(k).load(Integer.toString(v)));
            holidays.setAll(l.schedule().holidays());
            dictionary.setAll(l.proofread().dictionary());
            ignoredRules.setAll(l.proofread().ignoredRules());
            addWords.clear();
            removeWords.clear();
            addRules.clear();
            removeRules.clear();
            clearUndo();
        } finally {
            loading = false;
        }
        autosaver.reset(null);
        loaded.set(true);
    }

    private Snapshot snapshot() {
        ProfileSettings profile = null;
        List<FormField> own = List.of(name, email, phone, linkedin, signature, signOff);
        if (own.stream().allMatch(f -> f.problem() == null)) {
            profile = new ProfileSettings(name.trimmed(), email.trimmed(), phone.trimmed(), linkedin.trimmed(),
                signature.text().strip(), signOff.trimmed().isEmpty() ? null : signOff.trimmed());
        }
        Integer limit = linkedinLimit.problem() == null ? parse(linkedinLimit) : null;
        Map<String, Integer> values = null;
        if (thresholds.values().stream().allMatch(f -> f.problem() == null)) {
            values = new LinkedHashMap<>();
            for (Map.Entry<String, FormField> e : thresholds.entrySet()) {
                values.put(e.getKey(), parse(e.getValue()));
            }
        }
        return new Snapshot(profile, limit, cardSize.get(), variant.get(), values, List.copyOf(holidays),
            Set.copyOf(addWords), Set.copyOf(removeWords), Set.copyOf(addRules), Set.copyOf(removeRules));
    }

    /** Writes one snapshot, merging each section with what is stored; runs on the IO lane. */
    private Snapshot write(Snapshot s) throws SaveException {
        if (s.profile() != null) {
            store.put(ProfileSettings.SECTION, s.profile());
        }
        if (s.linkedinLimit() != null) {
            store.put(DraftSettings.SECTION, store.get(DraftSettings.SECTION).withLinkedinNoteLimit(s.linkedinLimit()));
        }
        ExportSettings export = store.get(ExportSettings.SECTION);
        store.put(ExportSettings.SECTION, export.withCard(s.cardSize(), export.folded(), export.envelope()));
        if (s.thresholds() != null) {
            ObjectNode node = json.mapper().valueToTree(store.get(EtiquetteSettings.SECTION));
            s.thresholds().forEach(node::put);
            try {
                store.put(EtiquetteSettings.SECTION, json.mapper().treeToValue(node, EtiquetteSettings.class));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new IllegalStateException("thresholds passed the checks but were refused", e);
            }
        }
        store.put(ScheduleSettings.SECTION, store.get(ScheduleSettings.SECTION).withHolidays(s.holidays()));
        ProofreadSettings p = store.get(ProofreadSettings.SECTION).withVariant(s.variant());
        for (String w : s.removeWords()) {
            p = p.withoutWord(w);
        }
        for (String w : s.addWords()) {
            p = p.withWord(w);
        }
        for (String r : s.removeRules()) {
            p = p.withoutIgnoredRule(r);
        }
        for (String r : s.addRules()) {
            p = p.withIgnoredRule(r);
        }
        store.put(ProofreadSettings.SECTION, p);
        return s;
    }

    private void saved(Snapshot s) {
        addWords.removeAll(s.addWords());
        removeWords.removeAll(s.removeWords());
        addRules.removeAll(s.addRules());
        removeRules.removeAll(s.removeRules());
    }

    /** Saves now (Ctrl+S, "Retry", leaving the screen). */
    public void save() {
        autosaver.saveNow();
    }

    /** Saves what waits, as the window closes. */
    public void flush() {
        autosaver.flush();
    }

    // ---- holidays ----

    /** Adds the date typed in {@link #holidayInput()}; false (with the message shown) when it is not a date. */
    public boolean addHoliday() {
        if (!holidayInput.check()) {
            return false;
        }
        LocalDate d = LocalDate.parse(holidayInput.trimmed());
        List<LocalDate> sorted = new ArrayList<>(holidays);
        sorted.add(d);
        Collections.sort(sorted);
        holidays.setAll(sorted);
        holidayInput.load("");
        changed();
        return true;
    }

    /** Removes a holiday (undo brings it back). */
    public void removeHoliday(LocalDate d) {
        if (holidays.remove(d)) {
            offerUndo(m.get("settings.undo.holiday", d.toString()), () -> {
                List<LocalDate> sorted = new ArrayList<>(holidays);
                sorted.add(d);
                Collections.sort(sorted);
                holidays.setAll(sorted);
            });
            changed();
        }
    }

    // ---- dictionary and ignored rules ----

    /** Removes a word from the personal dictionary (undo brings it back). */
    public void removeWord(String word) {
        if (dictionary.remove(word)) {
            addWords.remove(word);
            removeWords.add(word);
            offerUndo(m.get("settings.undo.word", word), () -> {
                removeWords.remove(word);
                addWords.add(word);
                insertSorted(dictionary, word);
            });
            changed();
        }
    }

    /** Reports a rule again (undo ignores it again). */
    public void restoreRule(String rule) {
        if (ignoredRules.remove(rule)) {
            addRules.remove(rule);
            removeRules.add(rule);
            offerUndo(m.get("settings.undo.rule", rule), () -> {
                removeRules.remove(rule);
                addRules.add(rule);
                insertSorted(ignoredRules, rule);
            });
            changed();
        }
    }

    private static void insertSorted(ObservableList<String> list, String value) {
        List<String> sorted = new ArrayList<>(list);
        sorted.add(value);
        Collections.sort(sorted);
        list.setAll(sorted);
    }

    private void offerUndo(String text, Runnable action) {
        undo = action;
        undoText.set(text);
    }

    /** Brings back what was removed last; false when there is nothing to undo. */
    public boolean undo() {
        if (undo == null) {
            return false;
        }
        Runnable u = undo;
        clearUndo();
        u.run();
        changed();
        return true;
    }

    private void clearUndo() {
        undo = null;
        undoText.set(null);
    }

    // ---- properties ----

    /** Your name, for the signature. */
    public FormField name() {
        return name;
    }

    /** Your e-mail address. */
    public FormField email() {
        return email;
    }

    /** Your phone number. */
    public FormField phone() {
        return phone;
    }

    /** Your LinkedIn profile address. */
    public FormField linkedin() {
        return linkedin;
    }

    /** Your own signature block, used instead of your name and contact lines. */
    public FormField signature() {
        return signature;
    }

    /** The closing line above your name ("Kind regards,"); empty leaves it to the template. */
    public FormField signOff() {
        return signOff;
    }

    /** The closing lines offered for {@link #signOff()}; anything else may be typed. */
    public List<String> signOffChoices() {
        return List.of(m.get("settings.signOff.choices").split("\\|"));
    }

    /** The LinkedIn connection-note limit, 50 to 300. */
    public FormField linkedinLimit() {
        return linkedinLimit;
    }

    /** The etiquette threshold with this settings key. */
    public FormField threshold(String key) {
        FormField f = thresholds.get(key);
        if (f == null) {
            throw new IllegalArgumentException("no threshold " + key);
        }
        return f;
    }

    /** The date typed to add as a holiday. */
    public FormField holidayInput() {
        return holidayInput;
    }

    /** The card size notes are laid out for. */
    public ObjectProperty<CardSize> cardSizeProperty() {
        return cardSize;
    }

    /** The English notes are proofread in. */
    public ObjectProperty<Variant> variantProperty() {
        return variant;
    }

    /** The look of the app; changes apply at once. */
    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    /** Public holidays, sorted. */
    public ObservableList<LocalDate> holidays() {
        return FXCollections.unmodifiableObservableList(holidays);
    }

    /** The personal dictionary, sorted. */
    public ObservableList<String> dictionary() {
        return FXCollections.unmodifiableObservableList(dictionary);
    }

    /** The rules never reported, sorted. */
    public ObservableList<String> ignoredRules() {
        return FXCollections.unmodifiableObservableList(ignoredRules);
    }

    /** The sentence offering to undo the last removal; null when there is nothing to undo. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** True once the settings were read. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Where the settings stand with the disk. */
    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return autosaver.stateProperty();
    }

    /** Every field with a problem, in screen order (the first one to focus). */
    public List<FormField> problems() {
        List<FormField> out = new ArrayList<>();
        for (FormField f : List.of(name, email, phone, linkedin, signOff, signature, linkedinLimit)) {
            if (!f.check()) {
                out.add(f);
            }
        }
        for (FormField f : thresholds.values()) {
            if (!f.check()) {
                out.add(f);
            }
        }
        return out;
    }
}
