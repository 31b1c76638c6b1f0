// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.afterword.core.draft.Draft;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmlWriterTest {

    private final EmlWriter writer = new EmlWriter(Fixtures.CLOCK);

    private static MimeMessage parse(byte[] bytes) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(bytes));
    }

    private static String ascii(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private MimeMessage writeSample(String subject, String body) throws Exception {
        Rendered eml = writer.write(Fixtures.sample(), Fixtures.email("María José Ortega", subject, body));
        return parse(eml.bytes());
    }

    @Test
    void draftIsMarkedUnsentAndDatedByTheClock() throws Exception {
        MimeMessage m = writeSample("Thank you", Fixtures.BODY);
        assertThat(m.getHeader("X-Unsent", null)).isEqualTo("1");
        assertThat(m.getSentDate().toInstant()).isEqualTo(Fixtures.CLOCK.instant());
        assertThat(m.getHeader("MIME-Version", null)).isEqualTo("1.0");
        assertThat(m.getMessageID()).endsWith("@afterword.invalid>");
    }

    @Test
    void nonAsciiNamesAreEncodedAndDecodeBack() throws Exception {
        Rendered eml = writer.write(Fixtures.sample(), Fixtures.email("María José Ortega", "Gracias", "Hola"));
        String raw = ascii(eml.bytes());
        assertThat(raw).contains("To: =?UTF-8?").doesNotContain("María");
        MimeMessage m = parse(eml.bytes());
        InternetAddress to = (InternetAddress) m.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getPersonal()).isEqualTo("María José Ortega");
        assertThat(to.getAddress()).isEqualTo("mj.ortega@brightline.example");
        InternetAddress from = (InternetAddress) m.getFrom()[0];
        assertThat(from.getPersonal()).isEqualTo("Sam Okafor");
        assertThat(from.getAddress()).isEqualTo("sam.okafor@example.com");
    }

    @Test
    void everyByteOfTheFileIsAscii() throws Exception {
        Rendered eml = writer.write(Fixtures.sample(), Fixtures.email("María José Ortega", "Merci — 🎉", "Ça va? 😀"));
        for (byte b : eml.bytes()) {
            assertThat(b).isGreaterThanOrEqualTo((byte) 0);
        }
    }

    @Test
    void bodyIsMultipartAlternativeWithPlainAndHtmlInUtf8() throws Exception {
        String body = "Dear María José,\n\nThank you for the R&D <tour>.\n\nBest,\nSam 😀";
        MimeMessage m = writeSample("Thank you", body);
        assertThat(m.getContentType()).startsWith("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) m.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart plain = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(plain.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat(plain.getHeader("Content-Transfer-Encoding")).containsExactly("quoted-printable");
        assertThat(((String) plain.getContent()).replace("\r\n", "\n")).isEqualTo(body + "\n");
        assertThat((String) html.getContent()).contains("<p>Dear María José,</p>")
            .contains("R&amp;D &lt;tour&gt;").contains("Best,<br>");
    }

    @Test
    void subjectWithNonAsciiIsEncodedAndDecodesBack() throws Exception {
        Rendered eml = writer.write(Fixtures.sample(), Fixtures.email("María José Ortega", "¡Gracias, María! 🎉", "x"));
        assertThat(ascii(eml.bytes())).contains("Subject: =?UTF-8?");
        assertThat(parse(eml.bytes()).getSubject()).isEqualTo("¡Gracias, María! 🎉");
    }

    static Stream<Arguments> longSubjects() {
        return Stream.of(
            Arguments.of("words", "Thank you for the conversation ".repeat(65).strip()),
            Arguments.of("one run without spaces", "x".repeat(2000)),
            Arguments.of("non-ASCII", "Gracias María José ".repeat(105).strip()),
            Arguments.of("emoji", "🎉".repeat(1000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("longSubjects")
    void longSubjectsStayUnder998OctetsPerLineAndDecodeBack(String label, String subject) throws Exception {
        Rendered eml = writer.write(Fixtures.sample(), Fixtures.email("María José Ortega", subject, "x"));
        assertThat(HeaderText.longestLine(eml.bytes())).isLessThanOrEqualTo(EmlWriter.MAX_LINE_OCTETS);
        assertThat(parse(eml.bytes()).getSubject()).isEqualTo(subject);
    }

    @Test
    void longBodyLinesAreWrappedByTheTransferEncoding() throws Exception {
        String body = "y".repeat(5000) + "\n\n" + "é".repeat(3000);
        Rendered eml = writer.write(Fixtures.sample(), Fixtures.email("María José Ortega", "Hi", body));
        assertThat(HeaderText.longestLine(eml.bytes())).isLessThanOrEqualTo(76);
        MimeMultipart parts = (MimeMultipart) parse(eml.bytes()).getContent();
        assertThat(((String) parts.getBodyPart(0).getContent()).replace("\r\n", "\n")).isEqualTo(body + "\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Thanks\r\nBcc: eve@evil.example",
        "Thanks\nBcc: eve@evil.example",
        "Thanks\rBcc: eve@evil.example",
        "Thanks\u2028Bcc: eve@evil.example",
        "Thanks\u0085Bcc: eve@evil.example"
    })
    void lineBreakInTheSubjectIsRejected(String subject) {
        Draft draft = Fixtures.email("María José Ortega", subject, "Hi");
        assertThatThrownBy(() -> writer.write(Fixtures.sample(), draft))
            .isInstanceOf(ExportException.class)
            .hasMessage("The subject has a line break in it. E-mail headers must be one line: remove the line break "
                + "and export again.");
    }

    @Test
    void controlCharacterInTheSubjectIsRejectedNamingIt() {
        Draft draft = Fixtures.email("María José Ortega", "Thanks\u0000", "Hi");
        assertThatThrownBy(() -> writer.write(Fixtures.sample(), draft))
            .isInstanceOf(ExportException.class).hasMessageContaining("U+0000");
    }

    @Test
    void lineBreakInTheRecipientsNameIsRejectedWithoutEchoingTheInjection() {
        Interview interview = Fixtures.withInterviewer("Ana\r\nBcc: eve@evil.example", null, "ana@example.com");
        Draft draft = Fixtures.email("Ana\r\nBcc: eve@evil.example", "Hi", "Hi");
        assertThatThrownBy(() -> writer.write(interview, draft))
            .isInstanceOf(ExportException.class)
            .hasMessageContaining("name of interviewer \"Ana\"").hasMessageContaining("line break")
            .hasMessageNotContaining("Bcc");
    }

    @Test
    void lineBreakInTheAddressIsRejected() {
        Interview interview = Fixtures.withInterviewer("Ana", null, "ana@example.com\nBcc: eve@evil.example");
        assertThatThrownBy(() -> writer.write(interview, Fixtures.email("Ana", "Hi", "Hi")))
            .isInstanceOf(ExportException.class).hasMessageContaining("e-mail address of Ana")
            .hasMessageContaining("line break");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not an address", "ana@", "@example.com", "ana@@example.com"})
    void invalidAddressIsRejectedNamingIt(String email) {
        Interview interview = Fixtures.withInterviewer("Ana", null, email);
        assertThatThrownBy(() -> writer.write(interview, Fixtures.email("Ana", "Hi", "Hi")))
            .isInstanceOf(ExportException.class).hasMessageContaining("not a valid e-mail address");
    }

    @Test
    void injectedHeadersNeverAppearInTheFile() throws Exception {
        Interview interview = Fixtures.withInterviewer("Ana \"Bcc: eve@evil.example\"", null, "ana@example.com");
        Rendered eml = writer.write(interview, Fixtures.email("Ana \"Bcc: eve@evil.example\"", "Bcc: x", "Hi"));
        MimeMessage m = parse(eml.bytes());
        assertThat(m.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(m.getRecipients(Message.RecipientType.CC)).isNull();
        assertThat(Collections.list(m.getAllHeaderLines())).noneMatch(l -> l.startsWith("Bcc"));
        assertThat(((InternetAddress) m.getRecipients(Message.RecipientType.TO)[0]).getPersonal())
            .isEqualTo("Ana \"Bcc: eve@evil.example\"");
    }

    @Test
    void missingAddressGivesADraftWithoutToAndSaysSo() throws Exception {
        Interview interview = Fixtures.withInterviewer("Ana Lima", null, null);
        Rendered eml = writer.write(interview, Fixtures.email("Ana Lima", "Hi", "Hi"));
        assertThat(parse(eml.bytes()).getRecipients(Message.RecipientType.TO)).isNull();
        assertThat(eml.notes()).singleElement().asString().contains("no e-mail address for Ana Lima");
    }

    @Test
    void veryLongNameIsRejected() {
        String name = "Ana " + "Lima".repeat(60);
        Interview interview = Fixtures.withInterviewer(name, null, "ana@example.com");
        assertThatThrownBy(() -> writer.write(interview, Fixtures.email(name, "Hi", "Hi")))
            .isInstanceOf(ExportException.class).hasMessageContaining("longer than 200 characters");
    }

    @Test
    void unknownRecipientIsReported() {
        assertThatThrownBy(() -> writer.write(Fixtures.sample(), Fixtures.email("Nobody", "Hi", "Hi")))
            .isInstanceOf(ExportException.class).hasMessageContaining("no interviewer named \"Nobody\"");
    }

    @Test
    void aNoteThatCopiesOthersCarriesThemInTheCcHeader() throws Exception {
        Interview sample = Fixtures.sample();
        Rendered eml = writer.write(sample, Fixtures.email("María José Ortega", "Next steps", Fixtures.BODY)
            .withCc(List.of("Daniel O'Brien", "coach@example.org")));
        MimeMessage m = parse(eml.bytes());
        InternetAddress[] cc = (InternetAddress[]) m.getRecipients(Message.RecipientType.CC);
        assertThat(cc).extracting(InternetAddress::getAddress)
            .containsExactly("daniel.obrien@brightline.example", "coach@example.org");
        assertThat(cc[0].getPersonal()).isEqualTo("Daniel O'Brien");
        assertThat(eml.notes()).isEmpty();
        assertThat(parse(writer.write(sample, Fixtures.email("María José Ortega", "Hi", "Hi")).bytes())
            .getRecipients(Message.RecipientType.CC)).as("nobody chosen, no Cc").isNull();
    }

    @Test
    void aCopiedPersonWithoutAnAddressIsLeftOutAndTheDraftSaysSo() throws Exception {
        Interview interview = Fixtures.withInterviewer("Ana Lima", null, "ana@example.com").toBuilder()
            .interviewers(List.of(new Interviewer("Ana Lima", null, "ana@example.com", null, List.of(), null),
                new Interviewer("Bo Berg", null, null, null, List.of(), null))).build();
        Rendered eml = writer.write(interview, Fixtures.email("Ana Lima", "Hi", "Hi").withCc(List.of("Bo Berg")));
        assertThat(parse(eml.bytes()).getRecipients(Message.RecipientType.CC)).isNull();
        assertThat(eml.notes()).singleElement().asString().contains("no e-mail address for Bo Berg");
    }

    @Test
    void aCopyAddressWithAHeaderInItIsRejected() {
        assertThatThrownBy(() -> writer.write(Fixtures.sample(), Fixtures.email("María José Ortega", "Hi", "Hi")
            .withCc(List.of("eve@evil.example\r\nBcc: all@example.org"))))
            .isInstanceOf(ExportException.class).hasMessageContaining("line break");
    }
}
