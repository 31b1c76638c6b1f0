// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

import java.text.Normalizer;
import java.util.Locale;

/** Readable record ids made from words a person recognises, safe as file names on every system. */
public final class Ids {
    private Ids() {
    }

    /** "Ångström & Co — Senior Designer" becomes "angstrom-co-senior-designer"; never empty, at most 60 chars. */
    public static String slug(String words) {
        String plain = Normalizer.normalize(words == null ? "" : words, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
        if (plain.length() > 60) {
            plain = plain.substring(0, 60).replaceAll("-+$", "");
        }
        return plain.isEmpty() ? "record" : plain;
    }
}
