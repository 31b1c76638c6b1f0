// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui;

import app.afterword.core.interview.Interview;
import app.afterword.core.store.DataDirectory;
import app.afterword.core.store.FirstRun;
import app.afterword.core.store.SaveException;
import app.afterword.core.store.Workspace;
import app.afterword.core.store.WorkspaceLockedException;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/** The desktop app and its composition root: it opens the workspace and builds the first screen. */
public final class App extends Application {

    /** Id of the list of interviews on the first screen. */
    public static final String INTERVIEW_LIST_ID = "interviewList";
    /** Id of the message shown when the workspace cannot be opened. */
    public static final String STARTUP_PROBLEM_ID = "startupProblem";

    private Workspace workspace;
    private String startupProblem;

    @Override
    public void init() {
        Path dir = DataDirectory.resolve(getParameters().getNamed().get("data-dir"));
        try {
            workspace = Workspace.open(dir);
            FirstRun.seed(workspace);
        } catch (WorkspaceLockedException e) {
            startupProblem = e.getMessage();
        } catch (IOException e) {
            startupProblem = "Afterword can't open its data folder " + dir + ". Check that it is writable, or "
                + "start Afterword with --data-dir pointing to another folder.";
        } catch (SaveException e) {
            startupProblem = e.getMessage();
        }
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        VBox root = new VBox(12);
        root.setPadding(new Insets(24));
        Label title = new Label("Your interviews");
        title.getStyleClass().add("title-2");
        root.getChildren().add(title);
        if (startupProblem != null) {
            Label problem = new Label(startupProblem);
            problem.setId(STARTUP_PROBLEM_ID);
            problem.setWrapText(true);
            root.getChildren().add(problem);
        } else {
            ListView<String> list = new ListView<>();
            list.setId(INTERVIEW_LIST_ID);
            list.setAccessibleText("Interviews");
            list.getItems().setAll(describe(List.copyOf(workspace.interviews().all().values())));
            VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
            root.getChildren().add(list);
        }
        stage.setTitle("Afterword");
        stage.setScene(new Scene(root, 960, 640));
        stage.show();
    }

    private static List<String> describe(List<Interview> interviews) {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
        return interviews.stream().map(i -> i.company() + " — " + i.role() + " · " + i.start().format(date)).toList();
    }

    @Override
    public void stop() throws IOException {
        if (workspace != null) {
            workspace.close();
        }
    }
}
