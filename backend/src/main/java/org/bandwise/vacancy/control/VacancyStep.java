package org.bandwise.vacancy.control;

/** The steps that move a vacancy on; {@link VacancyLifecycle} says which are allowed when. */
public enum VacancyStep {
  OPEN_RING_FENCE,
  OPEN_INTERNAL,
  OPEN_EXTERNAL,
  MAKE_OFFER,
  /** The open offer was declined or withdrawn, or the trial was not successful. */
  END_OFFER,
  /** The trial was confirmed: one more post is filled. */
  FILL_POST,
  WITHDRAW
}
