// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.common;

import app.afterword.core.export.ClipContent;
import app.afterword.core.export.ClipboardPort;
import app.afterword.core.export.ClipboardUnavailableException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

/**
 * The system clipboard through JavaFX: plain text always, HTML when the content has it, so a mail composer keeps
 * the paragraphs. JavaFX's clipboard belongs to the UI thread; a call from elsewhere is moved there and waited for.
 */
public final class FxClipboard implements ClipboardPort {

    @Override
    public void put(ClipContent content) throws ClipboardUnavailableException {
        if (Platform.isFxApplicationThread()) {
            putHere(content);
            return;
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                putHere(content);
                done.complete(null);
            } catch (ClipboardUnavailableException | RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        try {
            done.get(5, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ClipboardUnavailableException c) {
                throw c;
            }
            throw new ClipboardUnavailableException("the clipboard refused the text", e.getCause());
        } catch (TimeoutException e) {
            throw new ClipboardUnavailableException("the window did not answer in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ClipboardUnavailableException("the copy was interrupted", e);
        }
    }

    private static void putHere(ClipContent content) throws ClipboardUnavailableException {
        ClipboardContent c = new ClipboardContent();
        c.putString(content.plain());
        if (content.html() != null) {
            c.putHtml(content.html());
        }
        try {
            if (!Clipboard.getSystemClipboard().setContent(c)) {
                throw new ClipboardUnavailableException("the system clipboard refused the text", null);
            }
        } catch (IllegalStateException e) {
            throw new ClipboardUnavailableException("there is no clipboard", e);
        }
    }
}
