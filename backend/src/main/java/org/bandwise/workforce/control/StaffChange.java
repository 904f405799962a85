package org.bandwise.workforce.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What a valid row would do to the staff member it names: create them, update them or leave them
 * unchanged. A row changes pay history when the post, pay structure, band, pay zone, pay point or
 * hours differ from the entry in force on the import's effective date; it changes the person when
 * any other value the file holds differs. A column the file does not have changes nothing.
 */
public final class StaffChange {

  public enum Kind {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /** A staff member as stored, with the pay-history entry in force on the effective date. */
  public record Existing(
      String id,
      String firstName,
      String lastName,
      String workEmail,
      String userId,
      String union,
      LocalDate startDate,
      LocalDate leavingDate,
      String sex,
      String ethnicGroup,
      String disability,
      LocalDate dateOfBirth,
      long allowancesPence,
      long bonusPence,
      boolean fullPay,
      Assignment assignment,
      LocalDate nextFrom) {}

  /** The pay-history entry in force on the effective date. */
  public record Assignment(
      String id,
      LocalDate from,
      String postId,
      String postNumber,
      String structureId,
      String bandId,
      String zone,
      Integer payPoint,
      BigDecimal weeklyHours) {}

  /** A post as stored. */
  public record PostState(
      String id, String postNumber, String jdId, String unitId, String unitName, String zone) {}

  private StaffChange() {}

  /**
   * The pay zone the row puts the person in: the file's, else the one they are in, else the post's.
   */
  public static String zone(StaffLine line, Existing existing, PostState post) {
    if (line.has("pay_zone")) {
      return line.zone();
    }
    if (existing != null && existing.assignment() != null) {
      return existing.assignment().zone();
    }
    return post != null ? post.zone() : line.zone();
  }

  /** The post number the row puts the person in (null for none). */
  public static String postNumber(StaffLine line, Existing existing) {
    if (line.has("post_number")) {
      return line.postNumber();
    }
    return existing != null && existing.assignment() != null
        ? existing.assignment().postNumber()
        : null;
  }

  public static boolean personChanged(StaffLine line, Existing e) {
    return !line.firstName().equals(e.firstName())
        || !line.lastName().equals(e.lastName())
        || differs(line, "work_email", line.workEmail(), e.workEmail())
        || differs(line, "username", line.userId(), e.userId())
        || differs(line, "union", line.union(), e.union())
        || differs(line, "start_date", line.startDate(), e.startDate())
        || differs(line, "leaving_date", line.leavingDate(), e.leavingDate())
        || differs(line, "sex", line.sex() == null ? null : line.sex().name(), e.sex())
        || differs(
            line,
            "ethnicity",
            line.ethnicGroup() == null ? null : line.ethnicGroup().name(),
            e.ethnicGroup())
        || differs(
            line,
            "disability",
            line.disability() == null ? null : line.disability().name(),
            e.disability())
        || differs(line, "date_of_birth", line.dateOfBirth(), e.dateOfBirth())
        || differs(line, "allowances_pence", line.allowancesPence(), e.allowancesPence())
        || differs(line, "bonus_pence", line.bonusPence(), e.bonusPence())
        || differs(line, "full_pay", line.fullPay(), e.fullPay());
  }

  /** Whether the row changes the pay-history entry in force (or there is none). */
  public static boolean assignmentChanged(StaffLine line, Existing e, PostState post) {
    Assignment a = e.assignment();
    if (a == null) {
      return true;
    }
    String postNumber = postNumber(line, e);
    return !sameText(postNumber, a.postNumber())
        || !Objects.equals(line.structure().id(), a.structureId())
        || !Objects.equals(line.band().id(), a.bandId())
        || !Objects.equals(zone(line, e, post), a.zone())
        || a.payPoint() == null
        || line.payPoint() != a.payPoint()
        || a.weeklyHours() == null
        || line.weeklyHours().compareTo(a.weeklyHours()) != 0;
  }

  /** Whether the row changes the post it names (its JD or unit). */
  public static boolean postChanged(StaffLine line, PostState post) {
    if (post == null) {
      return false;
    }
    return (line.has("jd_reference") && !Objects.equals(line.jdId(), post.jdId()))
        || (line.has("unit")
            && line.unitName() != null
            && !sameText(line.unitName(), post.unitName()));
  }

  public static Kind kind(StaffLine line, Existing e, PostState post) {
    if (e == null) {
      return Kind.CREATED;
    }
    return personChanged(line, e) || assignmentChanged(line, e, post) || postChanged(line, post)
        ? Kind.UPDATED
        : Kind.UNCHANGED;
  }

  private static boolean differs(StaffLine line, String column, Object given, Object stored) {
    if (!line.has(column)) {
      return false;
    }
    if (given instanceof String g && stored instanceof String s) {
      return !g.equals(s);
    }
    return !Objects.equals(given, stored);
  }

  private static boolean sameText(String a, String b) {
    return a == null
        ? b == null
        : b != null && a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }
}
