// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Whether the notes end with the person's name, and the ways to fix it when they don't: the note and send steps warn
 * about an unsigned note and offer the fix in one click.
 *
 * @param signed   true when the profile or the interview gives a name or signature block to sign with
 * @param addName  goes to the name field the notes are signed with
 * @param editNote goes to the note in the review step, to sign it by hand
 */
public record Signing(ObservableBooleanValue signed, Runnable addName, Runnable editNote) {

    /** Notes that are always signed, for steps used without a profile. */
    public static Signing alwaysSigned() {
        return new Signing(new SimpleBooleanProperty(true), () -> { }, () -> { });
    }
}
