package org.bandwise.scheme.boundary;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bandwise.api.model.BandRange;
import org.bandwise.api.model.Factor;
import org.bandwise.api.model.FactorLevel;
import org.bandwise.api.model.SchemeInput;
import org.bandwise.api.model.SchemePage;
import org.bandwise.api.model.SchemeStatus;
import org.bandwise.api.model.ScoreResult;
import org.bandwise.platform.persistence.Page;
import org.bandwise.scheme.control.SchemeDetails;
import org.bandwise.scheme.control.SchemeRules;
import org.bandwise.scheme.control.ScoreOutcome;
import org.bandwise.scheme.entity.Scheme;
import org.bandwise.scheme.entity.SchemeBandRange;
import org.bandwise.scheme.entity.SchemeFactor;

/** Schemes ⇄ the contract's models. */
final class SchemeMapping {

  private SchemeMapping() {}

  static org.bandwise.api.model.Scheme scheme(Scheme scheme, boolean inUse) {
    return new org.bandwise.api.model.Scheme()
        .id(scheme.id())
        .code(scheme.code())
        .name(scheme.name())
        .version(scheme.schemeVersion())
        .status(SchemeStatus.valueOf(scheme.status().name()))
        .illustrative(scheme.illustrative())
        .description(scheme.description())
        .structureId(scheme.structureId())
        .structureName(scheme.structure().name())
        .nearBoundaryPoints(scheme.nearBoundaryPoints())
        .inUse(inUse)
        .basedOnId(scheme.basedOnId())
        .factors(scheme.factors().stream().map(SchemeMapping::factor).toList())
        .bandRanges(scheme.bandRanges().stream().map(SchemeMapping::range).toList())
        .createdAt(utc(scheme.createdAt()))
        .updatedAt(utc(scheme.updatedAt()));
  }

  static SchemePage page(Page<Scheme> page, Set<UUID> inUse) {
    return new SchemePage()
        .items(page.items().stream().map(s -> scheme(s, inUse.contains(s.id()))).toList())
        .page(page.request().page())
        .size(page.request().size())
        .totalItems(page.totalItems());
  }

  static ScoreResult score(ScoreOutcome outcome) {
    return new ScoreResult()
        .total(outcome.total())
        .band(outcome.band() == null ? null : outcome.band().band())
        .bandName(outcome.band() == null ? null : outcome.band().bandName())
        .outOfRange(outcome.outOfRange())
        .nearBoundary(outcome.nearBoundary())
        .nextBoundary(outcome.nextBoundary())
        .nextBand(outcome.nextBand() == null ? null : outcome.nextBand().band())
        .pointsToNextBand(outcome.pointsToNextBand())
        .summary(outcome.summary());
  }

  static SchemeDetails details(SchemeInput input) {
    return new SchemeDetails(
        input.getName().trim(),
        blankToNull(input.getDescription()),
        Boolean.TRUE.equals(input.getIllustrative()),
        input.getNearBoundaryPoints() == null
            ? SchemeDetails.DEFAULT_NEAR_BOUNDARY_POINTS
            : input.getNearBoundaryPoints());
  }

  static SchemeRules.SchemeContent content(SchemeInput input) {
    return new SchemeRules.SchemeContent(
        input.getStructureId(),
        input.getFactors() == null
            ? List.of()
            : input.getFactors().stream()
                .map(
                    f ->
                        f == null
                            ? null
                            : new SchemeRules.FactorInput(
                                f.getCode(),
                                f.getName(),
                                f.getDescription(),
                                f.getLevels() == null
                                    ? List.of()
                                    : f.getLevels().stream()
                                        .map(
                                            l ->
                                                l == null
                                                    ? null
                                                    : new SchemeRules.LevelInput(
                                                        l.getLevel(),
                                                        l.getPoints(),
                                                        l.getDescriptor()))
                                        .toList()))
                .toList(),
        input.getBandRanges() == null
            ? List.of()
            : input.getBandRanges().stream()
                .map(
                    r ->
                        r == null
                            ? null
                            : new SchemeRules.RangeInput(
                                r.getBandId(), r.getMinScore(), r.getMaxScore()))
                .toList());
  }

  private static Factor factor(SchemeFactor factor) {
    return new Factor()
        .code(factor.code())
        .name(factor.name())
        .description(factor.description())
        .position(factor.position())
        .levels(
            factor.levels().stream()
                .map(
                    l ->
                        new FactorLevel()
                            .level(l.level())
                            .points(l.points())
                            .descriptor(l.descriptor()))
                .toList());
  }

  private static BandRange range(SchemeBandRange range) {
    return new BandRange()
        .bandId(range.bandId())
        .band(range.bandCode())
        .bandName(range.bandName())
        .minScore(range.minScore())
        .maxScore(range.maxScore());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }

  private static OffsetDateTime utc(LocalDateTime time) {
    return time == null ? null : time.atOffset(ZoneOffset.UTC);
  }
}
