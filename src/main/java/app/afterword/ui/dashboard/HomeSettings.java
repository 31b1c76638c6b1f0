// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.dashboard;

import app.afterword.core.interview.InterviewWorkingCopy;
import app.afterword.core.store.SettingsSection;
import app.afterword.ui.common.Page;
import app.afterword.ui.wizard.WizardStep;

/**
 * The "home" part of settings.json: the screen showing when the app was last closed, so the next start can tell
 * a wizard left mid-way from a visit to another screen.
 *
 * @param lastPage the key of the page last shown ("home", "interview"), or null when never recorded
 */
public record HomeSettings(String lastPage) {

    /** The settings part; nothing recorded by default. */
    public static final SettingsSection<HomeSettings> SECTION = new SettingsSection<>("home", HomeSettings.class,
        new HomeSettings(null));

    /**
     * The screen a start opens on. The first start shows the sample interview in the wizard; a later start goes
     * back into the wizard when it was left mid-way (a working copy saved before the last step, with the wizard
     * showing when the app closed); every other start opens Home.
     *
     * @param firstRun true when the sample interview was just added
     * @param copy     the working copy the wizard resumes
     */
    public Page startPage(boolean firstRun, InterviewWorkingCopy copy) {
        if (firstRun) {
            return Page.INTERVIEW;
        }
        boolean midWay = copy != null && copy.savedAt() != null
            && WizardStep.parse(copy.step()) != WizardStep.SEND;
        boolean wizardShowing = lastPage == null || Page.INTERVIEW.key().equals(lastPage);
        return midWay && wizardShowing ? Page.INTERVIEW : Page.HOME;
    }
}
