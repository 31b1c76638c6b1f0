// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.theme;

/**
 * The style classes of {@code app.css}. Java code names a class, the stylesheet decides how it looks, so no colour
 * or size is ever written in Java.
 */
public final class AppStyles {

    /** The stylesheet, on the class path. */
    public static final String STYLESHEET = "/app/afterword/ui/theme/app.css";

    /** The stylesheet compiled by the build into JavaFX's binary form, which loads several times faster. */
    public static final String STYLESHEET_COMPILED = "/app/afterword/ui/theme/app.bss";

    public static final String SHELL = "app-shell";
    public static final String HEADER = "app-header";
    public static final String BRAND = "app-brand";
    public static final String HEADER_TITLE = "header-title";
    public static final String SAVE_STATE = "save-state";
    public static final String SAVE_FAILED = "save-failed";
    public static final String FOOTER = "app-footer";
    public static final String SHORTCUT_HINT = "shortcut-hint";
    public static final String NOTICE_LAYER = "notice-layer";
    public static final String ERROR_NOTICE = "error-notice";
    public static final String BANNER = "banner";

    public static final String STEP_BAR = "step-bar";
    public static final String STEP_BUTTON = "step-button";
    public static final String STEP_NUMBER = "step-number";
    public static final String STEP_LINE = "step-line";
    public static final String STEP_CURRENT = "current";
    public static final String STEP_DONE = "done";
    public static final String STEP_LATER = "later";

    public static final String PAGE_SCROLL = "page-scroll";
    public static final String PAGE = "page";
    public static final String PAGE_HEADER = "page-header";
    public static final String PAGE_KICKER = "page-kicker";
    public static final String PAGE_TITLE = "page-title";
    public static final String PAGE_SUBTITLE = "page-subtitle";
    public static final String SECTION = "section";
    public static final String SECTION_TITLE = "section-title";
    public static final String SECTION_HELP = "section-help";
    public static final String FORM_GRID = "form-grid";
    public static final String FIELD = "field";
    public static final String FIELD_LABEL = "field-label";
    public static final String FIELD_OPTIONAL = "field-optional";
    public static final String FIELD_HELP = "field-help";
    public static final String FIELD_ERROR = "field-error";
    /** The line under a field that holds its help or its message, kept when empty. */
    public static final String FIELD_MESSAGE = "field-message";
    /** The list of time zones under the zone field. */
    public static final String ZONE_CHOICES = "zone-choices";
    /** The choice of clock the interview's times are typed on. */
    public static final String CLOCK_CHOICE = "clock-choice";
    public static final String CALLOUT = "callout";
    public static final String ABOUT_YOU = "about-you";
    public static final String CALLOUT_TITLE = "callout-title";
    public static final String CALLOUT_TEXT = "callout-text";
    public static final String SEGMENTED = "segmented";

    public static final String LIST_EDITOR = "list-editor";
    public static final String LIST_ROW = "list-row";
    public static final String LIST_ITEM = "list-item";
    public static final String READS_AS = "reads-as";
    /** A "reads as" line under a plain field rather than a list row. */
    public static final String FIELD_READS_AS = "field-reads-as";
    public static final String LIST_BULLET = "list-bullet";
    public static final String ROW_ACTION = "row-action";

    public static final String TOOLBAR = "page-toolbar";
    public static final String PERSON_CARD = "person-card";
    public static final String PERSON_HEADER = "person-header";
    public static final String PERSON_NAME = "person-name";
    public static final String PERSON_SUBTITLE = "person-subtitle";
    public static final String NAME_SUGGESTION = "name-suggestion";
    public static final String AVATAR = "avatar";
    public static final String PASTE_PANEL = "paste-panel";

    public static final String PLACEHOLDER = "placeholder";
    public static final String PLACEHOLDER_ICON = "placeholder-icon";
    public static final String PLACEHOLDER_TITLE = "placeholder-title";
    public static final String PLACEHOLDER_TEXT = "placeholder-text";
    public static final String PLACEHOLDER_LIST = "placeholder-list";
    public static final String STARTUP_PAGE = "startup-page";
    public static final String STARTUP_PROBLEM = "startup-problem";

    public static final String HELP_LINE = "help-line";
    public static final String PREVIEW_CARD = "preview-card";
    public static final String PREVIEW_SUBJECT = "preview-subject";
    public static final String PREVIEW_BODY = "preview-body";
    public static final String PROBLEM_BANNER = "problem-banner";
    public static final String WARNING_BANNER = "warning-banner";
    public static final String WARNING_BANNER_TEXT = "warning-banner-text";
    public static final String REVIEW_TABS = "review-tabs";
    public static final String REVIEW_BODY = "review-body";
    public static final String REVIEW_EDITOR = "review-editor";
    public static final String REVIEW_SIDE = "review-side";
    public static final String SIDE_CARD = "side-card";
    public static final String SIDE_TITLE = "side-title";
    public static final String SIDE_TEXT = "side-text";
    public static final String FINDING = "finding";
    public static final String FINDING_ERROR = "finding-error";
    public static final String FINDING_WARNING = "finding-warning";
    public static final String FINDING_TIP = "finding-tip";
    public static final String FINDING_TITLE = "finding-title";
    public static final String FINDING_TEXT = "finding-text";
    public static final String OVER_LIMIT = "over-limit";
    public static final String PROOFREAD_STATUS = "proofread-status";
    public static final String ACTION_CARD = "action-card";
    public static final String ACTION_ROW = "action-row";
    public static final String OUTCOME = "outcome";
    public static final String OUTCOME_SUCCESS = "outcome-success";
    public static final String OUTCOME_WARNING = "outcome-warning";
    public static final String TIMELINE_NEXT = "timeline-next";

    public static final String NAV_RAIL = "nav-rail";
    public static final String NAV_ITEM = "nav-item";
    public static final String PAGE_HOST = "page-host";

    // Proofreading editor
    public static final String PROOFREAD_EDITOR = "proofread-editor";
    public static final String ISSUE_SPELLING = "issue-spelling";
    public static final String ISSUE_GRAMMAR = "issue-grammar";
    public static final String ISSUE_STYLE = "issue-style";
    public static final String ISSUE_POPUP = "issue-popup";
    public static final String ISSUE_MESSAGE = "issue-message";
    public static final String ISSUE_SUGGESTION = "issue-suggestion";
    public static final String EDITOR_PROBLEM = "editor-problem";

    // Home
    public static final String HOME_TOOLBAR = "home-toolbar";
    public static final String HOME_SEARCH = "home-search";
    public static final String HOME_LIST = "home-list";
    public static final String HOME_ROW = "home-row";
    public static final String HOME_ROW_MAIN = "home-row-main";
    public static final String HOME_ROW_TITLE = "home-row-title";
    public static final String HOME_ROW_ROLE = "home-row-role";
    public static final String HOME_ROW_META = "home-row-meta";
    public static final String HOME_ROW_STATE = "home-row-state";
    public static final String HOME_NEXT = "home-next";
    public static final String HOME_OVERDUE = "home-overdue";
    public static final String STATUS_CHIP = "status-chip";
    public static final String STATUS_ARCHIVED = "status-archived";
    public static final String STATUS_CLOSED = "status-closed";
    public static final String STATUS_SAMPLE = "status-sample";
    public static final String STATUS_DRAFT = "status-draft";
    public static final String SAMPLE_BANNER = "sample-banner";
    public static final String UNDO_BAR = "undo-bar";
    public static final String HOME_NO_MATCH = "home-no-match";
    public static final String HOME_EMPTY = "home-empty";

    // Follow-ups
    public static final String AGENDA = "agenda";
    public static final String AGENDA_GROUP = "agenda-group";
    public static final String AGENDA_GROUP_TITLE = "agenda-group-title";
    public static final String AGENDA_CARD = "agenda-card";
    public static final String AGENDA_OVERDUE = "agenda-overdue";
    public static final String AGENDA_TODAY = "agenda-today";
    public static final String AGENDA_UPCOMING = "agenda-upcoming";
    public static final String AGENDA_ICON = "agenda-icon";
    public static final String AGENDA_TITLE = "agenda-title";
    public static final String AGENDA_WHEN = "agenda-when";
    public static final String AGENDA_REASON = "agenda-reason";
    public static final String AGENDA_CLEAR = "agenda-clear";

    // Templates
    public static final String TEMPLATES_PAGE = "templates-page";
    public static final String TEMPLATES_SIDE = "templates-side";
    public static final String TEMPLATES_LIST = "templates-list";
    public static final String TEMPLATES_MAIN = "templates-main";
    public static final String TEMPLATES_SPLIT = "templates-split";
    public static final String TEMPLATES_PANE = "templates-pane";
    public static final String TEMPLATES_EDITOR = "templates-editor";
    public static final String TEMPLATES_UNSAVED = "templates-unsaved";
    public static final String TEMPLATES_ERRORS = "templates-errors";
    public static final String TEMPLATES_ERROR = "templates-error";
    public static final String TEMPLATES_ERROR_SCROLL = "templates-error-scroll";
    public static final String TEMPLATES_CHECK = "templates-check";
    public static final String TEMPLATES_PREVIEW_SCROLL = "templates-preview-scroll";
    public static final String TEMPLATES_STATUS = "templates-status";
    public static final String TEMPLATES_STATUS_TEXT = "templates-status-text";
    public static final String TEMPLATES_STATUS_PROBLEM = "templates-status-problem";
    public static final String TEMPLATES_ITEM = "templates-item";
    public static final String TEMPLATES_ITEM_TITLE = "templates-item-title";
    public static final String TEMPLATES_ITEM_FACTS = "templates-item-facts";
    public static final String TEMPLATES_ITEM_TEXT = "templates-item-text";

    // Coach
    public static final String COACH_PAGE = "coach-page";
    public static final String COACH_LIST_PANE = "coach-list-pane";
    public static final String COACH_LIST = "coach-list";
    public static final String COACH_SCENARIO_TITLE = "coach-scenario-title";
    public static final String COACH_SCENARIO_RULES = "coach-scenario-rules";
    public static final String COACH_MAIN = "coach-main";
    public static final String COACH_TOP = "coach-top";
    public static final String COACH_COLUMNS = "coach-columns";
    public static final String COACH_COLUMN = "coach-column";
    public static final String COACH_COLUMN_TITLE = "coach-column-title";
    public static final String COACH_COLUMN_WEAK = "coach-column-weak";
    public static final String COACH_COLUMN_STRONG = "coach-column-strong";
    public static final String COACH_COUNT = "coach-count";
    public static final String COACH_COUNT_CLEAN = "coach-count-clean";
    public static final String COACH_SUBJECT = "coach-subject";
    public static final String COACH_NOTE = "coach-note";
    public static final String COACH_FINDINGS = "coach-findings";
    public static final String COACH_FINDING_SELECTED = "coach-finding-selected";
    public static final String COACH_MARK_ERROR = "coach-mark-error";
    public static final String COACH_MARK_WARNING = "coach-mark-warning";
    public static final String COACH_MARK_TIP = "coach-mark-tip";
    public static final String COACH_MARK_SELECTED = "coach-mark-selected";
    public static final String COACH_WHY = "coach-why";
    public static final String COACH_WHY_LABEL = "coach-why-label";
    public static final String COACH_PRESENTING = "coach-presenting";
    public static final String COACH_PRESENT_BAR = "coach-present-bar";
    public static final String COACH_PRESENT_HINT = "coach-present-hint";

    // Settings
    public static final String SETTINGS_LIST = "settings-list";
    public static final String SETTINGS_CHIP = "settings-chip";
    public static final String SETTINGS_EMPTY = "settings-empty";

    // Your data
    public static final String DATA_PATH = "data-path";
    public static final String DATA_TABLE = "data-table";
    public static final String DATA_CELL = "data-cell";
    public static final String DATA_CELL_HEAD = "data-cell-head";
    public static final String DANGER_CARD = "danger-card";
    public static final String DANGER_TITLE = "danger-title";

    private AppStyles() {
    }
}
