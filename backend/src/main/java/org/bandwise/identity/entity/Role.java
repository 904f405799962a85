package org.bandwise.identity.entity;

/** What a user may do; see DOMAIN.md "Users and what each may do". */
public enum Role {
  HR_ADMIN,
  HR_EVALUATOR,
  UNION_REP,
  STAFF,
  AUDITOR
}
