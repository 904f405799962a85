package org.bandwise.appeal.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.error.FieldProblem;
import org.bandwise.scheme.control.ScoreOutcome;
import org.bandwise.scheme.control.Scoring;
import org.bandwise.scheme.control.ScoringTable;

/**
 * What an outcome appeal would change: the awarded levels with the claimed ones put in their place,
 * scored under the same scheme version by the ordinary scoring rule ({@link Scoring}), side by side
 * with the outcome, and the sentence "Working conditions at level 2: 489 points, Band 4 — 10 points
 * more than awarded".
 *
 * @param awarded the published outcome's total and band
 * @param claimed the total and band with every claimed level
 * @param changes one per disputed factor, in the scheme's factor order
 * @param summary the sentence above
 */
public record OutcomeWhatIf(
    ScoreOutcome awarded, ScoreOutcome claimed, List<FactorChange> changes, String summary) {

  public OutcomeWhatIf {
    changes = List.copyOf(changes);
  }

  /** A disputed factor: the level and points awarded, and those claimed. */
  public record FactorChange(
      String factor,
      String factorName,
      int awardedLevel,
      int claimedLevel,
      int awardedPoints,
      int claimedPoints) {

    public int difference() {
      return claimedPoints - awardedPoints;
    }
  }

  /** Points the claimed levels add (negative when they take points away). */
  public int difference() {
    return claimed.total() - awarded.total();
  }

  /** Whether the claimed levels would put the role in another band. */
  public boolean bandChanges() {
    return !Objects.equals(bandCode(awarded), bandCode(claimed));
  }

  /**
   * Scores the claim.
   *
   * @param table the scheme version the outcome was scored under
   * @param awardedLevels the outcome's level per factor code (complete)
   * @param claims the disputed factors and claimed levels
   * @throws InvalidInput naming {@code grounds} or {@code grounds[i].factor} / {@code
   *     grounds[i].claimedLevel} for no claim, an unknown or repeated factor, a level the factor
   *     does not have, or the level already awarded
   */
  public static OutcomeWhatIf of(
      ScoringTable table, Map<String, Integer> awardedLevels, List<FactorClaim> claims) {
    var problems = new ArrayList<FieldProblem>();
    if (claims == null || claims.isEmpty()) {
      throw new InvalidInput(
          "grounds", "Choose at least one factor you dispute, with the level you claim.");
    }
    Map<String, Integer> claimedLevels = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < claims.size(); i++) {
      FactorClaim claim = claims.get(i);
      String prefix = "grounds[" + i + "].";
      var factor = claim.factor() == null ? null : table.factor(claim.factor()).orElse(null);
      if (factor == null) {
        problems.add(new FieldProblem(prefix + "factor", "Choose a factor of this scheme."));
        continue;
      }
      if (!seen.add(factor.code())) {
        problems.add(
            new FieldProblem(
                prefix + "factor",
                factor.name() + " is disputed twice. Give one claimed level for each factor."));
        continue;
      }
      Integer level = claim.claimedLevel();
      Integer awardedLevel = awardedLevels.get(factor.code());
      if (level == null) {
        problems.add(
            new FieldProblem(
                prefix + "claimedLevel", "Choose the level you claim for " + factor.name() + "."));
      } else if (level < 1 || level > factor.levels()) {
        problems.add(
            new FieldProblem(
                prefix + "claimedLevel",
                factor.name() + " has levels 1 to " + factor.levels() + ". Choose one of them."));
      } else if (level.equals(awardedLevel)) {
        problems.add(
            new FieldProblem(
                prefix + "claimedLevel",
                factor.name() + " was awarded level " + level + ". Claim a different level."));
      } else {
        claimedLevels.put(factor.code(), level);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }

    ScoreOutcome awarded = Scoring.score(table, awardedLevels);
    Map<String, Integer> withClaims = new HashMap<>(awardedLevels);
    withClaims.putAll(claimedLevels);
    ScoreOutcome claimed = Scoring.score(table, withClaims);

    var changes = new ArrayList<FactorChange>();
    for (ScoringTable.Factor factor : table.factors()) {
      Integer level = claimedLevels.get(factor.code());
      if (level != null) {
        int before = awardedLevels.get(factor.code());
        changes.add(
            new FactorChange(
                factor.code(),
                factor.name(),
                before,
                level,
                factor.pointsAt(before),
                factor.pointsAt(level)));
      }
    }
    return new OutcomeWhatIf(awarded, claimed, changes, summary(changes, awarded, claimed));
  }

  private static String summary(
      List<FactorChange> changes, ScoreOutcome awarded, ScoreOutcome claimed) {
    var text = new StringBuilder();
    for (int i = 0; i < changes.size(); i++) {
      if (i > 0) {
        text.append(i == changes.size() - 1 ? " and " : ", ");
      }
      FactorChange change = changes.get(i);
      String name = change.factorName();
      text.append(i == 0 ? name : lowerFirst(name))
          .append(" at level ")
          .append(change.claimedLevel());
    }
    text.append(": ")
        .append(claimed.total())
        .append(claimed.total() == 1 ? " point, " : " points, ");
    text.append(claimed.band() == null ? "in no band of this scheme" : claimed.band().bandName());
    int difference = claimed.total() - awarded.total();
    text.append(" — ");
    if (difference == 0) {
      text.append("the same total as awarded");
    } else {
      int size = Math.abs(difference);
      text.append(size)
          .append(size == 1 ? " point " : " points ")
          .append(difference > 0 ? "more" : "fewer")
          .append(" than awarded");
    }
    return text.toString();
  }

  /** "Mental effort" → "mental effort" in the middle of a sentence; acronyms stay as they are. */
  private static String lowerFirst(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
      return name;
    }
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static String bandCode(ScoreOutcome outcome) {
    return outcome.band() == null ? null : outcome.band().band();
  }
}
