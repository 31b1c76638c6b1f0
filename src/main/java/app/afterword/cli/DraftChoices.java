// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import app.afterword.core.draft.Medium;
import app.afterword.core.draft.NoteKind;
import app.afterword.core.draft.Tone;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Converters for the drafting options, so a mistyped value gets the list of valid ones. */
final class DraftChoices {
    private DraftChoices() {
    }

    /** {@code --kind}. */
    static final class KindConverter implements ITypeConverter<NoteKind> {
        @Override
        public NoteKind convert(String value) {
            return NoteKind.parse(value).orElseThrow(() -> new TypeConversionException("'" + value
                + "' is not a kind of note; use one of " + NoteKind.choices()));
        }
    }

    /** {@code --medium}. */
    static final class MediumConverter implements ITypeConverter<Medium> {
        @Override
        public Medium convert(String value) {
            return Medium.parse(value).orElseThrow(() -> new TypeConversionException("'" + value
                + "' is not a medium; use one of " + Medium.choices()));
        }
    }

    /** {@code --tone}. */
    static final class ToneConverter implements ITypeConverter<Tone> {
        @Override
        public Tone convert(String value) {
            return Tone.parse(value).orElseThrow(() -> new TypeConversionException("'" + value
                + "' is not a tone; use one of " + Tone.choices()));
        }
    }
}
