// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import app.afterword.core.draft.DraftSettings;
import app.afterword.core.draft.Similarity;
import app.afterword.core.store.SettingsSection;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every threshold of the etiquette checks, stored as the {@code "etiquette"} part of settings.json. The advice these
 * numbers come from is convention and the sources disagree, so each one is the user's to change; the defaults are the
 * ones documented in the etiquette guide. A value left out of the file takes its default, so a settings file written
 * by an older version keeps working when a threshold is added.
 *
 * <p>The LinkedIn connection-note limit (K1) is set once, in the drafting settings: reading this section takes it
 * from there ({@link DraftSettings#linkedinLimitIn}); a limit above LinkedIn's free 200 counts as a Premium account.
 *
 * @param minMinutesAfterInterview    T2: earliest thank-you, in minutes after the interview ended
 * @param lateWarningHours            T1: warn when the thank-you goes out later than this
 * @param lateErrorHours              T1: error when the thank-you goes out later than this
 * @param businessDayStartHour        T3: first hour of the recipient's business day (0-23)
 * @param businessDayEndHour          T3: hour the recipient's business day ends (1-24)
 * @param cardMinDaysToDecision       T5: a card needs at least this many days before the decision
 * @param thankYouMinWords            L1: below this a thank-you gets a tip
 * @param thankYouTargetWords         L1: upper end of the target range, used in advice
 * @param thankYouWarnWords           L1: above this a warning
 * @param thankYouMaxWords            L1: above this an error
 * @param minSentences                L2: fewer sentences than this warn
 * @param maxSentences                L2: more sentences than this warn, in a note also above thankYouTargetWords
 * @param shortNoteSentences          L1 and L4: a note of this many sentences is not called short, however few
 *                                    its words (advisers recommend three sentences)
 * @param maxParagraphs               L3: more paragraphs than this warn
 * @param followUpMinWords            L4: below this a follow-up gets a tip
 * @param followUpMaxWords            L4: above this a follow-up warns
 * @param cardLines                   L5: lines that fit on the inside panel of the card (H4: depends on card size)
 * @param cardCharsPerLine            L5: handwritten characters per line on that card
 * @param cardMaxSentences            L5: more sentences than this on a card get a tip
 * @param subjectMaxChars             S4: subjects longer than this may be cut off on a phone
 * @param panelSimilarity             P1 and F6: word-level similarity above which two notes read as copies (0-1)
 * @param maxExclamations             N2: exclamation marks allowed in one note
 * @param maxGushWords                N6: superlatives and intensifiers allowed before a tip
 * @param maxAfterthoughtSentences    X1: sentences about things you forgot to say
 * @param linkedinPremium             K1: the account is Premium or Sales Navigator (longer connection notes)
 * @param linkedinNoteChars           K1: connection-request note limit on a free account
 * @param linkedinNotePremiumChars    K1: connection-request note limit on a Premium account
 * @param linkedinMessageChars        K2: message to a first-degree connection
 * @param inmailBodyChars             K2: InMail body
 * @param inmailSubjectChars          K2: InMail subject
 * @param decisionBufferBusinessDays  F2: business days to wait after the stated decision date
 * @param noTimelineBusinessDays      F3: business days to wait when no date was given
 * @param minHoursBetweenNotes        F4: hours between one note and the next
 * @param maxFollowUps                F5: follow-ups after the thank-you before you stop
 * @param followUpSpacingBusinessDays F5: business days between the first and the second follow-up
 * @param workEmailDomains            A10: your current employer's mail domains, e.g. "initech.example"
 * @param ontarioNotice               F8: show the Ontario 45-day notice (off until checked against the regulation)
 * @param ontarioNoticeDays           F8: days after the last interview
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EtiquetteSettings(
    Integer minMinutesAfterInterview, Integer lateWarningHours, Integer lateErrorHours,
    Integer businessDayStartHour, Integer businessDayEndHour, Integer cardMinDaysToDecision,
    Integer thankYouMinWords, Integer thankYouTargetWords, Integer thankYouWarnWords, Integer thankYouMaxWords,
    Integer minSentences, Integer maxSentences, Integer shortNoteSentences, Integer maxParagraphs,
    Integer followUpMinWords, Integer followUpMaxWords,
    Integer cardLines, Integer cardCharsPerLine, Integer cardMaxSentences,
    Integer subjectMaxChars, Double panelSimilarity,
    Integer maxExclamations, Integer maxGushWords, Integer maxAfterthoughtSentences,
    Boolean linkedinPremium, Integer linkedinNoteChars, Integer linkedinNotePremiumChars,
    Integer linkedinMessageChars, Integer inmailBodyChars, Integer inmailSubjectChars,
    Integer decisionBufferBusinessDays, Integer noTimelineBusinessDays, Integer minHoursBetweenNotes,
    Integer maxFollowUps, Integer followUpSpacingBusinessDays,
    List<String> workEmailDomains, Boolean ontarioNotice, Integer ontarioNoticeDays) {

    /** The documented defaults. */
    public static final EtiquetteSettings DEFAULTS = new EtiquetteSettings(null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** Where these settings live in settings.json. */
    public static final SettingsSection<EtiquetteSettings> SECTION =
        new SettingsSection<>("etiquette", EtiquetteSettings.class, DEFAULTS, (own, root) -> {
            if (own != null && !own.isObject()) {
                return own;
            }
            ObjectNode upgraded = own == null ? JsonNodeFactory.instance.objectNode() : (ObjectNode) own;
            int limit = DraftSettings.linkedinLimitIn(root);
            boolean premium = limit > DraftSettings.DEFAULT_LINKEDIN_NOTE_LIMIT;
            upgraded.put("linkedinPremium", premium);
            upgraded.put(premium ? "linkedinNotePremiumChars" : "linkedinNoteChars", limit);
            return upgraded;
        });

    /** Fills missing values with the documented defaults and rejects values that make no sense. */
    public EtiquetteSettings {
        minMinutesAfterInterview = or(minMinutesAfterInterview, 60);
        lateWarningHours = or(lateWarningHours, 24);
        lateErrorHours = or(lateErrorHours, 48);
        businessDayStartHour = or(businessDayStartHour, 8);
        businessDayEndHour = or(businessDayEndHour, 18);
        cardMinDaysToDecision = or(cardMinDaysToDecision, 7);
        thankYouMinWords = or(thankYouMinWords, 100);
        thankYouTargetWords = or(thankYouTargetWords, 200);
        thankYouWarnWords = or(thankYouWarnWords, 250);
        thankYouMaxWords = or(thankYouMaxWords, 400);
        minSentences = or(minSentences, 2);
        maxSentences = or(maxSentences, 8);
        shortNoteSentences = or(shortNoteSentences, 3);
        maxParagraphs = or(maxParagraphs, 4);
        followUpMinWords = or(followUpMinWords, 60);
        followUpMaxWords = or(followUpMaxWords, 150);
        cardLines = or(cardLines, 14);
        cardCharsPerLine = or(cardCharsPerLine, 34);
        cardMaxSentences = or(cardMaxSentences, 4);
        subjectMaxChars = or(subjectMaxChars, 60);
        panelSimilarity = panelSimilarity == null ? Similarity.PANEL_THRESHOLD : panelSimilarity;
        maxExclamations = or(maxExclamations, 1);
        maxGushWords = or(maxGushWords, 2);
        maxAfterthoughtSentences = or(maxAfterthoughtSentences, 1);
        linkedinPremium = linkedinPremium != null && linkedinPremium;
        linkedinNoteChars = or(linkedinNoteChars, 200);
        linkedinNotePremiumChars = or(linkedinNotePremiumChars, 300);
        linkedinMessageChars = or(linkedinMessageChars, 3000);
        inmailBodyChars = or(inmailBodyChars, 1900);
        inmailSubjectChars = or(inmailSubjectChars, 200);
        decisionBufferBusinessDays = or(decisionBufferBusinessDays, 1);
        noTimelineBusinessDays = or(noTimelineBusinessDays, 5);
        minHoursBetweenNotes = or(minHoursBetweenNotes, 24);
        maxFollowUps = or(maxFollowUps, 2);
        followUpSpacingBusinessDays = or(followUpSpacingBusinessDays, 5);
        workEmailDomains = domains(workEmailDomains);
        ontarioNotice = ontarioNotice != null && ontarioNotice;
        ontarioNoticeDays = or(ontarioNoticeDays, 45);
        validate(minMinutesAfterInterview, lateWarningHours, lateErrorHours, businessDayStartHour, businessDayEndHour,
            thankYouMinWords, thankYouTargetWords, thankYouWarnWords, thankYouMaxWords, minSentences, maxSentences,
            panelSimilarity);
        for (Integer v : List.of(cardMinDaysToDecision, shortNoteSentences, maxParagraphs, followUpMinWords,
            followUpMaxWords, cardLines, cardCharsPerLine, cardMaxSentences, subjectMaxChars, maxExclamations,
            maxGushWords, maxAfterthoughtSentences, linkedinNoteChars, linkedinNotePremiumChars, linkedinMessageChars,
            inmailBodyChars, inmailSubjectChars, decisionBufferBusinessDays, noTimelineBusinessDays,
            minHoursBetweenNotes, maxFollowUps, followUpSpacingBusinessDays, ontarioNoticeDays)) {
            if (v < 0) {
                throw new IllegalArgumentException("etiquette settings can't be negative (found " + v + ")");
            }
        }
        if (cardLines < 1 || cardCharsPerLine < 1) {
            throw new IllegalArgumentException("cardLines and cardCharsPerLine must be at least 1");
        }
    }

    private static void validate(int minMinutes, int warnHours, int errorHours, int startHour, int endHour,
                                 int minWords, int targetWords, int warnWords, int maxWords, int minSentences,
                                 int maxSentences,
                                 double similarity) {
        if (minMinutes < 0 || warnHours < 1 || errorHours < warnHours) {
            throw new IllegalArgumentException("timing: need minMinutesAfterInterview >= 0 and "
                + "1 <= lateWarningHours <= lateErrorHours");
        }
        if (startHour < 0 || endHour > 24 || startHour >= endHour) {
            throw new IllegalArgumentException("business hours: need 0 <= businessDayStartHour < "
                + "businessDayEndHour <= 24");
        }
        if (minWords < 0 || minWords > targetWords || targetWords > warnWords || warnWords > maxWords) {
            throw new IllegalArgumentException("length: need thankYouMinWords <= thankYouTargetWords <= "
                + "thankYouWarnWords <= thankYouMaxWords");
        }
        if (minSentences < 0 || minSentences > maxSentences) {
            throw new IllegalArgumentException("sentences: need 0 <= minSentences <= maxSentences");
        }
        if (!(similarity > 0 && similarity <= 1)) {
            throw new IllegalArgumentException("panelSimilarity must be above 0 and at most 1");
        }
    }

    private static Integer or(Integer value, int fallback) {
        return value == null ? Integer.valueOf(fallback) : value;
    }

    private static List<String> domains(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                if (v != null && !v.isBlank()) {
                    String d = v.strip().toLowerCase(Locale.ROOT);
                    out.add(d.startsWith("@") ? d.substring(1) : d);
                }
            }
        }
        return List.copyOf(out);
    }

    /** The connection-note limit that applies to this account. */
    public int linkedinNoteLimit() {
        return linkedinPremium ? linkedinNotePremiumChars : linkedinNoteChars;
    }
}
