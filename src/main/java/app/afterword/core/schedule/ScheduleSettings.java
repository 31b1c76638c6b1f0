// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.schedule;

import app.afterword.core.store.SettingsSection;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every number of the follow-up timeline, as the {@code "schedule"} part of settings.json. The defaults are the
 * conventions of published career advice (rules T1–T5 and F1–F8); they are conventions, not laws, so each one is a
 * setting. A field left out of the file takes its default, so a person can write just {@code {"holidays": [...]}}.
 * Fields a newer version adds are kept and written back.
 *
 * @param businessDayStart      when the recipients' working day starts (T3); default 08:00
 * @param businessDayEnd        when it ends (T3); default 18:00
 * @param morningCutoff         a thank-you that misses the same day should arrive before this time on the next
 *                              business day (T3, T4); default 09:00
 * @param weekend               days that are not business days; default Saturday and Sunday
 * @param holidays              public holidays, edited by the user (no calendar is downloaded)
 * @param thankYouEarliestMinutes minutes to wait after the interview ends so the note does not read as pre-written
 *                              (T2); default 60
 * @param thankYouTargetHours   send the thank-you within this many hours (T1); default 24
 * @param thankYouDeadlineHours the hard deadline for the thank-you (T1); default 48
 * @param decisionBufferMinDays first follow-up: business days after the stated decision date, at least (F2);
 *                              default 1
 * @param decisionBufferMaxDays ... and at most (F2); default 2
 * @param noDecisionMinDays     first follow-up without a decision date: business days after the interview, at
 *                              least (F3); default 5
 * @param noDecisionMaxDays     ... and at most (F3); default 7
 * @param secondFollowUpMinDays second follow-up: business days after the first, at least (F5); default 5
 * @param secondFollowUpMaxDays ... and at most (F5); default 7
 * @param followUpGapHours      no follow-up within this many hours of the thank-you (F4); default 24
 * @param maxFollowUps          follow-ups after the thank-you before the application is closed (F5): 0, 1 or 2;
 *                              default 2
 * @param closeAfterMinDays     business days after the last follow-up before closing it as "no answer", at least;
 *                              default 5
 * @param closeAfterMaxDays     ... and at most; default 10
 * @param cardDecisionDays      a decision expected within this many days of the interview makes a mailed card
 *                              risky (T5); default 7
 * @param reminderMinutes       calendar reminders ring this many minutes before a step; default 15
 * @param eventMinutes          length of each calendar event; default 30
 * @param decisionNoticeDays    optional: days within which a local rule obliges the employer to report a decision
 *                              (F8, e.g. 45); null (off) by default
 * @param assumedInterviewMinutes how long an interview is taken to last when its file gives no end time; default 60
 * @param extra                 fields of a newer version, kept and written back
 */
public record ScheduleSettings(
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime businessDayStart,
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime businessDayEnd,
    @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "HH:mm") LocalTime morningCutoff,
    Set<DayOfWeek> weekend,
    List<LocalDate> holidays,
    Integer thankYouEarliestMinutes,
    Integer thankYouTargetHours,
    Integer thankYouDeadlineHours,
    Integer decisionBufferMinDays,
    Integer decisionBufferMaxDays,
    Integer noDecisionMinDays,
    Integer noDecisionMaxDays,
    Integer secondFollowUpMinDays,
    Integer secondFollowUpMaxDays,
    Integer followUpGapHours,
    Integer maxFollowUps,
    Integer closeAfterMinDays,
    Integer closeAfterMaxDays,
    Integer cardDecisionDays,
    Integer reminderMinutes,
    Integer eventMinutes,
    Integer decisionNoticeDays,
    Integer assumedInterviewMinutes,
    @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /** The most holidays kept; a longer list is a mistake (a pasted file), not a calendar. */
    public static final int MAX_HOLIDAYS = 1_000;

    /** The documented defaults. */
    public static final ScheduleSettings DEFAULTS = new ScheduleSettings(null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** The {@code "schedule"} part of settings.json. */
    public static final SettingsSection<ScheduleSettings> SECTION =
        new SettingsSection<>("schedule", ScheduleSettings.class, DEFAULTS);

    /** Fills missing values with the defaults and rejects values that cannot make a timeline, naming the field. */
    public ScheduleSettings {
        businessDayStart = businessDayStart == null ? LocalTime.of(8, 0) : businessDayStart;
        businessDayEnd = businessDayEnd == null ? LocalTime.of(18, 0) : businessDayEnd;
        morningCutoff = morningCutoff == null ? LocalTime.of(9, 0) : morningCutoff;
        if (!businessDayEnd.isAfter(businessDayStart)) {
            throw new IllegalArgumentException("schedule.businessDayEnd (" + businessDayEnd
                + ") must be later than businessDayStart (" + businessDayStart + ")");
        }
        if (!morningCutoff.isAfter(businessDayStart) || morningCutoff.isAfter(businessDayEnd)) {
            throw new IllegalArgumentException("schedule.morningCutoff (" + morningCutoff
                + ") must be after businessDayStart and no later than businessDayEnd (" + businessDayStart + "–"
                + businessDayEnd + ")");
        }
        weekend = weekend == null ? EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY) : weekend;
        if (weekend.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("schedule.weekend has an empty entry");
        }
        if (weekend.size() >= DayOfWeek.values().length) {
            throw new IllegalArgumentException("schedule.weekend must leave at least one business day in the week");
        }
        weekend = Collections.unmodifiableSet(weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class)
            : EnumSet.copyOf(weekend));
        holidays = holidays == null ? List.of() : holidays;
        if (holidays.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("schedule.holidays has an empty entry; write dates like \"2026-12-25\"");
        }
        if (holidays.size() > MAX_HOLIDAYS) {
            throw new IllegalArgumentException("schedule.holidays has more than " + MAX_HOLIDAYS + " dates");
        }
        holidays = List.copyOf(new TreeSet<>(holidays));
        thankYouEarliestMinutes = value(thankYouEarliestMinutes, 60, 0, 24 * 60, "thankYouEarliestMinutes");
        thankYouTargetHours = value(thankYouTargetHours, 24, 1, 14 * 24, "thankYouTargetHours");
        thankYouDeadlineHours = value(thankYouDeadlineHours, 48, 1, 14 * 24, "thankYouDeadlineHours");
        order(thankYouTargetHours, thankYouDeadlineHours, "thankYouTargetHours", "thankYouDeadlineHours");
        decisionBufferMinDays = value(decisionBufferMinDays, 1, 0, 60, "decisionBufferMinDays");
        decisionBufferMaxDays = value(decisionBufferMaxDays, 2, 0, 60, "decisionBufferMaxDays");
        order(decisionBufferMinDays, decisionBufferMaxDays, "decisionBufferMinDays", "decisionBufferMaxDays");
        noDecisionMinDays = value(noDecisionMinDays, 5, 1, 60, "noDecisionMinDays");
        noDecisionMaxDays = value(noDecisionMaxDays, 7, 1, 60, "noDecisionMaxDays");
        order(noDecisionMinDays, noDecisionMaxDays, "noDecisionMinDays", "noDecisionMaxDays");
        secondFollowUpMinDays = value(secondFollowUpMinDays, 5, 1, 60, "secondFollowUpMinDays");
        secondFollowUpMaxDays = value(secondFollowUpMaxDays, 7, 1, 60, "secondFollowUpMaxDays");
        order(secondFollowUpMinDays, secondFollowUpMaxDays, "secondFollowUpMinDays", "secondFollowUpMaxDays");
        followUpGapHours = value(followUpGapHours, 24, 0, 14 * 24, "followUpGapHours");
        maxFollowUps = value(maxFollowUps, 2, 0, 2, "maxFollowUps");
        closeAfterMinDays = value(closeAfterMinDays, 5, 1, 60, "closeAfterMinDays");
        closeAfterMaxDays = value(closeAfterMaxDays, 10, 1, 60, "closeAfterMaxDays");
        order(closeAfterMinDays, closeAfterMaxDays, "closeAfterMinDays", "closeAfterMaxDays");
        cardDecisionDays = value(cardDecisionDays, 7, 0, 60, "cardDecisionDays");
        reminderMinutes = value(reminderMinutes, 15, 0, 7 * 24 * 60, "reminderMinutes");
        eventMinutes = value(eventMinutes, 30, 5, 24 * 60, "eventMinutes");
        if (decisionNoticeDays != null && (decisionNoticeDays < 1 || decisionNoticeDays > 365)) {
            throw new IllegalArgumentException("schedule.decisionNoticeDays must be between 1 and 365, or left out");
        }
        assumedInterviewMinutes = value(assumedInterviewMinutes, 60, 0, 24 * 60, "assumedInterviewMinutes");
        extra = extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    private static int value(Integer v, int fallback, int min, int max, String field) {
        int x = v == null ? fallback : v;
        if (x < min || x > max) {
            throw new IllegalArgumentException("schedule." + field + " must be between " + min + " and " + max
                + " (it is " + x + ")");
        }
        return x;
    }

    private static void order(int low, int high, String lowField, String highField) {
        if (low > high) {
            throw new IllegalArgumentException("schedule." + lowField + " (" + low + ") must not be more than "
                + highField + " (" + high + ")");
        }
    }

    /** These settings with another list of public holidays (the settings screen edits the list this way). */
    public ScheduleSettings withHolidays(List<LocalDate> newHolidays) {
        return new ScheduleSettings(businessDayStart, businessDayEnd, morningCutoff, weekend,
            new ArrayList<>(newHolidays == null ? List.of() : newHolidays), thankYouEarliestMinutes,
            thankYouTargetHours, thankYouDeadlineHours, decisionBufferMinDays, decisionBufferMaxDays,
            noDecisionMinDays, noDecisionMaxDays, secondFollowUpMinDays, secondFollowUpMaxDays, followUpGapHours,
            maxFollowUps, closeAfterMinDays, closeAfterMaxDays, cardDecisionDays, reminderMinutes, eventMinutes,
            decisionNoticeDays, assumedInterviewMinutes, extra);
    }

    /** These settings with another limit on follow-ups (0, 1 or 2). */
    public ScheduleSettings withMaxFollowUps(int max) {
        return new ScheduleSettings(businessDayStart, businessDayEnd, morningCutoff, weekend, holidays,
            thankYouEarliestMinutes, thankYouTargetHours, thankYouDeadlineHours, decisionBufferMinDays,
            decisionBufferMaxDays, noDecisionMinDays, noDecisionMaxDays, secondFollowUpMinDays, secondFollowUpMaxDays,
            followUpGapHours, max, closeAfterMinDays, closeAfterMaxDays, cardDecisionDays, reminderMinutes,
            eventMinutes, decisionNoticeDays, assumedInterviewMinutes, extra);
    }

    /** These settings with the optional decision-notice rule (F8) on ({@code days}) or off (null). */
    public ScheduleSettings withDecisionNoticeDays(Integer days) {
        return new ScheduleSettings(businessDayStart, businessDayEnd, morningCutoff, weekend, holidays,
            thankYouEarliestMinutes, thankYouTargetHours, thankYouDeadlineHours, decisionBufferMinDays,
            decisionBufferMaxDays, noDecisionMinDays, noDecisionMaxDays, secondFollowUpMinDays, secondFollowUpMaxDays,
            followUpGapHours, maxFollowUps, closeAfterMinDays, closeAfterMaxDays, cardDecisionDays, reminderMinutes,
            eventMinutes, days, assumedInterviewMinutes, extra);
    }
}
