// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TemplateCatalogTest {
    /**
     * Kinds that come only as an e-mail: an idea or a correction needs room, and an answer to an offer or a
     * withdrawal belongs in writing where the hiring side keeps its records.
     */
    private static final Set<NoteKind> EMAIL_ONLY = EnumSet.of(NoteKind.VALUE_ADD, NoteKind.CLARIFICATION,
        NoteKind.COMPETING_OFFER, NoteKind.TIME_TO_DECIDE, NoteKind.ACCEPT_OFFER, NoteKind.DECLINE_OFFER,
        NoteKind.WITHDRAW);

    private final TemplateCatalog catalog = new TemplateCatalog(Fixtures.BUNDLED, null);

    @ParameterizedTest
    @EnumSource(NoteKind.class)
    void everyKindCanBeDraftedByEmailAndOnLinkedIn(NoteKind kind) {
        List<Medium> media = catalog.media(kind);
        assertThat(media).contains(Medium.EMAIL);
        if (!EMAIL_ONLY.contains(kind)) {
            assertThat(media).containsAnyOf(Medium.LINKEDIN_MESSAGE, Medium.LINKEDIN_NOTE);
        }
    }

    @ParameterizedTest
    @EnumSource(Medium.class)
    void everyMediumHasAThankYou(Medium medium) throws DraftException {
        assertThat(catalog.choose(NoteKind.THANK_YOU, medium, Tone.WARM).medium()).isEqualTo(medium);
    }

    @Test
    void metadataIsComplete() {
        assertThat(catalog.all()).hasSize(54).allSatisfy(t -> {
            assertThat(t.origin()).isEqualTo(TemplateInfo.Origin.BUNDLED);
            assertThat(t.title()).isNotEqualTo(t.id());
            assertThat(t.description()).isNotBlank().doesNotContain("\n");
            assertThat(t.fields()).contains("interviewer.greeting");
            assertThat(t.valid()).isTrue();
        });
        assertThat(catalog.all()).extracting(TemplateInfo::id).doesNotHaveDuplicates();
    }

    @Test
    void textIncludesTheHeader() {
        assertThat(catalog.text("thank-you-card")).hasValueSatisfying(t -> assertThat(t)
            .startsWith("## kind: thank-you\n## medium: card\n"));
        assertThat(catalog.text("nope")).isEmpty();
    }
}
