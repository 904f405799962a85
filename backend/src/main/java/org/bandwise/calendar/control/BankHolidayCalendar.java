package org.bandwise.calendar.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.bandwise.audit.control.AuditTrail;
import org.bandwise.platform.domain.InvalidInput;
import org.bandwise.platform.domain.RecordNotFound;
import org.bandwise.platform.domain.RuleConflict;
import org.bandwise.platform.persistence.SchemaReady;

/**
 * The live England and Wales bank holiday calendar, kept in {@code bank_holiday}. It is seeded from
 * the bundled published list ({@link BankHolidays}) when the table is empty, so a new installation
 * counts working days correctly from the first start; HR admins add and remove days afterwards (a
 * new holiday, a day moved by proclamation). Every change fires {@link CalendarChanged} so due
 * dates worked out from the calendar can be worked out again.
 */
@ApplicationScoped
public class BankHolidayCalendar {

  private static final Logger LOG = Logger.getLogger(BankHolidayCalendar.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject AuditTrail audit;
  @Inject Event<CalendarChanged> changed;

  /** The day the calendar changed on, for anything that stored dates worked out from it. */
  public record CalendarChanged(LocalDate day) {}

  /** Before the demo story, which lodges appeals with working-day deadlines. */
  @Transactional
  void onSchemaReady(
      @Observes @Priority(Interceptor.Priority.APPLICATION - 200) SchemaReady ready) {
    int seeded = seedIfEmpty();
    if (seeded > 0) {
      LOG.info("Bank holiday calendar seeded with " + seeded + " days from the bundled list");
    }
  }

  /** Seeds the bundled list into an empty calendar; answers how many days were added. */
  @Transactional(Transactional.TxType.MANDATORY)
  public int seedIfEmpty() {
    long count =
        ((Number) em.createNativeQuery("SELECT COUNT(*) FROM bank_holiday").getSingleResult())
            .longValue();
    if (count > 0) {
      return 0;
    }
    int added = 0;
    LocalDateTime now = LocalDateTime.now(clock);
    for (BankHoliday holiday : BankHolidays.englandAndWales()) {
      added +=
          em.createNativeQuery(
                  "INSERT IGNORE INTO bank_holiday (holiday_date, title, created_at, created_by)"
                      + " VALUES (?, ?, ?, 'system')")
              .setParameter(1, Date.valueOf(holiday.date()))
              .setParameter(2, holiday.title())
              .setParameter(3, now)
              .executeUpdate();
    }
    return added;
  }

  /** The calendar, oldest first; one year only when {@code year} is given. */
  public List<BankHoliday> list(Integer year) {
    String sql = "SELECT holiday_date, title FROM bank_holiday";
    if (year != null) {
      sql += " WHERE holiday_date BETWEEN ? AND ?";
    }
    var query = em.createNativeQuery(sql + " ORDER BY holiday_date");
    if (year != null) {
      query
          .setParameter(1, Date.valueOf(LocalDate.of(year, 1, 1)))
          .setParameter(2, Date.valueOf(LocalDate.of(year, 12, 31)));
    }
    List<BankHoliday> holidays = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] r = (Object[]) row;
      holidays.add(new BankHoliday(toDate(r[0]), r[1].toString()));
    }
    return holidays;
  }

  /** Working days by the live calendar (the bundled list when the calendar is still empty). */
  public WorkingDays workingDays() {
    List<BankHoliday> holidays = list(null);
    return holidays.isEmpty() ? WorkingDays.englandAndWales() : WorkingDays.fromHolidays(holidays);
  }

  /**
   * Adds a day.
   *
   * @throws InvalidInput naming {@code date} or {@code title}
   * @throws RuleConflict naming {@code date} when the day is already listed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public BankHoliday add(LocalDate date, String title) {
    if (date == null) {
      throw new InvalidInput("date", "Enter the date of the bank holiday.");
    }
    if (title == null || title.isBlank()) {
      throw new InvalidInput("title", "Enter the name of the bank holiday.");
    }
    int added =
        em.createNativeQuery(
                "INSERT IGNORE INTO bank_holiday (holiday_date, title, created_at, created_by)"
                    + " VALUES (?, ?, ?, ?)")
            .setParameter(1, Date.valueOf(date))
            .setParameter(2, title.strip())
            .setParameter(3, LocalDateTime.now(clock))
            .setParameter(4, "hr")
            .executeUpdate();
    if (added == 0) {
      throw new RuleConflict(
          "date", DateText.of(date) + " is already in the bank holiday calendar.");
    }
    BankHoliday holiday = new BankHoliday(date, title.strip());
    audit.record(
        "BANK_HOLIDAY",
        auditId(date),
        null,
        "CREATE",
        "Added " + holiday.title() + " on " + DateText.of(date) + " to the bank holidays",
        null,
        Map.of("date", date.toString(), "title", holiday.title()));
    changed.fire(new CalendarChanged(date));
    return holiday;
  }

  /**
   * Removes a day.
   *
   * @throws RecordNotFound when the day is not listed
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void remove(LocalDate date) {
    List<?> found =
        em.createNativeQuery("SELECT title FROM bank_holiday WHERE holiday_date = ? FOR UPDATE")
            .setParameter(1, Date.valueOf(date))
            .getResultList();
    if (found.isEmpty()) {
      throw new RecordNotFound(DateText.of(date) + " is not in the bank holiday calendar.");
    }
    em.createNativeQuery("DELETE FROM bank_holiday WHERE holiday_date = ?")
        .setParameter(1, Date.valueOf(date))
        .executeUpdate();
    audit.record(
        "BANK_HOLIDAY",
        auditId(date),
        null,
        "DELETE",
        "Removed " + found.get(0) + " on " + DateText.of(date) + " from the bank holidays",
        Map.of("date", date.toString(), "title", found.get(0).toString()),
        null);
    changed.fire(new CalendarChanged(date));
  }

  static LocalDate toDate(Object value) {
    if (value instanceof Date d) {
      return d.toLocalDate();
    }
    if (value instanceof LocalDate d) {
      return d;
    }
    return LocalDate.parse(value.toString().substring(0, 10));
  }

  /**
   * The id the audit trail knows a day by: records are named by UUIDs, and a bank holiday is
   * identified by its date alone, so the same day always has the same (name-based) UUID.
   */
  static String auditId(LocalDate date) {
    return java.util
        .UUID
        .nameUUIDFromBytes(
            ("bank-holiday " + date).getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .toString();
  }
}
