package org.bandwise.identity.entity;

/** The recognised trade unions a union rep acts for. */
public enum TradeUnion {
  NAPO,
  UNISON,
  GMB
}
