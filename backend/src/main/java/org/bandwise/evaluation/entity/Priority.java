package org.bandwise.evaluation.entity;

public enum Priority {
  P1,
  P2
}
