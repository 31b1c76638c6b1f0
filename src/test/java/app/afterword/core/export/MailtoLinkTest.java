// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailtoLinkTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "Thank you          | Thank%20you",
        "Q&A                | Q%26A",
        "Why?               | Why%3F",
        "#1 idea            | %231%20idea",
        "1+1=2              | 1%2B1%3D2",
        "100%               | 100%25",
        "María José         | Mar%C3%ADa%20Jos%C3%A9",
        "🎉                 | %F0%9F%8E%89",
        "a/b:c;d,e          | a%2Fb%3Ac%3Bd%2Ce",
        "`it's`             | it%27s",
        "*bold* ~x~         | %2Abold%2A%20%7Ex%7E"
    })
    void valuesArePercentEncodedAsUtf8(String value, String encoded) {
        assertThat(MailtoLink.encode(value)).isEqualTo(encoded);
    }

    @Test
    void linkHoldsOnlyCharactersNoShellOrOpenerCanMisread() {
        String hostile = "$(rm -rf ~) `id` ; | > < * ? [a] {b} \\ \" ' ! é 🎉\n\t";
        MailtoLink link = MailtoLink.of("a@example.com", hostile, hostile, 1800);
        assertThat(link.uri()).matches("mailto:[A-Za-z0-9._%@?&=-]+");
    }

    @Test
    void linkCarriesAddressSubjectAndBody() {
        MailtoLink link = MailtoLink.of("ana@example.com", "Thank you", "Hi Ana", MailtoLink.DEFAULT_LIMIT);
        assertThat(link.uri()).isEqualTo("mailto:ana@example.com?subject=Thank%20you&body=Hi%20Ana");
    }

    @Test
    void reservedCharactersInTheBodyCannotStartANewField() {
        MailtoLink link = MailtoLink.of("ana@example.com", "Hi", "a&cc=eve@evil.example?x#frag", 1800);
        assertThat(link.uri())
            .isEqualTo("mailto:ana@example.com?subject=Hi&body=a%26cc%3Deve%40evil.example%3Fx%23frag");
        assertThat(query(link)).containsExactly("subject=Hi", "body=a&cc=eve@evil.example?x#frag");
    }

    @Test
    void lineBreaksBecomeCrLfAsRfc6068Asks() {
        MailtoLink link = MailtoLink.of(null, null, "Dear Ana,\n\nThanks.", 1800);
        assertThat(link.uri()).isEqualTo("mailto:?body=Dear%20Ana%2C%0D%0A%0D%0AThanks.");
    }

    @Test
    void plusInTheAddressIsEncodedAndAtSignKept() {
        assertThat(MailtoLink.of("sam+jobs@example.com", null, null, 1800).uri())
            .isEqualTo("mailto:sam%2Bjobs@example.com");
    }

    @Test
    void linkParsesAsAUriAndDecodesBackToTheOriginal() {
        String body = "Dear María,\n\nThank you for the Q&A — 100% useful! 🎉 #next?";
        MailtoLink link = MailtoLink.of("mj@example.com", "Danke & merci", body, 1800);
        URI uri = link.toUri();
        assertThat(uri.getScheme()).isEqualTo("mailto");
        assertThat(query(link)).containsExactly("subject=Danke & merci", "body=" + body.replace("\n", "\r\n"));
    }

    @Test
    void linkOverTheLimitIsTooLongAndSaysByHowMuch() {
        MailtoLink fits = MailtoLink.of("a@example.com", null, "x".repeat(100), 1800);
        assertThat(fits.tooLong()).isFalse();
        assertThat(fits.overBy()).isZero();
        MailtoLink longOne = MailtoLink.of("a@example.com", null, "é".repeat(400), 1800);
        // Every é is six characters once encoded (%C3%A9).
        assertThat(longOne.length()).isEqualTo("mailto:a@example.com?body=".length() + 400 * 6);
        assertThat(longOne.tooLong()).isTrue();
        assertThat(longOne.overBy()).isEqualTo(longOne.length() - 1800);
    }

    @Test
    void draftLinkUsesTheInterviewersAddress() {
        Interview sample = Fixtures.sample();
        MailtoLink link = MailtoLink.forDraft(sample, Fixtures.email("Daniel O'Brien", "Thanks", "Hi"), 1800);
        assertThat(link.uri()).startsWith("mailto:daniel.obrien@brightline.example?subject=Thanks");
    }

    @Test
    void draftLinkCopiesThePeopleAndAddressesTheNoteCopies() {
        Interview sample = Fixtures.sample();
        MailtoLink link = MailtoLink.forDraft(sample, Fixtures.email("María José Ortega", "Next steps", "Hi")
            .withCc(List.of("Daniel O'Brien", "coach+afterword@example.org")), 1800);
        assertThat(link.uri()).startsWith("mailto:mj.ortega@brightline.example?cc=daniel.obrien@brightline.example,"
            + "coach%2Bafterword@example.org&subject=Next%20steps&body=Hi");
        assertThat(link.toUri().getSchemeSpecificPart()).contains("cc=daniel.obrien@brightline.example,"
            + "coach+afterword@example.org&");
    }

    @Test
    void handoffRefusesALinkThatIsTooLongWithoutLaunching() {
        List<URI> opened = new ArrayList<>();
        MailHandoff handoff = new MailHandoff(uri -> {
            opened.add(uri);
            return new DesktopLauncher.LaunchOutcome(DesktopLauncher.Status.OPENED, "Opened.");
        }, 1800);
        MailHandoff.Outcome outcome = handoff.open(Fixtures.sample(),
            Fixtures.email("Daniel O'Brien", "Thanks", "word ".repeat(500)));
        assertThat(outcome.result()).isEqualTo(MailHandoff.Result.TOO_LONG);
        assertThat(outcome.message()).contains("Copy").contains(".eml");
        assertThat(opened).isEmpty();
    }

    @Test
    void handoffWithoutAMailAppOffersCopyAndEml() {
        MailHandoff handoff = new MailHandoff(uri -> new DesktopLauncher.LaunchOutcome(
            DesktopLauncher.Status.NO_HANDLER, "Couldn't open the mail app: no default mail app is set up."), 1800);
        MailHandoff.Outcome outcome = handoff.open(Fixtures.sample(), Fixtures.email("Daniel O'Brien", "Hi", "Hi"));
        assertThat(outcome.result()).isEqualTo(MailHandoff.Result.NO_MAIL_APP);
        assertThat(outcome.message()).contains("Copy the note").contains(".eml");
    }

    @Test
    void handoffOpensShortLinksThroughTheLauncher() {
        List<URI> opened = new ArrayList<>();
        MailHandoff handoff = new MailHandoff(uri -> {
            opened.add(uri);
            return new DesktopLauncher.LaunchOutcome(DesktopLauncher.Status.OPENED, "Opened in your mail app.");
        }, 1800);
        MailHandoff.Outcome outcome = handoff.open(Fixtures.sample(), Fixtures.email("Daniel O'Brien", "Hi", "Hi"));
        assertThat(outcome.result()).isEqualTo(MailHandoff.Result.OPENED);
        assertThat(opened).extracting(URI::toString)
            .containsExactly("mailto:daniel.obrien@brightline.example?subject=Hi&body=Hi");
    }

    /** The decoded query fields, split only on the real separators. */
    private static List<String> query(MailtoLink link) {
        String raw = link.uri().substring(link.uri().indexOf('?') + 1);
        List<String> fields = new ArrayList<>();
        for (String field : raw.split("&")) {
            fields.add(URLDecoder.decode(field, StandardCharsets.UTF_8));
        }
        return fields;
    }
}
