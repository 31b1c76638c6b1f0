// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.draft.model.Phrase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Items typed the ways people type them, each with the shape it is read as and the noun phrase a template puts
 * after "about" or "with" ("-" for none, when the item has to be left out of such a sentence or quoted).
 */
class PhraseAnalyserTest {
    private static final PhraseAnalyser PHRASES = new PhraseAnalyser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Led a team of 5 analysts through a Tableau-to-Looker migration. | past | leading a team of 5 analysts "
            + "through a Tableau-to-Looker migration",
        "Reduced build times by 60%. | past | reducing build times by 60%",
        "mentored four junior engineers | past | mentoring four junior engineers",
        "Built and shipped the iOS app | past | building and shipping the iOS app",
        "Designed, built and ran the pipeline | past | designing, building and running the pipeline",
        "Set up CI/CD | past | setting up CI/CD",
        "Organised the school's science fair. | past | organising the school's science fair",
        "handled 2 lakh customer queries a month | past | handling 2 lakh customer queries a month",
        "- Managed vendor relationships | past | managing vendor relationships",
        "• Customer service | noun | customer service",
        "Rebuilding the churn dashboard. | ing | rebuilding the churn dashboard",
        "Kafka migrations | noun | Kafka migrations",
        "SQL | noun | SQL",
        "HIPAA compliance | noun | HIPAA compliance",
        "Distributed systems | noun | distributed systems",
        "Embedded software | noun | embedded software",
        "Python scripting | noun | Python scripting",
        "the plan to split the scheduling API by clinic region | noun | the plan to split the scheduling API by "
            + "clinic region",
        "how the on-call rotation handles incidents overnight | noun | how the on-call rotation handles incidents "
            + "overnight",
        "I tuned PID loops for 40 robots. | first-person | tuning PID loops for 40 robots",
        "I have run payroll for 300 staff | first-person | running payroll for 300 staff",
        "I am learning Rust | first-person | learning Rust",
        "I'm comfortable with SQL and dbt | first-person | -",
        "We talked about motor-drive tuning on the AGV fleet. | first-person | motor-drive tuning on the AGV fleet",
        "She explained how on-call works | sentence | how on-call works",
        "They asked about my gap year | sentence | my gap year",
        "Asked me about asset accounting | past | asset accounting",
        "The team is moving to AWS next year | sentence | -",
        "what success looks like in the first 90 days? | question | what success looks like in the first 90 days",
        "How will the team measure success? | question | how the team will measure success",
        "What does success look like in six months? | question | what success looks like in six months",
        "What is the biggest challenge for the team? | question | what the biggest challenge for the team is",
        "Is remote work possible? | question | -",
        "would I run a fieldwork trip for year 10 | question | whether I would run a fieldwork trip for year 10",
        "Can we talk about the salary band? | question | whether we can talk about the salary band",
    })
    void readsEachShape(String typed, String shape, String noun) {
        Phrase p = PHRASES.analyse(typed);
        assertThat(p.shape()).as("shape of %s", typed).isEqualTo(shape);
        assertThat(p.asNoun() == null ? "-" : p.asNoun()).as("noun form of %s", typed).isEqualTo(noun);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "her dog Max | your dog Max",
        "Omar's recent marathon | your recent marathon",
        "omar's recent marathon | your recent marathon",
        "She is also a keen climber. | you are also a keen climber",
        "He runs a cricket club on weekends | you run a cricket club on weekends",
        "their trip to Kerala | your trip to Kerala",
        "we both grew up in Leeds | we both grew up in Leeds",
        "his story about shipping a release from a ferry | your story about shipping a release from a ferry",
    })
    void rapportIsSaidToThePersonItIsAbout(String typed, String said) {
        assertThat(PHRASES.analyse(typed, "Omar Haddad")).hasToString(said);
    }

    @Test
    void someoneElsesNameStaysInANoteToAnotherPerson() {
        assertThat(PHRASES.analyse("Omar's recent marathon", "Priya Raman")).hasToString("Omar's recent marathon");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Send them my portfolio link | my portfolio link",
        "I could share the deck from my talk at PyCon India | the deck from my talk at PyCon India",
        "drafting a one-page churn interview guide for them | a one-page churn interview guide for them",
        "Wrote a Looker content-audit script that finds unused dashboards. | a Looker content-audit script that "
            + "finds unused dashboards",
        "a short write-up of how we cut flaky tests | a short write-up of how we cut flaky tests",
    })
    void anOfferedIdeaIsTheThingOffered(String typed, String thing) {
        assertThat(PHRASES.analyseOffer(typed).asNoun()).isEqualTo(thing);
    }

    @Test
    void aPastedParagraphIsLongAndNeverANoun() {
        String paragraph = "In my last role I was responsible for the whole onboarding programme, which meant "
            + "writing the training plan, running the first two weeks of sessions for every new starter, and "
            + "checking in with their managers after a month to see what was still missing for them.";
        Phrase p = PHRASES.analyse(paragraph);
        assertThat(p.shape()).isEqualTo("long");
        assertThat(p.asNoun()).isNull();
        assertThat(p.asSentence()).endsWith("for them.");
    }

    @Test
    void blankItemsAreNothing() {
        assertThat(PHRASES.analyse("   ")).isNull();
        assertThat(PHRASES.analyse(null)).isNull();
        assertThat(PHRASES.analyse("- ")).isNull();
        assertThat(PHRASES.analyse("•  ...")).isNull();
    }

    @Test
    void aClauseIsOfferedForAVerbItem() {
        assertThat(PHRASES.analyse("Led a team of 5 analysts.").asClause()).isEqualTo("I led a team of 5 analysts");
        assertThat(PHRASES.analyse("Led a team of 5 analysts.").asSentence()).isEqualTo("I led a team of 5 analysts.");
    }
}
