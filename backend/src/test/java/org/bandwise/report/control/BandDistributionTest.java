package org.bandwise.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import org.bandwise.workforce.control.AgeBand;
import org.bandwise.workforce.control.Disability;
import org.bandwise.workforce.control.EqualityCharacteristic;
import org.bandwise.workforce.control.EthnicGroup;
import org.bandwise.workforce.control.Sex;
import org.bandwise.workforce.control.WeeklyHours;
import org.junit.jupiter.api.Test;

class BandDistributionTest {

  static PersonOnDay person(
      Sex sex, String band, String unit, String hours, long contractual, long protection) {
    return new PersonOnDay(
        sex,
        EthnicGroup.WHITE,
        Disability.N,
        AgeBand.FROM_35_TO_44,
        true,
        0,
        0,
        "S",
        band,
        unit,
        null,
        WeeklyHours.of(hours),
        true,
        contractual,
        protection);
  }

  static final Comparator<BandDistribution.Key> BY_BAND =
      Comparator.comparing(k -> k.bandId() == null ? "~" : k.bandId());

  @Test
  void headcountFtePayBillAndProtectionByBandAndUnit() {
    BandDistribution d = new BandDistribution();
    d.add(person(Sex.F, "B3", "U1", "37", 3_100_000, 0));
    d.add(person(Sex.M, "B3", "U2", "18.5", 1_550_000, 327_500));
    d.add(person(Sex.F, "B4", "U1", "22.5", 2_283_446, 0));
    BandDistribution.Result r = d.result(BY_BAND);

    assertEquals(3, r.total().headcount());
    // 37 + 18.5 + 22.5 = 78 hours over 37 = 2.108… → 2.11
    assertEquals(new BigDecimal("2.11"), r.total().fte());
    assertEquals(3_100_000 + 1_550_000 + 2_283_446, r.total().contractualPence());
    assertEquals(327_500, r.total().protectionPence());
    assertEquals(3_100_000 + 1_550_000 + 2_283_446 + 327_500, r.total().paidPence());
    assertEquals(1, r.total().protectedHeadcount());

    assertEquals(2, r.bands().size());
    BandDistribution.Row b3 = r.bands().get(0);
    assertEquals("B3", b3.key().bandId());
    assertEquals(2, b3.headcount());
    assertEquals(new BigDecimal("1.50"), b3.fte());
    assertEquals(4_977_500, b3.paidPence());
    assertEquals(3, r.units().size());
  }

  @Test
  void representationSuppressesGroupsOfFewerThanFiveAndShowsTheWorkforceShare() {
    BandDistribution d = new BandDistribution();
    for (int i = 0; i < 6; i++) {
      d.add(person(Sex.F, "B3", "U1", "37", 3_000_000, 0));
    }
    for (int i = 0; i < 2; i++) {
      d.add(person(Sex.M, "B3", "U1", "37", 3_000_000, 0));
    }
    for (int i = 0; i < 5; i++) {
      d.add(person(Sex.M, "B4", "U1", "37", 3_500_000, 0));
    }
    BandDistribution.Result r = d.result(BY_BAND);
    BandDistribution.Share womenB3 = share(r, "B3", "Women");
    assertFalse(womenB3.suppressed());
    assertEquals(6, womenB3.headcount());
    assertEquals(new BigDecimal("75.0"), womenB3.percent());
    assertEquals(6, womenB3.workforceHeadcount());
    // 6 of 13
    assertEquals(new BigDecimal("46.2"), womenB3.workforcePercent());

    BandDistribution.Share menB3 = share(r, "B3", "Men");
    assertTrue(menB3.suppressed());
    assertNull(menB3.headcount());
    assertNull(menB3.percent());

    BandDistribution.Share womenB4 = share(r, "B4", "Women");
    assertFalse(womenB4.suppressed(), "none is not a small group");
    assertEquals(0, womenB4.headcount());
    assertEquals(new BigDecimal("0.0"), womenB4.percent());
  }

  private static BandDistribution.Share share(
      BandDistribution.Result r, String band, String group) {
    return r.representation().stream()
        .filter(
            s ->
                band.equals(s.band().bandId())
                    && s.characteristic() == EqualityCharacteristic.SEX
                    && s.group().equals(group))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theDefaultSnapshotIsTheLatestThirtyFirstMarch() {
    assertEquals(
        LocalDate.of(2026, 3, 31), ReportScope.latestThirtyFirstMarch(LocalDate.of(2026, 11, 30)));
    assertEquals(
        LocalDate.of(2026, 3, 31), ReportScope.latestThirtyFirstMarch(LocalDate.of(2026, 3, 31)));
    assertEquals(
        LocalDate.of(2025, 3, 31), ReportScope.latestThirtyFirstMarch(LocalDate.of(2026, 3, 30)));
  }

  @Test
  void csvKeepsNegativeNumbersAndNeutralisesFormulaText() {
    ReportTable t =
        new ReportTable.Builder("T", "Name", "Gap")
            .row("=SUM(A1)", new BigDecimal("-3.5"))
            .row("Plain", null)
            .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFiles.csv(t, out);
    assertEquals("Name,Gap\r\n'=SUM(A1),-3.5\r\nPlain,\r\n", out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void xlsxIsAZipWorkbookWithOneSheetPerTable() throws Exception {
    ReportTable a = new ReportTable.Builder("Measures", "A").row(1).build();
    ReportTable b = new ReportTable.Builder("Quartiles", "B").row("x").build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReportFiles.xlsx(java.util.List.of(a, b), out);
    java.nio.file.Path file = java.nio.file.Files.createTempFile("report", ".xlsx");
    int sheets = 0;
    try {
      java.nio.file.Files.write(file, out.toByteArray());
      try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
        sheets =
            (int) zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/sheet")).count();
      }
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
    assertEquals(2, sheets);
  }

  @Test
  void representationSharesAreOfThePeopleItCounted() {
    // pay and characteristics are read by two statements that may start a moment apart: one
    // person more in the pay reading must not push a band's shares past 100 %
    BandDistribution d =
        new BandDistribution(
            new org.bandwise.workforce.control.SmallGroups(1), WeeklyHours.DEFAULT_FULL_TIME);
    for (int i = 0; i < 4; i++) {
      d.addPay(person(Sex.F, "B3", "U1", "37", 3_100_000, 0), 1);
    }
    d.addPeople(person(Sex.F, "B3", "U1", "37", 3_100_000, 0), 2);
    d.addPeople(person(Sex.M, "B3", "U1", "37", 3_100_000, 0), 1);
    BandDistribution.Result r = d.result(BY_BAND);

    assertEquals(4, r.bands().get(0).headcount());
    BandDistribution.Share women =
        r.representation().stream()
            .filter(
                s ->
                    s.characteristic() == org.bandwise.workforce.control.EqualityCharacteristic.SEX
                        && s.group().equals(Sex.F.plural()))
            .findFirst()
            .orElseThrow();
    assertEquals(2, women.headcount());
    // 2 of the 3 counted by sex, not 2 of the 4 paid
    assertEquals(0, new BigDecimal("66.7").compareTo(women.percent()), women.percent().toString());
    assertEquals(
        0,
        new BigDecimal("66.7").compareTo(women.workforcePercent()),
        women.workforcePercent().toString());
  }
}
