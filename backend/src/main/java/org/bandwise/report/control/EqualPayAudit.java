package org.bandwise.report.control;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bandwise.payband.entity.Money;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.workforce.control.Disability;
import org.bandwise.workforce.control.EqualityCharacteristic;
import org.bandwise.workforce.control.EthnicGroup;
import org.bandwise.workforce.control.Percentages;
import org.bandwise.workforce.control.Sex;
import org.bandwise.workforce.control.SmallGroups;
import org.bandwise.workforce.control.WeeklyHours;

/**
 * Steps 2 and 3 of the EHRC's five-step equal-pay audit: for each group of people doing equal work
 * — work rated as equivalent (the same pay band of the same structure) and like work (the same JD)
 * — the headcount, mean and median basic and total pay of women and men and the gap; and the same
 * for each ethnic group and each disability status against everyone else in the group.
 *
 * <p><b>Pay compared.</b> Full-time equivalents, so part-time staff compare fairly: basic pay is
 * the contractual salary and total pay the paid salary (protection included) plus allowances and
 * bonus, each scaled to the structure's full-time week and rounded to the penny.
 *
 * <p><b>Gap</b> = (comparator's figure − group's figure) ÷ comparator's figure × 100, to one
 * decimal place: positive when the group (women; an ethnic group; a disability status) is paid less
 * than its comparator (men; everyone else).
 *
 * <p><b>Flags</b> follow the EHRC's guide: a gap of 5 % or more either way on any of the four
 * measures flags the comparison (judged on the published, rounded figure, so what people see and
 * what is flagged agree); a gap of 3 % or more in the same direction for the same comparison and
 * measure in two or more groups of the same kind is a pattern. Comparisons with fewer than 5 people
 * on either side (configurable) are suppressed: never flagged or counted in a pattern, so the flags
 * read the same for everyone, and their figures are removed by {@link Result#hideSmallGroups()} for
 * anyone but HR admins.
 *
 * <p><b>Streaming.</b> People are added one at a time from a query, or many at once when the query
 * has grouped people who share every input; each group holds two primitive longs per member (basic
 * and total pay with the equality codes in the low bits).
 */
public final class EqualPayAudit {

  /** Equal work as the Equality Act 2010 defines it. */
  public enum WorkKind {
    /** Work rated as equivalent by the job evaluation scheme: the same band of a structure. */
    EQUIVALENT_WORK,
    /** Like work: the same job description. */
    LIKE_WORK
  }

  /** The four figures compared. */
  public enum Measure {
    MEAN_BASIC,
    MEDIAN_BASIC,
    MEAN_TOTAL,
    MEDIAN_TOTAL
  }

  /** A group doing equal work: its kind, id (band or JD id) and name. */
  public record WorkGroup(WorkKind kind, String id, String label) {
    public WorkGroup {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(label, "label");
    }
  }

  /** The thresholds; {@link #DEFAULT}: groups under 5 suppressed, flag 5 %, pattern 3 % in 2. */
  public record Options(
      SmallGroups smallGroups,
      BigDecimal flagGapPercent,
      BigDecimal patternGapPercent,
      int patternMinimumGroups) {
    public static final Options DEFAULT =
        new Options(SmallGroups.DEFAULT, BigDecimal.valueOf(5), BigDecimal.valueOf(3), 2);

    public Options {
      Objects.requireNonNull(smallGroups, "smallGroups");
      Objects.requireNonNull(flagGapPercent, "flagGapPercent");
      Objects.requireNonNull(patternGapPercent, "patternGapPercent");
      if (patternMinimumGroups < 2) {
        throw new IllegalArgumentException("a pattern recurs in 2 groups or more");
      }
    }
  }

  /** One side's figures, full-time equivalent annual pay. */
  public record Figures(
      int headcount, Money meanBasic, Money medianBasic, Money meanTotal, Money medianTotal) {}

  /** The gaps, in percent to one decimal place; null where not applicable. */
  public record Gaps(
      BigDecimal meanBasic, BigDecimal medianBasic, BigDecimal meanTotal, BigDecimal medianTotal) {

    public BigDecimal of(Measure measure) {
      switch (measure) {
        case MEAN_BASIC:
          return meanBasic;
        case MEDIAN_BASIC:
          return medianBasic;
        case MEAN_TOTAL:
          return meanTotal;
        default:
          return medianTotal;
      }
    }
  }

  /**
   * A group against its comparator within one work group ("Women" against "Men"; "Black" against
   * "Everyone else"). When suppressed, the figures and gaps are there for HR admins only, and
   * {@link Result#hideSmallGroups()} removes them.
   */
  public record Comparison(
      EqualityCharacteristic characteristic,
      String group,
      String comparator,
      boolean suppressed,
      Figures groupFigures,
      Figures comparatorFigures,
      Gaps gaps,
      boolean flagged) {

    Comparison hidden() {
      return suppressed
          ? new Comparison(characteristic, group, comparator, true, null, null, null, false)
          : this;
    }
  }

  /**
   * One work group's audit.
   *
   * @param jobDescriptions for a band, the JDs of the people in it (to drill down to them and their
   *     evaluations); empty for a JD
   */
  public record GroupAudit(
      WorkGroup workGroup,
      int headcount,
      List<Comparison> comparisons,
      boolean flagged,
      boolean inPattern,
      List<WorkGroup> jobDescriptions) {
    public GroupAudit {
      comparisons = List.copyOf(comparisons);
      jobDescriptions = List.copyOf(jobDescriptions);
    }
  }

  /**
   * A gap of the pattern threshold or more, in the same direction for the same comparison and
   * measure, in several groups of one kind.
   *
   * @param groupPaidLess true when the group (women, an ethnic group, a disability status) is paid
   *     less; false when its comparator is
   */
  public record Pattern(
      WorkKind kind,
      EqualityCharacteristic characteristic,
      String group,
      Measure measure,
      boolean groupPaidLess,
      List<WorkGroup> workGroups) {
    public Pattern {
      workGroups = List.copyOf(workGroups);
    }
  }

  /** The audit: every work group (bands first, then JDs, each by name) and the patterns. */
  public record Result(List<GroupAudit> groups, List<Pattern> patterns) {
    public Result {
      groups = List.copyOf(groups);
      patterns = List.copyOf(patterns);
    }

    /** The audit as anyone but an HR admin sees it: suppressed comparisons without figures. */
    public Result hideSmallGroups() {
      List<GroupAudit> hidden = new ArrayList<>();
      for (GroupAudit g : groups) {
        hidden.add(
            new GroupAudit(
                g.workGroup(),
                g.headcount(),
                g.comparisons().stream().map(Comparison::hidden).toList(),
                g.flagged(),
                g.inPattern(),
                g.jobDescriptions()));
      }
      return new Result(hidden, patterns);
    }
  }

  // Packed member: pay << 7 | sex (2 bits) << 5 | ethnic group (3 bits) << 2 | disability (2 bits)
  private static final int SHIFT = 7;
  private static final int NO_SEX = 2;
  private static final int NO_ETHNIC_GROUP = 7;
  private static final int NO_DISABILITY = 3;
  private static final long MAX_PENCE = 1_000_000_000_000L;
  private static final String MEN = Sex.M.plural();
  private static final String WOMEN = Sex.F.plural();
  private static final String EVERYONE_ELSE = "Everyone else";

  private static final class Members {
    final WorkGroup group;
    final LongList basic = new LongList();
    final LongList total = new LongList();
    final Map<String, WorkGroup> jobDescriptions = new LinkedHashMap<>();

    Members(WorkGroup group) {
      this.group = group;
    }
  }

  private final Options options;
  private final Map<String, Members> bands = new LinkedHashMap<>();
  private final Map<String, Members> jobDescriptions = new LinkedHashMap<>();

  public EqualPayAudit(Options options) {
    this.options = Objects.requireNonNull(options);
  }

  /**
   * Adds one person, already in full-time equivalents.
   *
   * @param band the band of a structure they are on (work rated as equivalent)
   * @param jobDescription the JD of their post (like work), or null when they have none
   * @param sex their sex, or null when not recorded (left out of the comparison by sex)
   */
  public EqualPayAudit add(
      WorkGroup band,
      WorkGroup jobDescription,
      Sex sex,
      EthnicGroup ethnicGroup,
      Disability disability,
      long basicFullTimePence,
      long totalFullTimePence) {
    return add(
        band,
        jobDescription,
        sex,
        ethnicGroup,
        disability,
        basicFullTimePence,
        totalFullTimePence,
        1);
  }

  /**
   * Adds {@code people} people who share every input above (a report's query groups people on the
   * same band, JD, characteristics and pay): the same as adding each of them.
   */
  public EqualPayAudit add(
      WorkGroup band,
      WorkGroup jobDescription,
      Sex sex,
      EthnicGroup ethnicGroup,
      Disability disability,
      long basicFullTimePence,
      long totalFullTimePence,
      int people) {
    Objects.requireNonNull(band, "band");
    if (people < 1) {
      throw new IllegalArgumentException("at least one person");
    }
    if (band.kind() != WorkKind.EQUIVALENT_WORK
        || (jobDescription != null && jobDescription.kind() != WorkKind.LIKE_WORK)) {
      throw new IllegalArgumentException("a band is equivalent work and a JD like work");
    }
    check("basicPence", basicFullTimePence);
    check("totalPence", totalFullTimePence);
    long codes =
        (long) (sex == null ? NO_SEX : sex.ordinal()) << 5
            | (long) (ethnicGroup == null ? NO_ETHNIC_GROUP : ethnicGroup.ordinal()) << 2
            | (disability == null ? NO_DISABILITY : disability.ordinal());
    Members bandMembers = members(bands, band);
    bandMembers.basic.add(basicFullTimePence << SHIFT | codes, people);
    bandMembers.total.add(totalFullTimePence << SHIFT | codes, people);
    if (jobDescription != null) {
      bandMembers.jobDescriptions.putIfAbsent(jobDescription.id(), jobDescription);
      Members jdMembers = members(jobDescriptions, jobDescription);
      jdMembers.basic.add(basicFullTimePence << SHIFT | codes, people);
      jdMembers.total.add(totalFullTimePence << SHIFT | codes, people);
    }
    return this;
  }

  private static Members members(Map<String, Members> byId, WorkGroup group) {
    Members members = byId.get(group.id());
    if (members == null) {
      members = new Members(group);
      byId.put(group.id(), members);
    }
    return members;
  }

  /**
   * Adds one person from actual annual pay, converting it to full-time equivalents.
   *
   * @param contractualAnnualPence contractual salary, pro rata (basic pay)
   * @param totalAnnualPence paid salary (protection included) plus allowances and bonus
   */
  public EqualPayAudit add(
      WorkGroup band,
      WorkGroup jobDescription,
      Sex sex,
      EthnicGroup ethnicGroup,
      Disability disability,
      long contractualAnnualPence,
      long totalAnnualPence,
      WeeklyHours weeklyHours,
      WeeklyHours fullTimeHours) {
    return add(
        band,
        jobDescription,
        sex,
        ethnicGroup,
        disability,
        contractualAnnualPence,
        totalAnnualPence,
        weeklyHours,
        fullTimeHours,
        1);
  }

  /** The same for {@code people} people who share every input. */
  public EqualPayAudit add(
      WorkGroup band,
      WorkGroup jobDescription,
      Sex sex,
      EthnicGroup ethnicGroup,
      Disability disability,
      long contractualAnnualPence,
      long totalAnnualPence,
      WeeklyHours weeklyHours,
      WeeklyHours fullTimeHours,
      int people) {
    return add(
        band,
        jobDescription,
        sex,
        ethnicGroup,
        disability,
        fullTimeEquivalent(contractualAnnualPence, weeklyHours, fullTimeHours),
        fullTimeEquivalent(totalAnnualPence, weeklyHours, fullTimeHours),
        people);
  }

  /** An annual amount scaled to the full-time week, rounded half up to the penny. */
  public static long fullTimeEquivalent(
      long annualPence, WeeklyHours weeklyHours, WeeklyHours fullTimeHours) {
    return BigDecimal.valueOf(annualPence)
        .multiply(fullTimeHours.value())
        .divide(weeklyHours.value(), 0, RoundingMode.HALF_UP)
        .longValueExact();
  }

  private static void check(String field, long pence) {
    if (pence < 0 || pence > MAX_PENCE) {
      throw new InvalidInput(field, "Pay must be between £0 and £10,000,000,000 a year.");
    }
  }

  private static int sexOf(long packed) {
    return (int) (packed >>> 5 & 3);
  }

  private static int ethnicGroupOf(long packed) {
    return (int) (packed >>> 2 & 7);
  }

  private static int disabilityOf(long packed) {
    return (int) (packed & 3);
  }

  public Result result() {
    List<Members> ordered = new ArrayList<>(bands.values());
    ordered.addAll(jobDescriptions.values());
    ordered.sort(
        Comparator.comparing((Members m) -> m.group.kind())
            .thenComparing(m -> m.group.label())
            .thenComparing(m -> m.group.id()));
    List<GroupAudit> audits = new ArrayList<>();
    for (Members members : ordered) {
      audits.add(audit(members));
    }
    List<Pattern> patterns = patterns(audits);
    Set<WorkGroup> inPattern = new LinkedHashSet<>();
    for (Pattern p : patterns) {
      inPattern.addAll(p.workGroups());
    }
    List<GroupAudit> marked = new ArrayList<>();
    for (GroupAudit a : audits) {
      marked.add(
          new GroupAudit(
              a.workGroup(),
              a.headcount(),
              a.comparisons(),
              a.flagged(),
              inPattern.contains(a.workGroup()),
              a.jobDescriptions()));
    }
    return new Result(marked, patterns);
  }

  private GroupAudit audit(Members members) {
    int n = members.basic.size();
    Stats basic = new Stats(members.basic.sorted(), n);
    Stats total = new Stats(members.total.sorted(), n);
    List<Comparison> comparisons = new ArrayList<>();
    comparisons.add(
        compare(
            EqualityCharacteristic.SEX,
            WOMEN,
            MEN,
            basic.group(SEX, Sex.F.ordinal()),
            basic.group(SEX, Sex.M.ordinal()),
            total.group(SEX, Sex.F.ordinal()),
            total.group(SEX, Sex.M.ordinal())));
    for (EthnicGroup e : EthnicGroup.values()) {
      comparisons.add(
          compare(
              EqualityCharacteristic.ETHNIC_GROUP,
              e.label(),
              EVERYONE_ELSE,
              basic.group(ETHNIC, e.ordinal()),
              basic.others(ETHNIC, e.ordinal()),
              total.group(ETHNIC, e.ordinal()),
              total.others(ETHNIC, e.ordinal())));
    }
    for (Disability d : Disability.values()) {
      comparisons.add(
          compare(
              EqualityCharacteristic.DISABILITY,
              d.label(),
              EVERYONE_ELSE,
              basic.group(DISABILITY, d.ordinal()),
              basic.others(DISABILITY, d.ordinal()),
              total.group(DISABILITY, d.ordinal()),
              total.others(DISABILITY, d.ordinal())));
    }
    boolean flagged = comparisons.stream().anyMatch(Comparison::flagged);
    List<WorkGroup> jds =
        members.group.kind() == WorkKind.EQUIVALENT_WORK
            ? members.jobDescriptions.values().stream()
                .sorted(Comparator.comparing(WorkGroup::label))
                .toList()
            : List.of();
    return new GroupAudit(members.group, n, comparisons, flagged, false, jds);
  }

  private Comparison compare(
      EqualityCharacteristic characteristic,
      String groupName,
      String comparatorName,
      Side groupBasic,
      Side comparatorBasic,
      Side groupTotal,
      Side comparatorTotal) {
    boolean suppressed =
        options.smallGroups().suppresses(groupBasic.count)
            || options.smallGroups().suppresses(comparatorBasic.count);
    Gaps gaps =
        new Gaps(
            Percentages.gap(
                comparatorBasic.sum,
                BigInteger.valueOf(comparatorBasic.count),
                groupBasic.sum,
                BigInteger.valueOf(groupBasic.count)),
            medianGap(comparatorBasic, groupBasic),
            Percentages.gap(
                comparatorTotal.sum,
                BigInteger.valueOf(comparatorTotal.count),
                groupTotal.sum,
                BigInteger.valueOf(groupTotal.count)),
            medianGap(comparatorTotal, groupTotal));
    boolean flagged = !suppressed && beyond(gaps, options.flagGapPercent());
    return new Comparison(
        characteristic,
        groupName,
        comparatorName,
        suppressed,
        figures(groupBasic, groupTotal),
        figures(comparatorBasic, comparatorTotal),
        gaps,
        flagged);
  }

  private static BigDecimal medianGap(Side reference, Side other) {
    if (reference.count == 0 || other.count == 0) {
      return null;
    }
    return Percentages.gap(reference.median2, other.median2);
  }

  private static boolean beyond(Gaps gaps, BigDecimal threshold) {
    for (Measure m : Measure.values()) {
      BigDecimal gap = gaps.of(m);
      if (gap != null && gap.abs().compareTo(threshold) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static Figures figures(Side basic, Side total) {
    return new Figures(basic.count, basic.mean(), basic.median(), total.mean(), total.median());
  }

  private List<Pattern> patterns(List<GroupAudit> audits) {
    // key: kind, characteristic, group, measure, direction → work groups in audit order
    Map<List<Object>, List<WorkGroup>> recurring = new LinkedHashMap<>();
    BigDecimal threshold = options.patternGapPercent();
    for (GroupAudit audit : audits) {
      for (Comparison c : audit.comparisons()) {
        if (c.suppressed()) {
          continue;
        }
        for (Measure m : Measure.values()) {
          BigDecimal gap = c.gaps().of(m);
          if (gap == null || gap.abs().compareTo(threshold) < 0) {
            continue;
          }
          recurring
              .computeIfAbsent(
                  List.of(
                      audit.workGroup().kind(), c.characteristic(), c.group(), m, gap.signum() > 0),
                  k -> new ArrayList<>())
              .add(audit.workGroup());
        }
      }
    }
    List<Pattern> patterns = new ArrayList<>();
    for (Map.Entry<List<Object>, List<WorkGroup>> entry : recurring.entrySet()) {
      if (entry.getValue().size() >= options.patternMinimumGroups()) {
        List<Object> k = entry.getKey();
        patterns.add(
            new Pattern(
                (WorkKind) k.get(0),
                (EqualityCharacteristic) k.get(1),
                (String) k.get(2),
                (Measure) k.get(3),
                (Boolean) k.get(4),
                entry.getValue()));
      }
    }
    return patterns;
  }

  /** Count, sum and twice the median (exact for an even count) of one side's pay. */
  private record Side(int count, BigInteger sum, long median2) {

    Money mean() {
      return count == 0
          ? null
          : Money.ofPence(
              new BigDecimal(sum)
                  .divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP)
                  .longValueExact());
    }

    Money median() {
      return count == 0
          ? null
          : Money.ofPence(
              BigDecimal.valueOf(median2)
                  .divide(BigDecimal.valueOf(2), 0, RoundingMode.HALF_UP)
                  .longValueExact());
    }
  }

  private static final int SEX = 0;
  private static final int ETHNIC = 1;
  private static final int DISABILITY = 2;

  /** Categories per characteristic, the last one "not recorded". */
  private static final int[] CATEGORIES = {NO_SEX + 1, NO_ETHNIC_GROUP + 1, NO_DISABILITY + 1};

  /** Real categories per characteristic (those that are compared). */
  private static final int[] COMPARED = {
    Sex.values().length, EthnicGroup.values().length, Disability.values().length
  };

  /**
   * Every side's count, sum and median of one ranked packed array, in two passes whatever the
   * number of comparisons: the first counts and sums each category, the second walks the ranking
   * once, knowing each element's position within its own category and within the complement of
   * every other category.
   */
  private static final class Stats {
    private final int n;
    private final int[][] count = new int[3][];
    private final ExactSum[][] sums = new ExactSum[3][];
    private final long[][] median2 = new long[3][];
    private final long[][] othersMedian2 = new long[3][];
    private final ExactSum all = new ExactSum();

    Stats(long[] ranked, int n) {
      this.n = n;
      for (int k = 0; k < 3; k++) {
        count[k] = new int[CATEGORIES[k]];
        sums[k] = new ExactSum[CATEGORIES[k]];
        for (int c = 0; c < CATEGORIES[k]; c++) {
          sums[k][c] = new ExactSum();
        }
        median2[k] = new long[CATEGORIES[k]];
        othersMedian2[k] = new long[CATEGORIES[k]];
      }
      int[] codes = new int[3];
      for (int i = 0; i < n; i++) {
        decode(ranked[i], codes);
        long value = ranked[i] >>> SHIFT;
        all.add(value);
        for (int k = 0; k < 3; k++) {
          count[k][codes[k]]++;
          sums[k][codes[k]].add(value);
        }
      }
      int[][] seen = {new int[CATEGORIES[0]], new int[CATEGORIES[1]], new int[CATEGORIES[2]]};
      for (int i = 0; i < n; i++) {
        decode(ranked[i], codes);
        long value = ranked[i] >>> SHIFT;
        for (int k = 0; k < 3; k++) {
          int own = codes[k];
          median2[k][own] += middleShare(seen[k][own], count[k][own], value);
          for (int c = 0; c < COMPARED[k]; c++) {
            if (c != own) {
              othersMedian2[k][c] += middleShare(i - seen[k][c], n - count[k][c], value);
            }
          }
          seen[k][own]++;
        }
      }
    }

    /** What the element at a side's position adds to twice that side's median. */
    private static long middleShare(int position, int size, long value) {
      if (size == 0) {
        return 0;
      }
      long share = 0;
      if (position == (size - 1) / 2) {
        share += value;
      }
      if (position == size / 2) {
        share += value;
      }
      return share;
    }

    private static void decode(long packed, int[] codes) {
      codes[SEX] = sexOf(packed);
      codes[ETHNIC] = ethnicGroupOf(packed);
      codes[DISABILITY] = disabilityOf(packed);
    }

    Side group(int characteristic, int category) {
      return new Side(
          count[characteristic][category],
          sums[characteristic][category].value(),
          median2[characteristic][category]);
    }

    Side others(int characteristic, int category) {
      return new Side(
          n - count[characteristic][category],
          all.value().subtract(sums[characteristic][category].value()),
          othersMedian2[characteristic][category]);
    }
  }
}
