package org.bandwise.payband.boundary;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.bandwise.api.model.PayBand;
import org.bandwise.api.model.PayBandPage;
import org.bandwise.api.model.PayBandSummary;
import org.bandwise.api.model.PayPoint;
import org.bandwise.api.model.PayScale;
import org.bandwise.api.model.PayScalePage;
import org.bandwise.api.model.PayStructure;
import org.bandwise.api.model.PayStructurePage;
import org.bandwise.api.model.PayZone;
import org.bandwise.api.model.PayZoneList;
import org.bandwise.api.model.SalaryRange;
import org.bandwise.api.model.ScaleStatus;
import org.bandwise.api.model.ScaleTiming;
import org.bandwise.payband.control.BandWithRange;
import org.bandwise.payband.control.PayScaleRules;
import org.bandwise.payband.control.ScaleView;
import org.bandwise.platform.persistence.Page;

/** Pay entities ⇄ the contract's models. */
final class PayMapping {

  private PayMapping() {}

  static PayBand band(org.bandwise.payband.entity.PayBand band) {
    return new PayBand()
        .id(UUID.fromString(band.id()))
        .structureId(UUID.fromString(band.structure().id()))
        .structureName(band.structure().name())
        .code(band.code())
        .name(band.name())
        .rank(band.rank())
        .description(band.description())
        .openToNewEntrants(band.openToNewEntrants())
        .retired(band.retired())
        .createdAt(utc(band.createdAt()))
        .updatedAt(utc(band.updatedAt()));
  }

  static PayBandPage bandPage(Page<BandWithRange> page, LocalDate day) {
    return new PayBandPage()
        .items(page.items().stream().map(row -> summary(row, day)).toList())
        .page(page.request().page())
        .size(page.request().size())
        .totalItems(page.totalItems());
  }

  private static PayBandSummary summary(BandWithRange row, LocalDate day) {
    PayBandSummary summary =
        new PayBandSummary()
            .id(UUID.fromString(row.id()))
            .structureId(UUID.fromString(row.structureId()))
            .structureName(row.structureName())
            .code(row.code())
            .name(row.name())
            .rank(row.rank())
            .openToNewEntrants(row.openToNewEntrants())
            .retired(row.retired());
    if (row.scaleId() != null) {
      summary.setSalaryRange(
          new SalaryRange()
              .zone(row.zone())
              .date(day)
              .minPence(row.minPence())
              .maxPence(row.maxPence())
              .scaleId(UUID.fromString(row.scaleId()))
              .effectiveFrom(row.effectiveFrom())
              .status(ScaleStatus.valueOf(row.status())));
    }
    return summary;
  }

  static SalaryRange range(org.bandwise.payband.entity.PayScale scale, LocalDate day) {
    return new SalaryRange()
        .zone(scale.zoneCode())
        .date(day)
        .minPence(scale.min().pence())
        .maxPence(scale.max().pence())
        .scaleId(UUID.fromString(scale.id()))
        .effectiveFrom(scale.effectiveFrom())
        .status(ScaleStatus.valueOf(scale.status().name()));
  }

  static PayScale scale(ScaleView view, String bandCode) {
    org.bandwise.payband.entity.PayScale scale = view.scale();
    return new PayScale()
        .id(UUID.fromString(scale.id()))
        .bandId(UUID.fromString(scale.bandId()))
        .bandCode(bandCode)
        .zone(scale.zoneCode())
        .effectiveFrom(scale.effectiveFrom())
        .status(ScaleStatus.valueOf(scale.status().name()))
        .timing(ScaleTiming.valueOf(view.timing().name()))
        .retired(scale.retired())
        .note(scale.note())
        .points(
            scale.points().stream()
                .map(
                    p ->
                        new PayPoint()
                            .number(p.number())
                            .annualSalaryPence(p.annualSalary().pence()))
                .toList())
        .minPence(scale.min().pence())
        .maxPence(scale.max().pence())
        .createdAt(utc(scale.createdAt()))
        .updatedAt(utc(scale.updatedAt()));
  }

  static PayScalePage scalePage(Page<ScaleView> page, String bandCode) {
    return new PayScalePage()
        .items(page.items().stream().map(v -> scale(v, bandCode)).toList())
        .page(page.request().page())
        .size(page.request().size())
        .totalItems(page.totalItems());
  }

  static PayStructurePage structurePage(Page<org.bandwise.payband.entity.PayStructure> page) {
    return new PayStructurePage()
        .items(
            page.items().stream()
                .map(
                    s ->
                        new PayStructure()
                            .id(UUID.fromString(s.id()))
                            .code(s.code())
                            .name(s.name())
                            .description(s.description()))
                .toList())
        .page(page.request().page())
        .size(page.request().size())
        .totalItems(page.totalItems());
  }

  static PayZoneList zones(List<org.bandwise.payband.entity.PayZone> zones) {
    return new PayZoneList()
        .items(zones.stream().map(z -> new PayZone().code(z.code()).name(z.name())).toList());
  }

  static List<PayScaleRules.PointInput> points(List<PayPoint> points) {
    return points == null
        ? List.of()
        : points.stream()
            .map(
                p ->
                    p == null
                        ? null
                        : new PayScaleRules.PointInput(p.getNumber(), p.getAnnualSalaryPence()))
            .toList();
  }

  static org.bandwise.payband.entity.ScaleStatus status(ScaleStatus status) {
    return org.bandwise.payband.entity.ScaleStatus.valueOf(status.name());
  }

  private static OffsetDateTime utc(LocalDateTime time) {
    return time == null ? null : time.atOffset(ZoneOffset.UTC);
  }
}
