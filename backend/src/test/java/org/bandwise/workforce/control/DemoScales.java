package org.bandwise.workforce.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's illustrative probation scales (worked-examples.md, "Pay"): National zone from 1 April
 * 2026. Band 3 points 1–5: £26,800 … £31,000; Band 4 points 1–6: £31,900 … £37,550.
 */
public final class DemoScales {

  public static final String NATIONAL = "NATIONAL";
  public static final BandRef BAND_3 = new BandRef("band-3", "Band 3", 3);
  public static final BandRef BAND_4 = new BandRef("band-4", "Band 4", 4);
  public static final LocalDate APRIL_2026 = LocalDate.of(2026, 4, 1);
  public static final long[] BAND_3_POUNDS = {26_800, 27_700, 28_650, 29_750, 31_000};
  public static final long[] BAND_4_POUNDS = {31_900, 33_000, 34_100, 35_250, 36_400, 37_550};

  private DemoScales() {}

  public static DatedScale scale(BandRef band, LocalDate from, long... pounds) {
    List<ScalePoint> points = new ArrayList<>();
    for (int i = 0; i < pounds.length; i++) {
      points.add(ScalePoint.of(i + 1, pounds[i] * 100));
    }
    return new DatedScale(band, NATIONAL, from, points);
  }

  public static List<DatedScale> april2026() {
    return List.of(
        scale(BAND_3, APRIL_2026, BAND_3_POUNDS), scale(BAND_4, APRIL_2026, BAND_4_POUNDS));
  }

  /** The demo scales plus extra ones (a pay award). */
  public static PayScales with(DatedScale... more) {
    List<DatedScale> all = new ArrayList<>(april2026());
    all.addAll(List.of(more));
    return new PayScales(all);
  }

  public static ContractualPay pay(DatedScale... more) {
    return new ContractualPay(with(more));
  }

  public static PayPosition position(BandRef band, int point, String hours) {
    return new PayPosition(band, NATIONAL, point, WeeklyHours.of(hours));
  }

  public static long pounds(long pounds) {
    return pounds * 100;
  }
}
