// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** T11 and T13: a template file is text we can trust, or it is refused with a reason. */
class TemplateFilesTest {

    static java.util.stream.Stream<Arguments> badFiles() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] utf16 = "Dear $interviewer.name".getBytes(StandardCharsets.UTF_16);
        byte[] utf16le = {(byte) 0xFF, (byte) 0xFE, 'D', 0, 'e', 0};
        byte[] invalid = {'D', 'e', 'a', 'r', ' ', (byte) 0xC3, (byte) 0x28};
        byte[] nul = "Dear\u0000 $interviewer.name".getBytes(StandardCharsets.UTF_8);
        byte[] bell = "Dear\u0007 $interviewer.name".getBytes(StandardCharsets.UTF_8);
        byte[] huge = new byte[TemplateFiles.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        byte[] longLine = ("x".repeat(100_000) + "\n").getBytes(StandardCharsets.UTF_8);
        return java.util.stream.Stream.of(
            Arguments.of("empty", new byte[0], "is empty"),
            Arguments.of("only blanks", " \n\n \n".getBytes(StandardCharsets.UTF_8), "is empty"),
            Arguments.of("too large", huge, "can be at most 256 KiB"),
            Arguments.of("PNG", png, "is not UTF-8 text"),
            Arguments.of("UTF-16 with BOM", utf16, "is saved as UTF-16"),
            Arguments.of("UTF-16LE", utf16le, "is saved as UTF-16"),
            Arguments.of("invalid UTF-8", invalid, "is not UTF-8 text"),
            Arguments.of("NUL bytes", nul, "contains NUL characters"),
            Arguments.of("control character", bell, "control character (U+0007)"),
            Arguments.of("100k-character line", longLine, "line 1 is longer than 10000 characters"),
            Arguments.of("zip pack", zip(), "is not UTF-8 text"));
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("../../evil.vtl"));
            z.write(new byte[4096]);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFileIsRefusedWithAReason(String what, byte[] bytes, String reason) {
        assertThatThrownBy(() -> TemplateFiles.decode(bytes, "my.vtl"))
            .isInstanceOf(DraftException.class).hasMessageStartingWith("my.vtl").hasMessageContaining(reason);
    }

    @Test
    void lineEndingsAndByteOrderMarkAreNormalised() throws DraftException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "## kind: thank-you\r\nDear $interviewer.name,\r\rThanks".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        assertThat(TemplateFiles.decode(all, "t")).isEqualTo("## kind: thank-you\nDear $interviewer.name,\n\nThanks\n");
    }

    @Test
    void accentsAndEmojiInTextAreKept() throws DraftException {
        String text = "Merci, $interviewer.name — à bientôt 🙂\n";
        assertThat(TemplateFiles.decode(text.getBytes(StandardCharsets.UTF_8), "t")).isEqualTo(text);
    }

    @Property(tries = 300)
    void anyBytesDecodeOrAreRefusedCleanly(@ForAll @Size(max = 600) byte[] bytes) {
        try {
            String text = TemplateFiles.decode(bytes, "fuzz.vtl");
            assertThat(text).endsWith("\n").doesNotContain("\r", "\u0000");
        } catch (DraftException e) {
            assertThat(e.getMessage()).startsWith("fuzz.vtl");
        }
    }
}
