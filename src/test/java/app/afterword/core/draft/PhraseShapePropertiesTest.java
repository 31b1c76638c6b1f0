// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import static org.assertj.core.api.Assertions.assertThat;

import app.afterword.core.interview.Interview;
import app.afterword.core.interview.Interviewer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random mixes of the shapes people type (résumé bullets, first-person lines, questions, -ing phrases, bare nouns,
 * pasted paragraphs, names in any case) draft, with every thank-you template, notes with no doubled or stray
 * punctuation, no item in a slot its shape doesn't fit, every name as typed and a signature.
 */
class PhraseShapePropertiesTest {

    private static final List<String> TOPICS = List.of("Rebuilding the churn dashboard.",
        "what success looks like in the first 90 days?", "We talked about motor-drive tuning on the AGV fleet.",
        "How will the team measure success?", "Kafka migrations", "She explained how on-call works",
        "the new clinic in Leeds", "Is remote work possible?", "The team is moving to AWS next year",
        "How they plan night shifts in August", "moving the test suite to every pull request");
    private static final List<String> SKILLS = List.of("Led a team of 5 analysts through a Tableau-to-Looker "
        + "migration.", "mentored four junior engineers", "I tuned PID loops for 40 robots.", "SQL",
        "Reduced build times by 60%.", "I'm comfortable with SQL and dbt", "Built and shipped the iOS app",
        "handled 2 lakh customer queries a month", "Designing onboarding flows", "HIPAA compliance",
        "In my last job I ran the night shift for a warehouse of 80 people, planned the rota every week, trained "
            + "new starters on the scanners and cut picking errors by a third in a year, which the site manager "
            + "then rolled out to two other sites.");
    private static final List<String> IDEAS = List.of("Send them my portfolio link", "a write-up of how we cut churn",
        "I could share the deck from my talk", "drafting a one-page onboarding guide");
    private static final List<String> RAPPORT = List.of("her dog Max", "his recent marathon",
        "She is also a keen climber.", "we both grew up in Leeds", "their trip to Kerala", "the Arsenal match");
    private static final List<String> NAMES = List.of("maria garcia", "Dr. Anke Schröder", "James Carter Jr.",
        "Priya Raman", "O’Brien Siobhán", "田中 裕子", "Omar Haddad", "Ms Ngozi Eze", "Suharto");
    private static final List<String> TEMPLATES = List.of("thank-you-email-warm", "thank-you-email-formal",
        "thank-you-email-brief", "thank-you-card", "thank-you-linkedin-message", "value-add-email");
    private static final Drafter DRAFTER = Fixtures.drafter(PhrasingCorpusTest.PROFILE, DraftSettings.DEFAULTS);

    @Provide
    Arbitrary<Interview> interviews() {
        Arbitrary<Interviewer> person = Combinators.combine(Arbitraries.of(NAMES),
            Arbitraries.of(TOPICS).list().ofMaxSize(1), Arbitraries.of(RAPPORT).injectNull(0.4))
            .as((name, topics, rapport) -> new Interviewer(name, null, null, null, topics, rapport));
        return Combinators.combine(person.list().ofMinSize(1).ofMaxSize(3).uniqueElements(Interviewer::name),
            Arbitraries.of(TOPICS).list().ofMaxSize(2), Arbitraries.of(SKILLS).list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.of(IDEAS).list().ofMinSize(1).ofMaxSize(1),
            Arbitraries.of("Acme Analytics, Inc.", "Haneul Games Co., Ltd.", "Whitcombe, Ashby & Co.", "Northwind"))
            .as((people, topics, skills, ideas, company) -> new Interview.Builder().company(company)
                .role("data analyst").start(OffsetDateTime.parse("2026-11-20T10:00:00-06:00")).interviewers(people)
                .topics(topics).skills(skills).ideas(ideas).build());
    }

    @Property(tries = 60)
    void everyMixOfShapesDraftsCleanNotes(@ForAll("interviews") Interview interview,
                                          @ForAll("templates") String template) throws DraftException {
        List<String> problems = new ArrayList<>();
        for (Draft d : DRAFTER.draft(interview, DraftRequest.DEFAULT.withTemplate(template))) {
            problems.addAll(PhrasingCorpusTest.structuralProblems(interview, d).stream()
                .map(p -> d.recipient() + ": " + p).toList());
        }
        assertThat(problems).isEmpty();
    }

    @Provide
    Arbitrary<String> templates() {
        return Arbitraries.of(TEMPLATES);
    }
}
