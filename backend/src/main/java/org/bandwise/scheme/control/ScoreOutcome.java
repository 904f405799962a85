package org.bandwise.scheme.control;

/** A total, the band whose range holds it (null when none does) and the next band up. */
public record ScoreOutcome(
    int total, ScoringTable.Range band, ScoringTable.Range nextBand, boolean nearBoundary) {

  public boolean outOfRange() {
    return band == null;
  }

  public Integer nextBoundary() {
    return nextBand == null ? null : nextBand.minScore();
  }

  public Integer pointsToNextBand() {
    return nextBand == null ? null : nextBand.minScore() - total;
  }

  /** In plain English, e.g. "479 points: Band 3. Band 4 starts at 480." */
  public String summary() {
    var text = new StringBuilder().append(total).append(total == 1 ? " point: " : " points: ");
    if (band == null) {
      text.append("in no band of this scheme.");
    } else {
      text.append(band.bandName()).append('.');
    }
    if (nextBand != null) {
      text.append(' ')
          .append(nextBand.bandName())
          .append(" starts at ")
          .append(nextBand.minScore())
          .append('.');
    }
    return text.toString();
  }
}
