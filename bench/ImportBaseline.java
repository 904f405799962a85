import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The baseline of bench/import.sh: the same rows inserted into the same tables (org_unit, post,
 * staff_member, staff_assignment) with plain batched JDBC in one transaction — no validation, no
 * comparison with existing records, no background job. Staff and post numbers get a prefix so the
 * rows do not clash with the application's import of the same file.
 *
 * <pre>java -cp fastcsv.jar:mysql-connector-j.jar bench/ImportBaseline.java URL USER PASSWORD FILE PREFIX</pre>
 */
public class ImportBaseline {

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String prefix = args[4];
    LocalDate from = LocalDate.of(2026, 4, 1);
    try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
      c.setAutoCommit(false);
      Map<String, String> structures = map(c, "SELECT code, id FROM pay_structure");
      Map<String, String> bands = map(c, "SELECT CONCAT(structure_id, '|', code), id FROM pay_band");
      Map<String, String> jds = map(c, "SELECT reference, id FROM job_description");
      Map<String, String> units = map(c, "SELECT name, id FROM org_unit");
      Timestamp now = Timestamp.valueOf(LocalDateTime.now());
      long started = System.nanoTime();
      int rows = 0;
      try (CsvReader<CsvRecord> csv = CsvReader.builder().ofCsvRecord(Path.of(args[3]));
          PreparedStatement unit =
              c.prepareStatement(
                  "INSERT INTO org_unit (id, name, kind, created_at) VALUES (?, ?, 'OTHER', ?)");
          PreparedStatement post =
              c.prepareStatement(
                  "INSERT INTO post (id, post_number, jd_id, unit_id, zone_code, weekly_hours,"
                      + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement staff =
              c.prepareStatement(
                  "INSERT INTO staff_member (id, staff_number, first_name, last_name, work_email,"
                      + " union_code, start_date, sex, ethnic_group, disability, date_of_birth,"
                      + " allowances_pence, bonus_pence, full_pay, created_at, updated_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement assignment =
              c.prepareStatement(
                  "INSERT INTO staff_assignment (id, staff_id, effective_from, post_id,"
                      + " structure_id, band_id, zone_code, pay_point, weekly_hours, reason,"
                      + " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'IMPORT', ?, ?)")) {
        boolean header = true;
        for (CsvRecord r : csv) {
          if (header) {
            header = false;
            continue;
          }
          List<String> f = r.getFields();
          String unitName = prefix + f.get(7);
          String unitId = units.get(unitName);
          if (unitId == null) {
            unitId = UUID.randomUUID().toString();
            units.put(unitName, unitId);
            unit.setString(1, unitId);
            unit.setString(2, unitName);
            unit.setTimestamp(3, now);
            unit.executeUpdate();
          }
          String structureId = structures.get(f.get(9));
          String postId = UUID.randomUUID().toString();
          BigDecimal hours = new BigDecimal(f.get(12));
          post.setString(1, postId);
          post.setString(2, prefix + f.get(5));
          post.setString(3, jds.get(f.get(6)));
          post.setString(4, unitId);
          post.setString(5, f.get(8));
          post.setBigDecimal(6, hours);
          post.setTimestamp(7, now);
          post.setTimestamp(8, now);
          post.addBatch();
          String staffId = UUID.randomUUID().toString();
          staff.setString(1, staffId);
          staff.setString(2, prefix + f.get(0));
          staff.setString(3, f.get(1));
          staff.setString(4, f.get(2));
          staff.setString(5, f.get(3));
          staff.setString(6, f.get(19).isEmpty() ? null : f.get(19));
          staff.setDate(7, Date.valueOf(f.get(13)));
          staff.setString(8, f.get(15));
          staff.setString(9, f.get(16).toUpperCase().replace(' ', '_'));
          staff.setString(10, f.get(17).equals("Not declared") ? "NOT_DECLARED" : f.get(17));
          staff.setDate(11, Date.valueOf(f.get(18)));
          staff.setLong(12, Long.parseLong(f.get(20)));
          staff.setLong(13, Long.parseLong(f.get(21)));
          staff.setBoolean(14, !f.get(22).equals("N"));
          staff.setTimestamp(15, now);
          staff.setTimestamp(16, now);
          staff.addBatch();
          assignment.setString(1, UUID.randomUUID().toString());
          assignment.setString(2, staffId);
          assignment.setDate(3, Date.valueOf(from));
          assignment.setString(4, postId);
          assignment.setString(5, structureId);
          assignment.setString(6, bands.get(structureId + "|" + f.get(10)));
          assignment.setString(7, f.get(8));
          assignment.setInt(8, Integer.parseInt(f.get(11)));
          assignment.setBigDecimal(9, hours);
          assignment.setTimestamp(10, now);
          assignment.setString(11, "baseline");
          assignment.addBatch();
          if (++rows % 500 == 0) {
            post.executeBatch();
            staff.executeBatch();
            assignment.executeBatch();
          }
        }
        post.executeBatch();
        staff.executeBatch();
        assignment.executeBatch();
      }
      c.commit();
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("%d %.2f%n", rows, seconds);
    }
  }

  private static Map<String, String> map(Connection c, String sql) throws Exception {
    Map<String, String> map = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(sql);
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        map.put(r.getString(1), r.getString(2));
      }
    }
    return map;
  }
}
