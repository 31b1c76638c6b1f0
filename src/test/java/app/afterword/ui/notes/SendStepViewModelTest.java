// SPDX-License-Identifier: Apache-2.0
package app.afterword.ui.notes;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.export.DesktopLauncher;
import app.afterword.core.schedule.Timeline;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SendStepViewModelTest {

    @TempDir
    Path dir;
    NotesFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new NotesFixture(dir);
        f.review.refresh();
        f.review.selectedProperty().set(1);
        f.send.refresh();
    }

    @AfterEach
    void close() throws Exception {
        f.close();
    }

    @Test
    void withoutANameToSignWithItSaysSoAndLeadsToTheName() {
        assertThat(f.send.signatureWarningProperty().get()).isNull();
        f.signed.set(false);
        assertThat(f.send.signatureWarningProperty().get()).isEqualTo("Your notes are not signed: add your name");
        assertThat(f.send.signatureFixProperty().get()).isEqualTo("Add your name");
        f.send.fixSignature();
        assertThat(f.wentTo).containsExactly("name");
        f.signed.set(true);
        assertThat(f.send.signatureWarningProperty().get()).isNull();
    }

    @Test
    void aNoteEditedToEndWithoutTheNameIsFlaggedAndLeadsBackToTheNote() {
        NoteTab tab = f.review.tabs().get(1);
        String body = tab.bodyProperty().get();
        tab.bodyProperty().set(body.substring(0, body.strip().lastIndexOf("\n\n")));
        f.runner.advance(ReviewStepViewModel.CHECK_PAUSE.plusMillis(10));
        assertThat(f.send.signatureWarningProperty().get()).contains("sign-off");
        assertThat(f.send.signatureFixProperty().get()).isEqualTo("Edit the note");
        f.send.fixSignature();
        assertThat(f.wentTo).containsExactly("review");

        tab.bodyProperty().set(body);
        f.runner.advance(ReviewStepViewModel.CHECK_PAUSE.plusMillis(10));
        assertThat(f.send.signatureWarningProperty().get()).isNull();
    }

    @Test
    void theWarningFollowsTheNoteShowing() {
        NoteTab other = f.review.tabs().get(0);
        String body = other.bodyProperty().get();
        other.bodyProperty().set(body.substring(0, body.strip().lastIndexOf("\n\n")));
        f.runner.advance(ReviewStepViewModel.CHECK_PAUSE.plusMillis(10));
        assertThat(f.send.signatureWarningProperty().get()).as("another person's note").isNull();
        f.review.selectedProperty().set(0);
        assertThat(f.send.signatureWarningProperty().get()).contains("sign-off");
    }

    @Test
    void copyPutsTheEditedNoteOnTheClipboardAsPlainTextAndHtml() {
        NoteTab tab = f.review.tabs().get(1);
        tab.bodyProperty().set(tab.bodyProperty().get() + "\n\nP.S. Edited.");
        f.send.copy();
        assertThat(f.clipboard.content.plain()).contains("Daniel").contains("P.S. Edited.");
        assertThat(f.clipboard.content.html()).contains("<p>");
        assertThat(f.send.outcomeProperty().get()).contains("Daniel O'Brien").contains("clipboard");
        assertThat(f.send.outcomeToneProperty().get()).isEqualTo(SendStepViewModel.Tone.SUCCESS);
    }

    @Test
    void aFailedCopyOffersTheTextToCopyByHand() {
        f.clipboard.broken = true;
        f.send.copy();
        assertThat(f.send.outcomeToneProperty().get()).isEqualTo(SendStepViewModel.Tone.WARNING);
        assertThat(f.send.manualCopyProperty().get()).contains("Daniel");
    }

    @Test
    void openingInTheMailAppSaysItWorked() {
        f.send.openInMail();
        assertThat(f.launcher.opened).hasSize(1);
        assertThat(f.launcher.opened.get(0).toString()).startsWith("mailto:");
        assertThat(f.send.offerFallbackProperty().get()).isFalse();
        assertThat(f.send.busyProperty().get()).isFalse();
    }

    @Test
    void withoutAMailAppItSaysSoAndOffersCopyAndEml() {
        f.launcher.answer = DesktopLauncher.Status.NO_HANDLER;
        f.send.openInMail();
        assertThat(f.send.offerFallbackProperty().get()).isTrue();
        assertThat(f.send.outcomeToneProperty().get()).isEqualTo(SendStepViewModel.Tone.WARNING);
        assertThat(f.send.outcomeProperty().get()).isNotBlank();
    }

    @Test
    void aNoteTooLongForAMailLinkIsNotOpenedAndCopyAndEmlAreOffered() throws Exception {
        f.mailtoLimit = 200;
        f.build();
        f.review.refresh();
        f.send.openInMail();
        assertThat(f.launcher.opened).isEmpty();
        assertThat(f.send.offerFallbackProperty().get()).isTrue();
        assertThat(f.send.outcomeProperty().get()).containsIgnoringCase("long");
    }

    @Test
    void savesAnEmlDraftWhereThePersonChose() throws Exception {
        f.dialogs.answer = dir.resolve("daniel.eml");
        f.send.saveEml();
        assertThat(f.dialogs.suggested).endsWith(".eml");
        String eml = Files.readString(f.dialogs.answer);
        assertThat(eml).contains("X-Unsent: 1");
        assertThat(f.send.outcomeProperty().get()).contains("daniel.eml");
    }

    @Test
    void cancellingTheDialogSavesNothing() throws Exception {
        f.dialogs.answer = null;
        f.send.saveEml();
        f.send.saveCard();
        try (var files = Files.list(dir)) {
            assertThat(files.filter(p -> !p.getFileName().toString().equals("data")).toList()).isEmpty();
        }
        assertThat(f.send.outcomeProperty().get()).isNull();
    }

    @Test
    void savesTheCardAsPdf() throws Exception {
        f.dialogs.answer = dir.resolve("card.pdf");
        f.send.saveCard();
        byte[] pdf = Files.readAllBytes(f.dialogs.answer);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(f.send.outcomeProperty().get()).contains("card.pdf");
    }

    @Test
    void copiesTheLinkedInTextAndSaysItsCount() {
        f.note.mediumProperty().set(Medium.LINKEDIN_NOTE);
        f.review.refresh();
        f.send.refresh();
        assertThat(f.send.linkedInCountProperty().get()).contains("200");
        f.send.copyLinkedIn();
        assertThat(f.clipboard.content.html()).isNull();
        assertThat(f.send.outcomeProperty().get()).startsWith("Copied for LinkedIn").contains("200");
    }

    @Test
    void copyingLinkedInTextFromAnEmailDraftsTheLinkedInNoteInsteadOfTheEmail() {
        f.review.refresh();
        f.send.refresh();
        String email = f.send.draft().body();
        assertThat(f.send.draft().medium()).isEqualTo(Medium.EMAIL);
        assertThat(f.send.linkedInCountProperty().get()).as("counted against the connection-note limit")
            .contains("200").doesNotContain(String.valueOf(email.length()));
        f.send.copyLinkedIn();
        String copied = f.clipboard.content.plain();
        assertThat(copied).isNotEqualTo(app.afterword.core.export.NoteText.normalize(email));
        assertThat(copied.length()).isLessThanOrEqualTo(200);
        assertThat(copied).contains(f.send.draft().recipient().split(" ")[0]);
        assertThat(f.send.outcomeProperty().get()).startsWith("Copied for LinkedIn")
            .contains(copied.length() + " of 200");
    }

    @Test
    void markAsSentRecordsItAndMovesTheTimelineOn() {
        String before = f.send.timelineProperty().get();
        assertThat(before).startsWith("Next: Thank-you notes");
        for (int i = 0; i < f.review.tabs().size(); i++) {
            f.review.selectedProperty().set(i);
            f.send.markSent();
        }
        assertThat(f.book.of(Timeline.idOf(NotesFixture.SAMPLE)).events()).hasSize(3);
        assertThat(f.send.outcomeProperty().get()).contains("recorded as sent to Priya Raman-Iyer");
        assertThat(f.send.timelineProperty().get()).startsWith("Next: ").isNotEqualTo(before)
            .doesNotContain("Thank-you notes");
    }

    @Test
    void aNoteThatIsNotAStepOfThePlanHasNoSendWindowAndRecordsNothing() {
        f.note.kindProperty().set(NoteKind.ACCEPT_OFFER);
        f.review.refresh();
        f.send.refresh();
        assertThat(f.send.draft().kind()).isEqualTo(NoteKind.ACCEPT_OFFER);
        assertThat(f.review.sendWindowProperty().get()).startsWith("This note is not a step of the follow-up plan");
        f.send.markSent();
        assertThat(f.book.of(Timeline.idOf(NotesFixture.SAMPLE)).events()).isEmpty();
        assertThat(f.send.outcomeToneProperty().get()).isEqualTo(SendStepViewModel.Tone.WARNING);
        assertThat(f.send.outcomeProperty().get()).isEqualTo("This note is not a step of the follow-up plan, so "
            + "nothing is recorded. When the application has ended, use Close this on Home.");
    }

    @Test
    void aThankYouAfterALaterRoundCountsAsTheThankYou() {
        f.note.kindProperty().set(NoteKind.SECOND_ROUND);
        f.review.refresh();
        f.send.refresh();
        f.send.markSent();
        assertThat(f.book.of(Timeline.idOf(NotesFixture.SAMPLE)).events()).hasSize(1);
        assertThat(f.send.outcomeProperty().get()).startsWith("Thank-you notes: recorded as sent to");
    }

    @Test
    void markingTheSameThankYouTwiceSaysWhy() {
        f.send.markSent();
        f.send.markSent();
        assertThat(f.send.outcomeToneProperty().get()).isEqualTo(SendStepViewModel.Tone.WARNING);
        assertThat(f.send.outcomeProperty().get()).isNotBlank();
    }

    @Test
    void cardPdfMessageSaysOnceThatTheNoteDoesNotFit() throws Exception {
        NoteTab tab = f.review.tabs().get(1);
        tab.bodyProperty().set("A paragraph that goes on for a while about the interview and the team.\n\n".repeat(30)
            + tab.bodyProperty().get());
        f.runner.advance(ReviewStepViewModel.CHECK_PAUSE.plusMillis(10));
        f.dialogs.answer = dir.resolve("card.pdf");
        f.send.saveCard();
        String said = f.send.outcomeProperty().get();
        assertThat(said).contains("card.pdf").contains("does not fit the");
        assertThat(said.split("does not fit the", -1)).hasSize(2);
        assertThat(said).doesNotContain("\"");
    }
}
