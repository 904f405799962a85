package org.bandwise.workforce.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaffSearchSqlTest {

  private static StaffSearchSql search(
      String words, List<String> units, List<String> bands, Boolean atRisk) {
    return new StaffSearchSql(
        new StaffDirectory.StaffFilter(words, null, null, atRisk, null), units, bands);
  }

  private static long placeholders(StaffSearchSql.Sql sql) {
    return sql.text().chars().filter(c -> c == '?').count();
  }

  @Test
  void withoutWordsAPageIsOneReadInNameOrderOnTheRecordAlone() {
    StaffSearchSql.Sql page = search(null, List.of("u1"), List.of("b1"), true).pageOfIds(40, 20);
    assertEquals(List.of("u1", "b1", true, 20, 40), page.params());
    assertEquals(placeholders(page), page.params().size());
    assertTrue(page.text().contains("s.current_unit_id = ?"), page.text());
    assertTrue(page.text().contains("s.current_band_id = ?"), page.text());
    assertTrue(page.text().contains("s.protected_now = ?"), page.text());
    assertFalse(page.text().contains("JOIN"), "no filter joins: " + page.text());
    assertFalse(page.text().contains("UNION"), page.text());

    StaffSearchSql.Sql count = search(null, null, null, null).count();
    assertEquals("SELECT COUNT(*) FROM staff_member s WHERE 1 = 1", count.text());
    assertTrue(count.params().isEmpty());
  }

  @Test
  void aBandCodeInSeveralStructuresIsAnyOfThem() {
    StaffSearchSql.Sql count = search(null, null, List.of("b1", "b2"), null).count();
    assertTrue(count.text().contains("s.current_band_id IN (?,?)"), count.text());
    assertEquals(List.of("b1", "b2"), count.params());
  }

  @Test
  void eachWayTheWordsMatchCarriesTheFiltersAndEnoughRowsForThePage() {
    StaffSearchSql search = search("Sam Benn", List.of("u1"), null, false);
    StaffSearchSql.Sql page = search.pageOfIds(40, 20);
    // staff number, last name, first name, e-mail, "first last", post number
    assertEquals(6, page.text().split(" UNION ").length, page.text());
    assertEquals(6, page.text().split("LIMIT 60\\)").length - 1, "each way reads 60 rows");
    assertEquals(placeholders(page), page.params().size());
    assertEquals(
        List.of(
            "Sam Benn",
            "u1",
            false,
            "Sam Benn%",
            "u1",
            false,
            "Sam Benn%",
            "u1",
            false,
            "Sam Benn%",
            "u1",
            false,
            "Sam%",
            "Sam Benn%",
            "u1",
            false,
            "Sam Benn",
            "u1",
            false,
            20,
            40),
        page.params());

    StaffSearchSql.Sql count = search.count();
    assertEquals(placeholders(count), count.params().size());
    assertTrue(count.text().startsWith("SELECT COUNT(*) FROM (SELECT s.id FROM"), count.text());

    StaffSearchSql.Sql where = search.where();
    assertEquals(placeholders(where), where.params().size());
    assertEquals(List.of("u1", false), where.params().subList(0, 2), "the filters come first");
  }

  @Test
  void wordsAreMatchedLiterallyNotAsPatterns() {
    StaffSearchSql.Sql count = search("50%_off", null, null, null).count();
    assertTrue(count.params().contains("50\\%\\_off%"), count.params().toString());
    assertTrue(count.params().contains("50%_off"), "the staff number is compared as typed");
  }

  @Test
  void aUnitOrBandThatDoesNotExistMatchesNobody() {
    assertTrue(search(null, List.of(), null, null).matchesNobody());
    assertTrue(search(null, null, List.of(), null).matchesNobody());
    assertFalse(search(null, null, null, null).matchesNobody());
  }
}
