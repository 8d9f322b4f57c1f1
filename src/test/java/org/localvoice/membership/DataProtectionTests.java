package org.localvoice.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DataProtectionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aParticipantDownloadsTheirOwnDataAndNobodyElses() throws Exception {
        String json = mvc.perform(get("/account/my-data/my-data.json").with(users.as("participant@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("Pat Participant", "participant@trafford.example", "mental health", "Survey volunteer",
                "keeping my details");
        assertThat(json).doesNotContain("Rana Representative", "representative@trafford.example", "participant@barnet.example",
                "Bilal");
        String csv = mvc.perform(get("/account/my-data/my-data.csv").with(users.as("participant@trafford.example")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("section,item,value").contains("participant@trafford.example").doesNotContain("Rana");
        mvc.perform(get("/account/my-data").with(users.as("participant@trafford.example")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Pat Participant")));
        mvc.perform(get("/account/my-data/my-data.json").with(users.as("staff@trafford.example"))).andExpect(status().isNotFound());
        mvc.perform(get("/account/my-data").with(users.as("staff@trafford.example")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("not linked to a participant")));
    }

    @Test
    void anErasureRequestIsDueInAMonthAndErasingRemovesPersonalDataAndIsAudited() throws Exception {
        String name = "Erin Erase " + UUID.randomUUID();
        mvc.perform(post("/manage/participants/new").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                .param("kind", "PERSON").param("name", name).param("email", "erin@example.org").param("byEmail", "true")
                .param("phone", "0161 496 0999").param("interests", "podiatry")).andExpect(status().is3xxRedirection());
        UUID id = jdbc.queryForObject("SELECT id FROM membership_participant WHERE display_name = ?", UUID.class, name);
        mvc.perform(post("/manage/participants/" + id + "/roles").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                .param("role", "Leaflet volunteer").param("from", "2026-01-05")).andExpect(status().is3xxRedirection());

        mvc.perform(post("/manage/data-requests/new").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                .param("participant", id.toString()).param("kind", "ERASURE").param("receivedOn", "2026-01-31"))
                .andExpect(status().is3xxRedirection());
        UUID request = jdbc.queryForObject("SELECT id FROM membership_data_request WHERE participant_id = ?", UUID.class, id);
        assertThat(jdbc.queryForObject("SELECT due_on FROM membership_data_request WHERE id = ?", java.sql.Date.class, request))
                .hasToString("2026-03-02");
        assertThat(jdbc.queryForObject("SELECT due_explanation FROM membership_data_request WHERE id = ?", String.class, request))
                .contains("One calendar month", "last day of that month", "weekend");
        mvc.perform(get("/manage/data-requests/" + request).with(users.as("staff@barnet.example"))).andExpect(status().isNotFound());
        mvc.perform(post("/manage/data-requests/" + request + "/complete").with(TestUsers.csrf()).with(users.as("staff@barnet.example"))
                .param("version", "0")).andExpect(status().isNotFound());

        mvc.perform(post("/manage/data-requests/" + request + "/complete").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                .param("version", "0")).andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM membership_participant WHERE display_name = ?", Integer.class, name)).isZero();
        assertThat(jdbc.queryForObject("SELECT status FROM membership_participant WHERE id = ?", String.class, id)).isEqualTo("ERASED");
        for (String table : new String[] {"membership_contact", "membership_interest", "membership_volunteer_role"}) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE participant_id = ?", Integer.class, id))
                    .as(table).isZero();
        }
        assertThat(jdbc.queryForList("SELECT step FROM membership_data_request_step WHERE request_id = ? ORDER BY created_at, id",
                String.class, request)).containsExactly("RECEIVED", "ERASED", "COMPLETED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM membership_decision WHERE participant_id = ?", Integer.class, id))
                .as("anonymous membership history kept for aggregates").isPositive();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM audit_entry WHERE entity_id = ? AND action = 'personal data erased'", Integer.class,
                id.toString())).isEqualTo(1));
        mvc.perform(post("/manage/data-requests/" + request + "/complete").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                .param("version", "1")).andExpect(status().isConflict());
    }

    @Test
    void aParticipantAsksForErasureOnceAndStaffSeeItDue() throws Exception {
        mvc.perform(post("/account/my-data/erasure").with(TestUsers.csrf()).with(users.as("participant@barnet.example")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/account/my-data/erasure").with(TestUsers.csrf()).with(users.as("participant@barnet.example")))
                .andExpect(status().is3xxRedirection());
        String request = jdbc.queryForObject("SELECT r.id FROM membership_data_request r JOIN membership_participant p "
                + "ON p.id = r.participant_id JOIN tenancy_network n ON n.id = r.network_id WHERE n.slug = 'barnet' "
                + "AND p.display_name = 'Pat Participant' AND r.kind = 'ERASURE' AND r.status = 'OPEN'", UUID.class).toString();
        mvc.perform(get("/manage/data-requests").with(users.as("staff@barnet.example")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(request)));
        mvc.perform(get("/manage/data-requests").with(users.as("staff@trafford.example")))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.not(containsString(request))));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM membership_data_request r JOIN membership_participant p "
                + "ON p.id = r.participant_id JOIN tenancy_network n ON n.id = r.network_id WHERE n.slug = 'barnet' "
                + "AND p.display_name = 'Pat Participant' AND r.kind = 'ERASURE' AND r.status = 'OPEN'", Integer.class)).isEqualTo(1);
    }

    @Test
    void withdrawingConsentAddsARecordAndKeepsTheEarlierOnes() throws Exception {
        mvc.perform(post("/account/my-data/consent/news/give").with(TestUsers.csrf()).with(users.as("representative@trafford.example")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/account/my-data/consent/news/withdraw").with(TestUsers.csrf()).with(users.as("representative@trafford.example")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("SELECT c.given FROM membership_consent c JOIN membership_participant p ON p.id = c.participant_id "
                + "WHERE p.display_name = 'Rana Representative' AND c.purpose = 'NEWS' ORDER BY c.recorded_at, c.id", Boolean.class)
                ).endsWith(true, false);
    }
}
