package org.bandwise.evaluation.entity;

public enum RequesterType {
  HR,
  UNION,
  STAFF
}
