// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlacementTest {

    /** A 1280×720 screen with a 40-pixel task bar at the bottom. */
    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1280, 680);
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D LARGE = new Rectangle2D(0, 25, 1920, 1055);
    /** A second screen to the right of the large one. */
    private static final Rectangle2D RIGHT = new Rectangle2D(1920, 0, 1280, 1024);

    private static boolean inside(Rectangle2D window, Rectangle2D screen) {
        return window.getMinX() >= screen.getMinX() && window.getMinY() >= screen.getMinY()
            && window.getMaxX() <= screen.getMaxX() && window.getMaxY() <= screen.getMaxY();
    }

    @Test
    void onA1280x720ScreenTheWindowFitsTheUsableAreaAndOpensInsideIt() {
        WindowPlacement p = WindowPlacement.first(SMALL);
        assertThat(p.bounds().getHeight()).isEqualTo(680);
        assertThat(p.bounds().getWidth()).isEqualTo(App.WIDTH);
        assertThat(p.bounds().getMinY()).isZero();
        assertThat(inside(p.bounds(), SMALL)).isTrue();
        assertThat(inside(WindowPlacement.first(LAPTOP).bounds(), LAPTOP)).isTrue();
    }

    @Test
    void onALargeScreenTheWindowHasItsPreferredSizeCentred() {
        Rectangle2D b = WindowPlacement.first(LARGE).bounds();
        assertThat(b.getWidth()).isEqualTo(App.WIDTH);
        assertThat(b.getHeight()).isEqualTo(App.HEIGHT);
        assertThat(b.getMinX()).isEqualTo((1920 - App.WIDTH) / 2);
        assertThat(b.getMinY()).isEqualTo(25 + (1055 - App.HEIGHT) / 2);
    }

    @Test
    void theRememberedPlaceIsUsedWhileItFitsAScreen() {
        WindowSettings onRight = new WindowSettings(2000.0, 100.0, 1000.0, 800.0, false);
        WindowPlacement p = WindowPlacement.of(onRight, List.of(LARGE, RIGHT), LARGE);
        assertThat(p.bounds()).isEqualTo(new Rectangle2D(2000, 100, 1000, 800));
        WindowPlacement max = WindowPlacement.of(new WindowSettings(100.0, 100.0, 900.0, 600.0, true),
            List.of(LARGE), LARGE);
        assertThat(max.maximized()).isTrue();
        assertThat(max.bounds()).isEqualTo(new Rectangle2D(100, 100, 900, 600));
    }

    @Test
    void aRememberedPlaceThatNoLongerFitsAScreenIsDropped() {
        // the right-hand screen is gone
        WindowSettings onRight = new WindowSettings(2000.0, 100.0, 1000.0, 800.0, false);
        assertThat(WindowPlacement.of(onRight, List.of(LARGE), LARGE)).isEqualTo(WindowPlacement.first(LARGE));
        // a size from the large screen on the small one
        WindowSettings big = new WindowSettings(100.0, 50.0, 1600.0, 1000.0, false);
        assertThat(WindowPlacement.of(big, List.of(SMALL), SMALL)).isEqualTo(WindowPlacement.first(SMALL));
        // above the top edge
        WindowSettings high = new WindowSettings(100.0, -40.0, 1000.0, 600.0, false);
        assertThat(WindowPlacement.of(high, List.of(SMALL), SMALL)).isEqualTo(WindowPlacement.first(SMALL));
        assertThat(WindowPlacement.of(new WindowSettings(null, null, null, null, null), List.of(SMALL), SMALL))
            .isEqualTo(WindowPlacement.first(SMALL));
    }
}
