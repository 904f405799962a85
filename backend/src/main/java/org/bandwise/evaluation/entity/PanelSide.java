package org.bandwise.evaluation.entity;

public enum PanelSide {
  MANAGEMENT,
  STAFF
}
