package org.localvoice.feedback.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.localvoice.access.domain.ApiTokens;
import org.localvoice.access.Accounts;
import org.localvoice.platform.bench.NationalBench;
import org.localvoice.platform.bench.NationalBench.Timing;
import org.localvoice.tenancy.NetworkSummary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * People's views at national scale (not a test; see bench/README.md): 150 networks and (by default) five
 * million views loaded by {@link SyntheticViews}, then, against the running application over loopback:
 * public submissions through {@code POST /api/v1/public/networks/{slug}/views} by N concurrent clients
 * (rate limit lifted by configuration) next to a plain JDBC insert of the same rows at the same concurrency,
 * and the moderation queue and public listing pages of the largest network.
 *
 * <p>Arguments: {@code --views=5000000}, {@code --networks=150}, {@code --submissions=2000}, {@code --clients=8},
 * {@code --requests=500}, {@code --pg=jdbc:postgresql://127.0.0.1:5432/}, {@code --pg-user=postgres},
 * {@code --pg-password=}, {@code --keep}.
 */
public final class FeedbackBenchmark {

    private FeedbackBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (NationalBench bench = new NationalBench(args)) {
            run(bench);
        }
        System.exit(0);
    }

    private static void run(NationalBench bench) throws Exception {
        long views = Long.parseLong(bench.opt("views", "5000000"));
        int networkCount = bench.intOpt("networks", 150);
        int submissions = bench.intOpt("submissions", 2000);
        int clients = bench.intOpt("clients", 8);
        int requests = bench.intOpt("requests", 500);
        var context = bench.start("--localvoice.feedback.submissions-per-hour=100000000");
        long t0 = System.nanoTime();
        List<NetworkSummary> all = bench.networks(networkCount);
        // the demo network first: it has the staff accounts, the directory premises and the most views
        List<NetworkSummary> networks = new ArrayList<>(all);
        networks.sort((a, b) -> a.slug().equals("trafford") ? -1 : b.slug().equals("trafford") ? 1 : a.slug().compareTo(b.slug()));
        System.out.printf(Locale.ROOT, "%d networks ready in %.0f s; loading %,d views%n", networks.size(),
                (System.nanoTime() - t0) / 1e9, views);
        SyntheticViews generator = new SyntheticViews();
        long loadStart = System.nanoTime();
        if (!bench.reused()) {
            try (Connection c = bench.connect()) {
                generator.load(c, networks, views);
            }
        }
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        NetworkSummary big = networks.get(0);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM feedback_experience", Long.class);
        long inBig = jdbc.queryForObject("SELECT COUNT(*) FROM feedback_experience WHERE network_id = ?", Long.class, big.id());
        long publishedBig = jdbc.queryForObject("SELECT COUNT(*) FROM feedback_experience WHERE network_id = ? AND status = 'PUBLISHED'",
                Long.class, big.id());
        String size = jdbc.queryForObject("SELECT pg_size_pretty(pg_database_size(current_database()))", String.class);
        System.out.printf(Locale.ROOT, "Loaded in %.0f s: %,d views in all, %,d in %s (%,d published); database %s%n", loadSeconds,
                total, inBig, big.slug(), publishedBig, size);

        String base = "http://127.0.0.1:" + bench.port();
        List<UUID> premises = jdbc.queryForList("SELECT premises_id FROM feedback_experience WHERE network_id = ? AND status = 'PUBLISHED'"
                + " AND premises_id IS NOT NULL GROUP BY premises_id ORDER BY COUNT(*) DESC FETCH FIRST 20 ROWS ONLY", UUID.class, big.id());
        List<String> texts = generator.texts();

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "People's views benchmark, %s. Networks: %d. Views: %,d %s "
                + "(%,d in the largest network '%s', %,d of them published). Database size: %s. PostgreSQL: %s.%n%n",
                LocalDate.now(), networks.size(), total,
                bench.reused() ? "(database of an earlier run)" : String.format(Locale.ROOT, "loaded in %.0f s", loadSeconds), inBig, big.slug(), publishedBig, size,
                jdbc.queryForObject("SHOW server_version", String.class)));

        // (a) public submissions through the real API; (b) a plain JDBC insert of the same rows
        Timing api = submissions(base, big, premises, texts, submissions, clients, report);
        Timing raw = rawInserts(bench, big, premises, texts, submissions, clients, report);
        report.append("\n").append(Timing.header()).append("\n").append(api.row()).append("\n").append(raw.row()).append("\n\n");

        // (c) pages of the largest network
        HttpClient staff = NationalBench.client(new CookieManager());
        NationalBench.signIn(staff, base, "staff@" + big.slug() + ".example", NationalBench.DEMO_PASSWORD);
        UUID staffId = context.getBean(Accounts.class).detailsByEmail(big.id(), "staff@" + big.slug() + ".example").orElseThrow().id();
        String token = context.getBean(ApiTokens.class).issue(staffId, "benchmark", 1).token();
        HttpClient anonymous = NationalBench.client(null);
        long queue = jdbc.queryForObject("SELECT COUNT(*) FROM feedback_experience WHERE network_id = ? AND safeguarding_open = FALSE",
                Long.class, big.id());
        int deepQueue = (int) Math.min(2000, queue / 25 / 2);
        int deepPublic = (int) Math.min(2000, publishedBig / 20 / 2);
        String html = "text/html";
        int warm = Math.max(10, requests / 10);
        List<Timing> pages = new ArrayList<>();
        // the same layout with no data behind it: what rendering a page costs on this machine at the time
        pages.add(NationalBench.time("baseline: static page /accessibility (no data)", anonymous, warm, requests,
                i -> NationalBench.get(base + "/accessibility", "text/html")));
        pages.add(NationalBench.time("staff moderation queue /manage/views, first page", staff, warm, requests,
                i -> NationalBench.get(base + "/manage/views", html)));
        pages.add(NationalBench.time("staff moderation queue, awaiting moderation, first page", staff, warm, requests,
                i -> NationalBench.get(base + "/manage/views?status=AWAITING_MODERATION", html)));
        pages.add(NationalBench.time("staff moderation queue, page " + deepQueue, staff, warm, requests,
                i -> NationalBench.get(base + "/manage/views?page=" + (deepQueue - i % 10), html)));
        pages.add(NationalBench.time("staff API queue GET /api/v1/views, first page", anonymous, warm, requests,
                i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/views")).header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build()));
        pages.add(NationalBench.time("public listing /n/" + big.slug() + "/views, first page", anonymous, warm, requests,
                i -> NationalBench.get(base + "/n/" + big.slug() + "/views", html)));
        pages.add(NationalBench.time("public listing filtered by service (top 20 services), first page", anonymous, warm, requests,
                i -> NationalBench.get(base + "/n/" + big.slug() + "/views?service=" + premises.get(i % premises.size()), html)));
        pages.add(NationalBench.time("public listing, page " + deepPublic, anonymous, warm, requests,
                i -> NationalBench.get(base + "/n/" + big.slug() + "/views?page=" + (deepPublic - i % 10), html)));
        report.append(Timing.header()).append("\n");
        for (Timing t : pages) {
            report.append(t.row()).append("\n");
        }
        NationalBench.write("feedback", report.toString());
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static Timing submissions(String base, NetworkSummary big, List<UUID> premises, List<String> texts, int count,
            int clients, StringBuilder report) throws Exception {
        HttpClient http = NationalBench.client(null);
        String url = base + "/api/v1/public/networks/" + big.slug() + "/views";
        LocalDate month = LocalDate.now().minusMonths(1);
        AtomicInteger next = new AtomicInteger();
        double[] ms = new double[count];
        Runnable client = () -> {
            Random random = new Random(Thread.currentThread().getId());
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                boolean named = i % 3 == 0;
                String body = "{\"premisesId\":\"" + premises.get(i % premises.size()) + "\",\"text\":"
                        + json(texts.get(random.nextInt(texts.size()))) + ",\"happened\":\"" + month.getYear() + "-"
                        + month.getMonthValue() + "\",\"rating\":" + (1 + i % 5) + ",\"consent\":\"PUBLISH_ANONYMISED\""
                        + (named ? ",\"name\":\"Bench Person " + i + "\",\"mayContact\":false" : "") + "}";
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                        .header("Accept", "application/json").timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                try {
                    long t = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    ms[i] = (System.nanoTime() - t) / 1e6;
                    if (response.statusCode() != 201) {
                        throw new IllegalStateException("Submission answered " + response.statusCode() + ": " + response.body());
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        // warm-up: 100 submissions from one client, not timed
        for (int i = 0; i < 100; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"serviceName\":\"Warm-up surgery\",\"text\":" + json(texts.get(i))
                            + ",\"happened\":\"" + month.getYear() + "-" + month.getMonthValue() + "\",\"consent\":\"EVIDENCE_ONLY\"}")).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("Warm-up submission answered " + r.statusCode() + ": " + r.body());
            }
        }
        double seconds = parallel(client, clients);
        report.append(String.format(Locale.ROOT, "Public submissions (POST /api/v1/public/networks/%s/views, %d concurrent clients): "
                + "%,d in %.1f s = **%.0f per second**.%n", big.slug(), clients, count, seconds, count / seconds));
        return new Timing("public submission via the API (" + clients + " clients)", ms);
    }

    private static Timing rawInserts(NationalBench bench, NetworkSummary big, List<UUID> premises, List<String> texts, int count,
            int clients, StringBuilder report) throws Exception {
        AtomicInteger next = new AtomicInteger();
        double[] ms = new double[count];
        Runnable client = () -> {
            Random random = new Random(Thread.currentThread().getId());
            try (Connection c = bench.connect();
                    PreparedStatement exp = c.prepareStatement("INSERT INTO feedback_experience (id, version, network_id, reference,"
                            + " premises_id, provider_id, service_name, text, happened_on, happened_precision, rating, anonymous, channel,"
                            + " received_on, consent, status, redacted, safeguarding_open, created_at) VALUES (?, 0, ?, ?, ?, NULL, ?, ?, ?,"
                            + " 'MONTH', ?, TRUE, 'API', ?, 'PUBLISH_ANONYMISED', 'AWAITING_MODERATION', FALSE, FALSE, ?)");
                    PreparedStatement orig = c.prepareStatement("INSERT INTO feedback_original_text (id, version, network_id,"
                            + " experience_id, text, created_at) VALUES (?, 0, ?, ?, ?, ?)")) {
                c.setAutoCommit(false);
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    UUID id = UUID.randomUUID();
                    String text = texts.get(random.nextInt(texts.size()));
                    Timestamp now = Timestamp.from(Instant.now());
                    long t = System.nanoTime();
                    exp.setObject(1, id);
                    exp.setObject(2, big.id());
                    exp.setString(3, "RAW-" + String.format(Locale.ROOT, "%06d", i).substring(0, 4) + "-" + String.format(Locale.ROOT, "%06d", i).substring(4));
                    exp.setObject(4, premises.get(i % premises.size()));
                    exp.setString(5, "Raw insert service");
                    exp.setString(6, text);
                    exp.setObject(7, LocalDate.now().withDayOfMonth(1));
                    exp.setInt(8, 1 + i % 5);
                    exp.setObject(9, LocalDate.now());
                    exp.setTimestamp(10, now);
                    exp.executeUpdate();
                    orig.setObject(1, UUID.randomUUID());
                    orig.setObject(2, big.id());
                    orig.setObject(3, id);
                    orig.setString(4, text);
                    orig.setTimestamp(5, now);
                    orig.executeUpdate();
                    c.commit();
                    ms[i] = (System.nanoTime() - t) / 1e6;
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        double seconds = parallel(client, clients);
        report.append(String.format(Locale.ROOT, "Raw PostgreSQL inserts of the same rows (a view and its original text in one "
                + "transaction, plain JDBC, %d concurrent connections): %,d in %.1f s = **%.0f per second**.%n", clients, count,
                seconds, count / seconds));
        return new Timing("raw JDBC insert of the same rows (" + clients + " connections)", ms);
    }

    private static double parallel(Runnable client, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(client));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
