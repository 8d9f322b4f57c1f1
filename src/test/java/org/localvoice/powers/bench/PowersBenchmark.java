package org.localvoice.powers.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.localvoice.access.Accounts;
import org.localvoice.access.domain.ApiTokens;
import org.localvoice.platform.bench.NationalBench;
import org.localvoice.platform.bench.NationalBench.Timing;
import org.localvoice.tenancy.NetworkSummary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Powers at national scale (not a test; see bench/README.md): 150 networks and (by default) 500,000 powers
 * cases loaded by {@link SyntheticPowers}, then, for the largest network over loopback, the staff dashboard
 * and due-and-overdue page (signed in through the real form), the public registers (first and deep pages,
 * one case page each), the league table and the due-dates API (personal access token).
 *
 * <p>Arguments: {@code --cases=500000}, {@code --networks=150}, {@code --requests=500},
 * {@code --pg=jdbc:postgresql://127.0.0.1:5432/}, {@code --pg-user=postgres}, {@code --pg-password=}, {@code --keep}.
 */
public final class PowersBenchmark {

    private PowersBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try (NationalBench bench = new NationalBench(args)) {
            run(bench);
        }
        System.exit(0);
    }

    private static void run(NationalBench bench) throws Exception {
        int cases = bench.intOpt("cases", 500_000);
        int networkCount = bench.intOpt("networks", 150);
        int requests = bench.intOpt("requests", 500);
        var context = bench.start();
        List<NetworkSummary> networks = new ArrayList<>(bench.networks(networkCount));
        networks.sort((a, b) -> a.slug().equals("trafford") ? -1 : b.slug().equals("trafford") ? 1 : a.slug().compareTo(b.slug()));
        NetworkSummary big = networks.get(0);
        System.out.printf(Locale.ROOT, "%d networks; loading %,d cases%n", networks.size(), cases);
        long start = System.nanoTime();
        if (!bench.reused()) {
            try (Connection c = bench.connect()) {
                new SyntheticPowers().load(c, networks, cases);
            }
        }
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        String countCases = "SELECT (SELECT COUNT(*) FROM powers_information_request %1$s) + (SELECT COUNT(*) FROM powers_report %1$s)"
                + " + (SELECT COUNT(*) FROM powers_osc_referral %1$s)";
        long total = jdbc.queryForObject(countCases.formatted(""), Long.class);
        long inBig = jdbc.queryForObject(countCases.formatted("WHERE network_id = '" + big.id() + "'"), Long.class);
        long clocks = jdbc.queryForObject("SELECT COUNT(*) FROM powers_clock", Long.class);
        long events = jdbc.queryForObject("SELECT COUNT(*) FROM powers_case_event", Long.class);
        long running = jdbc.queryForObject("SELECT COUNT(*) FROM powers_clock WHERE network_id = ? AND stopped_on IS NULL", Long.class,
                big.id());
        long overdue = jdbc.queryForObject("SELECT COUNT(*) FROM powers_clock WHERE network_id = ? AND stopped_on IS NULL"
                + " AND due_on < CURRENT_DATE", Long.class, big.id());
        String size = jdbc.queryForObject("SELECT pg_size_pretty(pg_database_size(current_database()))", String.class);
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Powers benchmark, %s. Networks: %d. Cases: %,d %s (%,d clocks, "
                + "%,d timeline events); largest network '%s': %,d cases, %,d clocks running, %,d overdue. Database size: %s. "
                + "PostgreSQL: %s.%n%n", LocalDate.now(), networks.size(), total,
                bench.reused() ? "(database of an earlier run)" : String.format(Locale.ROOT, "loaded in %.0f s", loadSeconds), clocks, events, big.slug(), inBig,
                running, overdue, size, jdbc.queryForObject("SHOW server_version", String.class)));
        System.out.print(report);

        String base = "http://127.0.0.1:" + bench.port();
        HttpClient staff = NationalBench.client(new CookieManager());
        NationalBench.signIn(staff, base, "staff@" + big.slug() + ".example", NationalBench.DEMO_PASSWORD);
        UUID staffId = context.getBean(Accounts.class).detailsByEmail(big.id(), "staff@" + big.slug() + ".example").orElseThrow().id();
        String token = context.getBean(ApiTokens.class).issue(staffId, "benchmark", 1).token();
        HttpClient anonymous = NationalBench.client(null);
        String html = "text/html";
        String registers = base + "/n/" + big.slug() + "/registers";
        long requestsInBig = jdbc.queryForObject("SELECT COUNT(*) FROM powers_information_request WHERE network_id = ?", Long.class, big.id());
        long reportsInBig = jdbc.queryForObject("SELECT COUNT(*) FROM powers_report WHERE network_id = ? AND published", Long.class, big.id());
        long referralsInBig = jdbc.queryForObject("SELECT COUNT(*) FROM powers_osc_referral WHERE network_id = ?", Long.class, big.id());
        UUID oneRequest = jdbc.queryForObject("SELECT id FROM powers_information_request WHERE network_id = ? ORDER BY sent_on DESC, id"
                + " OFFSET ? FETCH FIRST 1 ROWS ONLY", UUID.class, big.id(), Math.min(1000, requestsInBig / 2));
        UUID oneReport = jdbc.queryForObject("SELECT id FROM powers_report WHERE network_id = ? AND published ORDER BY sent_on DESC, id"
                + " OFFSET ? FETCH FIRST 1 ROWS ONLY", UUID.class, big.id(), Math.min(100, reportsInBig / 2));
        UUID oneReferral = jdbc.queryForObject("SELECT id FROM powers_osc_referral WHERE network_id = ? ORDER BY made_on DESC, id"
                + " OFFSET ? FETCH FIRST 1 ROWS ONLY", UUID.class, big.id(), Math.min(100, referralsInBig / 2));
        int warm = Math.max(10, requests / 10);
        List<Timing> t = new ArrayList<>();
        // the same layout with no data behind it: what rendering a page costs on this machine at the time
        t.add(NationalBench.time("baseline: static page /accessibility (no data)", anonymous, warm, requests,
                i -> NationalBench.get(base + "/accessibility", "text/html")));
        t.add(NationalBench.time("staff dashboard /manage", staff, warm, requests, i -> NationalBench.get(base + "/manage", html)));
        t.add(NationalBench.time("staff due and overdue /manage/powers, first page", staff, warm, requests,
                i -> NationalBench.get(base + "/manage/powers", html)));
        int deepDue = (int) Math.max(0, Math.min(50, running / 25 - 1));
        t.add(NationalBench.time("staff due and overdue, page " + deepDue, staff, warm, requests,
                i -> NationalBench.get(base + "/manage/powers?page=" + deepDue, html)));
        t.add(NationalBench.time("staff requests register /manage/powers/requests", staff, warm, requests,
                i -> NationalBench.get(base + "/manage/powers/requests", html)));
        addRegister(t, anonymous, registers, "requests", requestsInBig, warm, requests);
        t.add(NationalBench.time("public request page", anonymous, warm, requests,
                i -> NationalBench.get(registers + "/requests/" + oneRequest, html)));
        addRegister(t, anonymous, registers, "reports", reportsInBig, warm, requests);
        t.add(NationalBench.time("public report page", anonymous, warm, requests,
                i -> NationalBench.get(registers + "/reports/" + oneReport, html)));
        addRegister(t, anonymous, registers, "referrals", referralsInBig, warm, requests);
        t.add(NationalBench.time("public referral page", anonymous, warm, requests,
                i -> NationalBench.get(registers + "/referrals/" + oneReferral, html)));
        t.add(NationalBench.time("public league table, first page", anonymous, warm, requests,
                i -> NationalBench.get(registers + "/league", html)));
        t.add(NationalBench.time("API GET /api/v1/powers/due, first page", anonymous, warm, requests,
                i -> HttpRequest.newBuilder(URI.create(base + "/api/v1/powers/due")).header("Authorization", "Bearer " + token)
                        .header("Accept", "application/json").timeout(Duration.ofSeconds(60)).GET().build()));
        report.append(Timing.header()).append("\n");
        for (Timing timing : t) {
            report.append(timing.row()).append("\n");
        }
        NationalBench.write("powers", report.toString());
    }

    private static void addRegister(List<Timing> t, HttpClient http, String registers, String kind, long rows, int warm, int requests)
            throws Exception {
        t.add(NationalBench.time("public register /" + kind + ", first page", http, warm, requests,
                i -> NationalBench.get(registers + "/" + kind, "text/html")));
        int deep = (int) Math.max(1, Math.min(2000, rows / 25 / 2));
        t.add(NationalBench.time("public register /" + kind + ", page " + deep, http, warm, requests,
                i -> NationalBench.get(registers + "/" + kind + "?page=" + (deep - i % 10), "text/html")));
    }
}
