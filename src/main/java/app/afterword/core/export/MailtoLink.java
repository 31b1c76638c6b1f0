// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import app.afterword.core.draft.Draft;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A {@code mailto:} link (RFC 6068) for one note, and whether it is short enough to trust. Mail clients and the
 * systems between them truncate long links without a word, so a link over {@link #DEFAULT_LIMIT} characters is
 * reported as too long and the user is offered copy and a .eml file instead.
 *
 * @param uri    the encoded link, pure ASCII
 * @param limit  the longest link considered safe
 */
public record MailtoLink(String uri, int limit) {

    /** About the longest link common mail clients and browsers pass on whole. */
    public static final int DEFAULT_LIMIT = 1_800;

    /** Requires the link and a positive limit. */
    public MailtoLink {
        if (uri == null || !uri.startsWith("mailto:")) {
            throw new IllegalArgumentException("a mailto: link is required");
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    /**
     * Builds the link. Every value is percent-encoded as UTF-8; spaces become {@code %20} (not {@code +}, which mail
     * clients keep literally) and line breaks become {@code %0D%0A} as RFC 6068 asks.
     *
     * @param to      the address, or null to let the user fill it in
     * @param subject the subject, or null
     * @param body    the body, or null
     */
    public static MailtoLink of(String to, String subject, String body, int limit) {
        return of(to, List.of(), subject, body, limit);
    }

    /**
     * Builds the link with addresses to copy ({@code cc=}, comma-separated as RFC 6068 allows).
     *
     * @param cc the addresses to copy; empty for none
     */
    public static MailtoLink of(String to, List<String> cc, String subject, String body, int limit) {
        StringBuilder uri = new StringBuilder("mailto:");
        if (to != null && !to.isBlank()) {
            uri.append(address(to));
        }
        char sep = '?';
        List<String> copies = cc == null ? List.of() : cc.stream().filter(c -> c != null && !c.isBlank()).toList();
        if (!copies.isEmpty()) {
            uri.append(sep).append("cc=").append(String.join(",", copies.stream().map(MailtoLink::address)
                .toList()));
            sep = '&';
        }
        if (subject != null && !subject.isBlank()) {
            uri.append(sep).append("subject=").append(encode(subject.strip()));
            sep = '&';
        }
        String text = body == null ? "" : NoteText.normalize(body);
        if (!text.isEmpty()) {
            uri.append(sep).append("body=").append(encode(text.replace("\n", "\r\n")));
        }
        return new MailtoLink(uri.toString(), limit);
    }

    /**
     * The link for a draft, addressed to its recipient's e-mail address when the interview has one, and copying the
     * people and addresses the draft copies (a person without an address is left out).
     */
    public static MailtoLink forDraft(Interview interview, Draft draft, int limit) {
        String email = interview.interviewer(draft.recipient()).map(Interviewer::email).orElse(null);
        List<String> cc = new ArrayList<>();
        for (String copy : draft.cc()) {
            Optional<Interviewer> person = interview.interviewer(copy);
            String address = person.isPresent() ? person.get().email() : copy.contains("@") ? copy : null;
            if (address != null) {
                cc.add(address);
            }
        }
        return of(email, cc, draft.subject(), draft.body(), limit);
    }

    private static String address(String email) {
        return encode(email.strip()).replace("%40", "@");
    }

    /**
     * Percent-encodes one value for a mailto link. Besides {@code +} (a space to form decoders) the asterisk is encoded
     * too, so the link holds only letters, digits and {@code . - _ % @ ? & = :} and no opener script can read it as a
     * pattern.
     */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A");
    }

    /** The link's length in characters. */
    public int length() {
        return uri.length();
    }

    /** True when the link is longer than the limit and must not be relied on. */
    public boolean tooLong() {
        return uri.length() > limit;
    }

    /** How many characters over the limit the link is (0 when it fits). */
    public int overBy() {
        return Math.max(0, uri.length() - limit);
    }

    /** The link as a URI. */
    public URI toUri() {
        return URI.create(uri);
    }
}
