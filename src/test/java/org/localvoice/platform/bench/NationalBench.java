package org.localvoice.platform.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import org.localvoice.LocalVoiceApplication;
import org.localvoice.access.Role;
import org.localvoice.tenancy.LocalAuthoritySummary;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.localvoice.tenancy.NewNetwork;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What the national-scale benchmarks share (not a test): a fresh {@code lv_bench_*} PostgreSQL database
 * (dropped at the end), the real application on a random local port with the demo data (the networks
 * "trafford" and "barnet" with an account for every role, password {@value #DEMO_PASSWORD}), the other
 * networks up to 150 created through the real {@link Networks} facade for real local authorities, and
 * percentile timing of HTTP requests over loopback.
 *
 * <p>{@code --keep} leaves the database in place (its name is printed); {@code --reuse=lv_bench_...} measures
 * such a database again without loading it (new migrations, such as an index, are applied on start), and drops
 * it at the end unless {@code --keep} is given again.
 */
public final class NationalBench implements AutoCloseable {

    public static final String DEMO_PASSWORD = "local-voice-demo";

    private final Map<String, String> opts;
    private final String pg;
    private final String user;
    private final String password;
    private final String dbName;
    private final boolean keep;
    private final boolean reused;
    private ConfigurableApplicationContext context;

    public NationalBench(String[] args) throws Exception {
        opts = new HashMap<>();
        for (String a : args) {
            String[] kv = a.replaceFirst("^--", "").split("=", 2);
            opts.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        pg = opts.getOrDefault("pg", "jdbc:postgresql://127.0.0.1:5432/");
        user = opts.getOrDefault("pg-user", "postgres");
        password = opts.getOrDefault("pg-password", "");
        keep = opts.containsKey("keep");
        reused = opts.containsKey("reuse");
        if (reused) {
            if (!opts.get("reuse").matches("lv_bench_[a-z0-9]+")) {
                throw new IllegalArgumentException("--reuse takes the name of a database kept by an earlier run (lv_bench_...)");
            }
            dbName = opts.get("reuse");
        } else {
            dbName = "lv_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            try (Connection c = DriverManager.getConnection(pg + "postgres", user, password); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + dbName);
            }
        }
    }

    public String opt(String name, String fallback) {
        return opts.getOrDefault(name, fallback);
    }

    public int intOpt(String name, int fallback) {
        return Integer.parseInt(opts.getOrDefault(name, String.valueOf(fallback)));
    }

    /** Whether this run measures a database kept by an earlier run ({@code --reuse=lv_bench_...}) instead of loading one. */
    public boolean reused() {
        return reused;
    }

    public String databaseName() {
        return dbName;
    }

    /** A plain JDBC connection to the benchmark database (for loading and for the raw insert comparison). */
    public Connection connect() throws Exception {
        return DriverManager.getConnection(pg + dbName + "?reWriteBatchedInserts=true", user, password);
    }

    /** Starts the application against the fresh database (migrations, demo data) with extra properties. */
    public ConfigurableApplicationContext start(String... extra) {
        List<String> springArgs = new ArrayList<>(List.of("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + pg + dbName, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--localvoice.demo-data=true",
                "--localvoice.directory.demo-set=trafford", "--localvoice.scheduler.enabled=false",
                "--server.port=0", "--server.address=127.0.0.1", "--spring.main.banner-mode=off",
                "--logging.level.root=warn", "--spring.datasource.hikari.maximum-pool-size=20"));
        springArgs.addAll(List.of(extra));
        context = new SpringApplicationBuilder(LocalVoiceApplication.class).run(springArgs.toArray(String[]::new));
        return context;
    }

    public int port() {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    /**
     * Networks up to {@code count}: the demo networks plus one for each further current local authority
     * (in the order the reference data lists them), created through the real facade. Returns all networks.
     */
    public List<NetworkSummary> networks(int count) {
        Networks networks = context.getBean(Networks.class);
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("benchmark", null,
                List.of(new SimpleGrantedAuthority(Role.PLATFORM_ADMIN.authority()))));
        SecurityContextHolder.setContext(security);
        try {
            List<LocalAuthoritySummary> free = networks.localAuthoritiesWithoutNetwork();
            int missing = count - networks.all().size();
            for (int i = 0; i < missing && i < free.size(); i++) {
                LocalAuthoritySummary la = free.get(i);
                String slug = la.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
                if (slug.length() < 2 || networks.slugInUse(slug)) {
                    slug = "link-" + la.gssCode().toLowerCase(Locale.ROOT);
                }
                networks.create(new NewNetwork(slug, la.name() + " LINk", la.gssCode(), la.name() + " host (synthetic)",
                        null, "hello@" + slug + ".example", null, null, null));
            }
            return networks.all();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            if (context != null) {
                context.close();
            }
        } finally {
            if (!keep) {
                try (Connection c = DriverManager.getConnection(pg + "postgres", user, password); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + dbName + " WITH (FORCE)");
                }
            } else {
                System.out.println("Kept database " + dbName);
            }
        }
    }

    /** An HTTP client for loopback requests, with a redirect-free cookie session. */
    /** Rows per network: Zipf-like shares (exponent 0.7) summing to {@code total}, largest first. */
    public static long[] shares(int networks, long total) {
        double[] w = new double[networks];
        double sum = 0;
        for (int i = 0; i < networks; i++) {
            w[i] = 1 / Math.pow(i + 1, 0.7);
            sum += w[i];
        }
        long[] n = new long[networks];
        long given = 0;
        for (int i = 0; i < networks; i++) {
            n[i] = (long) Math.floor(total * w[i] / sum);
            given += n[i];
        }
        n[0] += total - given;
        return n;
    }

    public static HttpClient client(java.net.CookieManager cookies) {
        HttpClient.Builder b = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1);
        return cookies == null ? b.build() : b.cookieHandler(cookies).build();
    }

    /** Times {@code requests} GETs (after {@code warmup} untimed ones) built by {@code request}; each must answer 200. */
    public static Timing time(String label, HttpClient http, int warmup, int requests, IntFunction<HttpRequest> request)
            throws Exception {
        for (int i = 0; i < warmup; i++) {
            check(label, http.send(request.apply(i), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }
        double[] ms = new double[requests];
        for (int i = 0; i < requests; i++) {
            HttpRequest r = request.apply(i);
            long t = System.nanoTime();
            HttpResponse<String> response = http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            ms[i] = (System.nanoTime() - t) / 1e6;
            check(label, response);
        }
        Timing timing = new Timing(label, ms);
        System.out.println(timing.row());
        return timing;
    }

    private static void check(String label, HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(label + ": " + response.request().uri() + " answered " + response.statusCode()
                    + " " + response.body().substring(0, Math.min(500, response.body().length())));
        }
    }

    public static HttpRequest get(String url, String accept) {
        return HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).timeout(Duration.ofSeconds(60)).GET().build();
    }

    /** Signs in through the real form (and its CSRF token); the cookie manager then holds the session. */
    public static void signIn(HttpClient http, String base, String email, String pass) throws Exception {
        HttpResponse<String> form = http.send(get(base + "/sign-in", "text/html"), HttpResponse.BodyHandlers.ofString());
        String csrf = org.jsoup.Jsoup.parse(form.body()).select("input[name=_csrf]").val();
        String body = "email=" + java.net.URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + java.net.URLEncoder.encode(pass, StandardCharsets.UTF_8) + "&_csrf=" + java.net.URLEncoder.encode(csrf, StandardCharsets.UTF_8);
        HttpResponse<String> done = http.send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = done.headers().firstValue("Location").orElse("");
        if (done.statusCode() != 302 || location.contains("error") || location.contains("sign-in")) {
            throw new IllegalStateException("Sign-in as " + email + " failed: " + done.statusCode() + " " + location);
        }
    }

    /** Latencies of one measure, in milliseconds. */
    public record Timing(String label, double[] sorted) {
        public Timing {
            sorted = sorted.clone();
            Arrays.sort(sorted);
        }

        public double pct(int p) {
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        public String row() {
            return String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |", label, sorted.length, pct(50), pct(95),
                    pct(99), sorted[sorted.length - 1]);
        }

        public static String header() {
            return "| measure | requests | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|";
        }
    }

    public static void write(String name, String report) throws Exception {
        Path out = Path.of("target/bench/results-" + name + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);
        System.out.println(report);
        System.out.println("Written to " + out);
    }
}
