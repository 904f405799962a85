package org.bandwise.evaluation.entity;

public enum EvaluationStatus {
  REQUESTED,
  ACCEPTED,
  IN_PANEL,
  PUBLISHED,
  REJECTED
}
