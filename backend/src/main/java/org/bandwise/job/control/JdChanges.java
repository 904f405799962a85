package org.bandwise.job.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bandwise.job.entity.JdContent;

/** What one version of a JD changed from the one before, field by field. */
public final class JdChanges {

  public record FieldChange(String field, String before, String after) {}

  private JdChanges() {}

  public static List<FieldChange> between(JdContent before, JdContent after) {
    List<FieldChange> changes = new ArrayList<>();
    compare(changes, "title", before.title(), after.title());
    compare(changes, "roleFamily", before.roleFamily(), after.roleFamily());
    compare(changes, "directorate", before.directorate(), after.directorate());
    compare(changes, "purpose", before.purpose(), after.purpose());
    compare(changes, "mainDuties", lines(before.mainDuties()), lines(after.mainDuties()));
    compare(
        changes,
        "programmes",
        String.join(", ", before.programmes()),
        String.join(", ", after.programmes()));
    compare(
        changes,
        "criteria",
        lines(before.criteria().stream().map(JdChanges::criterion).toList()),
        lines(after.criteria().stream().map(JdChanges::criterion).toList()));
    return changes;
  }

  private static String criterion(JdContent.CriterionLine line) {
    return line.kind().name().toLowerCase()
        + " "
        + line.type().name().toLowerCase()
        + ": "
        + line.text();
  }

  private static String lines(List<String> items) {
    return String.join("\n", items);
  }

  private static void compare(
      List<FieldChange> changes, String field, String before, String after) {
    if (!Objects.equals(before, after)) {
      changes.add(new FieldChange(field, before, after));
    }
  }
}
