package org.bandwise.platform;

/** The role names used in {@code @RolesAllowed}; they match the contract's {@code Role} values. */
public final class Roles {
  public static final String HR_ADMIN = "HR_ADMIN";
  public static final String HR_EVALUATOR = "HR_EVALUATOR";
  public static final String UNION_REP = "UNION_REP";
  public static final String STAFF = "STAFF";
  public static final String AUDITOR = "AUDITOR";

  private Roles() {}
}
