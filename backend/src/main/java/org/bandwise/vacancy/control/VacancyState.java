package org.bandwise.vacancy.control;

import java.util.Objects;

/**
 * A vacancy's position: its status, the stage it has reached (null while a draft; while an offer is
 * made, the stage the offer was made in, to which it returns if the offer comes to nothing), and
 * how many of its posts are filled.
 */
public record VacancyState(VacancyStatus status, VacancyStage stage, int posts, int filledPosts) {

  public VacancyState {
    Objects.requireNonNull(status, "status");
    if (posts < 1) {
      throw new IllegalArgumentException("a vacancy has at least one post");
    }
    if (filledPosts < 0 || filledPosts > posts) {
      throw new IllegalArgumentException("filled posts must be between 0 and " + posts);
    }
    if (status.stage() != null && status.stage() != stage) {
      throw new IllegalArgumentException("a vacancy at " + status + " is at that stage");
    }
    if (status == VacancyStatus.DRAFT && stage != null) {
      throw new IllegalArgumentException("a draft vacancy has reached no stage");
    }
    if (status == VacancyStatus.OFFER_MADE && stage == null) {
      throw new IllegalArgumentException("an offer is made at a stage");
    }
  }

  /** A new vacancy with this many posts. */
  public static VacancyState draft(int posts) {
    return new VacancyState(VacancyStatus.DRAFT, null, posts, 0);
  }

  /** A vacancy at a stage, no offer open. */
  public static VacancyState at(VacancyStage stage, int posts, int filledPosts) {
    return new VacancyState(stage.status(), stage, posts, filledPosts);
  }
}
