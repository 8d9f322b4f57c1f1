package org.localvoice.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localvoice.support.Callers;
import org.localvoice.support.Endpoints;
import org.localvoice.support.Endpoints.Endpoint;
import org.localvoice.support.Endpoints.Kind;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.Outcome;
import org.localvoice.support.TenantData;
import org.localvoice.support.TestUsers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * No endpoint lets anyone of network A (Trafford) see or change network B's (Barnet's) data. Every
 * registered endpoint is called, for every HTTP method it serves, by anonymous and by A's demo
 * account of every network role:
 * <ul>
 * <li>Endpoints with ids (or a slug outside {@code /n/}): each id variable is set to every id of B's
 * records (found from the entity metamodel, see {@link TenantData}; at most {@value #MAX_IDS_PER_TABLE}
 * per table), slug variables to A's slug on public {@code /n/{slug}} pages (B's record must not be
 * found through A's page) or to B's slug elsewhere. Answer: never 2xx, only 400, 401, 403, 404, 405 or
 * a redirect to sign-in. A caller who is turned away (sign-in, 401, 403) for an id that exists nowhere
 * is turned away at the door, so B's ids are not swept for that caller. B's public pages with B's ids
 * must show anonymous none of B's e-mail addresses.</li>
 * <li>Endpoints without ids (lists, dashboards, B's public pages {@code /n/barnet/...}), called first:
 * never 5xx, and a 2xx body holds none of B's e-mail addresses, nor (outside B's public pages) B's
 * ids, except values that A's own records mention (such as A's audit trail recording a request for
 * B's id). Methods other than GET on these are called by anonymous only, with an empty body, so that
 * the test changes no data of A.</li>
 * </ul>
 * With a token store ({@code GET /api/v1/me} registered), the API is checked again with bearer tokens
 * of A's accounts.
 * Findings are grouped by endpoint and problem; the log line "Tenant isolation: ..." counts the calls.
 */
@org.junit.jupiter.api.Tag("endpoints")
@IntegrationTest
class TenantIsolationTests {

    static final String A = "trafford";
    static final String B = "barnet";
    /** Bounds the run time as demo data grows; the demo data has far fewer records per table. */
    static final int MAX_IDS_PER_TABLE = 50;
    static final Set<Integer> REFUSALS = Set.of(400, 401, 403, 404, 405);
    private static final Logger log = LoggerFactory.getLogger(TenantIsolationTests.class);

    @Autowired
    TenantData data;
    @Autowired
    Callers callers;
    @Autowired
    TestUsers users;
    @Autowired
    ApplicationContext context;

    UUID a;
    UUID b;
    List<UUID> idsOfB;
    /** What a page shown to A must not contain: B's e-mail addresses and record ids, less what A's own records mention. */
    Set<String> secretsOfB;
    Map<String, RequestPostProcessor> ofA;
    final Map<String, Finding> findings = new java.util.TreeMap<>();
    final Set<String> visited = new LinkedHashSet<>();
    int checks;
    int checksWithIdsOfB;

    @BeforeEach
    void loadNetworks() {
        a = data.networkId(A);
        b = data.networkId(B);
        idsOfB = data.ids(b, MAX_IDS_PER_TABLE);
        if (idsOfB.size() < data.ids(b).size()) {
            log.warn("Tenant isolation: network {} has more than {} records in some table; checking the first {} of each",
                    B, MAX_IDS_PER_TABLE, MAX_IDS_PER_TABLE);
        }
        ofA = callers.of(a, false);
        secretsOfB = new LinkedHashSet<>(data.emailsOnlyOf(b));
        assertThat(secretsOfB).as("network B has accounts with e-mail addresses").isNotEmpty();
        idsOfB.stream().filter(id -> !id.equals(b)).map(UUID::toString).forEach(secretsOfB::add);
        secretsOfB.removeAll(data.mentionedOutside(b, secretsOfB));
        assertThat(idsOfB).as("network B has records to look for").isNotEmpty();
    }

    @Test
    void noEndpointGivesOneNetworksUsersAnotherNetworksData() {
        long started = System.currentTimeMillis();
        List<Endpoint> endpoints = Endpoints.of(context);
        // First the pages without B's ids (what A sees), then the requests with B's ids: those may be
        // recorded in A's own records (such as its audit trail), which A's pages may then rightly show.
        for (Endpoint e : endpoints) {
            if (!targetsB(e)) {
                String url = e.expand(v -> e.kind(v) == Kind.SLUG ? B : e.sample(v));
                boolean idsAllowed = e.publicNetworkPage();
                if (e.safe()) {
                    ofA.forEach((who, caller) -> mustNotLeak(e, url, who, caller, !idsAllowed));
                } else {
                    mustNotLeak(e, url, Callers.ANONYMOUS, ofA.get(Callers.ANONYMOUS), !idsAllowed);
                }
            }
        }
        for (Endpoint e : endpoints) {
            if (targetsB(e)) {
                ofA.forEach((who, caller) -> {
                    // A refusal for a record that exists nowhere does not depend on the record: the caller is
                    // turned away at the door (URL or role check), so sweeping B's ids would add nothing.
                    String nowhere = urlWith(e, UUID.randomUUID(), e.publicNetworkPage() ? A : B);
                    MockHttpServletResponse probe = call(e, nowhere, caller);
                    if (probe.getStatus() >= 500) {
                        violation(e, "answers " + probe.getStatus() + " for an id that does not exist (never a 5xx: answer 404)",
                                who, nowhere, probe);
                    }
                    if (turnedAway(probe)) {
                        return;
                    }
                    for (UUID id : idsOfB) {
                        mustRefuse(e, urlWith(e, id, e.publicNetworkPage() ? A : B), who, caller);
                        checksWithIdsOfB++;
                    }
                });
                if (e.publicNetworkPage() && e.safe()) {
                    for (UUID id : idsOfB) {
                        mustNotLeak(e, urlWith(e, id, B), Callers.ANONYMOUS, ofA.get(Callers.ANONYMOUS), false);
                    }
                }
            }
        }
        log.info("Tenant isolation: {} endpoints, {} calls in {} ms, of which {} endpoint x id x caller with network B's ids"
                + " ({} ids of B, {} callers of A)", endpoints.size(), checks, System.currentTimeMillis() - started,
                checksWithIdsOfB, idsOfB.size(), ofA.size());
        assertThat(checks).as("endpoint x id x caller combinations checked").isPositive();
        assertThat(visited).as("every registered endpoint was called")
                .containsExactlyInAnyOrderElementsOf(endpoints.stream().map(Endpoint::key).toList());
        assertNoFindings("Endpoints that give users of network " + A + " network " + B + "'s data");
    }

    @Test
    void apiRefusesAnotherNetworksDataToBearerTokens() {
        List<Endpoint> api = Endpoints.of(context).stream().filter(Endpoint::api).toList();
        Assumptions.assumeTrue(api.stream().anyMatch(e -> e.key().equals("GET /api/v1/me")),
                "No GET /api/v1/me registered yet, so no token mechanism to test: bearer-token part skipped");
        Map<String, RequestPostProcessor> tokens = new java.util.LinkedHashMap<>();
        for (String who : ofA.keySet()) {
            if (!who.equals(Callers.ANONYMOUS)) {
                String email = data.accountWith(org.localvoice.access.Role.valueOf(who), a);
                String token = users.bearerToken(email);
                RequestPostProcessor bearer = r -> {
                    r.addHeader("Authorization", "Bearer " + token);
                    return r;
                };
                MockHttpServletResponse me = callers.call("GET", "/api/v1/me", bearer);
                assertThat(me.getStatus()).as("GET /api/v1/me with %s's token", email).isEqualTo(200);
                assertThat(Callers.body(me)).contains(email);
                tokens.put(who + " (token)", bearer);
            }
        }
        for (Endpoint e : api) {
            if (!targetsB(e) && e.safe()) {
                String url = e.expand(v -> e.kind(v) == Kind.SLUG ? B : e.sample(v));
                tokens.forEach((who, bearer) -> mustNotLeak(e, url, who, bearer, !e.publicNetworkPage()));
            }
        }
        for (Endpoint e : api) {
            if (targetsB(e)) {
                tokens.forEach((who, bearer) -> idsOfB.forEach(id -> mustRefuse(e, urlWith(e, id, A), who, bearer)));
            }
        }
        assertNoFindings("API endpoints that give tokens of network " + A + " network " + B + "'s data");
    }

    private void mustRefuse(Endpoint e, String url, String who, RequestPostProcessor caller) {
        MockHttpServletResponse response = call(e, url, caller);
        if (!REFUSALS.contains(response.getStatus()) && !Outcome.toSignIn(response)) {
            violation(e, "answers " + Outcome.describe(response) + " with network " + B + "'s ids; expected 404 (or 403, "
                    + "400, 401, 405, sign-in): load the record within the caller's network", who, url, response);
        }
    }

    private void mustNotLeak(Endpoint e, String url, String who, RequestPostProcessor caller, boolean idsToo) {
        MockHttpServletResponse response = call(e, url, caller);
        if (response.getStatus() >= 500) {
            violation(e, "answers " + response.getStatus() + " (never a 5xx)", who, url, response);
            return;
        }
        if (response.getStatus() >= 300) {
            return;
        }
        String body = Callers.body(response);
        Set<String> leaked = new LinkedHashSet<>();
        secretsOfB.stream().filter(s -> idsToo || s.contains("@")).filter(body::contains).forEach(leaked::add);
        if (!leaked.isEmpty()) {
            violation(e, "shows network " + B + "'s data " + leaked, who, url, null);
        }
    }

    /** Findings grouped by endpoint and problem, with the callers and URLs concerned. */
    private void violation(Endpoint e, String problem, String who, String url, MockHttpServletResponse response) {
        Finding f = findings.computeIfAbsent(e.key() + " " + problem,
                k -> new Finding(new LinkedHashSet<>(), new LinkedHashSet<>(), e.method() + " " + url + snippet(response)));
        f.callers().add(who);
        f.urls().add(url);
    }

    record Finding(Set<String> callers, Set<String> urls, String example) {
    }

    private void assertNoFindings(String what) {
        if (!findings.isEmpty()) {
            StringBuilder message = new StringBuilder(what).append(" (callers of ").append(A).append("):");
            findings.forEach((problem, f) -> message.append("\n- ").append(problem).append("\n    as ").append(f.callers())
                    .append(", ").append(f.urls().size()).append(" URL(s), e.g. ").append(f.example()));
            fail(message.toString());
        }
    }

    private MockHttpServletResponse call(Endpoint e, String url, RequestPostProcessor caller) {
        visited.add(e.key());
        checks++;
        return callers.call(e.method(), url, caller);
    }

    private static String urlWith(Endpoint e, UUID id, String slug) {
        return e.expand(v -> switch (e.kind(v)) {
            case ID -> id.toString();
            case SLUG -> slug;
            case OTHER -> e.sample(v);
        });
    }

    private static boolean turnedAway(MockHttpServletResponse response) {
        return Outcome.toSignIn(response) || response.getStatus() == 401 || response.getStatus() == 403;
    }

    /** Whether the endpoint's URL names B's records: it has ids, or a slug outside the public pages. */
    private static boolean targetsB(Endpoint e) {
        return e.hasIds() || hasSlug(e) && !e.publicNetworkPage();
    }

    private static boolean hasSlug(Endpoint e) {
        return e.variables().stream().anyMatch(v -> e.kind(v) == Kind.SLUG);
    }

    private static String snippet(MockHttpServletResponse response) {
        if (response == null) {
            return "";
        }
        String body = Callers.body(response).replaceAll("\\s+", " ").strip();
        return body.isEmpty() ? "" : " [body: " + body.substring(0, Math.min(200, body.length())) + "]";
    }
}
