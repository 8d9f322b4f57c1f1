package org.localvoice.feedback.bench;

import org.localvoice.platform.bench.NationalBench;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.localvoice.tenancy.NetworkSummary;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes a national set of people's views straight into the tables the feedback migrations create, with
 * PostgreSQL COPY (seeded, so every run loads the same data). Networks get views unevenly (Zipf, exponent
 * 0.7: the first network, the demo network, gets the most); statuses are mostly published, with some awaiting
 * moderation (recent ones), held, accepted as evidence only and rejected, and a few with an open safeguarding
 * concern; views were received over the last five years. Texts are the real Friends and Family Test comments
 * shipped in {@code reference/feedback/fft-comments.csv} (see NOTICE). Each view has its text as first given
 * kept apart; named views have their contact details kept apart; a fifth of views have one theme marked.
 * One thread generates while another copies; foreign-key triggers are skipped during the load (the rows are
 * consistent by construction) and the experience table's secondary indexes are dropped for the load and built
 * again afterwards, then VACUUM ANALYZE.
 */
final class SyntheticViews {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXY";
    private static final int REFS = 29 * 29 * 29 * 29 * 29;
    private static final int CHUNK = 20_000;

    private final Random random = new Random(20261207L);
    private final List<String> texts = new ArrayList<>();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    record Premises(UUID id, UUID provider, String name) {
    }

    SyntheticViews() throws Exception {
        try (Reader in = new InputStreamReader(SyntheticViews.class.getResourceAsStream("/reference/feedback/fft-comments.csv"),
                StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String text = r.get("text").trim();
                if (text.length() >= 12 && !text.equalsIgnoreCase("Did not answer")) {
                    texts.add(text.length() > 8000 ? text.substring(0, 8000) : text);
                }
            }
        }
    }

    List<String> texts() {
        return texts;
    }

    /** Loads {@code total} views over the networks (first = largest); returns rows per network. */
    Map<UUID, Long> load(Connection c, List<NetworkSummary> networks, long total) throws Exception {
        c.setAutoCommit(true);
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        List<String> indexes = dropIndexes(c);
        long[] shares = NationalBench.shares(networks.size(), total);
        Map<UUID, Long> loaded = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
        long start = System.nanoTime();
        try (Statement s = c.createStatement()) {
            // the generated rows are consistent by construction: skip the per-row foreign-key triggers while loading
            s.execute("SET session_replication_role = replica");
        }
        java.util.concurrent.BlockingQueue<String[]> queue = new java.util.concurrent.ArrayBlockingQueue<>(4);
        String[] end = new String[0];
        java.util.concurrent.atomic.AtomicReference<Exception> failed = new java.util.concurrent.atomic.AtomicReference<>();
        List<List<Premises>> premisesOf = new ArrayList<>();
        List<List<UUID>> themesOf = new ArrayList<>();
        List<Set<String>> takenOf = new ArrayList<>();
        for (NetworkSummary network : networks) {
            premisesOf.add(premises(c, network.localAuthorityCode()));
            themesOf.add(uuids(c, "SELECT id FROM feedback_theme WHERE network_id = '" + network.id() + "' AND parent_id IS NOT NULL ORDER BY code"));
            takenOf.add(new HashSet<>(strings(c, "SELECT reference FROM feedback_experience WHERE network_id = '" + network.id() + "'")));
        }
        Thread producer = new Thread(() -> {
            try {
                for (int n = 0; n < networks.size(); n++) {
                    NetworkSummary network = networks.get(n);
                    String prefix = (network.slug().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "") + "XXX").substring(0, 3);
                    long count = shares[n];
                    long seq = 0;
                    for (long from = 0; from < count; from += CHUNK) {
                        long rows = Math.min(CHUNK, count - from);
                        StringBuilder exp = new StringBuilder((int) rows * 400);
                        StringBuilder orig = new StringBuilder((int) rows * 150);
                        StringBuilder contact = new StringBuilder();
                        StringBuilder marks = new StringBuilder();
                        for (long i = 0; i < rows; i++) {
                            String reference;
                            do {
                                reference = reference(prefix, seq++);
                            } while (takenOf.get(n).contains(reference));
                            view(network, reference, premisesOf.get(n), themesOf.get(n), exp, orig, contact, marks);
                        }
                        queue.put(new String[] {exp.toString(), orig.toString(), contact.toString(), marks.toString(), String.valueOf(rows)});
                    }
                    loaded.put(network.id(), count);
                }
            } catch (Exception e) {
                failed.set(e);
            } finally {
                try {
                    queue.put(end);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "view-generator");
        producer.start();
        long done = 0;
        for (String[] chunk = queue.take(); chunk != end; chunk = queue.take()) {
            copy.copyIn("COPY feedback_experience (id, version, network_id, reference, premises_id, provider_id, service_name,"
                    + " text, happened_on, happened_precision, rating, anonymous, channel, received_on, recorded_by, consent,"
                    + " status, status_reason, redacted, safeguarding_open, moderated_by, moderated_at, published_at, created_at,"
                    + " created_by) FROM STDIN", new StringReader(chunk[0]));
            copy.copyIn("COPY feedback_original_text (id, version, network_id, experience_id, text, created_at) FROM STDIN",
                    new StringReader(chunk[1]));
            if (!chunk[2].isEmpty()) {
                copy.copyIn("COPY feedback_contact (id, version, network_id, experience_id, name, email, phone, may_contact,"
                        + " contact_by, created_at) FROM STDIN", new StringReader(chunk[2]));
            }
            if (!chunk[3].isEmpty()) {
                copy.copyIn("COPY feedback_theme_mark (id, version, network_id, experience_id, theme_id, sentiment, source,"
                        + " marked_at, created_at) FROM STDIN", new StringReader(chunk[3]));
            }
            long rows = Long.parseLong(chunk[4]);
            done += rows;
            if (done % 250_000 < rows) {
                System.out.printf(Locale.ROOT, "  %,d views loaded (%.0f s)%n", done, (System.nanoTime() - start) / 1e9);
            }
        }
        producer.join();
        if (failed.get() != null) {
            throw failed.get();
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = DEFAULT");
        }
        System.out.printf(Locale.ROOT, "  %,d views copied in %.0f s; building indexes%n", done, (System.nanoTime() - start) / 1e9);
        try (Statement s = c.createStatement()) {
            s.execute("SET maintenance_work_mem = '512MB'");
            for (String index : indexes) {
                s.execute(index);
            }
        }
        try (Statement s = c.createStatement()) {
            // as autovacuum would leave it: statistics and the visibility map (index-only scans) up to date
            for (String table : List.of("feedback_experience", "feedback_original_text", "feedback_contact", "feedback_theme_mark")) {
                s.execute("VACUUM ANALYZE " + table);
            }
            s.execute("ANALYZE");
        }
        return loaded;
    }

    private void view(NetworkSummary network, String reference, List<Premises> premises, List<UUID> themes, StringBuilder exp,
            StringBuilder orig, StringBuilder contact, StringBuilder marks) {
        UUID id = new UUID(random.nextLong(), random.nextLong());
        // received over five years, a little more often recently
        double r = random.nextDouble();
        long daysAgo = (long) (1826 * r * r * 0.5 + 1826 * r * 0.5);
        Instant created = now.minus(daysAgo, ChronoUnit.DAYS).minusSeconds(random.nextInt(86_400));
        LocalDate received = LocalDate.ofInstant(created, ZoneOffset.UTC);
        String status;
        double s = random.nextDouble();
        if (daysAgo < 30 && s < 0.4) {
            status = "AWAITING_MODERATION";
        } else if (s < 0.80) {
            status = "PUBLISHED";
        } else if (s < 0.89) {
            status = "ACCEPTED";
        } else if (s < 0.92) {
            status = "HELD";
        } else {
            status = "REJECTED";
        }
        boolean safeguarding = random.nextInt(500) == 0 && !"PUBLISHED".equals(status);
        String consent = "ACCEPTED".equals(status) || (!"PUBLISHED".equals(status) && random.nextInt(4) == 0) ? "EVIDENCE_ONLY"
                : "PUBLISH_ANONYMISED";
        Premises p = !premises.isEmpty() && random.nextInt(10) < 7 ? premises.get(zipf(premises.size())) : null;
        String service = p != null ? p.name() : network.localAuthorityName() + " " + SERVICES[random.nextInt(SERVICES.length)];
        String text = texts.get(random.nextInt(texts.size()));
        boolean anonymous = random.nextInt(10) < 7;
        String channel = CHANNELS[random.nextInt(CHANNELS.length)];
        boolean moderated = !"AWAITING_MODERATION".equals(status);
        Instant moderatedAt = moderated ? created.plus(1 + random.nextInt(7), ChronoUnit.DAYS) : null;
        if (moderatedAt != null && moderatedAt.isAfter(now)) {
            moderatedAt = now;
        }
        LocalDate happened = received.minusDays(random.nextInt(60));
        row(exp, id, 0, network.id(), reference, p == null ? null : p.id(), p == null ? null : p.provider(), service, text,
                happened.withDayOfMonth(1), "MONTH", random.nextInt(6) == 0 ? null : 1 + random.nextInt(5), anonymous, channel,
                received, "ONLINE".equals(channel) || "API".equals(channel) ? null : "staff@" + network.slug() + ".example",
                consent, status, "REJECTED".equals(status) ? "Not about a health or care service" : null,
                moderated && random.nextInt(8) == 0, safeguarding, moderated ? "staff@" + network.slug() + ".example" : null,
                moderatedAt, "PUBLISHED".equals(status) ? moderatedAt : null, created, null);
        row(orig, new UUID(random.nextLong(), random.nextLong()), 0, network.id(), id, text, created);
        if (!anonymous) {
            boolean may = random.nextBoolean();
            row(contact, new UUID(random.nextLong(), random.nextLong()), 0, network.id(), id, "Person " + reference,
                    "person-" + reference.toLowerCase(Locale.ROOT) + "@example.org", null, may, may ? "EMAIL" : null, created);
        }
        if (!themes.isEmpty() && random.nextInt(5) == 0) {
            row(marks, new UUID(random.nextLong(), random.nextLong()), 0, network.id(), id, themes.get(random.nextInt(themes.size())),
                    SENTIMENTS[random.nextInt(SENTIMENTS.length)], "CONFIRMED", created, created);
        }
    }

    private static final String[] SERVICES = {"hospital", "GP surgery", "care home", "home care agency", "dental practice",
        "mental health service", "ambulance service", "pharmacy"};
    private static final String[] CHANNELS = {"ONLINE", "ONLINE", "ONLINE", "ONLINE", "ONLINE", "ONLINE", "OUTREACH", "PHONE",
        "PAPER", "EMAIL", "EVENT", "API"};
    private static final String[] SENTIMENTS = {"POSITIVE", "NEGATIVE", "NEUTRAL"};

    /** A 0-based index, low indexes far more likely (a few services get most views). */
    private int zipf(int size) {
        double u = random.nextDouble();
        return (int) Math.min(size - 1, Math.floor(Math.pow(size + 1, u)) - 1);
    }

    /** The {@code seq}-th reference of a network: a bijection onto the 29^5 bodies, with the check character. */
    static String reference(String prefix, long seq) {
        long n = (seq * 7_368_787L + 1_234_567L) % REFS;
        char[] body = new char[5];
        for (int i = 4; i >= 0; i--) {
            body[i] = ALPHABET.charAt((int) (n % 29));
            n /= 29;
        }
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (i + 1) * ALPHABET.indexOf(body[i]);
        }
        String b = new String(body);
        return prefix + "-" + b.substring(0, 4) + "-" + b.charAt(4) + ALPHABET.charAt(sum % 29);
    }

    static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                out.append("\\N");
            } else if (v instanceof String str) {
                for (int k = 0; k < str.length(); k++) {
                    char ch = str.charAt(k);
                    switch (ch) {
                        case '\\' -> out.append("\\\\");
                        case '\t' -> out.append("\\t");
                        case '\n' -> out.append("\\n");
                        case '\r' -> out.append("\\r");
                        default -> out.append(ch);
                    }
                }
            } else if (v instanceof Instant instant) {
                out.append(instant.toString());
            } else {
                out.append(v);
            }
        }
        out.append('\n');
    }

    private static List<Premises> premises(Connection c, String gss) throws Exception {
        List<Premises> list = new ArrayList<>();
        try (var ps = c.prepareStatement("SELECT id, COALESCE(controller_id, owner_id), name FROM directory_premises"
                + " WHERE la_gss_code = ? AND closed_on IS NULL ORDER BY id")) {
            ps.setString(1, gss);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new Premises(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)));
                }
            }
        }
        return list;
    }

    private static List<UUID> uuids(Connection c, String sql) throws Exception {
        List<UUID> list = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                list.add(rs.getObject(1, UUID.class));
            }
        }
        return list;
    }

    private static List<String> strings(Connection c, String sql) throws Exception {
        List<String> list = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                list.add(rs.getString(1));
            }
        }
        return list;
    }

    /** Drops the experience table's plain secondary indexes (not the unique or primary key); returns their definitions. */
    private static List<String> dropIndexes(Connection c) throws Exception {
        Map<String, String> defs = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i"
                + " WHERE i.tablename IN ('feedback_experience', 'feedback_theme_mark') AND i.indexname NOT IN"
                + " (SELECT conname FROM pg_constraint)")) {
            while (rs.next()) {
                defs.put(rs.getString(1), rs.getString(2));
            }
        }
        try (Statement s = c.createStatement()) {
            for (String name : defs.keySet()) {
                s.execute("DROP INDEX " + name);
            }
        }
        return new ArrayList<>(defs.values());
    }
}
