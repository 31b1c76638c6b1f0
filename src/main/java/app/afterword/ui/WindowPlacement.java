// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Where the window opens and how large: where it was last time when that still fits a screen, else the preferred
 * size shrunk to the primary screen's usable area (the screen less task bars and docks) and centred in it. A window
 * taller than the screen, or above its top edge, can't be moved or resized by its title bar.
 *
 * @param bounds    the window's place and size, frame included
 * @param maximized whether it opens filling the screen
 */
record WindowPlacement(Rectangle2D bounds, boolean maximized) {

    /** How far a remembered window may reach past a screen's usable area and still count as on it. */
    private static final double SLACK = 8;

    /** The window's place for a first start on a screen whose usable area is {@code usable}. */
    static WindowPlacement first(Rectangle2D usable) {
        double width = Math.min(App.WIDTH, usable.getWidth());
        double height = Math.min(App.HEIGHT, usable.getHeight());
        return new WindowPlacement(new Rectangle2D(usable.getMinX() + (usable.getWidth() - width) / 2,
            usable.getMinY() + (usable.getHeight() - height) / 2, width, height), false);
    }

    /**
     * The window's place: the remembered one when it lies within the usable area of one of {@code screens}, else the
     * first-start place on {@code primary}.
     */
    static WindowPlacement of(WindowSettings saved, List<Rectangle2D> screens, Rectangle2D primary) {
        if (saved != null && saved.hasPlace()) {
            Rectangle2D was = new Rectangle2D(saved.x(), saved.y(), saved.width(), saved.height());
            for (Rectangle2D screen : screens) {
                if (fits(was, screen)) {
                    return new WindowPlacement(was, saved.filledScreen());
                }
            }
        }
        return first(primary);
    }

    private static boolean fits(Rectangle2D window, Rectangle2D screen) {
        return window.getMinX() >= screen.getMinX() - SLACK && window.getMinY() >= screen.getMinY() - SLACK
            && window.getMaxX() <= screen.getMaxX() + SLACK && window.getMaxY() <= screen.getMaxY() + SLACK
            && window.getWidth() >= Math.min(App.MIN_WIDTH, screen.getWidth())
            && window.getHeight() >= Math.min(App.MIN_HEIGHT, screen.getHeight());
    }
}
