package org.bandwise.job.entity;

public enum CriterionKind {
  ESSENTIAL,
  DESIRABLE
}
