// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.skin.LabelSkin;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A wrapping label measures like a plain one, and stops laying its text out again when nothing changed. */
@ExtendWith(ApplicationExtension.class)
class WrappingLabelTest {

    private static final String TEXT = "A thank-you note sent within a day reads as keen; one sent a week later reads "
        + "as an afterthought, however well it is written.";

    private WrappingLabel cached;
    private Label plain;
    private final int[] measured = new int[1];

    @Start
    void start(Stage stage) {
        cached = new WrappingLabel(TEXT);
        plain = new Label(TEXT);
        plain.setWrapText(true);
        // counts how often the text is really laid out to answer a height question
        cached.setSkin(new LabelSkin(cached) {
            @Override
            protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
                measured[0]++;
                return super.computePrefHeight(width, top, right, bottom, left);
            }
        });
        stage.setScene(new Scene(new VBox(cached, plain), 300, 400));
        stage.show();
    }

    private double[] heights(Label l, double width) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> new double[] {l.prefHeight(width), l.minHeight(width)})
            .get();
    }

    @Test
    void measuresLikeAPlainWrappingLabelAtEveryWidth() throws Exception {
        for (double width : new double[] {120, 200, 300, 800, -1}) {
            assertThat(heights(cached, width)).containsExactly(heights(plain, width));
        }
    }

    @Test
    void askingAgainForTheSameWidthDoesNotLayTheTextOutAgain() throws Exception {
        heights(cached, 240);
        int once = measured[0];
        for (int i = 0; i < 5; i++) {
            heights(cached, 240);
        }
        assertThat(measured[0]).isEqualTo(once);
        heights(cached, 260);
        assertThat(measured[0]).isEqualTo(once + 1);
    }

    @Test
    void aNewTextFontOrWidthIsMeasuredAgain() throws Exception {
        double narrow = heights(cached, 120)[0];
        double wide = heights(cached, 600)[0];
        assertThat(narrow).isGreaterThan(wide);
        assertThat(heights(cached, 120)[0]).isEqualTo(narrow);

        WaitForAsyncUtils.asyncFx(() -> cached.setText(TEXT + " " + TEXT)).get();
        assertThat(heights(cached, 120)[0]).isGreaterThan(narrow);

        WaitForAsyncUtils.asyncFx(() -> cached.setText(TEXT)).get();
        WaitForAsyncUtils.asyncFx(() -> cached.setFont(Font.font(cached.getFont().getSize() * 2))).get();
        WaitForAsyncUtils.asyncFx(() -> plain.setFont(Font.font(plain.getFont().getSize() * 2))).get();
        assertThat(heights(cached, 120)[0]).isGreaterThan(narrow).isEqualTo(heights(plain, 120)[0]);
    }
}
