package org.bandwise.job.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.bandwise.job.entity.CriterionKind;
import org.bandwise.job.entity.CriterionType;
import org.bandwise.job.entity.JdContent;
import org.junit.jupiter.api.Test;

class JdChangesTest {

  private static JdContent content(String title, List<String> duties, String criterion) {
    return new JdContent(
        title,
        "Programme Facilitator",
        "Interventions",
        "Deliver programmes",
        duties,
        List.of("TSP"),
        List.of(
            new JdContent.CriterionLine(
                CriterionKind.ESSENTIAL, CriterionType.TRAINING, criterion)));
  }

  @Test
  void listsOnlyTheFieldsThatChanged() {
    var before = content("Programme Facilitator", List.of("Deliver TSP"), "Core Skills");
    var after =
        content("Intervention Facilitator", List.of("Deliver TSP", "Deliver BBR"), "Core Skills");
    var changes = JdChanges.between(before, after);
    assertEquals(
        List.of("title", "mainDuties"),
        changes.stream().map(JdChanges.FieldChange::field).toList());
    assertEquals("Deliver TSP\nDeliver BBR", changes.get(1).after());
  }

  @Test
  void criteriaChangesShowTheirKindAndType() {
    var changes =
        JdChanges.between(
            content("T", List.of("d"), "Core Skills"), content("T", List.of("d"), "BBR training"));
    assertEquals(1, changes.size());
    assertEquals("essential training: BBR training", changes.get(0).after());
  }
}
