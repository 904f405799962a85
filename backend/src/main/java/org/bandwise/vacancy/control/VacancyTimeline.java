package org.bandwise.vacancy.control;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The steps of vacancies as timelines read them: the vacancy's own (every audit event of the
 * vacancy and its offers) and a person's (their interest, their offers and trials, across
 * vacancies). Both come from the audit trail, which records every step in the same transaction as
 * the change: nothing is stored twice. Each step gets a short plain-English title ("Offer
 * declined") over the trail's sentence, which names the person and says why ("Alex Morgan declined
 * the offer of Treatment Manager: …").
 */
public final class VacancyTimeline {

  private VacancyTimeline() {}

  /** One step on a timeline. */
  public record Step(
      LocalDateTime at,
      String actor,
      String title,
      String text,
      String vacancyId,
      String vacancyTitle) {

    public Step {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(text, "text");
    }
  }

  /** The steps of a person's offers that their timeline shows (trail actions of an OFFER). */
  public static final List<String> PERSON_OFFER_ACTIONS =
      List.of(
          "CREATED",
          "OFFER_ACCEPTED",
          "DECLINED",
          "WITHDRAWN",
          "TRIAL_EXTENDED",
          "TRIAL_CONFIRMED",
          "TRIAL_NOT_SUCCESSFUL");

  /** The steps of a person's interest that their timeline shows (trail actions of a VACANCY). */
  public static final List<String> PERSON_INTEREST_ACTIONS =
      List.of("INTEREST_EXPRESSED", "INTEREST_WITHDRAWN");

  /**
   * The vacancy's own state changes that repeat what its offer's step already says ("Offer of
   * Treatment Manager made to …" is recorded on both): left off the vacancy's timeline.
   */
  public static final List<String> VACANCY_ECHOES = List.of("OFFER_MADE", "OFFER_ENDED");

  private static final Map<String, String> OFFER_TITLES =
      Map.of(
          "CREATED", "Offer made",
          "OFFER_ACCEPTED", "Offer accepted and trial started",
          "DECLINED", "Offer declined",
          "WITHDRAWN", "Offer withdrawn",
          "TRIAL_EXTENDED", "Trial extended",
          "TRIAL_CONFIRMED", "Trial confirmed",
          "TRIAL_NOT_SUCCESSFUL", "Trial not successful");

  private static final Map<String, String> VACANCY_TITLES =
      Map.ofEntries(
          Map.entry("CREATED", "Vacancy drafted"),
          Map.entry("UPDATED", "Vacancy changed"),
          Map.entry("DELETED", "Draft vacancy deleted"),
          Map.entry("RING_FENCE_OPENED", "Opened to the ring-fenced pool"),
          Map.entry("INTERNAL_OPENED", "Opened to internal applicants"),
          Map.entry("EXTERNAL_OPENED", "Opened to external applicants"),
          Map.entry("WITHDRAWN", "Vacancy withdrawn"),
          Map.entry("OFFER_MADE", "Offer made"),
          Map.entry("OFFER_ENDED", "Offer ended"),
          Map.entry("POST_FILLED", "Post filled"),
          Map.entry("POOL_DECISION", "Pool decision recorded"),
          Map.entry("INTEREST_EXPRESSED", "Interest expressed"),
          Map.entry("INTEREST_WITHDRAWN", "Interest withdrawn"));

  /** The short title of a step, by the trail's entity type and action; never a code. */
  public static String title(String entityType, String action) {
    String title =
        "OFFER".equals(entityType) ? OFFER_TITLES.get(action) : VACANCY_TITLES.get(action);
    return title != null ? title : "Vacancy updated";
  }

  /** The trail's summary as a sentence: trimmed, with a full stop at the end. */
  public static String sentence(String summary) {
    if (summary == null || summary.isBlank()) {
      return "";
    }
    String text = summary.strip();
    return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
  }

  /** A step from one row of the trail. */
  public static Step step(
      LocalDateTime at,
      String actor,
      String entityType,
      String action,
      String summary,
      String vacancyId,
      String vacancyTitle) {
    String title = title(entityType, action);
    String text = sentence(summary);
    return new Step(at, actor, title, text.isEmpty() ? title + "." : text, vacancyId, vacancyTitle);
  }
}
