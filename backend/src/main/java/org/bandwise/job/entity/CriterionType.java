package org.bandwise.job.entity;

public enum CriterionType {
  QUALIFICATION,
  TRAINING,
  EXPERIENCE,
  OTHER
}
