// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import java.util.Arrays;
import javafx.scene.control.Label;

/**
 * A label that wraps its text and remembers its height for the last width it was asked about. JavaFX lays a wrapped
 * label's text out afresh each time a layout asks for its height, and a column of them is asked several times per
 * pass whenever anything in it changes, such as a word count while someone types. The answer is kept until the width,
 * text, font, graphic, padding or skin changes.
 */
public class WrappingLabel extends Label {

    private final Size pref = new Size();
    private final Size min = new Size();

    /** A wrapping label showing {@code text}. */
    public WrappingLabel(String text) {
        super(text);
        setWrapText(true);
    }

    @Override
    protected double computePrefHeight(double width) {
        return pref.get(width, key(), () -> super.computePrefHeight(width));
    }

    @Override
    protected double computeMinHeight(double width) {
        return min.get(width, key(), () -> super.computeMinHeight(width));
    }

    private Object[] key() {
        return new Object[] {getText(), getFont(), getGraphic(), getInsets(), getLabelPadding(), getLineSpacing(),
            isWrapText(), getGraphicTextGap(), getContentDisplay(), getSkin()};
    }

    /** One remembered height. */
    private static final class Size {
        private double width = Double.NaN;
        private Object[] key;
        private double height;

        double get(double forWidth, Object[] now, java.util.function.DoubleSupplier compute) {
            if (Double.compare(forWidth, width) != 0 || !Arrays.equals(now, key)) {
                height = compute.getAsDouble();
                width = forWidth;
                key = now;
            }
            return height;
        }
    }
}
