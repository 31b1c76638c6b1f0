// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.export;

import app.afterword.core.draft.Draft;
import app.afterword.core.interview.Candidate;
import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes a note as a {@code .eml} draft (RFC 5322) that mail clients open ready to send: {@code X-Unsent: 1}, UTF-8,
 * a multipart/alternative body with plain text and HTML, names and subject RFC 2047-encoded. It exists because a
 * {@code mailto:} link can fail silently or be cut; a file always carries the whole note.
 *
 * <p>Header values are checked first: a line break in a subject or a name could smuggle in extra headers
 * ({@code Bcc:}), so it is rejected with a message instead of being "cleaned". No line of the file is longer than
 * {@link #MAX_LINE_OCTETS}.
 */
public final class EmlWriter {
    /** RFC 5322's hard limit for one line, without its CRLF. */
    public static final int MAX_LINE_OCTETS = 998;

    private static final String UTF_8 = "UTF-8";
    private static final int SUBJECT_PREFIX = "Subject: ".length();
    /** One mailbox, local@domain: no display name, no RFC 5322 group ("undisclosed:a@b;"), no list. */
    private static final Pattern SINGLE_MAILBOX =
        Pattern.compile("[^\\s@<>()\\[\\]:;,\"\\\\]+@[^\\s@<>()\\[\\]:;,\"\\\\]+");

    private final Clock clock;
    /** A mail session with no configuration: it is only used to build messages, never to connect anywhere. */
    private final Session session = Session.getInstance(new Properties());

    /** A writer that dates drafts by the given clock. */
    public EmlWriter(Clock clock) {
        if (clock == null) {
            throw new IllegalArgumentException("clock is required");
        }
        this.clock = clock;
    }

    /**
     * Renders the draft as a .eml file.
     *
     * @throws ExportException when a header value is unusable (line break, invalid address, name too long)
     */
    public Rendered write(Interview interview, Draft draft) throws ExportException {
        Interviewer to = interview.interviewer(draft.recipient()).orElseThrow(() -> new ExportException(
            "There is no interviewer named \"" + draft.recipient() + "\" in this interview; check the name."));
        Candidate from = interview.candidate();
        List<String> notes = new ArrayList<>();
        HeaderText.requireOneLine(draft.subject(), "the subject");
        try {
            MimeMessage message = new DraftMessage(session);
            InternetAddress toAddress = address(to.email(), to.name(), "the e-mail address of " + to.name(),
                "the name of interviewer \"" + firstLine(to.name()) + "\"");
            if (toAddress != null) {
                message.setRecipient(Message.RecipientType.TO, toAddress);
            } else {
                notes.add("There is no e-mail address for " + to.name() + ", so the draft has no To: address; add "
                    + "it in your mail app.");
            }
            InternetAddress[] copies = copies(interview, draft, notes);
            if (copies.length > 0) {
                message.setRecipients(Message.RecipientType.CC, copies);
            }
            InternetAddress fromAddress = address(from.email(), from.name(), "your e-mail address", "your name");
            if (fromAddress != null) {
                message.setFrom(fromAddress);
            }
            if (draft.subject() != null) {
                setSubject(message, draft.subject());
            } else {
                notes.add("The note has no subject; add one in your mail app before sending.");
            }
            message.setSentDate(Date.from(clock.instant()));
            message.setHeader("X-Unsent", "1");

            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(textPart(NoteText.plain(draft.body()), "plain"));
            alternative.addBodyPart(textPart(NoteText.htmlDocument(draft.subject(), draft.body()), "html"));
            message.setContent(alternative);
            message.saveChanges();

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            byte[] bytes = out.toByteArray();
            if (HeaderText.longestLine(bytes) > MAX_LINE_OCTETS) {
                throw new ExportException("Couldn't make the e-mail file: a line would be longer than e-mail "
                    + "allows. Shorten the names or the subject and try again.");
            }
            return new Rendered(bytes, notes);
        } catch (MessagingException | IOException e) {
            throw new ExportException("Couldn't make the e-mail file for " + to.name() + ".", e);
        }
    }

    /**
     * The Cc: addresses of a note that copies others: each person by name and address, each typed address as it is.
     * A person without an address is left out, with a note saying so.
     */
    private static InternetAddress[] copies(Interview interview, Draft draft, List<String> notes)
        throws ExportException {
        List<InternetAddress> out = new ArrayList<>();
        for (String copy : draft.cc()) {
            Optional<Interviewer> person = interview.interviewer(copy);
            InternetAddress a;
            if (person.isPresent()) {
                Interviewer p = person.get();
                a = address(p.email(), p.name(), "the e-mail address of " + p.name(),
                    "the name of \"" + firstLine(p.name()) + "\"");
                if (a == null) {
                    notes.add("There is no e-mail address for " + p.name() + ", so the draft does not copy them; "
                        + "add it in your mail app if you want to.");
                }
            } else {
                a = address(copy, null, "the address to copy", "the address to copy");
            }
            if (a != null) {
                out.add(a);
            }
        }
        return out.toArray(new InternetAddress[0]);
    }

    private static InternetAddress address(String email, String name, String emailField, String nameField)
        throws ExportException {
        HeaderText.requireOneLine(name, nameField);
        HeaderText.requireOneLine(email, emailField);
        if (email == null) {
            return null;
        }
        if (name != null && name.codePointCount(0, name.length()) > HeaderText.MAX_NAME) {
            throw new ExportException(capitalize(nameField) + " is longer than " + HeaderText.MAX_NAME
                + " characters; shorten it in the interview.");
        }
        if (email.length() > HeaderText.MAX_ADDRESS) {
            throw new ExportException(capitalize(emailField) + " is longer than " + HeaderText.MAX_ADDRESS
                + " characters, so it can't be a real address; fix it in the interview.");
        }
        if (!SINGLE_MAILBOX.matcher(email).matches()) {
            throw new ExportException(capitalize(emailField) + " (\"" + email + "\") is not a valid e-mail "
                + "address: give one address such as ana.souza@example.com (no groups or lists), then export again.");
        }
        try {
            InternetAddress address = new InternetAddress(email, name, UTF_8);
            if (HeaderText.looksEncoded(name)) {
                // Written encoded, so a mail app shows the name as typed instead of decoding what it pretends to be.
                address = new EncodedName(email, HeaderText.encodedWords(name));
            }
            address.validate();
            if (address.isGroup()) {
                throw new AddressException("a group");
            }
            return address;
        } catch (AddressException e) {
            throw new ExportException(capitalize(emailField) + " (\"" + email + "\") is not a valid e-mail "
                + "address; fix it in the interview.", e);
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is always supported", e);
        }
    }

    private static void setSubject(MimeMessage message, String subject) throws MessagingException {
        if (HeaderText.looksEncoded(subject)) {
            message.setHeader("Subject", HeaderText.encodedWords(subject));
            return;
        }
        message.setSubject(subject, UTF_8);
        String folded = message.getHeader("Subject", null);
        boolean fits = true;
        int first = SUBJECT_PREFIX;
        for (String line : folded.split("\r\n")) {
            if (line.length() + first > MAX_LINE_OCTETS) {
                fits = false;
            }
            first = 0;
        }
        if (!fits) {
            // A run without spaces too long to fold: encoded-words can be split anywhere between characters.
            message.setHeader("Subject", HeaderText.encodedWords(subject));
        }
    }

    private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, UTF_8, subtype);
        // Quoted-printable keeps mostly-English text readable and every line under 77 octets.
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    private static String firstLine(String s) {
        int cut = s.indexOf('\n');
        int cr = s.indexOf('\r');
        if (cr >= 0 && (cut < 0 || cr < cut)) {
            cut = cr;
        }
        return cut < 0 ? s : s.substring(0, cut);
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** An address whose display name is written as the given encoded words, never passed through as typed. */
    private static final class EncodedName extends InternetAddress {
        private static final long serialVersionUID = 1L;

        EncodedName(String email, String encodedName) throws AddressException {
            super(email);
            this.encodedPersonal = encodedName;
        }
    }

    /** A message whose id is random, so saving it never looks up this computer's host name. */
    private static final class DraftMessage extends MimeMessage {
        DraftMessage(Session session) {
            super(session);
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + UUID.randomUUID() + "@afterword.invalid>");
        }
    }
}
