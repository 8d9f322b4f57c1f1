package org.localvoice.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localvoice.support.Callers;
import org.localvoice.support.Endpoints;
import org.localvoice.support.Endpoints.Endpoint;
import org.localvoice.support.Endpoints.Kind;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.Outcome;
import org.localvoice.support.RoleMatrix;
import org.localvoice.support.TenantData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Every endpoint answers each caller as {@code role-matrix.csv} says. Callers are anonymous and the
 * demo account of each role in network {@value #NETWORK} (national roles: the national accounts). Path
 * values come from that network: {@code {slug}} is its slug; an id variable gets one of its records'
 * ids, the first (by tables whose name resembles the variable) that the first caller expected to get
 * {@code ok} does not get 404 for; other variables get a sample of their type. GET rows run first,
 * then the others with a CSRF token and no body.
 */
@org.junit.jupiter.api.Tag("endpoints")
@IntegrationTest
class RoleMatrixTests {

    static final String NETWORK = "trafford";
    static final int MAX_PROBES = 200;

    @Autowired
    Callers callers;
    @Autowired
    TenantData data;
    @Autowired
    ApplicationContext context;

    RoleMatrix matrix;
    UUID network;
    Map<String, RequestPostProcessor> everyone;
    final Map<String, String> urlByPattern = new HashMap<>();

    @BeforeEach
    void load() {
        matrix = RoleMatrix.load();
        network = data.networkId(NETWORK);
        everyone = callers.of(network, true);
        ensureTheNetworkHasAnAuditEntry();
        forgetTestTokens();
    }

    /**
     * {@code POST /account/tokens/{id}/revoke} takes the network's first API token as its sample: the tokens
     * other tests issue (all named "test token") would make the answer depend on test order.
     */
    private void forgetTestTokens() {
        context.getBean(org.springframework.jdbc.core.JdbcTemplate.class).update("DELETE FROM access_api_token WHERE name = 'test token'");
    }

    /**
     * Rows such as {@code GET /manage/audit/{id}} need a record of the network to call; an audit entry
     * exists only once someone of the network has changed something, which depends on test order. One
     * audited request (a password change with nothing filled in) makes the sample deterministic.
     */
    private void ensureTheNetworkHasAnAuditEntry() {
        callers.call("POST", "/account/password", everyone.get("HOST_MANAGER"));
    }

    @Test
    void everyRegisteredEndpointHasARowAndEveryRowAnEndpoint() {
        Map<String, Endpoint> endpoints = byKey();
        List<String> missing = new ArrayList<>();
        for (Endpoint e : endpoints.values()) {
            if (!matrix.rows().containsKey(e.key())) {
                missing.add(matrix.line(e.key(), observe(e, sampleUrl(e, null))));
            }
        }
        List<String> stale = matrix.rows().keySet().stream().filter(k -> !endpoints.containsKey(k)).toList();
        StringBuilder message = new StringBuilder();
        if (!missing.isEmpty()) {
            message.append("Endpoints with no row in ").append(RoleMatrix.FILE).append(". Rows with what each caller gets now,")
                    .append(" CHECK EVERY CELL against the intended access before pasting (columns: ")
                    .append(String.join(", ", matrix.columns())).append("):\n").append(String.join("\n", missing)).append('\n');
        }
        if (!stale.isEmpty()) {
            message.append("Rows in ").append(RoleMatrix.FILE).append(" that match no registered endpoint (renamed or removed? ")
                    .append("the key is 'METHOD pattern' exactly as mapped):\n").append(String.join("\n", stale)).append('\n');
        }
        if (!message.isEmpty()) {
            fail(message.toString());
        }
    }

    @Test
    void everyCallerGetsWhatTheRoleMatrixSays() {
        Map<String, Endpoint> endpoints = byKey();
        List<Endpoint> rows = matrix.rows().keySet().stream().filter(endpoints::containsKey).map(endpoints::get)
                .sorted(Comparator.comparing((Endpoint e) -> !e.safe())).toList();
        List<String> mismatches = new ArrayList<>();
        int calls = 0;
        for (Endpoint e : rows) {
            Map<String, String> expected = matrix.rows().get(e.key());
            String url = sampleUrl(e, expected);
            Map<String, String> observed = new LinkedHashMap<>();
            List<String> differences = new ArrayList<>();
            for (String caller : matrix.columns()) {
                MockHttpServletResponse response = callers.call(e.method(), url, everyone.get(caller));
                calls++;
                String outcome = Outcome.of(response);
                observed.put(caller, outcome);
                if (!outcome.equals(expected.get(caller))) {
                    differences.add(caller + " expected " + expected.get(caller) + ", got " + outcome + " ("
                            + Outcome.describe(response) + ")");
                }
            }
            if (!differences.isEmpty()) {
                mismatches.add(e.key() + (url.equals(e.pattern()) ? "" : " (called as " + url + ")") + ":\n    "
                        + String.join("\n    ", differences)
                        + "\n    observed row: " + matrix.line(e.key(), observed));
            }
        }
        assertThat(calls).as("calls made").isPositive();
        if (!mismatches.isEmpty()) {
            fail("Endpoints that do not answer as " + RoleMatrix.FILE + " says (fix the endpoint's security, or the row"
                    + " if the matrix was wrong):\n" + String.join("\n", mismatches));
        }
    }

    private Map<String, Endpoint> byKey() {
        return Endpoints.of(context).stream().collect(Collectors.toMap(Endpoint::key, e -> e, (x, y) -> x, LinkedHashMap::new));
    }

    private Map<String, String> observe(Endpoint e, String url) {
        Map<String, String> observed = new LinkedHashMap<>();
        for (String caller : matrix.columns()) {
            observed.put(caller, Outcome.of(callers.call(e.method(), url, everyone.get(caller))));
        }
        return observed;
    }

    /**
     * A concrete URL for the endpoint with the network's values. For id variables, probes the
     * network's ids (GET only) as the first caller expected to get {@code ok} (or, with no
     * expectations, as every caller) and keeps the first id not answered with 404. Non-GET rows reuse
     * the URL chosen for the GET row of the same pattern.
     */
    private String sampleUrl(Endpoint e, Map<String, String> expected) {
        if (!e.hasIds()) {
            return e.expand(v -> e.kind(v) == Kind.SLUG ? NETWORK : e.sample(v));
        }
        String known = urlByPattern.get(e.pattern());
        if (known != null) {
            return known;
        }
        List<UUID> candidates = candidates(e);
        if (candidates.isEmpty()) {
            candidates = List.of(new UUID(0L, 42L));
        }
        List<String> probers = expected == null ? matrix.columns()
                : matrix.columns().stream().filter(c -> Outcome.OK.equals(expected.get(c))).limit(1).toList();
        String chosen = null;
        if (e.safe()) {
            probing:
            for (UUID id : candidates.subList(0, Math.min(MAX_PROBES, candidates.size()))) {
                String url = withId(e, id);
                for (String caller : probers) {
                    if (callers.call("GET", url, everyone.get(caller)).getStatus() != 404) {
                        chosen = url;
                        break probing;
                    }
                }
            }
        }
        if (chosen == null) {
            chosen = withId(e, candidates.get(0));
        }
        if (e.safe()) {
            urlByPattern.put(e.pattern(), chosen);
        }
        return chosen;
    }

    private String withId(Endpoint e, UUID id) {
        return e.expand(v -> switch (e.kind(v)) {
            case ID -> id.toString();
            case SLUG -> NETWORK;
            case OTHER -> e.sample(v);
        });
    }

    /** The network's ids, those of tables named like the id variables (or the path segment before them) first. */
    private List<UUID> candidates(Endpoint e) {
        Set<String> stems = new java.util.LinkedHashSet<>();
        String[] segments = e.pattern().split("/");
        for (int i = 0; i < segments.length; i++) {
            for (String v : e.variables()) {
                if (segments[i].startsWith("{" + v) && e.kind(v) == Kind.ID) {
                    String stem = v.endsWith("Id") ? v.substring(0, v.length() - 2) : v;
                    if (!stem.equals("id")) {
                        stems.add(stem.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
                    }
                    if (i > 0 && !segments[i - 1].startsWith("{") && segments[i - 1].length() > 2) {
                        stems.add(segments[i - 1].toLowerCase(Locale.ROOT).replace("-", "_").replaceAll("s$", ""));
                    }
                }
            }
        }
        List<List<UUID>> named = new ArrayList<>();
        List<UUID> rest = new ArrayList<>();
        for (TenantData.NetworkTable t : data.networkTables()) {
            if (stems.stream().anyMatch(s -> !s.isEmpty() && t.table().contains(s))) {
                named.add(data.ids(network, t));
            } else {
                rest.addAll(data.ids(network, t));
            }
        }
        // Oldest rows (the demo data) of every named table first, taking one from each in turn: rows that
        // other tests add to one table cannot push another table's demo rows out of reach of the probes.
        List<UUID> first = new ArrayList<>();
        int longest = named.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < longest; i++) {
            for (List<UUID> ids : named) {
                if (i < ids.size()) {
                    first.add(ids.get(i));
                }
            }
        }
        first.addAll(rest);
        return first;
    }
}
