// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The icon font can be loaded off the UI thread, as the app does while it builds its first frame. */
@ExtendWith(ApplicationExtension.class)
class IconsTest {

    @Start
    void start(Stage stage) {
        // the toolkit is up, as it is when the app's init() runs
    }

    @Test
    void preloadingOffTheUiThreadLeavesIconsThatUseTheIconFont() throws Exception {
        AtomicReference<Throwable> failed = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                Icons.preload();
            } catch (Throwable e) {
                failed.set(e);
            }
        }, "icons-test");
        t.start();
        t.join(30_000);
        assertThat(failed.get()).isNull();

        assertThat(Font.getFamilies()).anyMatch(f -> f.toLowerCase(java.util.Locale.ROOT).contains("feather"));
        FontIcon icon = WaitForAsyncUtils.asyncFx(() -> Icons.of(Feather.HOME, "x")).get();
        assertThat(icon.getText()).isEqualTo(new String(Character.toChars(Feather.HOME.getCode())));
        assertThat(icon.getStyleClass()).contains(Icons.ICON, "x");
    }
}
