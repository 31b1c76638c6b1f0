// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.ui.common.FormField;
import java.util.List;

/** What the wizard asks of each step's ViewModel: check the input before moving on. */
public interface StepModel {

    /** A step with nothing to check yet (the steps whose services arrive later). */
    StepModel NOTHING_TO_CHECK = new StepModel() {
        @Override
        public List<FormField> validate() {
            return List.of();
        }

        @Override
        public boolean isValid() {
            return true;
        }
    };

    /** Checks every input and shows the messages; returns the fields with problems in screen order. */
    List<FormField> validate();

    /** True when nothing needs fixing; shows nothing. */
    boolean isValid();
}
