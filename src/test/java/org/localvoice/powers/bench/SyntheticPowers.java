package org.localvoice.powers.bench;

import org.localvoice.platform.bench.NationalBench;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.localvoice.tenancy.NetworkSummary;
import org.postgresql.PGConnection;

/**
 * Writes a national set of powers cases by copying, in SQL, the demo network's cases: the demo data creates
 * them through the real services (requests for information waiting, due soon, overdue, answered on time and
 * late; a report sent with recommendations, two recipients and one recipient's responses; a referral
 * acknowledged, updated and decided), so each copy has real clocks (rule set and explanation), timeline
 * events, replies and responses. A mapping table says, for each copy, which demo case it copies, the
 * network it goes to (Zipf, exponent 0.7, the demo network first) and how many days earlier it happened (up
 * to five years). Every table of the case is then copied in one {@code INSERT ... SELECT} with ids derived
 * from (template id, copy number), dates moved back and the party named after one of a pool of real
 * directory providers. Clocks still running more than 120 days after their due date are then stopped as
 * answered (most on time), and their requests marked answered, so old cases are closed as they would be;
 * recent ones stay open, due or overdue. Seeded; VACUUM ANALYZE at the end.
 */
final class SyntheticPowers {

    /** Tables of a case, in foreign-key order, with the expression giving the row's case id. */
    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("powers_information_request", "x.id");
        TABLES.put("powers_report", "x.id");
        TABLES.put("powers_osc_referral", "x.id");
        TABLES.put("powers_recommendation", "x.report_id");
        TABLES.put("powers_report_evidence", "x.report_id");
        TABLES.put("powers_report_recipient", "x.report_id");
        TABLES.put("powers_recommendation_response", "(SELECT r.report_id FROM powers_recommendation r WHERE r.id = x.recommendation_id)");
        TABLES.put("powers_clock", "x.case_id");
        TABLES.put("powers_case_event", "x.case_id");
        TABLES.put("powers_reply", "x.case_id");
        TABLES.put("powers_reminder", "(SELECT c.case_id FROM powers_clock c WHERE c.id = x.clock_id)");
        TABLES.put("governance_authorised_case", "x.case_id");
    }

    /** Columns holding ids of rows that are copied too: mapped like the row's own id. */
    private static final List<String> COPIED_IDS = List.of("id", "case_id", "report_id", "recommendation_id", "recipient_id",
            "clock_id", "correction_of", "reopened_from");
    private static final List<String> PARTY_NAMES = List.of("party_name", "recipient_name");

    private final Random random = new Random(20261207L);

    /** Copies the template network's cases {@code total} times over the networks (first = largest). */
    Map<UUID, Long> load(Connection c, List<NetworkSummary> networks, int total) throws Exception {
        c.setAutoCommit(true);
        UUID template = networks.get(0).id();
        List<UUID> requests = ids(c, "SELECT id FROM powers_information_request WHERE network_id = '" + template + "' ORDER BY reference");
        List<UUID> reports = ids(c, "SELECT id FROM powers_report WHERE network_id = '" + template + "' ORDER BY reference");
        List<UUID> referrals = ids(c, "SELECT id FROM powers_osc_referral WHERE network_id = '" + template + "' ORDER BY reference");
        if (requests.isEmpty() || reports.isEmpty() || referrals.isEmpty()) {
            throw new IllegalStateException("The demo network has no powers cases to copy");
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_copy (k INT PRIMARY KEY, template UUID NOT NULL, network_id UUID NOT NULL, shift INT NOT NULL)");
            s.execute("CREATE TABLE bench_party (i INT PRIMARY KEY, name VARCHAR(300) NOT NULL)");
            s.execute("INSERT INTO bench_party SELECT ROW_NUMBER() OVER (ORDER BY name) - 1, name FROM"
                    + " (SELECT DISTINCT name FROM directory_provider ORDER BY name FETCH FIRST 80 ROWS ONLY) p");
        }
        long[] shares = NationalBench.shares(networks.size(), total);
        Map<UUID, Long> perNetwork = new LinkedHashMap<>();
        StringBuilder rows = new StringBuilder();
        int k = 0;
        for (int n = 0; n < networks.size(); n++) {
            for (long i = 0; i < shares[n]; i++) {
                double kind = random.nextDouble();
                List<UUID> from = kind < 0.7 ? requests : kind < 0.9 ? reports : referrals;
                UUID t = from.get(random.nextInt(from.size()));
                // spread over five years, a little more often recently
                double r = random.nextDouble();
                int shift = (int) (1826 * r * r * 0.5 + 1826 * r * 0.5);
                rows.append(k++).append('\t').append(t).append('\t').append(networks.get(n).id()).append('\t').append(shift).append('\n');
            }
            perNetwork.put(networks.get(n).id(), shares[n]);
        }
        c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_copy FROM STDIN", new StringReader(rows.toString()));
        int parties;
        try (Statement s = c.createStatement()) {
            s.execute("ANALYZE bench_copy");
            parties = count(c, "SELECT COUNT(*) FROM bench_party");
        }
        for (Map.Entry<String, String> table : TABLES.entrySet()) {
            long start = System.nanoTime();
            String sql = copySql(c, table.getKey(), table.getValue(), template, parties);
            try (Statement s = c.createStatement()) {
                int copied = s.executeUpdate(sql);
                System.out.printf(Locale.ROOT, "  %s: %,d rows (%.0f s)%n", table.getKey(), copied, (System.nanoTime() - start) / 1e9);
            }
        }
        try (Statement s = c.createStatement()) {
            // long-past clocks are closed, as they would be: most answered on time, some late
            s.executeUpdate("UPDATE powers_clock SET stopped_on = due_on + ((('x' || SUBSTR(id::text, 1, 4))::bit(16)::int % 20) - 14),"
                    + " outcome = CASE WHEN duty LIKE '%ACKNOWLEDGEMENT' THEN 'ACKNOWLEDGED' ELSE 'ANSWERED' END"
                    + " WHERE stopped_on IS NULL AND due_on < CURRENT_DATE - 120");
            s.executeUpdate("UPDATE powers_clock SET answer_days = stopped_on - started_on,"
                    + " answer_working_days = ((stopped_on - started_on) * 5) / 7 WHERE stopped_on IS NOT NULL AND answer_days IS NULL"
                    + " AND outcome <> 'CLOSED'");
            s.executeUpdate("UPDATE powers_information_request r SET status = 'ANSWERED' WHERE status = 'OPEN' AND NOT EXISTS"
                    + " (SELECT 1 FROM powers_clock c WHERE c.network_id = r.network_id AND c.case_kind = 'INFORMATION_REQUEST'"
                    + " AND c.case_id = r.id AND c.stopped_on IS NULL)");
            s.execute("DROP TABLE bench_copy");
            s.execute("DROP TABLE bench_party");
        }
        try (Statement s = c.createStatement()) {
            for (String table : TABLES.keySet()) {
                s.execute("VACUUM ANALYZE " + table);
            }
            s.execute("ANALYZE");
        }
        return perNetwork;
    }

    /** {@code INSERT INTO table SELECT <mapped columns> FROM table x JOIN bench_copy m ON m.template = <case id>}. */
    private static String copySql(Connection c, String table, String caseExpr, UUID template, int parties) throws Exception {
        List<String> columns = new ArrayList<>();
        List<String> values = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getColumns(null, "public", table, null)) {
            while (rs.next()) {
                String col = rs.getString("COLUMN_NAME");
                String type = rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
                columns.add(col);
                String v;
                if (COPIED_IDS.contains(col)) {
                    v = "CASE WHEN x." + col + " IS NULL THEN NULL ELSE md5(x." + col + "::text || ':' || m.k)::uuid END";
                } else if (col.equals("network_id")) {
                    v = "m.network_id";
                } else if (col.equals("reference") && table.startsWith("powers_")) {
                    v = "split_part(x.reference, '-', 1) || '-' || m.k";
                } else if (col.equals("reference")) {
                    v = "x.reference";
                } else if (PARTY_NAMES.contains(col)) {
                    v = "COALESCE((SELECT p.name FROM bench_party p WHERE p.i = (m.k + ABS(hashtext(x." + col + "))) % "
                            + Math.max(1, parties) + "), x." + col + ")";
                } else if (type.equals("date")) {
                    v = "x." + col + " - m.shift";
                } else if (type.startsWith("timestamp")) {
                    v = "x." + col + " - m.shift * INTERVAL '1 day'";
                } else {
                    v = "x." + col;
                }
                values.add(v);
            }
        }
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", values) + " FROM " + table
                + " x JOIN bench_copy m ON m.template = " + caseExpr + " WHERE x.network_id = '" + template + "'";
    }

    private static List<UUID> ids(Connection c, String sql) throws Exception {
        List<UUID> list = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                list.add(rs.getObject(1, UUID.class));
            }
        }
        return list;
    }

    private static int count(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
