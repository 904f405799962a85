package org.bandwise.rebanding.control;

import static org.bandwise.workforce.control.DemoScales.APRIL_2026;
import static org.bandwise.workforce.control.DemoScales.BAND_3;
import static org.bandwise.workforce.control.DemoScales.BAND_4;
import static org.bandwise.workforce.control.DemoScales.position;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.bandwise.payband.entity.Money;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.rebanding.control.AssimilationPolicy.DownRule;
import org.bandwise.rebanding.control.AssimilationPolicy.UpRule;
import org.bandwise.workforce.control.BandRef;
import org.bandwise.workforce.control.DatedScale;
import org.bandwise.workforce.control.DemoScales;
import org.bandwise.workforce.control.PayPosition;
import org.bandwise.workforce.control.ScalePoint;
import org.junit.jupiter.api.Test;

class AssimilationTest {

  private static final DatedScale BAND_3_SCALE =
      DemoScales.scale(BAND_3, APRIL_2026, DemoScales.BAND_3_POUNDS);
  private static final DatedScale BAND_4_SCALE =
      DemoScales.scale(BAND_4, APRIL_2026, DemoScales.BAND_4_POUNDS);

  private static Assimilation.Result assimilate(
      PayPosition current, long currentPounds, DatedScale to, AssimilationPolicy policy) {
    return Assimilation.assimilate(
        current, Money.ofPence(currentPounds * 100), to.band(), to, policy);
  }

  @Test
  void upToTheLowestPointPayingMoreThanNow() {
    Assimilation.Result result =
        assimilate(position(BAND_3, 1, "37"), 26_800, BAND_4_SCALE, AssimilationPolicy.DEFAULT);
    assertEquals(Change.UP, result.change());
    assertEquals(ScalePoint.of(1, 3_190_000), result.point());
  }

  @Test
  void upFromOverlappingPayLandsAboveTheCurrentSalary() {
    // Band 2 overlapping Band 4: from £34,100 the lowest Band 4 point paying more is point 4
    BandRef band2 = new BandRef("band-2", "Band 2", 2);
    assertEquals(
        4,
        assimilate(position(band2, 9, "37"), 34_100, BAND_4_SCALE, AssimilationPolicy.DEFAULT)
            .point()
            .number(),
        "£34,100 is not above £34,100: point 4 (£35,250)");
    assertEquals(
        3,
        assimilate(
                position(band2, 9, "37"),
                34_100,
                BAND_4_SCALE,
                new AssimilationPolicy(
                    UpRule.LOWEST_POINT_NOT_BELOW, DownRule.HIGHEST_POINT_NOT_ABOVE))
            .point()
            .number());
  }

  @Test
  void upWithNoPointAboveTakesTheTopPoint() {
    BandRef band2 = new BandRef("band-2", "Band 2", 2);
    assertEquals(
        6,
        assimilate(position(band2, 9, "37"), 40_000, BAND_4_SCALE, AssimilationPolicy.DEFAULT)
            .point()
            .number());
  }

  @Test
  void downToTheHighestPointPayingNoMoreThanNow() {
    Assimilation.Result result =
        assimilate(position(BAND_4, 6, "37"), 37_550, BAND_3_SCALE, AssimilationPolicy.DEFAULT);
    assertEquals(Change.DOWN, result.change());
    assertEquals(ScalePoint.of(5, 3_100_000), result.point());
    assertEquals(
        3,
        assimilate(position(BAND_4, 9, "37"), 28_650, BAND_3_SCALE, AssimilationPolicy.DEFAULT)
            .point()
            .number(),
        "an equal salary is not above it");
  }

  @Test
  void downWithEveryPointAboveTakesTheFirstPoint() {
    BandRef band5 = new BandRef("band-5", "Band 5", 5);
    assertEquals(
        1,
        assimilate(position(band5, 1, "37"), 20_000, BAND_3_SCALE, AssimilationPolicy.DEFAULT)
            .point()
            .number());
  }

  @Test
  void theRulesAreConfigurablePerStructure() {
    AssimilationPolicy firstPoints =
        new AssimilationPolicy(UpRule.FIRST_POINT, DownRule.FIRST_POINT);
    Assimilation.Result down =
        assimilate(position(BAND_4, 6, "37"), 37_550, BAND_3_SCALE, firstPoints);
    assertEquals(1, down.point().number());
    assertEquals(
        1_075_000,
        3_755_000 - down.point().fullTimeAnnual().pence(),
        "Band 4 point 6 to Band 3 point 1 is £10,750: the 'up to £11,000' of the seeds");
    assertEquals(
        1,
        assimilate(position(BAND_3, 5, "37"), 31_000, BAND_4_SCALE, firstPoints).point().number());
    assertEquals(
        5,
        assimilate(
                position(BAND_4, 1, "37"),
                31_900,
                BAND_3_SCALE,
                new AssimilationPolicy(UpRule.LOWEST_POINT_ABOVE, DownRule.TOP_POINT))
            .point()
            .number());
  }

  @Test
  void theSameBandChangesNothing() {
    Assimilation.Result result =
        Assimilation.assimilate(
            position(BAND_3, 3, "18.5"),
            Money.ofPence(2_865_000),
            BAND_3,
            null,
            AssimilationPolicy.DEFAULT);
    assertEquals(Change.SAME, result.change());
    assertEquals(ScalePoint.of(3, 2_865_000), result.point());
  }

  @Test
  void partTimeStaffAreComparedOnFullTimeSalaries() {
    // 18.5 hours on Band 3 point 1 (£13,400 paid): still the £26,800 point, so Band 4 point 1
    assertEquals(
        1,
        assimilate(position(BAND_3, 1, "18.5"), 26_800, BAND_4_SCALE, AssimilationPolicy.DEFAULT)
            .point()
            .number());
  }

  @Test
  void aDifferentBandAtTheSameRankIsRefused() {
    BandRef otherBand4 = new BandRef("other-4", "Band 4 (old structure)", 4);
    InvalidInput e =
        assertThrows(
            InvalidInput.class,
            () ->
                assimilate(
                    position(otherBand4, 2, "37"),
                    33_000,
                    BAND_4_SCALE,
                    AssimilationPolicy.DEFAULT));
    assertEquals("band", e.fieldProblems().get(0).field());
  }
}
