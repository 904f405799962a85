package org.bandwise.job.boundary;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bandwise.api.model.BandRef;
import org.bandwise.api.model.Criterion;
import org.bandwise.api.model.CriterionKind;
import org.bandwise.api.model.CriterionType;
import org.bandwise.api.model.JdContent;
import org.bandwise.api.model.JdFieldChange;
import org.bandwise.api.model.JdStatus;
import org.bandwise.api.model.JdVersionChanges;
import org.bandwise.api.model.JdVersionSummary;
import org.bandwise.api.model.JobDescription;
import org.bandwise.api.model.JobDescriptionPage;
import org.bandwise.api.model.JobDescriptionSummary;
import org.bandwise.api.model.OutcomeRef;
import org.bandwise.api.model.Person;
import org.bandwise.api.model.Union;
import org.bandwise.identity.control.People;
import org.bandwise.job.control.JdChanges;
import org.bandwise.job.control.JobDescriptionSearch;
import org.bandwise.job.entity.JdVersion;
import org.bandwise.platform.persistence.Page;

/** Job descriptions between the API model and the domain. */
final class JobMapping {

  private JobMapping() {}

  static org.bandwise.job.entity.JdContent content(JdContent content) {
    return new org.bandwise.job.entity.JdContent(
        content.getTitle().trim(),
        content.getRoleFamily().trim(),
        content.getDirectorate().trim(),
        content.getPurpose().trim(),
        content.getMainDuties().stream().map(String::trim).toList(),
        content.getProgrammes() == null
            ? List.of()
            : content.getProgrammes().stream().map(String::trim).toList(),
        content.getCriteria() == null
            ? List.of()
            : content.getCriteria().stream()
                .map(
                    c ->
                        new org.bandwise.job.entity.JdContent.CriterionLine(
                            org.bandwise.job.entity.CriterionKind.valueOf(c.getKind().name()),
                            org.bandwise.job.entity.CriterionType.valueOf(c.getType().name()),
                            c.getText().trim()))
                .toList());
  }

  static JdContent content(org.bandwise.job.entity.JdContent content) {
    return new JdContent()
        .title(content.title())
        .roleFamily(content.roleFamily())
        .directorate(content.directorate())
        .purpose(content.purpose())
        .mainDuties(content.mainDuties())
        .programmes(new java.util.LinkedHashSet<>(content.programmes()))
        .criteria(
            content.criteria().stream()
                .map(
                    c ->
                        new Criterion()
                            .kind(CriterionKind.valueOf(c.kind().name()))
                            .type(CriterionType.valueOf(c.type().name()))
                            .text(c.text()))
                .toList());
  }

  static JobDescriptionPage page(Page<JobDescriptionSearch.Row> page) {
    return new JobDescriptionPage()
        .items(page.items().stream().map(JobMapping::summary).toList())
        .page(page.request().page())
        .size(page.request().size())
        .totalItems(page.totalItems());
  }

  private static JobDescriptionSummary summary(JobDescriptionSearch.Row row) {
    return new JobDescriptionSummary()
        .id(UUID.fromString(row.id()))
        .reference(row.reference())
        .title(row.title())
        .roleFamily(row.roleFamily())
        .directorate(row.directorate())
        .status(status(row.status()))
        .latestVersion(row.latestVersion())
        .band(row.bandId() == null ? null : band(row.bandId(), row.bandCode(), row.bandName()))
        .total(row.total())
        .benchmark(row.benchmark())
        .updatedAt(utc(row.updatedAt()));
  }

  static JobDescription jobDescription(
      org.bandwise.job.entity.JobDescription jd,
      List<JdVersion> versions,
      Map<String, JobDescriptionSearch.OutcomeRef> outcomes,
      BandRef band,
      List<People.Person> holders,
      boolean heldByMe) {
    return new JobDescription()
        .id(UUID.fromString(jd.id()))
        .reference(jd.reference())
        .title(jd.title())
        .roleFamily(jd.roleFamily())
        .directorate(jd.directorate())
        .status(status(jd.status()))
        .benchmark(jd.benchmark())
        .inForceVersionId(
            jd.inForceVersionId() == null ? null : UUID.fromString(jd.inForceVersionId()))
        .band(band)
        .total(jd.total())
        .versions(
            versions.stream()
                .map(
                    v ->
                        new JdVersionSummary()
                            .id(UUID.fromString(v.id()))
                            .number(v.number())
                            .status(status(v.status()))
                            .title(v.title())
                            .effectiveFrom(v.effectiveFrom())
                            .outcome(outcome(outcomes.get(v.id())))
                            .createdAt(utc(v.createdAt())))
                .toList())
        .holders(holders == null ? null : holders.stream().map(JobMapping::person).toList())
        .heldByMe(heldByMe)
        .createdAt(utc(jd.createdAt()))
        .updatedAt(utc(jd.updatedAt()));
  }

  static org.bandwise.api.model.JdVersion version(
      JdVersion version, JobDescriptionSearch.OutcomeRef outcome, String openEvaluationId) {
    return new org.bandwise.api.model.JdVersion()
        .id(UUID.fromString(version.id()))
        .jdId(UUID.fromString(version.jd().id()))
        .reference(version.jd().reference())
        .number(version.number())
        .status(status(version.status()))
        .effectiveFrom(version.effectiveFrom())
        .content(content(version.content()))
        .outcome(outcome(outcome))
        .openEvaluationId(openEvaluationId == null ? null : UUID.fromString(openEvaluationId))
        .createdAt(utc(version.createdAt()))
        .updatedAt(utc(version.updatedAt()));
  }

  static JdVersionChanges changes(JdVersion version, JdVersion previous) {
    List<JdChanges.FieldChange> changes =
        previous == null ? List.of() : JdChanges.between(previous.content(), version.content());
    return new JdVersionChanges()
        .versionId(UUID.fromString(version.id()))
        .number(version.number())
        .previousVersionId(previous == null ? null : UUID.fromString(previous.id()))
        .changes(
            changes.stream()
                .map(c -> new JdFieldChange().field(c.field()).before(c.before()).after(c.after()))
                .toList());
  }

  static Person person(People.Person person) {
    return new Person()
        .id(UUID.fromString(person.id()))
        .username(person.username())
        .displayName(person.displayName())
        .roles(
            person.roles().stream()
                .map(r -> org.bandwise.api.model.Role.valueOf(r.name()))
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)))
        .union(person.union() == null ? null : Union.valueOf(person.union().name()));
  }

  static BandRef band(String id, String code, String name) {
    return new BandRef().id(UUID.fromString(id)).code(code).name(name);
  }

  private static OutcomeRef outcome(JobDescriptionSearch.OutcomeRef outcome) {
    if (outcome == null) {
      return null;
    }
    return new OutcomeRef()
        .evaluationId(UUID.fromString(outcome.evaluationId()))
        .total(outcome.total())
        .band(band(outcome.bandId(), outcome.bandCode(), outcome.bandName()))
        .effectiveFrom(outcome.effectiveFrom())
        .schemeName(outcome.schemeName())
        .schemeVersion(outcome.schemeVersion());
  }

  static JdStatus status(org.bandwise.job.entity.JdStatus status) {
    return JdStatus.valueOf(status.name());
  }

  static OffsetDateTime utc(LocalDateTime time) {
    return time == null ? null : time.atOffset(ZoneOffset.UTC);
  }
}
