package org.bandwise.bench;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * {@code GET /bench/pay-bands}: the same list and count SQL as {@code GET /api/v1/pay-bands} with its defaults
 * (today in UTC, zone NATIONAL, agreed scales only, every structure, no retired bands, page 1 of 20), written as
 * the same JSON by hand. No authentication, no session check, no JPA, no validation, no security headers: this is
 * the floor the real endpoint is measured against. With {@code ?sessionLookup=true} it first makes one
 * primary-key read of {@code user_session}, the size of the database check the real app makes on every token,
 * to show how much of the gap that round trip explains.
 */
@Path("pay-bands")
@ApplicationScoped
public class BarePayBandsResource {

    static final String LIST_SQL = """
        SELECT b.id, b.structure_id, st.name AS structure_name, b.code, b.name, b.band_rank, b.open_to_new_entrants, b.retired,
               s.id AS scale_id, s.zone_code, s.effective_from, s.status, s.min_pence, s.max_pence
        FROM pay_band b
        JOIN pay_structure st ON st.id = b.structure_id
        LEFT JOIN pay_scale s ON s.id = (
            SELECT s2.id FROM pay_scale s2
            WHERE s2.band_id = b.id AND s2.zone_code = ? AND s2.retired = FALSE AND s2.effective_from <= ?
              AND (s2.status = 'AGREED' OR ? = TRUE)
            ORDER BY s2.effective_from DESC LIMIT 1)
        WHERE (? IS NULL OR b.structure_id = ?) AND (b.retired = FALSE OR ? = TRUE)
        ORDER BY st.name, b.band_rank, b.code
        LIMIT ? OFFSET ?""";

    static final String SESSION_SQL =
        "SELECT user_id, expires_at, last_seen_at, ended_at FROM user_session WHERE id = ?";

    /** Looked up with ?sessionLookup=true; no such row exists, the cost is the indexed round trip. */
    private static final String SOME_SESSION_ID = "00000000-0000-4000-8000-000000000000";

    static final String COUNT_SQL =
        "SELECT COUNT(*) FROM pay_band b WHERE (? IS NULL OR b.structure_id = ?) AND (b.retired = FALSE OR ? = TRUE)";

    private static final String ZONE = "NATIONAL";
    private static final boolean INCLUDE_PROPOSED = false;
    private static final boolean INCLUDE_RETIRED = false;
    private static final int PAGE = 1;
    private static final int SIZE = 20;

    @Resource(lookup = "java:app/jdbc/bench")
    DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@QueryParam("sessionLookup") boolean sessionLookup) {
        LocalDate date = LocalDate.now(ZoneOffset.UTC);
        String dateText = date.toString();
        StringBuilder json = new StringBuilder(8192).append("{\"items\":[");
        long total;
        try (Connection connection = dataSource.getConnection()) {
            if (sessionLookup) {
                try (PreparedStatement session = connection.prepareStatement(SESSION_SQL)) {
                    session.setString(1, SOME_SESSION_ID);
                    try (ResultSet rs = session.executeQuery()) {
                        rs.next();
                    }
                }
            }
            try (PreparedStatement list = connection.prepareStatement(LIST_SQL)) {
                list.setString(1, ZONE);
                list.setDate(2, Date.valueOf(date));
                list.setBoolean(3, INCLUDE_PROPOSED);
                list.setNull(4, Types.CHAR);
                list.setNull(5, Types.CHAR);
                list.setBoolean(6, INCLUDE_RETIRED);
                list.setInt(7, SIZE);
                list.setInt(8, (PAGE - 1) * SIZE);
                try (ResultSet rs = list.executeQuery()) {
                    boolean first = true;
                    while (rs.next()) {
                        if (!first) {
                            json.append(',');
                        }
                        first = false;
                        appendBand(json, rs, dateText);
                    }
                }
            }
            try (PreparedStatement count = connection.prepareStatement(COUNT_SQL)) {
                count.setNull(1, Types.CHAR);
                count.setNull(2, Types.CHAR);
                count.setBoolean(3, INCLUDE_RETIRED);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new WebApplicationException("database error", e, 500);
        }
        return json.append("],\"page\":").append(PAGE)
            .append(",\"size\":").append(SIZE)
            .append(",\"totalItems\":").append(total)
            .append('}').toString();
    }

    private static void appendBand(StringBuilder json, ResultSet rs, String dateText) throws SQLException {
        json.append("{\"id\":");
        string(json, rs.getString("id"));
        json.append(",\"structureId\":");
        string(json, rs.getString("structure_id"));
        json.append(",\"structureName\":");
        string(json, rs.getString("structure_name"));
        json.append(",\"code\":");
        string(json, rs.getString("code"));
        json.append(",\"name\":");
        string(json, rs.getString("name"));
        json.append(",\"rank\":").append(rs.getInt("band_rank"))
            .append(",\"openToNewEntrants\":").append(rs.getBoolean("open_to_new_entrants"))
            .append(",\"retired\":").append(rs.getBoolean("retired"));
        String scaleId = rs.getString("scale_id");
        if (scaleId != null) {
            json.append(",\"salaryRange\":{\"zone\":");
            string(json, rs.getString("zone_code"));
            json.append(",\"date\":\"").append(dateText)
                .append("\",\"minPence\":").append(rs.getLong("min_pence"))
                .append(",\"maxPence\":").append(rs.getLong("max_pence"))
                .append(",\"scaleId\":");
            string(json, scaleId);
            json.append(",\"effectiveFrom\":\"").append(rs.getDate("effective_from").toLocalDate())
                .append("\",\"status\":");
            string(json, rs.getString("status"));
            json.append('}');
        }
        json.append('}');
    }

    /** Appends a JSON string literal, escaping quotes, backslashes and control characters. */
    private static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
