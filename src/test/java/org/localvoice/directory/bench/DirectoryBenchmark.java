package org.localvoice.directory.bench;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;
import org.localvoice.LocalVoiceApplication;
import org.localvoice.directory.Directory;
import org.localvoice.directory.DirectorySearch;
import org.localvoice.directory.ServiceType;
import org.localvoice.directory.imports.ImportJob;
import org.localvoice.directory.imports.ImportJobs;
import org.localvoice.directory.imports.ImportKind;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Directory benchmark (not a test): imports N synthetic locations into a fresh database through the real
 * importer, then times 1,000 searches of each kind (name prefix, postcode, type) after a warm-up, through
 * the {@link Directory} facade (count query plus page query, 25 rows). See bench/README.md.
 *
 * <p>Arguments: {@code --db=postgres|h2} (default postgres), {@code --rows=50000}, {@code --queries=1000},
 * {@code --pg=jdbc:postgresql://127.0.0.1:5432/}, {@code --pg-user=postgres}, {@code --pg-password=}, {@code --keep}
 * (leave the PostgreSQL database for inspection).
 */
public final class DirectoryBenchmark {

    private DirectoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>();
        for (String a : args) {
            String[] kv = a.replaceFirst("^--", "").split("=", 2);
            opts.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        String db = opts.getOrDefault("db", "postgres");
        int rows = Integer.parseInt(opts.getOrDefault("rows", "50000"));
        int queries = Integer.parseInt(opts.getOrDefault("queries", "1000"));
        Path csv = Path.of("target/bench/cqc-synthetic-" + rows + ".csv");
        if (!Files.exists(csv)) {
            SyntheticDirectory.write(rows, csv);
        }

        String dbName = "lv_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String pg = opts.getOrDefault("pg", "jdbc:postgresql://127.0.0.1:5432/");
        String user = opts.getOrDefault("pg-user", "postgres");
        String password = opts.getOrDefault("pg-password", "");
        String url;
        if ("h2".equals(db)) {
            url = "jdbc:h2:mem:" + dbName + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            user = "sa";
        } else {
            try (Connection c = DriverManager.getConnection(pg + "postgres", user, password); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + dbName);
            }
            url = pg + dbName;
        }
        // Command-line arguments outrank application.yml (default properties would not).
        String[] springArgs = {"--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + ("h2".equals(db) ? "" : password), "--localvoice.demo-data=false",
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn"};
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(LocalVoiceApplication.class).run(springArgs)) {
            run(context, db, csv, rows, queries);
        } finally {
            if (!"h2".equals(db) && !opts.containsKey("keep")) {
                try (Connection c = DriverManager.getConnection(pg + "postgres", user, password); Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + dbName + " WITH (FORCE)");
                }
            }
        }
    }

    private static void run(ConfigurableApplicationContext context, String db, Path csv, int rows, int queries) throws Exception {
        ImportJobs imports = context.getBean(ImportJobs.class);
        Directory directory = context.getBean(Directory.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

        long start = System.nanoTime();
        ImportJob job;
        try (InputStream in = Files.newInputStream(csv)) {
            job = imports.runNow(ImportKind.CQC, csv.getFileName().toString(), in, Files.size(csv), "benchmark");
        }
        double importSeconds = (System.nanoTime() - start) / 1e9;
        long usedMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
        if (jdbc.getDataSource().getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
            jdbc.execute("ANALYZE");
        }

        Random random = new Random(42);
        List<String> words = jdbc.queryForList("SELECT word FROM directory_premises_word WHERE LENGTH(word) >= 4 "
                + "ORDER BY premises_id, word FETCH FIRST 5000 ROWS ONLY", String.class);
        List<String> postcodes = jdbc.queryForList("SELECT postcode FROM directory_premises ORDER BY id FETCH FIRST 5000 ROWS ONLY",
                String.class);
        List<ServiceType> types = Arrays.asList(ServiceType.RESIDENTIAL_HOME, ServiceType.NURSING_HOME, ServiceType.HOMECARE,
                ServiceType.GP, ServiceType.DENTIST, ServiceType.HOSPICE, ServiceType.CLINIC);
        List<String> authorities = jdbc.queryForList("SELECT DISTINCT la_gss_code FROM directory_premises "
                + "WHERE la_gss_code IS NOT NULL", String.class);

        Map<String, IntFunction<DirectorySearch>> kinds = new java.util.LinkedHashMap<>();
        kinds.put("name prefix (3-5 letters of a word)", i -> {
            String w = words.get(random.nextInt(words.size()));
            return new DirectorySearch(w.substring(0, Math.min(w.length(), 3 + random.nextInt(3))), null, null, null, null);
        });
        kinds.put("postcode (full, sector or district)", i -> {
            String pc = postcodes.get(random.nextInt(postcodes.size()));
            String term = switch (i % 3) {
                case 0 -> pc;
                case 1 -> pc.substring(0, pc.length() - 2);
                default -> pc.split(" ")[0];
            };
            return new DirectorySearch(null, term, null, null, null);
        });
        kinds.put("type (within a local authority)", i -> new DirectorySearch(null, null, types.get(random.nextInt(types.size())),
                authorities.get(random.nextInt(authorities.size())), null));
        kinds.put("type (national, preferred authority first)", i -> new DirectorySearch(null, null,
                types.get(random.nextInt(types.size())), null, authorities.get(random.nextInt(authorities.size()))));

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Database: %s. Rows: %d read, %d imported, %d failed. Import: %.1f s "
                + "(%.0f rows/s). Heap in use after import: %d MB.%n%n", db, job.getRowsRead(), job.getRowsOk(),
                job.getRowsFailed(), importSeconds, job.getRowsRead() / importSeconds, usedMb));
        report.append("| search | queries | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        for (var kind : kinds.entrySet()) {
            for (int i = 0; i < 100; i++) {
                directory.search(kind.getValue().apply(i), PageRequest.of(0, 25));
            }
            double[] times = new double[queries];
            for (int i = 0; i < queries; i++) {
                DirectorySearch search = kind.getValue().apply(i);
                long t = System.nanoTime();
                directory.search(search, PageRequest.of(0, 25));
                times[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(times);
            report.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", kind.getKey(), queries,
                    pct(times, 50), pct(times, 95), pct(times, 99), times[times.length - 1]));
        }
        System.out.println(report);
        Path out = Path.of("target/bench/results-" + db + ".md");
        Files.writeString(out, report.toString(), StandardCharsets.UTF_8);
        System.out.println("Written to " + out);
    }

    private static double pct(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

}
