// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import java.util.Locale;

/**
 * The ids of interactive controls. They are stable, so UI tests, accessibility tools and the CSS can find a control
 * by name; tests use these constants instead of repeating strings.
 */
public final class NodeIds {

    // Window
    public static final String HEADER_TITLE = "headerTitle";
    public static final String SAVE_STATE = "saveState";
    public static final String SAVE_RETRY = "saveRetry";
    public static final String NEW_INTERVIEW = "newInterview";
    public static final String THEME_MENU = "themeMenu";
    public static final String THEME_SYSTEM = "themeSystem";
    public static final String THEME_LIGHT = "themeLight";
    public static final String THEME_DARK = "themeDark";
    public static final String ERROR_NOTICE = "errorNotice";
    public static final String STARTUP_PROBLEM = "startupProblem";

    // Wizard frame
    public static final String WIZARD_BACK = "wizardBack";
    public static final String WIZARD_NEXT = "wizardNext";
    public static final String WIZARD_PAGE = "wizardPage";
    public static final String WIZARD_NOTICE = "wizardNotice";
    public static final String WIZARD_SAMPLE = "wizardSample";
    public static final String WIZARD_REMOVE_SAMPLE = "wizardRemoveSample";

    // Step 1: interview
    public static final String COMPANY = "company";
    public static final String ROLE = "role";
    public static final String DATE = "interviewDate";
    public static final String DATE_PICK = "interviewDatePick";
    public static final String START = "startTime";
    public static final String END = "endTime";
    public static final String TIME_ZONE = "timeZone";
    public static final String TIME_ZONE_LIST = "timeZoneList";
    public static final String TIME_ZONE_CHOICES = "timeZoneChoices";
    public static final String CLOCK_YOURS = "clockYours";
    public static final String CLOCK_THEIRS = "clockTheirs";
    public static final String FORMAT_ONSITE = "formatOnsite";
    public static final String FORMAT_VIDEO = "formatVideo";
    public static final String FORMAT_PHONE = "formatPhone";
    public static final String DECISION = "decisionDate";
    public static final String DECISION_PICK = "decisionDatePick";
    public static final String ABOUT_YOU = "aboutYou";
    public static final String ABOUT_NAME = "aboutName";
    public static final String ABOUT_CAPITALISE = "aboutCapitalise";
    public static final String ABOUT_SIGN_OFF = "aboutSignOff";
    public static final String ABOUT_PHONE = "aboutPhone";
    public static final String ABOUT_EMAIL = "aboutEmail";

    // Step 2: people
    public static final String ADD_PERSON = "addPerson";
    public static final String ADD_PERSON_BELOW = "addPersonBelow";
    public static final String PASTE_PEOPLE = "pastePeople";
    public static final String PASTE_TEXT = "pasteText";
    public static final String PASTE_ADD = "pasteAdd";
    public static final String PASTE_CANCEL = "pasteCancel";
    public static final String UNDO_REMOVE = "undoRemove";

    // Step 3: conversation
    public static final String TOPICS = "topics";
    public static final String SKILLS = "skills";
    public static final String CLARIFICATIONS = "clarifications";
    public static final String IDEAS = "ideas";

    // Step 4: note
    public static final String NOTE_KIND = "noteKind";
    public static final String NOTE_MEDIUM = "noteMedium";
    public static final String NOTE_TONE = "noteTone";
    public static final String NOTE_TONE_NOTICE = "noteToneNotice";
    public static final String NOTE_TEMPLATE = "noteTemplate";
    public static final String NOTE_RECIPIENT = "noteRecipient";
    public static final String NOTE_PREVIEW = "notePreview";
    public static final String NOTE_PROBLEM = "noteProblem";
    public static final String NOTE_UNSIGNED = "noteUnsigned";
    public static final String NOTE_LEFT_OUT = "noteLeftOut";
    public static final String NOTE_TIMING = "noteTiming";
    public static final String NOTE_ADD_NAME = "noteAddName";
    public static final String NOTE_AUDIENCE = "noteAudience";
    public static final String NOTE_AUDIENCE_CHANGE = "noteAudienceChange";
    public static final String NOTE_CONTACT = "noteContact";

    // Step 5: review
    public static final String REVIEW_TABS = "reviewTabs";
    public static final String REVIEW_PROOFREAD = "reviewProofread";
    public static final String REVIEW_WINDOW = "reviewWindow";
    public static final String REVIEW_PROBLEM = "reviewProblem";

    // Step 6: send
    public static final String SEND_RECIPIENT = "sendRecipient";
    public static final String SEND_COPY = "sendCopy";
    public static final String SEND_COPY_SUBJECT = "sendCopySubject";
    public static final String SEND_OPEN_MAIL = "sendOpenMail";
    public static final String SEND_SAVE_EML = "sendSaveEml";
    public static final String SEND_SAVE_CARD = "sendSaveCard";
    public static final String SEND_COPY_LINKEDIN = "sendCopyLinkedIn";
    public static final String SEND_MARK_SENT = "sendMarkSent";
    public static final String SEND_OUTCOME = "sendOutcome";
    public static final String SEND_UNSIGNED = "sendUnsigned";
    public static final String SEND_FIX_SIGNATURE = "sendFixSignature";
    public static final String SEND_MANUAL_COPY = "sendManualCopy";
    public static final String SEND_FALLBACK_COPY = "sendFallbackCopy";
    public static final String SEND_FALLBACK_EML = "sendFallbackEml";
    public static final String SEND_TIMELINE = "sendTimeline";

    // Proofreading editor
    public static final String ISSUE_POPUP = "issuePopup";
    public static final String ISSUE_MENU = "issueMenu";

    /** The button of suggestion {@code index} in the issue popup. */
    public static String issueSuggestion(int index) {
        return "issueSuggestion" + index;
    }

    /** The proofreading problem line under note {@code index}. */
    public static String reviewNoteProblem(int index) {
        return "reviewNoteProblem" + index;
    }

    // Home
    public static final String HOME_SEARCH = "homeSearch";
    public static final String HOME_FILTER_ACTIVE = "homeFilterActive";
    public static final String HOME_FILTER_ARCHIVED = "homeFilterArchived";
    public static final String HOME_FILTER_ALL = "homeFilterAll";
    public static final String HOME_NEW = "homeNew";
    public static final String HOME_OUTCOME = "homeOutcome";
    public static final String HOME_UNDO = "homeUndo";
    public static final String HOME_UNDO_TEXT = "homeUndoText";
    public static final String HOME_EMPTY = "homeEmpty";
    public static final String HOME_EMPTY_NEW = "homeEmptyNew";
    public static final String HOME_NO_MATCH = "homeNoMatch";
    public static final String HOME_AGENDA_CLEAR = "homeAgendaClear";
    public static final String HOME_SCROLL = "homeScroll";

    /** The card of an interview in Home's list: "homeRow-acme-designer-2026-11-20". */
    public static String homeRow(String interviewId) {
        return "homeRow-" + interviewId;
    }

    /** The "Open" button of an interview's card. */
    public static String homeOpen(String interviewId) {
        return "homeOpen-" + interviewId;
    }

    /** The "Remove sample" button on the sample interview's card. */
    public static String homeRemoveSample(String interviewId) {
        return "homeRemoveSample-" + interviewId;
    }

    /** The menu of more actions on an interview's card. */
    public static String homeMenu(String interviewId) {
        return "homeMenu-" + interviewId;
    }

    // Follow-ups
    public static final String HOME_EXPORT_PLAN = "homeExportPlan";

    /** The "Draft …" button of an interview's agenda card: "agendaDraft-acme-designer-2026-11-20". */
    public static String agendaDraft(String interviewId) {
        return "agendaDraft-" + interviewId;
    }

    // Templates
    public static final String TEMPLATES_SEARCH = "templatesSearch";
    public static final String TEMPLATES_FILTER = "templatesFilter";
    public static final String TEMPLATES_LIST = "templatesList";
    public static final String TEMPLATES_NEW = "templatesNew";
    public static final String TEMPLATES_IMPORT = "templatesImport";
    public static final String TEMPLATES_TITLE = "templatesTitle";
    public static final String TEMPLATES_DUPLICATE = "templatesDuplicate";
    public static final String TEMPLATES_EXPORT = "templatesExport";
    public static final String TEMPLATES_DELETE = "templatesDelete";
    public static final String TEMPLATES_SAVE = "templatesSave";
    public static final String TEMPLATES_READ_ONLY = "templatesReadOnly";
    public static final String TEMPLATES_EDITOR = "templatesEditor";
    public static final String TEMPLATES_ERRORS = "templatesErrors";
    public static final String TEMPLATES_CHECK = "templatesCheck";
    public static final String TEMPLATES_INTERVIEW = "templatesInterview";
    public static final String TEMPLATES_RECIPIENT = "templatesRecipient";
    public static final String TEMPLATES_PREVIEW = "templatesPreview";
    public static final String TEMPLATES_PREVIEW_PROBLEM = "templatesPreviewProblem";
    public static final String TEMPLATES_STATUS = "templatesStatus";
    public static final String TEMPLATES_UNDO = "templatesUndo";
    public static final String TEMPLATES_STATUS_CLOSE = "templatesStatusClose";

    /** The "New" menu item of a kind on the templates screen: "templatesNewThankYou". */
    public static String templatesNew(String kindId) {
        StringBuilder sb = new StringBuilder(TEMPLATES_NEW);
        for (String part : kindId.split("-")) {
            sb.append(capitalised(part));
        }
        return sb.toString();
    }

    /** Problem {@code index} (0-based) under the template editor: "templatesError1". */
    public static String templatesError(int index) {
        return "templatesError" + (index + 1);
    }

    // Coach
    public static final String COACH_SCENARIOS = "coachScenarios";
    public static final String COACH_TITLE = "coachTitle";
    public static final String COACH_PRESENT = "coachPresent";
    public static final String COACH_HANDOUT = "coachHandout";
    public static final String COACH_OUTCOME = "coachOutcome";
    public static final String COACH_PROBLEM = "coachProblem";
    public static final String COACH_WHY_TITLE = "coachWhyTitle";
    public static final String COACH_WHY = "coachWhy";
    public static final String COACH_TRY = "coachTry";
    public static final String COACH_PRESENTATION = "coachPresentation";
    public static final String COACH_SHOW_WHY = "coachShowWhy";

    /** A note's text on the coach page ("coachWeakNote"), or in presentation mode ("coachShowWeakNote"). */
    public static String coachNote(String side, boolean presenting) {
        return (presenting ? "coachShow" : "coach") + capitalised(side) + "Note";
    }

    /** The problem count above a note on the coach page: "coachWeakCount". */
    public static String coachCount(String side) {
        return "coach" + capitalised(side) + "Count";
    }

    /** Finding {@code index} (0-based) in a note's list on the coach page: "coachWeakFinding1". */
    public static String coachFinding(String side, int index) {
        return "coach" + capitalised(side) + "Finding" + (index + 1);
    }

    // Settings
    public static final String SETTINGS_PAGE = "settingsPage";
    public static final String SETTINGS_NAME = "settingsName";
    public static final String SETTINGS_EMAIL = "settingsEmail";
    public static final String SETTINGS_PHONE = "settingsPhone";
    public static final String SETTINGS_LINKEDIN = "settingsLinkedin";
    public static final String SETTINGS_SIGNATURE = "settingsSignature";
    public static final String SETTINGS_SIGN_OFF = "settingsSignOff";
    public static final String SETTINGS_LANGUAGE = "settingsLanguage";
    public static final String SETTINGS_LINKEDIN_LIMIT = "settingsLinkedinLimit";
    public static final String SETTINGS_CARD_SIZE = "settingsCardSize";
    public static final String SETTINGS_HOLIDAY_INPUT = "settingsHolidayInput";
    public static final String SETTINGS_HOLIDAY_ADD = "settingsHolidayAdd";
    public static final String SETTINGS_HOLIDAYS = "settingsHolidays";
    public static final String SETTINGS_DICTIONARY = "settingsDictionary";
    public static final String SETTINGS_RULES = "settingsRules";
    public static final String SETTINGS_UNDO = "settingsUndo";
    public static final String SETTINGS_THEME_SYSTEM = "settingsThemeSystem";
    public static final String SETTINGS_THEME_LIGHT = "settingsThemeLight";
    public static final String SETTINGS_THEME_DARK = "settingsThemeDark";

    /** The input of one etiquette threshold: "settingsThreshold-lateWarningHours". */
    public static String settingsThreshold(String key) {
        return "settingsThreshold-" + key;
    }

    /** The remove button of one row of a settings list: "settingsDictionary-remove-2". */
    public static String settingsRemove(String list, int index) {
        return list + "-remove-" + index;
    }

    // Your data
    public static final String DATA_PAGE = "dataPage";
    public static final String DATA_FOLDER = "dataFolder";
    public static final String DATA_OPEN_FOLDER = "dataOpenFolder";
    public static final String DATA_COPY_PATH = "dataCopyPath";
    public static final String DATA_TABLE = "dataTable";
    public static final String DATA_SUMMARY = "dataSummary";
    public static final String DATA_EXPORT = "dataExport";
    public static final String DATA_DELETE = "dataDelete";
    public static final String DATA_CONFIRM_TEXT = "dataConfirmText";
    public static final String DATA_CONFIRM_DELETE = "dataConfirmDelete";
    public static final String DATA_CONFIRM_CANCEL = "dataConfirmCancel";
    public static final String DATA_OUTCOME = "dataOutcome";

    private NodeIds() {
    }

    /** The button of a screen in the navigation rail: "navHome". */
    public static String nav(Page page) {
        return "nav" + capitalised(page.key());
    }

    /** The button of a step in the step indicator: "stepPeople". */
    public static String step(String stepKey) {
        return "step" + capitalised(stepKey);
    }

    /** A placeholder page: "placeholderNote". */
    public static String placeholder(String stepKey) {
        return "placeholder" + capitalised(stepKey);
    }

    /** A field on the card of person {@code index} (0-based): "person1Name". */
    public static String person(int index, String field) {
        return "person" + (index + 1) + capitalised(field);
    }

    /** Row {@code index} (0-based) of a list: "topics1". */
    public static String listRow(String list, int index) {
        return list + (index + 1);
    }

    /** The remove button of row {@code index} of a list: "topics1Remove". */
    public static String listRowRemove(String list, int index) {
        return listRow(list, index) + "Remove";
    }

    /** The add button of a list: "topicsAdd". */
    public static String listAdd(String list) {
        return list + "Add";
    }

    /** A tone button of the note step: "noteToneWarm". */
    public static String noteTone(String tone) {
        return NOTE_TONE + capitalised(tone);
    }

    /** The "copy" box of person {@code index} (0-based) among those the note step offers to copy: "noteCopy1". */
    public static String noteCopy(int index) {
        return "noteCopy" + (index + 1);
    }

    /** The editor of note {@code index} (0-based) in the review step: "reviewNote1". */
    public static String reviewNote(int index) {
        return "reviewNote" + (index + 1);
    }

    /** The subject field of note {@code index}: "reviewSubject1". */
    public static String reviewSubject(int index) {
        return "reviewSubject" + (index + 1);
    }

    /** The findings list of note {@code index}: "reviewFindings1". */
    public static String reviewFindings(int index) {
        return "reviewFindings" + (index + 1);
    }

    /** The "draft again" button of note {@code index}: "reviewRedraft1". */
    public static String reviewRedraft(int index) {
        return "reviewRedraft" + (index + 1);
    }

    /** The counts line of note {@code index}: "reviewCounts1". */
    public static String reviewCounts(int index) {
        return "reviewCounts" + (index + 1);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
