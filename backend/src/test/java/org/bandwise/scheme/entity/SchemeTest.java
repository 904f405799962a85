package org.bandwise.scheme.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.bandwise.payband.entity.PayBand;
import org.bandwise.payband.entity.PayStructure;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.scheme.control.ScoringTable;
import org.junit.jupiter.api.Test;

class SchemeTest {

  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 22, 9, 0);
  private static final String STRUCTURE_ID = UUID.randomUUID().toString();

  private static final PayStructure PROBATION =
      new PayStructure() {
        @Override
        public String id() {
          return STRUCTURE_ID;
        }

        @Override
        public String name() {
          return "Probation pay bands";
        }
      };

  private static PayBand band(String code) {
    return new PayBand(PROBATION, code, "Band " + code, Integer.parseInt(code), null, true, NOW);
  }

  private static Scheme draft() {
    Scheme scheme =
        new Scheme("PROBATION", 1, "Probation JES", null, true, PROBATION, 10, null, NOW);
    scheme.addFactor(
        "KNOWLEDGE",
        "Knowledge",
        null,
        List.of(new SchemeLevel(2, 200, "More"), new SchemeLevel(1, 100, "Some")));
    scheme.addFactor(
        "WORKING_CONDITIONS",
        "Working conditions",
        "Where the work is done",
        List.of(new SchemeLevel(1, 10, null), new SchemeLevel(2, 20, null)));
    scheme.addBandRange(band("4"), 250, 400);
    scheme.addBandRange(band("3"), 0, 249);
    return scheme;
  }

  @Test
  void factorsKeepTheirOrderAndLevelsCountFromOne() {
    Scheme scheme = draft();
    assertEquals(
        List.of("KNOWLEDGE", "WORKING_CONDITIONS"),
        scheme.factors().stream().map(SchemeFactor::code).toList());
    assertEquals(List.of(1, 2), scheme.factors().stream().map(SchemeFactor::position).toList());
    SchemeFactor knowledge = scheme.factors().get(0);
    assertEquals(List.of(1, 2), knowledge.levels().stream().map(SchemeLevel::level).toList());
    assertEquals(200, knowledge.level(2).orElseThrow().points());
    assertTrue(knowledge.level(3).isEmpty());
    assertEquals(
        List.of("3", "4"), scheme.bandRanges().stream().map(SchemeBandRange::bandCode).toList());
  }

  @Test
  void theScoringTableCarriesPointsRangesAndTheNearBoundaryDistance() {
    Scheme scheme = draft();
    ScoringTable table = scheme.scoringTable();
    assertEquals(scheme.id(), table.schemeId());
    assertEquals(10, table.nearBoundaryPoints());
    assertEquals(List.of(100, 200), table.factor("KNOWLEDGE").orElseThrow().points());
    ScoringTable.Range band3 = table.ranges().get(0);
    assertEquals("3", band3.band());
    assertEquals("Band 3", band3.bandName());
    assertEquals(0, band3.minScore());
    assertEquals(249, band3.maxScore());
    assertEquals(scheme.bandRanges().get(0).bandId(), band3.bandId());
  }

  @Test
  void aNewVersionIsADraftCopyThatPointsBackAtItsSource() {
    Scheme source = draft();
    source.moveTo(SchemeStatus.ACTIVE, NOW);
    Scheme copy = source.copyAsDraft(2, NOW.plusDays(1));
    assertNotEquals(source.id(), copy.id());
    assertEquals(source.id(), copy.basedOnId());
    assertEquals(2, copy.schemeVersion());
    assertEquals(SchemeStatus.DRAFT, copy.status());
    assertEquals(source.code(), copy.code());
    assertEquals(source.structureId(), copy.structureId());
    assertEquals(source.auditSnapshot().size(), copy.auditSnapshot().size());
    assertEquals(source.scoringTable().factors(), copy.scoringTable().factors());
    assertEquals(
        source.scoringTable().ranges().stream().map(ScoringTable.Range::bandId).toList(),
        copy.scoringTable().ranges().stream().map(ScoringTable.Range::bandId).toList());
    assertEquals(
        "Where the work is done", copy.factors().get(1).description(), "descriptions are copied");
    assertEquals("More", copy.factors().get(0).level(2).orElseThrow().descriptor());
    assertNull(source.basedOnId());
  }

  @Test
  void onlyADraftChanges() {
    Scheme scheme = draft();
    scheme.moveTo(SchemeStatus.ACTIVE, NOW);
    assertThrows(RuleConflict.class, scheme::clearContent);
    assertThrows(RuleConflict.class, () -> scheme.change("Renamed", null, false, 10, NOW));
    assertThrows(RuleConflict.class, () -> scheme.addBandRange(band("5"), 401, 500));
    assertEquals("Probation JES", scheme.name());
  }

  @Test
  void aVersionMovesFromDraftToActiveToRetiredAndNeverBack() {
    assertTrue(SchemeStatus.DRAFT.canMoveTo(SchemeStatus.ACTIVE));
    assertTrue(SchemeStatus.ACTIVE.canMoveTo(SchemeStatus.RETIRED));
    for (SchemeStatus from : SchemeStatus.values()) {
      for (SchemeStatus to : SchemeStatus.values()) {
        boolean allowed =
            (from == SchemeStatus.DRAFT && to == SchemeStatus.ACTIVE)
                || (from == SchemeStatus.ACTIVE && to == SchemeStatus.RETIRED);
        assertEquals(allowed, from.canMoveTo(to), from + " → " + to);
      }
    }
    Scheme scheme = draft();
    assertThrows(RuleConflict.class, () -> scheme.moveTo(SchemeStatus.RETIRED, NOW));
    scheme.moveTo(SchemeStatus.ACTIVE, NOW);
    scheme.moveTo(SchemeStatus.RETIRED, NOW);
    assertThrows(RuleConflict.class, () -> scheme.moveTo(SchemeStatus.ACTIVE, NOW));
  }

  @Test
  void theAuditSnapshotShowsEachLevelOnItsOwn() {
    Scheme scheme = draft();
    var snapshot = scheme.auditSnapshot();
    assertEquals("1. Knowledge", snapshot.get("factors.KNOWLEDGE"));
    assertEquals("200 points: More", snapshot.get("factors.KNOWLEDGE.level2"));
    assertEquals("10 points", snapshot.get("factors.WORKING_CONDITIONS.level1"));
    assertEquals("Band 3: 0–249; Band 4: 250–400", snapshot.get("bandRanges"));
    assertFalse(snapshot.containsKey("factors.KNOWLEDGE.description"));
    assertEquals("PROBATION version 1", scheme.label());
  }
}
