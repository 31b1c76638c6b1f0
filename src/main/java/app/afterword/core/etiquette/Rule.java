// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rules of the etiquette guide, under the ids users see in every finding (T timing, A addressing and structure, L
 * length, S subject, P panels, N tone, C channel, H card, K LinkedIn, F follow-ups, D decisions: answering a
 * rejection or an offer, withdrawing, X disputed advice). A few rules
 * are guidance the app applies elsewhere (a default, a print layout, a wizard prompt); they are listed here so the
 * ids stay stable, and marked as not checked on a note.
 */
public enum Rule {
    T1("Send the thank-you within 24 hours", true),
    T2("Don't send it the minute you leave", true),
    T3("Arrive in business hours", true),
    T4("No weekend sends; Friday interviews go out that afternoon or Monday morning", true),
    T5("A card only when the decision is not imminent", true),

    A1("Greet the interviewer by name, spelled exactly", true),
    A2("No generic salutations", true),
    A3("A formal greeting, not \"Hey\"", true),
    A4("Gratitude in the first sentence", true),
    A5("Name the role", true),
    A6("Reference something specific you discussed; no leftover placeholders", true),
    A7("Tie one of your skills to what they need", true),
    A8("Close warmly and sign with your full name and contact details", true),
    A9("The message goes in the body; no résumé attachment unless asked", true),
    A10("Send from a personal address, not your current work e-mail", true),
    A11("Inserted details read as part of the sentence", true),
    A12("No phone footer such as \"Sent from my iPhone\"", true),

    L1("Thank-you length: about 100 to 200 words", true),
    L2("A handful of sentences", true),
    L3("Three or four short paragraphs at most", true),
    L4("Follow-ups stay short", true),
    L5("A card fits its inside panel", true),

    S1("The subject states the purpose and the role", true),
    S2("No vague subjects", true),
    S3("Follow-ups reply in the existing thread", true),
    S4("Short subjects that are not cut off", true),

    P1("A separate, different note for each interviewer", true),
    P2("Each note mentions what that interviewer talked about", true),
    P3("No address? Send via the coordinator", true),
    P4("Thank the person who hosted you too", false),

    N1("No emoji, emoticons, slang or chat acronyms", true),
    N2("At most one exclamation mark", true),
    N3("Nothing desperate or needy", true),
    N4("No pressure, accusations or deadlines", true),
    N5("No empty follow-up openers", true),
    N6("No gushing or flattery", true),
    N7("Thank them for something specific, not just their time", true),
    N8("Proofread: no errors, correct names, no other company's name", true),
    N9("No apologising for the interview or running yourself down", true),
    N10("No laughter (\"haha\", \"lol\") in the note", true),
    N11("No gifts, vouchers or money for the interviewer", true),

    C1("E-mail is the default channel", false),
    C2("A card suits conservative firms and in-person interviews", true),
    C3("LinkedIn is not the main thank-you channel", true),

    H1("A plain, professional card", false),
    H2("Greet with the full name on a card", true),
    H3("Legible, error-free, one page", false),
    H4("Card size is a setting", false),

    K1("Connection-request notes fit LinkedIn's limit", true),
    K2("Messages and InMail fit LinkedIn's limits", true),
    K3("Never the default connection text", true),

    F1("Know the decision timeline", true),
    F2("The first check-in waits until after the decision date", true),
    F3("No date given: wait five business days", true),
    F4("Not within a day of the previous note", true),
    F5("At most two follow-ups, a week apart", true),
    F6("Each follow-up adds something new", true),
    F7("A status check reintroduces you, asks, and offers", true),
    F8("Ontario: employers answer within 45 days (optional)", true),
    F9("Don't chase: a week between nudges, and no \"did you get my e-mail?\"", true),

    D1("Answering a rejection, declining or withdrawing: no arguing, blaming or asking them to reconsider", true),
    D2("An answer to an offer, or a withdrawal, says what you decided in its first paragraph", true),
    D3("A note about another offer or about time to decide sets no ultimatum and makes no bluff", true),

    X1("At most one sentence of things you forgot to say", true);

    private final String title;
    private final boolean checked;

    Rule(String title, boolean checked) {
        this.title = title;
        this.checked = checked;
    }

    /** The id users see ("N3"). */
    public String id() {
        return name();
    }

    /** The rule in a few words. */
    public String title() {
        return title;
    }

    /** False for guidance the app applies elsewhere rather than by checking a note's text. */
    public boolean checked() {
        return checked;
    }

    /** Parses an id such as "n3" or "N3". */
    public static Optional<Rule> parse(String id) {
        String wanted = id == null ? "" : id.strip();
        return Arrays.stream(values()).filter(r -> r.name().equalsIgnoreCase(wanted)).findFirst();
    }
}
