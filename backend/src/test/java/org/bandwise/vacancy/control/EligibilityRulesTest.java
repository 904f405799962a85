package org.bandwise.vacancy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The facilitator ring-fence: Band 4 facilitators downgraded to Band 3 on 1 August 2026, protected
 * (and at risk) until 31 July 2028; every Band 4 vacancy in Interventions ring-fenced for them from
 * 1 August 2026 for six months, to 31 January 2027.
 */
class EligibilityRulesTest {

  static final BandRef BAND_3 = new BandRef("3", "Band 3", 3);
  static final BandRef BAND_4 = new BandRef("4", "Band 4", 4);
  static final BandRef BAND_5 = new BandRef("5", "Band 5", 5);

  static final Criterion PQIP =
      new Criterion("pqip", "the Professional Qualification in Probation (PQiP)");
  static final Criterion BUILDING_CHOICES =
      new Criterion("bc", "accredited training to deliver Building Choices");
  static final Criterion HORIZON =
      new Criterion("horizon", "accredited training to deliver Horizon");
  static final Criterion SUPERVISION =
      new Criterion("supervision", "experience of supervising facilitators");

  static final TrainingCatalogue CATALOGUE =
      new TrainingCatalogue(Map.of("bc", 8, "horizon", 12, "supervision", 30));

  static final String FACILITATOR_REBANDING = "rb-facilitator";

  static final RingFence FACILITATOR_FENCE =
      new RingFence(
          LocalDate.of(2026, 8, 1),
          RingFenceRule.lastDayOf(LocalDate.of(2026, 8, 1), 6),
          Set.of(FACILITATOR_REBANDING),
          "staff at risk from the Intervention Facilitator re-banding");

  static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

  final EligibilityRules rules =
      new EligibilityRules(EligibilitySettings.defaults(), CATALOGUE, TODAY);

  static VacancyFacts treatmentManager(VacancyStatus status) {
    return new VacancyFacts(
        "v-tm",
        "Treatment Manager",
        BAND_4,
        List.of(PQIP, BUILDING_CHOICES),
        status,
        FACILITATOR_FENCE);
  }

  /** staff2: a Band 4 facilitator downgraded to Band 3, protected at Band 4. */
  static Candidate alex(Set<String> held) {
    return new Candidate(
        "staff2",
        "Alex Morgan",
        BAND_3,
        BAND_4,
        new AtRisk(LocalDate.of(2026, 8, 1), LocalDate.of(2028, 7, 31), FACILITATOR_REBANDING),
        held,
        List.of());
  }

  /** A Band 3 PSO facilitator, never at risk. */
  static Candidate jordan(Set<String> held) {
    return new Candidate("staff", "Jordan Lee", BAND_3, null, null, held, List.of());
  }

  private static List<String> texts(Eligibility e) {
    return e.reasons().stream().map(EligibilityReason::text).toList();
  }

  @Test
  void anAtRiskFacilitatorWhoMeetsEveryCriterionIsInThePoolAtStageOne() {
    Eligibility e =
        rules.assess(alex(Set.of("pqip", "bc")), treatmentManager(VacancyStatus.RING_FENCE));
    assertTrue(e.eligible());
    assertTrue(e.inPool());
    assertEquals(VacancyStage.RING_FENCE, e.stage());
    assertEquals(
        List.of(
            "You are at risk until 31 July 2028.",
            "Your protected band, Band 4, is the same as this vacancy's band.",
            "You meet the essential criterion: the Professional Qualification in Probation (PQiP).",
            "You meet the essential criterion: accredited training to deliver Building Choices.",
            "Ring-fenced for staff at risk until 31 January 2027, and you are in the pool."),
        texts(e));
    assertTrue(e.reasons().stream().allMatch(EligibilityReason::met));
    assertEquals(
        List.of(
            EligibilityRule.AT_RISK,
            EligibilityRule.BAND,
            EligibilityRule.ESSENTIAL_CRITERION,
            EligibilityRule.ESSENTIAL_CRITERION,
            EligibilityRule.STAGE),
        e.reasons().stream().map(EligibilityReason::rule).toList());
    assertEquals("pqip", e.reasons().get(2).criterionId());
    assertNull(e.reasons().get(0).criterionId());
  }

  @Test
  void someoneNotAtRiskIsToldWhyAndWhenTheVacancyOpensToThem() {
    Eligibility e =
        rules.assess(jordan(Set.of("pqip", "bc")), treatmentManager(VacancyStatus.RING_FENCE));
    assertFalse(e.eligible());
    assertFalse(e.inPool());
    assertEquals(VacancyStage.INTERNAL, e.stage());
    assertEquals(
        List.of(
            "You are not at risk, so you are not in the ring-fenced pool.",
            "Your band, Band 3, is lower than this vacancy's band, Band 4.",
            "You meet the essential criterion: the Professional Qualification in Probation (PQiP).",
            "You meet the essential criterion: accredited training to deliver Building Choices.",
            "Ring-fenced for staff at risk until 31 January 2027; open to internal applicants after"
                + " that."),
        texts(e));
    assertEquals(
        List.of(false, false, true, true, false),
        e.reasons().stream().map(EligibilityReason::met).toList());

    // once open to internal applicants, anyone holding every essential criterion may apply
    Eligibility internal =
        rules.assess(jordan(Set.of("pqip", "bc")), treatmentManager(VacancyStatus.INTERNAL));
    assertTrue(internal.eligible());
    assertEquals(VacancyStage.INTERNAL, internal.stage());
    assertEquals("Open to internal applicants.", texts(internal).get(texts(internal).size() - 1));
    Eligibility missing =
        rules.assess(jordan(Set.of("bc")), treatmentManager(VacancyStatus.EXTERNAL));
    assertFalse(missing.eligible());
    assertEquals(
        "You are missing the essential criterion: the Professional Qualification in Probation"
            + " (PQiP).",
        texts(missing).get(2));
  }

  @Test
  void trainingThatFinishesWithinSixMonthsKeepsAPoolCandidateIn() {
    Eligibility e = rules.assess(alex(Set.of("pqip")), treatmentManager(VacancyStatus.RING_FENCE));
    assertTrue(e.eligible());
    assertTrue(e.inPool());
    assertEquals(
        List.of(
            "You are at risk until 31 July 2028.",
            "Your protected band, Band 4, is the same as this vacancy's band.",
            "You meet the essential criterion: the Professional Qualification in Probation (PQiP).",
            "You could meet the essential criterion after training of about 8 weeks: accredited"
                + " training to deliver Building Choices.",
            "With about 8 weeks of training you would meet every essential criterion by 27"
                + " October 2026, within the 6 months allowed for the ring-fenced pool.",
            "Ring-fenced for staff at risk until 31 January 2027, and you are in the pool."),
        texts(e));
    assertTrue(e.reasons().stream().allMatch(EligibilityReason::met));
    // outside the pool the same gap counts against them
    Eligibility outside =
        rules.assess(jordan(Set.of("pqip")), treatmentManager(VacancyStatus.INTERNAL));
    assertFalse(outside.eligible());
    assertFalse(outside.reasons().get(3).met());
    assertEquals(
        "Training time counts only for people in the ring-fenced pool, so you need every essential"
            + " criterion now to apply.",
        outside.reasons().get(4).text());
  }

  @Test
  void trainingDurationsAddUpAndMustFinishWithinTheWindow() {
    // from 1 September 2026, six months runs to 1 March 2027: 25 whole weeks (26 would end on 2
    // March)
    assertEquals(25, rules.maxTrainingWeeks());
    var programmes =
        new VacancyFacts(
            "v-pf",
            "Programme Facilitator (Horizon)",
            BAND_4,
            List.of(BUILDING_CHOICES, HORIZON),
            VacancyStatus.RING_FENCE,
            FACILITATOR_FENCE);
    Eligibility both = rules.assess(alex(Set.of()), programmes);
    assertTrue(both.inPool(), "8 + 12 = 20 weeks");
    assertTrue(
        texts(both)
            .contains(
                "With about 20 weeks of training you would meet every essential criterion by 19 January"
                    + " 2027, within the 6 months allowed for the ring-fenced pool."));

    var senior =
        new VacancyFacts(
            "v-stm",
            "Senior Treatment Manager",
            BAND_4,
            List.of(SUPERVISION),
            VacancyStatus.RING_FENCE,
            FACILITATOR_FENCE);
    Eligibility tooLong = rules.assess(alex(Set.of()), senior);
    assertFalse(tooLong.inPool());
    assertFalse(tooLong.eligible());
    assertEquals(
        "The training you need takes about 30 weeks in all, longer than the 6 months allowed for"
            + " the ring-fenced pool.",
        texts(tooLong).get(3));
    assertFalse(tooLong.reasons().get(2).met());

    // a longer window, configured, lets it in
    var patient = new EligibilityRules(new EligibilitySettings(9), CATALOGUE, TODAY);
    assertTrue(patient.assess(alex(Set.of()), senior).inPool());
    assertTrue(
        texts(patient.assess(alex(Set.of()), senior))
            .contains(
                "With about 30 weeks of training you would meet every essential criterion by 30"
                    + " March 2027, within the 9 months allowed for the ring-fenced pool."));
  }

  @Test
  void aCriterionThatCannotBeTrainedForKeepsThemOut() {
    Eligibility e = rules.assess(alex(Set.of("bc")), treatmentManager(VacancyStatus.RING_FENCE));
    assertFalse(e.inPool());
    assertFalse(e.eligible());
    assertEquals(VacancyStage.INTERNAL, e.stage());
    assertEquals(
        "You are missing the essential criterion: the Professional Qualification in Probation"
            + " (PQiP).",
        texts(e).get(2));
    // no training line: training cannot close this gap
    assertTrue(e.reasons().stream().noneMatch(r -> r.rule() == EligibilityRule.TRAINING));
    assertEquals(
        "Ring-fenced for staff at risk until 31 January 2027; open to internal applicants after"
            + " that.",
        texts(e).get(texts(e).size() - 1));
  }

  @Test
  void bandsAreComparedByRankAndAProtectedBandCounts() {
    var band3Vacancy =
        new VacancyFacts(
            "v-pso", "PSO", BAND_3, List.of(), VacancyStatus.RING_FENCE, FACILITATOR_FENCE);
    var band5Vacancy =
        new VacancyFacts(
            "v-spo", "SPO", BAND_5, List.of(), VacancyStatus.RING_FENCE, FACILITATOR_FENCE);
    Eligibility lower = rules.assess(alex(Set.of()), band3Vacancy);
    assertTrue(lower.inPool());
    assertEquals(
        "Your protected band, Band 4, is higher than this vacancy's band, Band 3.",
        texts(lower).get(1));
    Eligibility higher = rules.assess(alex(Set.of()), band5Vacancy);
    assertFalse(higher.inPool());
    assertEquals(
        "Your protected band, Band 4, is lower than this vacancy's band, Band 5.",
        texts(higher).get(1));
    // "8a" ranks above "5" whatever the codes say
    var band8a = new BandRef("8a", "Band 8a", 9);
    var at8a =
        new Candidate(
            "s8",
            "Priya Shah",
            band8a,
            null,
            new AtRisk(LocalDate.of(2026, 8, 1), LocalDate.of(2028, 7, 31), FACILITATOR_REBANDING),
            Set.of(),
            List.of());
    assertTrue(rules.assess(at8a, band5Vacancy).inPool());
    assertEquals(
        "Your band, Band 8a, is higher than this vacancy's band, Band 5.",
        texts(rules.assess(at8a, band5Vacancy)).get(1));
  }

  @Test
  void theAtRiskPeriodAndTheRingFencesPoolDecide() {
    VacancyFacts vacancy = treatmentManager(VacancyStatus.RING_FENCE);
    Candidate future =
        new Candidate(
            "s3",
            "Sam Patel",
            BAND_3,
            BAND_4,
            new AtRisk(LocalDate.of(2026, 10, 1), LocalDate.of(2028, 9, 30), FACILITATOR_REBANDING),
            Set.of("pqip", "bc"),
            List.of());
    assertEquals(
        "You will be at risk from 1 October 2026, and in the ring-fenced pool from then.",
        texts(rules.assess(future, vacancy)).get(0));
    assertFalse(rules.assess(future, vacancy).inPool());

    Candidate ended =
        new Candidate(
            "s4",
            "Jo Reid",
            BAND_3,
            BAND_4,
            new AtRisk(LocalDate.of(2024, 8, 1), LocalDate.of(2026, 7, 31), FACILITATOR_REBANDING),
            Set.of("pqip", "bc"),
            List.of());
    assertEquals(
        "Your at-risk period ended on 31 July 2026, so you are no longer in the ring-fenced pool.",
        texts(rules.assess(ended, vacancy)).get(0));

    Candidate otherRebanding =
        new Candidate(
            "s5",
            "Kim Evans",
            BAND_4,
            null,
            new AtRisk(LocalDate.of(2026, 4, 1), LocalDate.of(2028, 3, 31), "rb-daso"),
            Set.of("pqip", "bc"),
            List.of());
    Eligibility other = rules.assess(otherRebanding, vacancy);
    assertFalse(other.inPool());
    assertEquals(
        "You are at risk until 31 March 2028, but this vacancy is ring-fenced for staff at risk"
            + " from the Intervention Facilitator re-banding.",
        texts(other).get(0));
    // with no ring-fence rule, stage 1 is for everyone at risk
    var unfenced =
        new VacancyFacts("v-x", "PO", BAND_4, List.of(PQIP), VacancyStatus.RING_FENCE, null);
    Eligibility open = rules.assess(otherRebanding, unfenced);
    assertTrue(open.inPool());
    assertEquals(
        "Ring-fenced for staff at risk, and you are in the pool.",
        texts(open).get(texts(open).size() - 1));
    assertEquals(
        "Ring-fenced for staff at risk; open to internal applicants once everyone in the pool has"
            + " been considered.",
        texts(rules.assess(jordan(Set.of()), unfenced)).get(3));
  }

  @Test
  void statutoryPriorityComesFirstInThePool() {
    Candidate onLeave =
        new Candidate(
            "s6",
            "Zara Ahmed",
            BAND_3,
            BAND_4,
            new AtRisk(LocalDate.of(2026, 8, 1), LocalDate.of(2028, 7, 31), FACILITATOR_REBANDING),
            Set.of("pqip", "bc"),
            List.of(
                new StatutoryPriority(
                    PriorityReason.MATERNITY_LEAVE,
                    LocalDate.of(2026, 6, 1),
                    LocalDate.of(2027, 5, 31))));
    Candidate pastPriority =
        new Candidate(
            "s7",
            "Ben Carter",
            BAND_4,
            null,
            new AtRisk(LocalDate.of(2026, 8, 1), LocalDate.of(2028, 7, 31), FACILITATOR_REBANDING),
            Set.of("pqip", "bc"),
            List.of(
                new StatutoryPriority(
                    PriorityReason.ADOPTION_LEAVE,
                    LocalDate.of(2025, 1, 1),
                    LocalDate.of(2025, 12, 31))));
    VacancyFacts vacancy = treatmentManager(VacancyStatus.RING_FENCE);
    List<Eligibility> pool =
        rules.pool(
            vacancy,
            List.of(jordan(Set.of("pqip", "bc")), pastPriority, alex(Set.of("pqip")), onLeave));
    assertEquals(List.of("s6", "staff2", "s7"), pool.stream().map(Eligibility::staffId).toList());
    assertTrue(pool.get(0).priority());
    assertFalse(pool.get(1).priority());
    assertTrue(
        texts(pool.get(0))
            .contains(
                "You come first in the pool because of your maternity leave (from 1 June 2026 to"
                    + " 31 May 2027)."));
    // everyone, pool first then the rest
    assertEquals(
        List.of("s6", "staff2", "s7", "staff"),
        rules
            .forVacancy(
                vacancy,
                List.of(jordan(Set.of("pqip", "bc")), pastPriority, alex(Set.of("pqip")), onLeave))
            .stream()
            .map(Eligibility::staffId)
            .toList());
  }

  @Test
  void nobodyIsEligibleForAVacancyThatIsNotTakingApplications() {
    Candidate inPool = alex(Set.of("pqip", "bc"));
    assertEquals(
        "This vacancy is not open yet.",
        last(rules.assess(inPool, treatmentManager(VacancyStatus.DRAFT))));
    assertEquals(
        "An offer has been made for this vacancy, so it is not taking applications.",
        last(rules.assess(inPool, treatmentManager(VacancyStatus.OFFER_MADE))));
    assertEquals(
        "This vacancy has been filled.",
        last(rules.assess(inPool, treatmentManager(VacancyStatus.FILLED))));
    assertEquals(
        "This vacancy has been withdrawn.",
        last(rules.assess(inPool, treatmentManager(VacancyStatus.WITHDRAWN))));
    for (VacancyStatus status :
        List.of(
            VacancyStatus.DRAFT,
            VacancyStatus.OFFER_MADE,
            VacancyStatus.FILLED,
            VacancyStatus.WITHDRAWN)) {
      Eligibility e = rules.assess(inPool, treatmentManager(status));
      assertFalse(e.eligible(), status.name());
      assertTrue(e.inPool(), status.name());
    }
    // pool members stay eligible once the vacancy opens to internal and external applicants
    assertTrue(rules.assess(inPool, treatmentManager(VacancyStatus.INTERNAL)).eligible());
    assertTrue(rules.assess(inPool, treatmentManager(VacancyStatus.EXTERNAL)).eligible());
    assertEquals(
        "Open to internal and external applicants.",
        last(rules.assess(inPool, treatmentManager(VacancyStatus.EXTERNAL))));
  }

  @Test
  void onePersonAgainstSeveralVacanciesKeepsTheirOrder() {
    var other =
        new VacancyFacts(
            "v-vlo", "Victim Liaison Officer", BAND_4, List.of(), VacancyStatus.INTERNAL, null);
    List<Eligibility> mine =
        rules.forCandidate(
            jordan(Set.of()), List.of(treatmentManager(VacancyStatus.RING_FENCE), other));
    assertEquals(List.of("v-tm", "v-vlo"), mine.stream().map(Eligibility::vacancyId).toList());
    assertEquals(List.of(false, true), mine.stream().map(Eligibility::eligible).toList());
  }

  private static String last(Eligibility e) {
    return e.reasons().get(e.reasons().size() - 1).text();
  }
}
