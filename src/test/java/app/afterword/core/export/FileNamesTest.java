// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileNamesTest {

    static Stream<Arguments> names() {
        return Stream.of(
            Arguments.of("Acme/Inc", "Acme-Inc.eml"),
            Arguments.of("Acme\\Inc", "Acme-Inc.eml"),
            Arguments.of("a:b", "a-b.eml"),
            Arguments.of("What? <Really> *yes* | \"no\"", "What Really yes - no.eml"),
            Arguments.of("CON", "_CON.eml"),
            Arguments.of("con", "_con.eml"),
            Arguments.of("Nul.txt", "_Nul.txt.eml"),
            Arguments.of("COM1", "_COM1.eml"),
            Arguments.of("lpt9", "_lpt9.eml"),
            Arguments.of("COM\u00b9", "_COM\u00b9.eml"),
            Arguments.of("CONTOSO", "CONTOSO.eml"),
            Arguments.of("Brightline Inc.", "Brightline Inc.eml"),
            Arguments.of("trailing dots...", "trailing dots.eml"),
            Arguments.of("trailing space   ", "trailing space.eml"),
            Arguments.of("..", "note.eml"),
            Arguments.of("../../etc/passwd", "etc-passwd.eml"),
            Arguments.of(".hidden", "hidden.eml"),
            Arguments.of("-rf", "rf.eml"),
            Arguments.of("", "note.eml"),
            Arguments.of("   ", "note.eml"),
            Arguments.of("tab\there\nnew line", "tab here new line.eml"),
            Arguments.of("bell\u0007 nul\u0000", "bell nul.eml"),
            Arguments.of("invoice\u202Etxt.exe", "invoicetxt.exe.eml"),
            Arguments.of("zero\u200Bwidth", "zerowidth.eml"),
            Arguments.of("Ma\u0301ria", "Mária.eml"),
            Arguments.of("Café 🎉 Ωmega 中文", "Café 🎉 Ωmega 中文.eml"),
            Arguments.of("Family 👨‍👩‍👧 ❤️", "Family 👨‍👩‍👧 ❤️.eml"),
            Arguments.of("joiner\u200Dalone", "joineralone.eml"),
            Arguments.of("lone \uD800 surrogate", "lone - surrogate.eml"));
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> \"{1}\"")
    @MethodSource("names")
    void namesAreMadeSafe(String stem, String expected) {
        assertThat(FileNames.safe(stem, "eml")).isEqualTo(expected);
    }

    @Test
    void longNamesAreCutToTwoHundredBytesAtACharacterBoundary() {
        String name = FileNames.safe("é".repeat(150) + "🎉".repeat(50), "eml");
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(FileNames.MAX_BYTES);
        assertThat(name).endsWith(".eml").startsWith("éé");
        assertThat(name.chars().anyMatch(c -> Character.isSurrogate((char) c) && !isPaired(name, c))).isFalse();
        String ascii = FileNames.safe("x".repeat(300), "pdf");
        assertThat(ascii).isEqualTo("x".repeat(196) + ".pdf");
    }

    @Test
    void emojiIsNeverSplitWhenCutting() {
        String name = FileNames.safe("a" + "👨‍👩‍👧".repeat(30), "md");
        String stem = name.substring(0, name.length() - 3);
        assertThat(stem.substring(1)).matches("(👨‍👩‍👧)+");
    }

    @Test
    void draftNamesReadCompanyPersonAndKind() {
        assertThat(FileNames.forDraft(Fixtures.sample(), Fixtures.email("María José Ortega", "Hi", "x"),
            ExportFormat.EML)).isEqualTo("Brightline Transit - María José Ortega - thank-you.eml");
        assertThat(FileNames.forDraft(Fixtures.sample(), Fixtures.linkedIn("Daniel O'Brien", "x"),
            ExportFormat.LINKEDIN)).isEqualTo("Brightline Transit - Daniel O'Brien - network - linkedin.txt");
    }

    @Test
    void numberedNamesKeepTheExtension() {
        assertThat(FileNames.numbered("Acme - Ana - thank-you.eml", 2)).isEqualTo("Acme - Ana - thank-you (2).eml");
        String longName = FileNames.safe("x".repeat(300), "eml");
        assertThat(FileNames.numbered(longName, 12).getBytes(StandardCharsets.UTF_8).length)
            .isLessThanOrEqualTo(FileNames.MAX_BYTES);
    }

    @Test
    void badExtensionIsAProgrammingError() {
        assertThatThrownBy(() -> FileNames.safe("x", "../eml")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @MethodSource("names")
    void everySafeNameCreatesOneFileInsideTheFolder(String stem, String ignored, @TempDir Path dir)
        throws Exception {
        Path file = dir.resolve(FileNames.safe(stem, "txt"));
        assertThat(file.getParent()).isEqualTo(dir);
        Files.writeString(file, "x");
        try (Stream<Path> list = Files.list(dir)) {
            assertThat(list).containsExactly(file);
        }
    }

    private static boolean isPaired(String s, int c) {
        int i = s.indexOf(c);
        return Character.isHighSurrogate((char) c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
            : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
