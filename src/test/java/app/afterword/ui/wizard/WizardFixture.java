// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.wizard;

import app.afterword.core.interview.InterviewFormat;
import app.afterword.core.store.InterceptedFileOps;
import app.afterword.core.store.Json;
import app.afterword.core.store.Workspace;
import app.afterword.ui.common.DateTimeInput;
import app.afterword.ui.common.DirectTaskRunner;
import app.afterword.ui.common.FormField;
import app.afterword.ui.common.Messages;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/** A wizard on a real workspace in a temporary folder, with time that moves only when a test says so. */
final class WizardFixture implements AutoCloseable {

    static final ZoneId USER_ZONE = ZoneId.of("Europe/London");
    static final Instant NOW = Instant.parse("2026-11-24T14:02:00Z");

    final Messages messages = new Messages();
    final DateTimeInput input = new DateTimeInput(Locale.UK);
    final List<Throwable> unexpected = new ArrayList<>();
    final DirectTaskRunner runner = new DirectTaskRunner(NOW, USER_ZONE, unexpected::add);
    final List<FormField> focused = new ArrayList<>();
    final SwitchableDisk disk = new SwitchableDisk();
    final Path dir;
    Workspace workspace;
    WorkingCopies copies;
    WizardViewModel vm;

    WizardFixture(Path dir) throws Exception {
        this.dir = dir;
        reopen();
    }

    /** Closes the workspace (as the app does on exit) and opens a fresh wizard on it, resuming where it was. */
    WizardFixture reopen() throws Exception {
        if (workspace != null) {
            workspace.close();
        }
        workspace = Workspace.open(dir, new Json(), disk, Clock.fixed(NOW, USER_ZONE));
        copies = WorkingCopies.open(workspace);
        vm = new WizardViewModel(messages, runner, copies, input, USER_ZONE, unexpected::add);
        vm.onFocusRequest(focused::add);
        vm.open(copies.start(Optional.empty(), input, USER_ZONE, runner.clock().instant()));
        return this;
    }

    /** Fills steps 1 to 3 for a two-person panel, the way a person would. */
    void fillTwoPersonPanel() {
        InterviewStepViewModel i = vm.interviewStep();
        i.company().textProperty().set("Northwind Labs");
        i.role().textProperty().set("Staff Data Engineer");
        i.date().textProperty().set("23 Nov 2026");
        i.start().textProperty().set("9:30");
        i.end().textProperty().set("11:00");
        i.timeZone().textProperty().set("America/New_York");
        // the times as the interviewers' invitation gave them
        i.clockProperty().set(InterviewStepViewModel.Clock.THEIRS);
        i.formatProperty().set(InterviewFormat.ONSITE);
        i.decision().textProperty().set("4 Dec 2026");
        PeopleStepViewModel p = vm.peopleStep();
        PersonViewModel first = p.people().get(0);
        first.name().textProperty().set("Ana Souza");
        first.title().textProperty().set("Head of Data");
        first.email().textProperty().set("ana@northwind.example");
        first.topics().items().get(0).textProperty().set("the streaming migration");
        first.rapport().textProperty().set("we both learned Portuguese late");
        PersonViewModel second = p.add();
        second.name().textProperty().set("Ben Li");
        second.linkedin().textProperty().set("linkedin.com/in/benli");
        ConversationStepViewModel c = vm.conversationStep();
        c.topics().items().get(0).textProperty().set("on-call rotations");
        c.skills().items().get(0).textProperty().set("Kafka in production");
        c.ideas().items().get(0).textProperty().set("a cost dashboard");
    }

    @Override
    public void close() throws Exception {
        workspace.close();
    }

    /** A disk that can be made full and emptied again while the wizard runs. */
    static final class SwitchableDisk extends InterceptedFileOps {
        private final AtomicBoolean isFull;

        SwitchableDisk() {
            this(new AtomicBoolean());
        }

        private SwitchableDisk(AtomicBoolean isFull) {
            super((op, path, bytes) -> {
                if (isFull.get()) {
                    throw new FileSystemException("file", null, "No space left on device");
                }
            });
            this.isFull = isFull;
        }

        void full(boolean yes) {
            isFull.set(yes);
        }
    }
}
