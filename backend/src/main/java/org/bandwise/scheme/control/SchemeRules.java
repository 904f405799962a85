package org.bandwise.scheme.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bandwise.platform.error.FieldProblem;

/**
 * The rules a scheme version's content obeys, so that every total lands in exactly one band or
 * plainly in none:
 *
 * <ul>
 *   <li>factor codes are unique in the version;
 *   <li>each factor's levels are numbered 1, 2, 3 … in order without gaps, and their points rise
 *       strictly with the level (a higher level never scores the same or less);
 *   <li>band ranges run from their minimum up to their maximum, and taken from the lowest they are
 *       contiguous: each starts one point above the previous one's end, so none overlap and no
 *       total between them falls through a gap;
 *   <li>every range names a band that exists, belongs to the scheme's pay structure, and has no
 *       other range.
 * </ul>
 *
 * Problems are named by their place in the request, e.g. {@code factors[2].levels[1].points} or
 * {@code bandRanges[3].minScore}.
 */
public final class SchemeRules {

  public static final int MAX_NEAR_BOUNDARY_POINTS = 100;

  /** A level as given; any part may be missing (null) when the request omitted it. */
  public record LevelInput(Integer level, Integer points, String descriptor) {}

  public record FactorInput(
      String code, String name, String description, List<LevelInput> levels) {}

  public record RangeInput(UUID bandId, Integer minScore, Integer maxScore) {}

  /** The content of a version as proposed: its pay structure, factors and band ranges. */
  public record SchemeContent(
      UUID structureId, List<FactorInput> factors, List<RangeInput> ranges) {}

  /** A pay band as the database knows it. */
  public record KnownBand(UUID id, UUID structureId, String name) {}

  private SchemeRules() {}

  /**
   * Checks proposed content.
   *
   * @param structureName the name of the pay structure the content names, or null when there is no
   *     such structure
   * @param knownBands the bands, of any structure, that exist among those the ranges name
   */
  public static List<FieldProblem> check(
      SchemeContent content, String structureName, Map<UUID, KnownBand> knownBands) {
    List<FieldProblem> problems = new ArrayList<>();
    if (content.structureId() == null) {
      problems.add(new FieldProblem("structureId", "choose the pay structure the scheme bands"));
    } else if (structureName == null) {
      problems.add(
          new FieldProblem(
              "structureId", "There is no pay structure with id " + content.structureId() + "."));
    }
    checkFactors(content.factors(), problems);
    checkRanges(content, structureName, knownBands, problems);
    return problems;
  }

  /**
   * Why a version cannot be retired, or null when it can. A version that open evaluations use
   * (requested, accepted or with a panel, but neither published nor rejected) stays in force: their
   * panels are still scoring with it, and retiring it under them would leave them scoring with a
   * scheme no longer in force.
   *
   * @param label the version as people say it, e.g. "NHS_AFC version 2"
   * @param openEvaluations how many open evaluations use it
   */
  public static String retirementRefusal(String label, long openEvaluations) {
    if (openEvaluations <= 0) {
      return null;
    }
    return label
        + " cannot be retired while "
        + (openEvaluations == 1
            ? "an open evaluation uses it"
            : openEvaluations + " open evaluations use it")
        + ": publish or reject "
        + (openEvaluations == 1 ? "it" : "them")
        + " first.";
  }

  public static List<FieldProblem> checkNearBoundaryPoints(Integer points) {
    if (points != null && (points < 0 || points > MAX_NEAR_BOUNDARY_POINTS)) {
      return List.of(
          new FieldProblem(
              "nearBoundaryPoints", "must be between 0 and " + MAX_NEAR_BOUNDARY_POINTS));
    }
    return List.of();
  }

  private static void checkFactors(List<FactorInput> factors, List<FieldProblem> problems) {
    if (factors == null || factors.isEmpty()) {
      problems.add(new FieldProblem("factors", "must list at least one factor"));
      return;
    }
    Map<String, Integer> indexOfCode = new HashMap<>();
    for (int i = 0; i < factors.size(); i++) {
      FactorInput factor = factors.get(i);
      String at = "factors[" + i + "]";
      if (factor == null) {
        problems.add(new FieldProblem(at, "must be a factor"));
        continue;
      }
      if (factor.code() == null || factor.code().isBlank()) {
        problems.add(new FieldProblem(at + ".code", "must have a code"));
      } else {
        Integer first = indexOfCode.putIfAbsent(factor.code().trim(), i);
        if (first != null) {
          problems.add(
              new FieldProblem(
                  at + ".code",
                  factor.code().trim()
                      + " is already the code of factors["
                      + first
                      + "]: factor codes are unique in a scheme"));
        }
      }
      if (factor.name() == null || factor.name().isBlank()) {
        problems.add(new FieldProblem(at + ".name", "must have a name"));
      }
      checkLevels(at, factor.levels(), problems);
    }
  }

  private static void checkLevels(String at, List<LevelInput> levels, List<FieldProblem> problems) {
    if (levels == null || levels.isEmpty()) {
      problems.add(new FieldProblem(at + ".levels", "must list at least one level"));
      return;
    }
    Integer previousPoints = null;
    for (int j = 0; j < levels.size(); j++) {
      LevelInput level = levels.get(j);
      String levelAt = at + ".levels[" + j + "]";
      if (level == null) {
        problems.add(new FieldProblem(levelAt, "must be a level"));
        previousPoints = null;
        continue;
      }
      int expected = j + 1;
      if (level.level() == null || level.level() != expected) {
        problems.add(
            new FieldProblem(
                levelAt + ".level",
                "must be "
                    + expected
                    + ": levels are numbered from 1 in order, without gaps"
                    + (level.level() == null ? "" : " (not " + level.level() + ")")));
      }
      Integer points = level.points();
      if (points == null || points < 0) {
        problems.add(new FieldProblem(levelAt + ".points", "must be 0 points or more"));
      } else if (previousPoints != null && points <= previousPoints) {
        problems.add(
            new FieldProblem(
                levelAt + ".points",
                "must be more than the level below ("
                    + previousPoints
                    + " points): points rise with the level"));
      }
      previousPoints = points == null || points < 0 ? null : points;
    }
  }

  private static void checkRanges(
      SchemeContent content,
      String structureName,
      Map<UUID, KnownBand> knownBands,
      List<FieldProblem> problems) {
    List<RangeInput> ranges = content.ranges();
    if (ranges == null || ranges.isEmpty()) {
      problems.add(new FieldProblem("bandRanges", "must list at least one band range"));
      return;
    }
    Map<UUID, Integer> indexOfBand = new HashMap<>();
    List<Integer> wellFormed = new ArrayList<>();
    for (int k = 0; k < ranges.size(); k++) {
      RangeInput range = ranges.get(k);
      String at = "bandRanges[" + k + "]";
      if (range == null) {
        problems.add(new FieldProblem(at, "must be a band range"));
        continue;
      }
      checkBand(content, structureName, knownBands, indexOfBand, k, range, problems);
      Integer min = range.minScore();
      Integer max = range.maxScore();
      if (min == null || min < 0) {
        problems.add(new FieldProblem(at + ".minScore", "must be 0 points or more"));
      }
      if (max == null || max < 0) {
        problems.add(new FieldProblem(at + ".maxScore", "must be 0 points or more"));
      }
      if (min != null && max != null && min >= 0 && max >= 0) {
        if (max < min) {
          problems.add(
              new FieldProblem(
                  at + ".maxScore", "must be at least the range's minimum score (" + min + ")"));
        } else {
          wellFormed.add(k);
        }
      }
    }
    checkContiguous(ranges, knownBands, wellFormed, problems);
  }

  private static void checkBand(
      SchemeContent content,
      String structureName,
      Map<UUID, KnownBand> knownBands,
      Map<UUID, Integer> indexOfBand,
      int k,
      RangeInput range,
      List<FieldProblem> problems) {
    String field = "bandRanges[" + k + "].bandId";
    if (range.bandId() == null) {
      problems.add(new FieldProblem(field, "choose a pay band"));
      return;
    }
    KnownBand band = knownBands.get(range.bandId());
    if (band == null) {
      problems.add(new FieldProblem(field, "There is no pay band with id " + range.bandId() + "."));
      return;
    }
    if (structureName != null && !band.structureId().equals(content.structureId())) {
      problems.add(
          new FieldProblem(
              field,
              band.name()
                  + " belongs to another pay structure: choose a band of "
                  + structureName
                  + "."));
    }
    Integer first = indexOfBand.putIfAbsent(band.id(), k);
    if (first != null) {
      problems.add(
          new FieldProblem(
              field,
              band.name()
                  + " already has a range (bandRanges["
                  + first
                  + "]): a band appears once in a scheme"));
    }
  }

  /** Taken from the lowest minimum up, each range starts one point above the previous end. */
  private static void checkContiguous(
      List<RangeInput> ranges,
      Map<UUID, KnownBand> knownBands,
      List<Integer> indexes,
      List<FieldProblem> problems) {
    List<Integer> byMin =
        indexes.stream()
            .sorted(
                Comparator.<Integer>comparingInt(k -> ranges.get(k).minScore())
                    .thenComparingInt(k -> ranges.get(k).maxScore())
                    .thenComparingInt(k -> k))
            .toList();
    Integer previous = null;
    for (int k : byMin) {
      RangeInput range = ranges.get(k);
      if (previous != null) {
        RangeInput below = ranges.get(previous);
        int expected = below.maxScore() + 1;
        String description =
            "bandRanges["
                + previous
                + "] ("
                + name(below, knownBands)
                + ": "
                + below.minScore()
                + "–"
                + below.maxScore()
                + ")";
        if (range.minScore() < expected) {
          problems.add(
              new FieldProblem(
                  "bandRanges[" + k + "].minScore",
                  "overlaps "
                      + description
                      + ": ranges must not overlap, so start this one at "
                      + expected));
        } else if (range.minScore() > expected) {
          problems.add(
              new FieldProblem(
                  "bandRanges[" + k + "].minScore",
                  "leaves a gap after "
                      + description
                      + ": totals "
                      + expected
                      + "–"
                      + (range.minScore() - 1)
                      + " would be in no band, so start this one at "
                      + expected));
        }
      }
      if (previous == null || range.maxScore() >= ranges.get(previous).maxScore()) {
        previous = k;
      }
    }
  }

  private static String name(RangeInput range, Map<UUID, KnownBand> knownBands) {
    KnownBand band = range.bandId() == null ? null : knownBands.get(range.bandId());
    return band == null ? "a band" : band.name();
  }
}
