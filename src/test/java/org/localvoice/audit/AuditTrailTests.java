package org.localvoice.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTrailTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void recordsAStateChangingRequestWithActorNetworkAndOutcome() throws Exception {
        String unknown = UUID.randomUUID().toString();
        mvc.perform(post("/manage/people/" + unknown + "/disable").with(users.as("manager@trafford.example")).with(csrf()))
                .andExpect(status().isNotFound());

        Map<String, Object> entry = onlyEntryFor(unknown);
        assertThat(entry.get("actor")).isEqualTo("manager@trafford.example");
        assertThat(entry.get("actor_account_id")).isEqualTo(accountId("manager@trafford.example"));
        assertThat(entry.get("network_id")).isEqualTo(networkId("trafford"));
        assertThat(entry.get("action")).isEqualTo("manage.people.disable");
        assertThat(entry.get("entity_type")).isEqualTo("people");
        assertThat(entry.get("http_method")).isEqualTo("POST");
        assertThat(entry.get("path")).isEqualTo("/manage/people/" + unknown + "/disable");
        assertThat(entry.get("outcome")).isEqualTo("404");
    }

    @Test
    void recordsRequestsTheSecurityChainRefuses() throws Exception {
        String unknown = UUID.randomUUID().toString();
        mvc.perform(post("/manage/people/" + unknown + "/disable").with(users.as("participant@trafford.example")).with(csrf()))
                .andExpect(status().isForbidden());

        Map<String, Object> entry = onlyEntryFor(unknown);
        assertThat(entry.get("actor")).isEqualTo("participant@trafford.example");
        assertThat(entry.get("outcome")).isEqualTo("403");
    }

    @Test
    void recordsAFailedSignInWithTheTypedEmailButNeverThePassword() throws Exception {
        String email = "nobody-" + UUID.randomUUID() + "@example.org";
        String password = "never-record-" + UUID.randomUUID();
        mvc.perform(post("/sign-in").param("email", email).param("password", password).with(csrf()))
                .andExpect(redirectedUrl("/sign-in?error=invalid"));

        List<Map<String, Object>> entries = jdbc.queryForList("SELECT * FROM audit_entry WHERE actor = ?", email);
        assertThat(entries).hasSize(1);
        Map<String, Object> entry = entries.get(0);
        assertThat(entry.get("action")).isEqualTo("sign-in");
        assertThat(entry.get("outcome")).isEqualTo("failure");
        assertThat(entry.get("network_id")).isNull();
        assertThat(entry.values()).noneMatch(v -> v != null && v.toString().contains(password));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE detail LIKE ? OR path LIKE ?",
                Long.class, "%" + password + "%", "%" + password + "%")).isZero();
    }

    @Test
    void recordsASuccessfulSignInAgainstTheAccountAndItsNetwork() throws Exception {
        long before = count("SELECT COUNT(*) FROM audit_entry WHERE actor = 'governing@barnet.example' AND outcome = 'success'");
        mvc.perform(post("/sign-in").param("email", "governing@barnet.example").param("password", "local-voice-demo")
                .with(csrf())).andExpect(redirectedUrl("/account"));

        List<Map<String, Object>> entries = jdbc.queryForList("SELECT * FROM audit_entry WHERE actor = "
                + "'governing@barnet.example' AND action = 'sign-in' AND outcome = 'success' ORDER BY occurred_at DESC");
        assertThat(entries).hasSize((int) before + 1);
        assertThat(entries.get(0).get("network_id")).isEqualTo(networkId("barnet"));
        assertThat(entries.get(0).get("actor_account_id")).isEqualTo(accountId("governing@barnet.example"));
    }

    @Test
    void recordsTheAuditableChangesModulesPublish() {
        String entity = UUID.randomUUID().toString();
        UUID trafford = networkId("trafford");
        tx.executeWithoutResult(s -> events.publishEvent(
                new AuditableChange(trafford, "experience", entity, "experience.published", "Published after moderation")));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(entriesFor(entity)).hasSize(1));
        Map<String, Object> entry = onlyEntryFor(entity);
        assertThat(entry.get("network_id")).isEqualTo(trafford);
        assertThat(entry.get("action")).isEqualTo("experience.published");
        assertThat(entry.get("entity_type")).isEqualTo("experience");
        assertThat(entry.get("actor")).isEqualTo(AuditActor.SYSTEM);
        assertThat(entry.get("outcome")).isEqualTo("success");
    }

    @Test
    void aManagerSeesOnlyTheirOwnNetworksEntries() throws Exception {
        String unknown = UUID.randomUUID().toString();
        mvc.perform(post("/manage/people/" + unknown + "/enable").with(users.as("manager@barnet.example")).with(csrf()))
                .andExpect(status().isNotFound());
        UUID barnetEntry = (UUID) onlyEntryFor(unknown).get("id");

        mvc.perform(get("/manage/audit/" + barnetEntry).with(users.as("manager@trafford.example")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/manage/audit").param("entityId", unknown).with(users.as("manager@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(barnetEntry.toString()))));

        mvc.perform(get("/manage/audit/" + barnetEntry).with(users.as("manager@barnet.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("manage.people.enable")));
        mvc.perform(get("/manage/audit").param("entityId", unknown).with(users.as("manager@barnet.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/manage/audit/" + barnetEntry)));
    }

    @Test
    void onlyHostManagersMayReadTheirNetworksTrail() throws Exception {
        for (String who : List.of("staff@trafford.example", "participant@trafford.example", "governing@trafford.example",
                "contract@trafford.example", "national@localvoice.example", "admin@localvoice.example")) {
            mvc.perform(get("/manage/audit").with(users.as(who))).andExpect(status().isForbidden());
            mvc.perform(get("/manage/audit").param("from", "not a date").with(users.as(who)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/manage/audit").with(users.as("manager@trafford.example"))).andExpect(status().isOk());
    }

    @Test
    void thePlatformAdministratorSeesPlatformLevelEntries() throws Exception {
        String email = "intruder-" + UUID.randomUUID() + "@example.org";
        mvc.perform(post("/sign-in").param("email", email).param("password", "whatever-it-was").with(csrf()));
        UUID id = (UUID) jdbc.queryForMap("SELECT id FROM audit_entry WHERE actor = ?", email).get("id");

        mvc.perform(get("/admin/audit").param("actor", email).with(users.as("admin@localvoice.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/admin/audit/" + id)));
        mvc.perform(get("/admin/audit/" + id).with(users.as("admin@localvoice.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(email)));
        mvc.perform(get("/manage/audit/" + id).with(users.as("manager@trafford.example")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/admin/audit").with(users.as("manager@trafford.example")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiListsTheOwnNetworksEntriesWithTheSameFilters() throws Exception {
        String unknown = UUID.randomUUID().toString();
        mvc.perform(post("/manage/people/" + unknown + "/disable").with(users.as("manager@trafford.example")).with(csrf()));

        mvc.perform(get("/api/v1/audit").param("entityId", unknown).with(users.as("manager@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].action").value("manage.people.disable"))
                .andExpect(jsonPath("$.items[0].actor").value("manager@trafford.example"));
        mvc.perform(get("/api/v1/audit").param("entityId", unknown).with(users.as("manager@barnet.example")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(get("/api/v1/audit").param("from", "31/2/2026").with(users.as("manager@trafford.example")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/audit").with(users.as("staff@trafford.example")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aBadDateInTheFilterIsAFieldError() throws Exception {
        mvc.perform(get("/manage/audit").param("from", "yesterday").with(users.as("manager@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#from\"")))
                .andExpect(content().string(containsString("value=\"yesterday\"")));
    }

    private List<Map<String, Object>> entriesFor(String entityId) {
        return jdbc.queryForList("SELECT * FROM audit_entry WHERE entity_id = ?", entityId);
    }

    private Map<String, Object> onlyEntryFor(String entityId) {
        List<Map<String, Object>> entries = entriesFor(entityId);
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private UUID networkId(String slug) {
        return jdbc.queryForObject("SELECT id FROM tenancy_network WHERE slug = ?", UUID.class, slug);
    }

    private UUID accountId(String email) {
        return jdbc.queryForObject("SELECT id FROM access_account WHERE email = ?", UUID.class, email);
    }
}
