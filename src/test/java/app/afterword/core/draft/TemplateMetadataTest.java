// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The top-level templates folder and the catalog agree, and the metadata in each file is true. */
class TemplateMetadataTest {
    private static final Path FOLDER = Fixtures.basedir().resolve("templates");

    @Test
    void everyTemplateFileIsListedInTheIndexAndNothingElse() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(FOLDER)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".vtl"))
                .map(n -> n.substring(0, n.length() - 4)).sorted().toList();
        }
        assertThat(Fixtures.BUNDLED.list()).extracting(TemplateInfo::id).containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void declaredFieldsAreTheFieldsTheTemplateUses() throws IOException {
        for (TemplateInfo t : Fixtures.BUNDLED.list()) {
            String text = Files.readString(FOLDER.resolve(t.id() + ".vtl"), StandardCharsets.UTF_8);
            assertThat(TemplateHeader.parse(text).fields()).as(t.id()).containsExactlyElementsOf(t.fields());
        }
    }

    @Test
    void templateFilesAreCleanText() throws IOException {
        for (TemplateInfo t : Fixtures.BUNDLED.list()) {
            String text = Files.readString(FOLDER.resolve(t.id() + ".vtl"), StandardCharsets.UTF_8);
            assertThat(text).as(t.id()).doesNotContain("\r", "\t").endsWith("\n");
            assertThat(text.lines()).as(t.id()).noneMatch(l -> l.endsWith(" ") && !l.endsWith(" ##"));
            assertThat(TemplateHeader.parse(text).problems()).as(t.id()).isEmpty();
        }
    }
}
