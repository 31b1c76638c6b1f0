// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.SampleInterviews;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.InterviewWorkingCopy;
import app.afterword.core.interview.Interviewer;
import app.afterword.core.schedule.Outcome;
import app.afterword.core.schedule.ProgressBook;
import app.afterword.core.schedule.Step;
import app.afterword.core.store.JsonRecordCodec;
import app.afterword.core.store.RecordStore;
import app.afterword.core.store.Json;
import app.afterword.core.store.Workspace;
import app.afterword.ui.common.DateTimeInput;
import app.afterword.ui.common.DirectTaskRunner;
import app.afterword.ui.common.Messages;
import app.afterword.ui.common.Navigation;
import app.afterword.ui.common.Page;
import app.afterword.ui.notes.NoteEdits;
import app.afterword.ui.wizard.WizardStep;
import app.afterword.ui.wizard.WorkingCopies;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Home on a real workspace, the real timeline and a fixed clock (Monday 30 November 2026, noon in Chicago), with a
 * fake wizard: rows, status, agenda groups, search and filter, next round, archive, reply and close, the calendar
 * export, and delete with undo.
 */
class HomeViewModelTest {

    static final ZoneId USER_ZONE = ZoneId.of("America/Chicago");
    static final Instant NOW = Instant.parse("2026-11-30T18:00:00Z");
    static final Json JSON = new Json();

    /** The sample panel on Tuesday 24 November: its thank-you window closed last week. */
    static final Interview BRIGHTLINE = SampleInterviews.load(JSON).get(0).interview().toBuilder()
        .id("brightline").build();
    /** This morning's interview: its thank-you is due today. */
    static final Interview NORTHWIND = BRIGHTLINE.toBuilder().id("northwind").company("Northwind Labs")
        .role("Staff Data Engineer").start(OffsetDateTime.parse("2026-11-30T09:00:00-06:00"))
        .end(OffsetDateTime.parse("2026-11-30T10:00:00-06:00")).decisionBy(null)
        .interviewers(List.of(new Interviewer("Ana Souza", "Head of Data", "ana@northwind.example", null,
            List.of("the streaming migration"), null))).build();
    /** Thanked already, decision on 10 December: the first follow-up comes later. */
    static final Interview CONTOSO = BRIGHTLINE.toBuilder().id("contoso").company("Contoso")
        .role("Design Lead").start(OffsetDateTime.parse("2026-11-20T14:00:00-06:00"))
        .end(OffsetDateTime.parse("2026-11-20T15:00:00-06:00")).decisionBy(java.time.LocalDate.of(2026, 12, 10))
        .interviewers(List.of(new Interviewer("Ben Li", "Design Director", "ben@contoso.example", null, List.of(),
            null))).build();

    @TempDir
    Path dir;

    final Messages messages = new Messages();
    final List<Throwable> unexpected = new ArrayList<>();
    final DirectTaskRunner runner = new DirectTaskRunner(NOW, USER_ZONE, unexpected::add);
    final Navigation navigation = new Navigation(Page.HOME);
    final FakeWizard wizard = new FakeWizard();
    final FakeDialogs dialogs = new FakeDialogs();
    final DateTimeInput input = new DateTimeInput(Locale.UK);
    Workspace workspace;
    ProgressBook book;
    HomeViewModel vm;

    @BeforeEach
    void open() throws Exception {
        workspace = Workspace.open(dir.resolve("data"));
        for (Interview i : List.of(BRIGHTLINE, NORTHWIND, CONTOSO)) {
            workspace.interviews().save(i.id(), i);
        }
        book = ProgressBook.open(workspace, runner.clock());
        book.markSent(CONTOSO, Step.THANK_YOU, null, OffsetDateTime.parse("2026-11-20T16:30:00-06:00"));
        vm = home();
        vm.refresh();
    }

    @AfterEach
    void close() throws Exception {
        workspace.close();
        assertThat(unexpected).isEmpty();
    }

    private HomeViewModel home() throws Exception {
        InterviewShelf shelf = HomePage.shelf(workspace, "notes", book);
        return new HomeViewModel(messages, runner, shelf, wizard, navigation, input, USER_ZONE, dialogs,
            (path, bytes) -> Files.write(path, bytes));
    }

    private HomeRow row(String id) {
        return vm.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(List<AgendaCard> cards) {
        return cards.stream().map(AgendaCard::interviewId).toList();
    }

    @Test
    void everyInterviewIsListedLatestFirstWithItsStatusAndNextStep() {
        assertThat(vm.rows()).extracting(HomeRow::id).containsExactly("northwind", "brightline", "contoso");
        HomeRow brightline = row("brightline");
        assertThat(brightline.company()).isEqualTo("Brightline Transit");
        assertThat(brightline.role()).isEqualTo("Senior Product Designer");
        assertThat(brightline.date()).isEqualTo("Tue 24 Nov 2026");
        assertThat(brightline.people()).isEqualTo("María José Ortega, Daniel O'Brien, Priya Raman-Iyer");
        assertThat(brightline.status()).isEqualTo("New");
        assertThat(brightline.next()).isEqualTo("Thank-you notes");
        assertThat(brightline.overdue()).isTrue();
        assertThat(brightline.due()).startsWith("overdue since");

        HomeRow contoso = row("contoso");
        assertThat(contoso.status()).isEqualTo("Sent");
        assertThat(contoso.next()).isEqualTo("First follow-up");
        assertThat(contoso.overdue()).isFalse();
        assertThat(contoso.due()).startsWith("from ").contains("Dec");
        assertThat(vm.emptyProperty().get()).isFalse();
        assertThat(vm.loadedProperty().get()).isTrue();
    }

    @Test
    void theAgendaSortsEachNextStepIntoOverdueTodayAndComingUp() {
        assertThat(ids(vm.overdue())).containsExactly("brightline");
        assertThat(ids(vm.today())).containsExactly("northwind");
        assertThat(ids(vm.upcoming())).containsExactly("contoso");
        AgendaCard late = vm.overdue().get(0);
        assertThat(late.title()).isEqualTo("Thank-you notes · Brightline Transit");
        assertThat(late.action()).isEqualTo("Draft thank-you");
        assertThat(late.when()).startsWith("Overdue since");
        assertThat(late.reason()).isNotBlank();
        assertThat(vm.today().get(0).when()).startsWith("Due today");
        assertThat(vm.upcoming().get(0).action()).isEqualTo("Draft follow-up");
        assertThat(vm.upcoming().get(0).item().template()).isEqualTo("follow-up-email");
    }

    @Test
    void theAgendaMovesOnWithTheClock() {
        runner.advance(java.time.Duration.ofDays(14));
        vm.refresh();
        assertThat(ids(vm.today())).doesNotContain("northwind");
        assertThat(ids(vm.overdue())).contains("brightline", "northwind");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "brightline            | brightline",
        "maria jose            | brightline",
        "ANA SOUZA             | northwind",
        "design lead           | contoso",
        "sent                  | contoso",
        "24 nov                | brightline",
        "transit designer      | brightline",
        "'  '                  | northwind brightline contoso",
        "nobody                | ''"})
    void searchMatchesEveryWordInCompanyRolePeopleStatusOrDate(String words, String expected) {
        vm.searchProperty().set(words);
        List<String> want = expected.isBlank() ? List.of() : List.of(expected.split(" "));
        assertThat(vm.rows()).extracting(HomeRow::id).containsExactlyElementsOf(want);
    }

    @Test
    void archivingHidesAnInterviewFromTheActiveListAndTheAgendaAndIsKept() throws Exception {
        vm.archive("brightline", true);
        assertThat(vm.rows()).extracting(HomeRow::id).containsExactly("northwind", "contoso");
        assertThat(ids(vm.overdue())).isEmpty();
        assertThat(vm.outcomeProperty().get()).contains("Archived").contains("Brightline Transit");

        vm.filterProperty().set(HomeViewModel.Filter.ARCHIVED);
        assertThat(vm.rows()).extracting(HomeRow::id).containsExactly("brightline");
        assertThat(vm.rows().get(0).archived()).isTrue();
        assertThat(vm.rows().get(0).overdue()).as("an archived interview does not nag").isFalse();
        vm.filterProperty().set(HomeViewModel.Filter.ALL);
        assertThat(vm.rows()).hasSize(3);

        HomeViewModel again = home();
        again.refresh();
        assertThat(again.rows()).extracting(HomeRow::id).as("kept after a restart")
            .containsExactly("northwind", "contoso");
        assertThat(workspace.interviews().get("brightline")).as("the interview is not touched")
            .contains(BRIGHTLINE);

        vm.archive("brightline", false);
        vm.filterProperty().set(HomeViewModel.Filter.ACTIVE);
        assertThat(vm.rows()).extracting(HomeRow::id).contains("brightline");
        assertThat(ids(vm.overdue())).containsExactly("brightline");
    }

    @Test
    void draftingFromTheAgendaOpensTheWizardOnTheStepsTemplateAndRecipients() {
        vm.draft(vm.upcoming().get(0));
        assertThat(wizard.calls).as("the timeline names no recipient for a follow-up").containsExactly(
            "draft contoso follow-up-1 follow-up-email []");
        assertThat(navigation.current()).isEqualTo(Page.INTERVIEW);
        vm.draft(vm.overdue().get(0));
        assertThat(wizard.calls.get(1)).isEqualTo("draft brightline thank-you thank-you-email-warm "
            + "[María José Ortega, Daniel O'Brien, Priya Raman-Iyer]");
    }

    @Test
    void openingAnInterviewShowsItInTheWizard() {
        vm.open("northwind");
        assertThat(wizard.calls).containsExactly("open northwind");
        assertThat(navigation.current()).isEqualTo(Page.INTERVIEW);
    }

    @Test
    void theNextRoundKeepsCompanyRolePeopleAndZoneAndClearsDateAndTopics() {
        vm.duplicate("brightline");
        InterviewWorkingCopy copy = wizard.started;
        assertThat(copy.interviewId()).isNull();
        assertThat(copy.company()).isEqualTo("Brightline Transit");
        assertThat(copy.role()).isEqualTo("Senior Product Designer");
        assertThat(copy.timeZone()).isEqualTo("America/Chicago");
        assertThat(copy.people()).extracting(InterviewWorkingCopy.Person::name)
            .containsExactly("María José Ortega", "Daniel O'Brien", "Priya Raman-Iyer");
        assertThat(copy.people().get(0).email()).isEqualTo("mj.ortega@brightline.example");
        assertThat(copy.people().get(0).rapport()).isEqualTo("we both cycle to work all winter");
        assertThat(copy.people()).allSatisfy(p -> assertThat(p.topics()).isEmpty());
        assertThat(copy.date()).isEmpty();
        assertThat(copy.startTime()).isEmpty();
        assertThat(copy.decisionDate()).isEmpty();
        assertThat(copy.topics()).isEmpty();
        assertThat(copy.skills()).isEmpty();
        assertThat(copy.ideas()).isEmpty();
        assertThat(copy.clarifications()).isEmpty();
        assertThat(copy.step()).isEqualTo(WizardStep.INTERVIEW.key());
        assertThat(navigation.current()).isEqualTo(Page.INTERVIEW);
        assertThat(workspace.interviews().ids()).as("nothing is saved until the date is typed").hasSize(3);
    }

    @Test
    void aReplyEndsTheFollowUpsAndAClosePutsTheApplicationOutOfTheAgenda() {
        vm.markReplied("contoso");
        assertThat(row("contoso").status()).isEqualTo("Replied");
        assertThat(row("contoso").next()).isNull();
        assertThat(row("contoso").canReply()).isFalse();
        assertThat(ids(vm.upcoming())).doesNotContain("contoso");
        assertThat(book.of("contoso").firstReply()).isPresent();

        vm.close("brightline", Outcome.OFFER);
        assertThat(row("brightline").status()).isEqualTo("Closed: offer");
        assertThat(row("brightline").canClose()).isFalse();
        assertThat(ids(vm.overdue())).isEmpty();
        assertThat(vm.outcomeProperty().get()).contains("Brightline Transit").contains("Offer");

        vm.close("brightline", Outcome.REJECTED);
        assertThat(vm.outcomeToneProperty().get()).isEqualTo(HomeViewModel.Tone.WARNING);
        assertThat(vm.outcomeProperty().get()).contains("already closed");
    }

    @Test
    void thePlanOfTheActiveInterviewsExportsToOneCalendarFile() throws Exception {
        vm.archive("contoso", true);
        Path file = dir.resolve("plan.ics");
        dialogs.answer = file;
        vm.exportPlan();
        assertThat(dialogs.asked).containsExactly("afterword-follow-ups.ics");
        String ics = Files.readString(file);
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("thank-you.brightline@afterword.invalid")
            .contains("follow-up-1.northwind@afterword.invalid").doesNotContain("contoso@");
        assertThat(vm.outcomeProperty().get()).contains("plan.ics").contains("8 calendar events");

        vm.exportPlan("contoso");
        assertThat(dialogs.asked.get(1)).isEqualTo("contoso-design-lead-follow-ups.ics");
        assertThat(Files.readString(file)).contains("follow-up-1.contoso@afterword.invalid");
    }

    @Test
    void cancellingTheSaveDialogWritesNothing() {
        dialogs.answer = null;
        vm.exportPlan();
        assertThat(dialogs.asked).hasSize(1);
        assertThat(vm.outcomeProperty().get()).isNull();
    }

    @Test
    void deleteTakesTheInterviewWithItsHistoryNotesAndCopyAndUndoPutsEverythingBack() throws Exception {
        book.markDrafted(BRIGHTLINE, Step.THANK_YOU, "Daniel O'Brien", OffsetDateTime.parse(
            "2026-11-24T13:00:00-06:00"));
        RecordStore<NoteEdits> notes = workspace.records("notes", new JsonRecordCodec<>(JSON, NoteEdits.class, 1,
            e -> "edited notes"));
        notes.save("brightline", new NoteEdits("thank-you-email-warm", Map.of("Daniel O'Brien",
            new NoteEdits.Edited("Thank you", "Dear Daniel, thank you."))));
        RecordStore<InterviewWorkingCopy> copies = workspace.records(WorkingCopies.FOLDER, new JsonRecordCodec<>(
            JSON, InterviewWorkingCopy.class, 1, c -> "copy"));
        copies.save("brightline", WorkingCopies.fromInterview(BRIGHTLINE, input, USER_ZONE).saved("brightline",
            NOW));
        vm.archive("brightline", true);
        vm.filterProperty().set(HomeViewModel.Filter.ALL);
        Map<String, String> before = files();
        assertThat(before.keySet()).contains("interviews/brightline.json", "progress/brightline.json",
            "notes/brightline.json", "working-copies/brightline.json", "archive/brightline.json");

        vm.delete("brightline");
        assertThat(wizard.calls).containsExactly("release brightline");
        assertThat(vm.rows()).extracting(HomeRow::id).containsExactly("northwind", "contoso");
        assertThat(files().keySet()).noneMatch(f -> f.contains("brightline"));
        assertThat(vm.undoTextProperty().get()).contains("Brightline Transit");

        vm.undo();
        assertThat(files()).isEqualTo(before);
        assertThat(vm.rows()).extracting(HomeRow::id).containsExactly("northwind", "brightline", "contoso");
        assertThat(row("brightline").archived()).isTrue();
        assertThat(book.of("brightline").events()).hasSize(1);
        assertThat(notes.get("brightline").orElseThrow().notes()).containsKey("Daniel O'Brien");
        assertThat(vm.undoTextProperty().get()).isNull();
    }

    @Test
    void undoIsOfferedForTenSecondsThenTheDeleteStays() throws Exception {
        vm.delete("northwind");
        runner.advance(HomeViewModel.UNDO_FOR.minusSeconds(1));
        assertThat(vm.undoTextProperty().get()).isNotNull();
        runner.advance(java.time.Duration.ofSeconds(1));
        assertThat(vm.undoTextProperty().get()).isNull();
        vm.undo();
        assertThat(workspace.interviews().get("northwind")).isEmpty();
        assertThat(vm.rows()).extracting(HomeRow::id).containsExactly("brightline", "contoso");
    }

    @Test
    void aSecondDeleteEndsTheFirstOnesUndo() {
        vm.delete("northwind");
        vm.delete("contoso");
        vm.undo();
        assertThat(workspace.interviews().ids()).containsExactlyInAnyOrder("brightline", "contoso");
    }

    @Test
    void anEmptyWorkspaceSaysSo() throws Exception {
        for (String id : List.of("brightline", "northwind", "contoso")) {
            vm.delete(id);
        }
        assertThat(vm.emptyProperty().get()).isTrue();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.overdue()).isEmpty();
        assertThat(vm.today()).isEmpty();
        assertThat(vm.upcoming()).isEmpty();
        vm.newInterview();
        assertThat(wizard.calls).endsWith("new");
        assertThat(navigation.current()).isEqualTo(Page.INTERVIEW);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "true  | ''        | ''        | interview",
        "false | ''        | people    | interview",
        "false | interview | review    | interview",
        "false | home      | review    | home",
        "false | settings  | people    | home",
        "false | interview | send      | home",
        "false | ''        | ''        | home"})
    void startsInTheWizardOnlyOnTheFirstRunOrWhenItWasLeftMidWay(boolean firstRun, String lastPage, String step,
                                                                 String expected) {
        InterviewWorkingCopy copy = step.isEmpty() ? null : WorkingCopies.fromInterview(BRIGHTLINE, input,
            USER_ZONE).saved("brightline", NOW);
        if (copy != null) {
            copy = new InterviewWorkingCopy(1, copy.interviewId(), step, copy.savedAt(), copy.company(), copy.role(),
                copy.date(), copy.startTime(), copy.endTime(), copy.timeZone(), copy.format(), copy.decisionDate(),
                copy.people(), copy.topics(), copy.skills(), copy.clarifications(), copy.ideas(), Map.of());
        }
        HomeSettings settings = new HomeSettings(lastPage.isEmpty() ? null : lastPage);
        assertThat(settings.startPage(firstRun, copy).key()).isEqualTo(expected);
    }

    private Map<String, String> files() throws Exception {
        Path data = dir.resolve("data");
        Map<String, String> out = new java.util.TreeMap<>();
        try (Stream<Path> s = Files.walk(data)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = data.relativize(p).toString().replace('\\', '/');
                if (name.endsWith(".json") && !name.equals("settings.json")) {
                    out.put(name, Files.readString(p));
                }
            }
        }
        return out;
    }

    /** Records what Home asked of the wizard. */
    static final class FakeWizard implements HomeViewModel.Wizard {
        final List<String> calls = new ArrayList<>();
        InterviewWorkingCopy started;

        @Override
        public void open(Interview interview) {
            calls.add("open " + interview.id());
        }

        @Override
        public void resume(String key) {
            calls.add("resume " + key);
        }

        @Override
        public void draft(Interview interview, Step step, String templateId, List<String> recipients) {
            calls.add("draft " + interview.id() + " " + step.id() + " " + templateId + " " + recipients);
        }

        @Override
        public void start(InterviewWorkingCopy copy) {
            started = copy;
            calls.add("start");
        }

        @Override
        public void startNew() {
            calls.add("new");
        }

        @Override
        public void release(String interviewId, Runnable then) {
            calls.add("release " + interviewId);
            then.run();
        }
    }

    /** Answers the save dialog at once. */
    static final class FakeDialogs implements app.afterword.ui.common.DialogService {
        final List<String> asked = new ArrayList<>();
        Path answer;

        @Override
        public Optional<Path> saveFile(String title, String fileName, String description, String extension) {
            asked.add(fileName);
            return Optional.ofNullable(answer);
        }
    }

    /** A new interview left on the People step with an e-mail address that is not one: never a valid interview. */
    static InterviewWorkingCopy leftWithABadEmail() {
        return new InterviewWorkingCopy(1, null, "people", Instant.parse("2026-11-30T17:40:00Z"), "Fjordlight Health",
            "Staff Backend Engineer", "30 Nov 2026", "09:30", "11:00", "Europe/Dublin", "video", "",
            List.of(new InterviewWorkingCopy.Person("aoife ní bhriain", "VP of Engineering", "aoife at fjordlight",
                "", List.of("the appointment service"), "", Map.of())), List.of(), List.of(), List.of(), List.of(),
            Map.of());
    }

    @Test
    void anUnfinishedInterviewWithAnInvalidEmailIsListedUnderActiveAndAllAndResumesWhereItWasLeft()
        throws Exception {
        workspace.workingCopies().save("new-20261130-114000-000", leftWithABadEmail());
        vm.refresh();
        assertThat(vm.rows()).extracting(HomeRow::id).as("first, before the saved interviews")
            .containsExactly("new-20261130-114000-000", "northwind", "brightline", "contoso");
        HomeRow draft = row("new-20261130-114000-000");
        assertThat(draft.unfinished()).isTrue();
        assertThat(draft.company()).isEqualTo("Fjordlight Health");
        assertThat(draft.status()).isEqualTo("Draft — step 2 of 6");
        assertThat(draft.people()).isEqualTo("aoife ní bhriain");
        assertThat(draft.date()).isEqualTo("Mon 30 Nov 2026");
        assertThat(draft.next()).isNull();
        assertThat(draft.overdue()).isFalse();

        vm.filterProperty().set(HomeViewModel.Filter.ALL);
        assertThat(vm.rows()).extracting(HomeRow::id).contains("new-20261130-114000-000");
        vm.searchProperty().set("draft fjordlight");
        assertThat(vm.rows()).extracting(HomeRow::id).containsExactly("new-20261130-114000-000");
        vm.filterProperty().set(HomeViewModel.Filter.ARCHIVED);
        assertThat(vm.rows()).isEmpty();

        vm.open("new-20261130-114000-000");
        assertThat(wizard.calls).containsExactly("resume new-20261130-114000-000");
        assertThat(navigation.current()).isEqualTo(Page.INTERVIEW);
        assertThat(ids(vm.overdue())).doesNotContain("new-20261130-114000-000");
    }

    @Test
    void anUnfinishedInterviewIsDeletedWithUndoAsOtherInterviewsAre() throws Exception {
        workspace.workingCopies().save("new-20261130-114000-000", leftWithABadEmail());
        vm.refresh();
        Map<String, String> before = files();

        vm.delete("new-20261130-114000-000");
        assertThat(wizard.calls).containsExactly("release new-20261130-114000-000");
        assertThat(vm.rows()).extracting(HomeRow::id).containsExactly("northwind", "brightline", "contoso");
        assertThat(files().keySet()).noneMatch(f -> f.contains("new-2026"));
        assertThat(vm.undoTextProperty().get()).isEqualTo("Deleted the unfinished interview with Fjordlight Health.");

        vm.undo();
        assertThat(files()).isEqualTo(before);
        assertThat(vm.rows()).extracting(HomeRow::id).startsWith("new-20261130-114000-000");
        assertThat(vm.outcomeProperty().get()).isEqualTo("The unfinished interview with Fjordlight Health is back.");
    }

    @Test
    void theSampleIsLabelledStaysOutOfTheAgendaAndTheCalendarAndIsRemovedInOneClickWithUndo() throws Exception {
        Interview sample = NORTHWIND.toBuilder().id("sample-brightline").company("Brightline Transit").sample(true)
            .build();
        workspace.interviews().save(sample.id(), sample);
        vm.refresh();
        HomeRow row = row("sample-brightline");
        assertThat(row.sample()).isTrue();
        assertThat(row.next()).as("nothing is planned for the sample").isNull();
        assertThat(row.overdue()).isFalse();
        assertThat(ids(vm.today())).containsExactly("northwind");
        assertThat(ids(vm.overdue())).containsExactly("brightline");
        vm.searchProperty().set("sample");
        assertThat(vm.rows()).extracting(HomeRow::id).containsExactly("sample-brightline");
        vm.searchProperty().set("");

        Path file = dir.resolve("plan.ics");
        dialogs.answer = file;
        vm.exportPlan();
        assertThat(Files.readString(file)).contains("northwind@afterword.invalid")
            .doesNotContain("sample-brightline");
        vm.exportPlan("sample-brightline");
        assertThat(dialogs.asked).hasSize(1);
        assertThat(vm.outcomeProperty().get()).contains("sample interview has no plan");

        vm.delete("sample-brightline");
        assertThat(workspace.interviews().get("sample-brightline")).isEmpty();
        assertThat(vm.undoTextProperty().get()).isEqualTo("Removed the sample interview.");
        vm.undo();
        assertThat(workspace.interviews().get("sample-brightline")).contains(sample);
        assertThat(vm.outcomeProperty().get()).isEqualTo("The sample interview is back.");
    }

    @Test
    void homeEmptySearchMessageOffersShowAllOnlyWhenAllIsNotSelected() {
        vm.searchProperty().set("nobody");
        assertThat(vm.noMatchProperty().get())
            .isEqualTo("No interview matches. Clear the search or show all interviews.");
        vm.filterProperty().set(HomeViewModel.Filter.ALL);
        assertThat(vm.noMatchProperty().get()).isEqualTo("No interview matches. Clear the search.");
    }
}
