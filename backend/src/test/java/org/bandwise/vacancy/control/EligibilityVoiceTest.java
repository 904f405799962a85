package org.bandwise.vacancy.control;

import static org.bandwise.vacancy.control.EligibilityRulesTest.BAND_3;
import static org.bandwise.vacancy.control.EligibilityRulesTest.BAND_4;
import static org.bandwise.vacancy.control.EligibilityRulesTest.BUILDING_CHOICES;
import static org.bandwise.vacancy.control.EligibilityRulesTest.CATALOGUE;
import static org.bandwise.vacancy.control.EligibilityRulesTest.FACILITATOR_FENCE;
import static org.bandwise.vacancy.control.EligibilityRulesTest.FACILITATOR_REBANDING;
import static org.bandwise.vacancy.control.EligibilityRulesTest.PQIP;
import static org.bandwise.vacancy.control.EligibilityRulesTest.SUPERVISION;
import static org.bandwise.vacancy.control.EligibilityRulesTest.TODAY;
import static org.bandwise.vacancy.control.EligibilityRulesTest.alex;
import static org.bandwise.vacancy.control.EligibilityRulesTest.jordan;
import static org.bandwise.vacancy.control.EligibilityRulesTest.treatmentManager;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bandwise.vacancy.control.EligibilityRules.Voice;
import org.junit.jupiter.api.Test;

/**
 * The sentences of eligibility in both voices: to the person ("You are at risk…") when they read
 * their own, about them by name ("Alex Morgan is at risk…") when HR or a union rep reads it; and
 * criterion sentences that read whatever the catalogue calls the criterion.
 */
class EligibilityVoiceTest {

  static final Pattern SECOND_PERSON = Pattern.compile("\\b([Yy]ou|[Yy]our)\\b");
  static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  final EligibilityRules toThePerson =
      new EligibilityRules(EligibilitySettings.defaults(), CATALOGUE, TODAY);
  final EligibilityRules aboutThePerson = toThePerson.inVoice(Voice.ABOUT_THE_PERSON);

  private static List<String> texts(Eligibility e) {
    return e.reasons().stream().map(EligibilityReason::text).toList();
  }

  @Test
  void theRulesSpeakToThePersonUnlessToldOtherwise() {
    assertEquals(Voice.TO_THE_PERSON, toThePerson.voice());
    assertSame(toThePerson, toThePerson.inVoice(Voice.TO_THE_PERSON));
    assertEquals(Voice.ABOUT_THE_PERSON, aboutThePerson.voice());
    assertEquals(toThePerson.asOf(), aboutThePerson.asOf());
    assertEquals(toThePerson.maxTrainingWeeks(), aboutThePerson.maxTrainingWeeks());
  }

  @Test
  void hrReadsAPoolMembersReasonsAboutThemByName() {
    Eligibility e =
        aboutThePerson.assess(alex(Set.of("pqip")), treatmentManager(VacancyStatus.RING_FENCE));
    assertTrue(e.inPool());
    assertEquals(
        List.of(
            "Alex Morgan is at risk until 31 July 2028.",
            "Alex Morgan's protected band, Band 4, is the same as this vacancy's band.",
            "Alex Morgan meets the essential criterion: the Professional Qualification in"
                + " Probation (PQiP).",
            "Alex Morgan could meet the essential criterion after training of about 8 weeks:"
                + " accredited training to deliver Building Choices.",
            "With about 8 weeks of training Alex Morgan would meet every essential criterion by 27"
                + " October 2026, within the 6 months allowed for the ring-fenced pool.",
            "Ring-fenced for staff at risk until 31 January 2027, and Alex Morgan is in the pool."),
        texts(e));
    // the verdicts do not depend on who reads them
    Eligibility own =
        toThePerson.assess(alex(Set.of("pqip")), treatmentManager(VacancyStatus.RING_FENCE));
    assertEquals(own.eligible(), e.eligible());
    assertEquals(
        own.reasons().stream().map(EligibilityReason::met).toList(),
        e.reasons().stream().map(EligibilityReason::met).toList());
    assertEquals(
        own.reasons().stream().map(EligibilityReason::rule).toList(),
        e.reasons().stream().map(EligibilityReason::rule).toList());
  }

  @Test
  void hrReadsWhySomeoneIsNotInThePoolAboutThemByName() {
    Eligibility e =
        aboutThePerson.assess(jordan(Set.of("bc")), treatmentManager(VacancyStatus.RING_FENCE));
    assertEquals(
        List.of(
            "Jordan Lee is not at risk, so they are not in the ring-fenced pool.",
            "Jordan Lee's band, Band 3, is lower than this vacancy's band, Band 4.",
            "Jordan Lee is missing the essential criterion: the Professional Qualification in"
                + " Probation (PQiP).",
            "Jordan Lee meets the essential criterion: accredited training to deliver Building"
                + " Choices.",
            "Ring-fenced for staff at risk until 31 January 2027; open to internal applicants after"
                + " that."),
        texts(e));

    Eligibility trainable =
        aboutThePerson.assess(jordan(Set.of("pqip")), treatmentManager(VacancyStatus.INTERNAL));
    assertEquals(
        "Training time counts only for people in the ring-fenced pool, so Jordan Lee needs every"
            + " essential criterion now to apply.",
        trainable.reasons().get(4).text());

    var noBand = new Candidate("s0", "Chris Doe", null, null, null, Set.of(), List.of());
    assertEquals(
        "Chris Doe has no band on record, so the band rule is not met.",
        texts(aboutThePerson.assess(noBand, treatmentManager(VacancyStatus.RING_FENCE))).get(1));
  }

  @Test
  void theAtRiskSentencesAboutSomeoneElse() {
    VacancyFacts vacancy = treatmentManager(VacancyStatus.RING_FENCE);
    Candidate future =
        new Candidate(
            "s3",
            "Sam Patel",
            BAND_3,
            BAND_4,
            new AtRisk(LocalDate.of(2026, 10, 1), LocalDate.of(2028, 9, 30), FACILITATOR_REBANDING),
            Set.of(),
            List.of());
    assertEquals(
        "Sam Patel will be at risk from 1 October 2026, and in the ring-fenced pool from then.",
        texts(aboutThePerson.assess(future, vacancy)).get(0));
    Candidate ended =
        new Candidate(
            "s4",
            "Jo Reid",
            BAND_3,
            BAND_4,
            new AtRisk(LocalDate.of(2024, 8, 1), LocalDate.of(2026, 7, 31), FACILITATOR_REBANDING),
            Set.of(),
            List.of());
    assertEquals(
        "Jo Reid's at-risk period ended on 31 July 2026, so they are no longer in the ring-fenced"
            + " pool.",
        texts(aboutThePerson.assess(ended, vacancy)).get(0));
    Candidate otherRebanding =
        new Candidate(
            "s5",
            "Kim Evans",
            BAND_4,
            null,
            new AtRisk(LocalDate.of(2026, 4, 1), LocalDate.of(2028, 3, 31), "rb-daso"),
            Set.of(),
            List.of());
    assertEquals(
        "Kim Evans is at risk until 31 March 2028, but this vacancy is ring-fenced for staff at"
            + " risk from the Intervention Facilitator re-banding.",
        texts(aboutThePerson.assess(otherRebanding, vacancy)).get(0));
    var senior =
        new VacancyFacts(
            "v-stm",
            "Senior Treatment Manager",
            BAND_4,
            List.of(SUPERVISION),
            VacancyStatus.RING_FENCE,
            FACILITATOR_FENCE);
    assertEquals(
        "The training Alex Morgan needs takes about 30 weeks in all, longer than the 6 months"
            + " allowed for the ring-fenced pool.",
        texts(aboutThePerson.assess(alex(Set.of()), senior)).get(3));
  }

  @Test
  void inThePoolEachPersonIsNamedInTheirOwnReasons() {
    Candidate onLeave =
        new Candidate(
            "s6",
            "Zara Ahmed",
            BAND_3,
            BAND_4,
            new AtRisk(LocalDate.of(2026, 8, 1), LocalDate.of(2028, 7, 31), FACILITATOR_REBANDING),
            Set.of("pqip"),
            List.of(
                new StatutoryPriority(
                    PriorityReason.MATERNITY_LEAVE,
                    LocalDate.of(2026, 6, 1),
                    LocalDate.of(2027, 5, 31))));
    List<Eligibility> pool =
        aboutThePerson.pool(
            treatmentManager(VacancyStatus.RING_FENCE), List.of(alex(Set.of("pqip")), onLeave));
    assertEquals(List.of("s6", "staff2"), pool.stream().map(Eligibility::staffId).toList());
    Map<String, String> names = Map.of("s6", "Zara Ahmed", "staff2", "Alex Morgan");
    for (Eligibility e : pool) {
      String name = names.get(e.staffId());
      String other = e.staffId().equals("s6") ? "Alex Morgan" : "Zara Ahmed";
      for (String text : texts(e)) {
        assertFalse(SECOND_PERSON.matcher(text).find(), text);
        assertFalse(text.contains(other), text);
      }
      // the criterion they share is worded for each of them, not shared between them
      assertTrue(
          texts(e)
              .contains(
                  name
                      + " could meet the essential criterion after training of about 8 weeks:"
                      + " accredited training to deliver Building Choices."),
          texts(e).toString());
    }
    assertTrue(
        texts(pool.get(0))
            .contains(
                "Zara Ahmed comes first in the pool because of their maternity leave (from 1 June"
                    + " 2026 to 31 May 2027)."));
  }

  @Test
  void speakingToThePersonNoSentenceNamesThem() {
    for (Eligibility e :
        toThePerson.forCandidate(
            alex(Set.of("pqip")),
            List.of(
                treatmentManager(VacancyStatus.RING_FENCE),
                treatmentManager(VacancyStatus.INTERNAL)))) {
      for (String text : texts(e)) {
        assertFalse(text.contains("Alex Morgan"), text);
        assertFalse(ISO_DATE.matcher(text).find(), text);
      }
    }
  }

  @Test
  void criterionSentencesReadWhateverTheCatalogueCallsTheCriterion() {
    var delivered = new Criterion("delivered", "Has delivered accredited programmes");
    var degree = new Criterion("degree", "  Degree in criminology or a related subject.  ");
    var facilitation = new Criterion("facilitation", "Group facilitation skills");
    var catalogue = new TrainingCatalogue(Map.of("facilitation", 6));
    var vacancy =
        new VacancyFacts(
            "v-pf",
            "Programme Facilitator",
            BAND_4,
            List.of(delivered, degree, facilitation),
            VacancyStatus.INTERNAL,
            null);
    var own = new EligibilityRules(EligibilitySettings.defaults(), catalogue, TODAY);
    Eligibility mine = own.assess(alex(Set.of("delivered")), vacancy);
    assertEquals(
        List.of(
            "You meet the essential criterion: Has delivered accredited programmes.",
            "You are missing the essential criterion: Degree in criminology or a related subject.",
            "You could meet the essential criterion after training of about 6 weeks: Group"
                + " facilitation skills."),
        texts(mine).subList(2, 5));
    Eligibility theirs =
        own.inVoice(Voice.ABOUT_THE_PERSON).assess(alex(Set.of("delivered")), vacancy);
    assertEquals(
        List.of(
            "Alex Morgan meets the essential criterion: Has delivered accredited programmes.",
            "Alex Morgan is missing the essential criterion: Degree in criminology or a related"
                + " subject.",
            "Alex Morgan could meet the essential criterion after training of about 6 weeks: Group"
                + " facilitation skills."),
        texts(theirs).subList(2, 5));
    // the old wording ("You have Has delivered…") is gone
    assertTrue(texts(mine).stream().noneMatch(t -> t.startsWith("You have Has")));
  }

  @Test
  void aCriterionNameBecomesTheEndOfASentence() {
    assertEquals("PQiP.", EligibilityRules.criterionSentence("PQiP"));
    assertEquals("PQiP.", EligibilityRules.criterionSentence("  PQiP  "));
    assertEquals("Holds a PQiP.", EligibilityRules.criterionSentence("Holds a PQiP."));
    assertEquals("Can you drive?", EligibilityRules.criterionSentence("Can you drive?"));
    assertEquals(
        "Experience of groups.", EligibilityRules.criterionSentence("Experience of groups;"));
    assertEquals(
        "Building Choices, Horizon.",
        EligibilityRules.criterionSentence("Building Choices, Horizon,"));
  }

  @Test
  void aBlankNameIsNeverASentenceOnItsOwn() {
    var nameless = new Candidate("s9", "  ", BAND_4, null, null, Set.of(), List.of());
    assertEquals(
        "This person is not at risk, so they are not in the ring-fenced pool.",
        texts(aboutThePerson.assess(nameless, treatmentManager(VacancyStatus.RING_FENCE))).get(0));
  }

  @Test
  void sentencesAboutAPersonAreSharedAcrossTheirVacanciesNotRebuilt() {
    List<Eligibility> both =
        aboutThePerson.forCandidate(
            alex(Set.of("pqip")),
            List.of(
                treatmentManager(VacancyStatus.RING_FENCE),
                new VacancyFacts(
                    "v-2",
                    "Treatment Manager",
                    BAND_4,
                    List.of(PQIP, BUILDING_CHOICES),
                    VacancyStatus.RING_FENCE,
                    FACILITATOR_FENCE)));
    for (int i = 0; i < 4; i++) {
      assertSame(both.get(0).reasons().get(i), both.get(1).reasons().get(i));
    }
  }
}
