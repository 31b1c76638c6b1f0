// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The desktop app and its composition root. */
public final class App extends Application {

    @Override
    public void start(Stage stage) {
        Label welcome = new Label("Afterword");
        welcome.setId("welcome");
        stage.setTitle("Afterword");
        stage.setScene(new Scene(new StackPane(welcome), 960, 640));
        stage.show();
    }
}
