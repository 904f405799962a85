package org.bandwise.job.entity;

import java.util.List;

/** What a JD version says: the part that is written, versioned and compared. */
public record JdContent(
    String title,
    String roleFamily,
    String directorate,
    String purpose,
    List<String> mainDuties,
    List<String> programmes,
    List<CriterionLine> criteria) {

  public JdContent {
    mainDuties = List.copyOf(mainDuties);
    programmes = programmes == null ? List.of() : List.copyOf(programmes);
    criteria = criteria == null ? List.of() : List.copyOf(criteria);
  }

  public record CriterionLine(CriterionKind kind, CriterionType type, String text) {}
}
