package org.localvoice.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class NominatedPersonsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    VisitsFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new VisitsFixtures(jdbc, context);
    }

    UUID representativeWithCheck() throws Exception {
        UUID participant = fixtures.participant("trafford", "Nadia Nominee-Test " + UUID.randomUUID().toString().substring(0, 6),
                "nadia-" + UUID.randomUUID() + "@example.org");
        String day = LocalDate.now().minusDays(2).toString();
        mvc.perform(post("/manage/representatives/new").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                        .param("participantId", participant.toString()).param("course", "Enter and View basics").param("trainingOn", day)
                        .param("checkType", "ENHANCED").param("checkOn", day).param("checkReference", "998877").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("SELECT id FROM visits_representative WHERE participant_id = ?", UUID.class, participant);
    }

    long version(String table, UUID id) {
        return jdbc.queryForObject("SELECT version FROM " + table + " WHERE id = ?", Long.class, id);
    }

    UUID account(String email) {
        return jdbc.queryForObject("SELECT id FROM access_account WHERE email = ?", UUID.class, email);
    }

    UUID currentNomination(String email) {
        return jdbc.queryForObject("SELECT id FROM visits_nominated_person WHERE account_id = ? AND ended_on IS NULL", UUID.class, account(email));
    }

    /** The audit trail is written after commit, asynchronously: wait a little for it. */
    java.util.List<String> auditActions(UUID id, String expected) throws InterruptedException {
        java.util.List<String> actions = java.util.List.of();
        for (int i = 0; i < 50 && !actions.contains(expected); i++) {
            Thread.sleep(100);
            actions = jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id = ?", String.class, id.toString());
        }
        return actions;
    }

    @Test
    void theDemoHostManagerAndStaffAreNominatedAndEveryoneOnStaffSeesTheList() throws Exception {
        mvc.perform(get("/manage/representatives/nominated").with(users.as("staff@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Nominated persons"), not(containsString("Nominate an account")))));
        mvc.perform(get("/manage/representatives/nominated").with(users.as("manager@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nominate an account")));
        assertThat(currentNomination("manager@trafford.example")).isNotNull();
        assertThat(currentNomination("staff@trafford.example")).isNotNull();
    }

    @Test
    void onlyAPersonNominatedTodayMayConsiderACheckAndOnlyHostManagersNominate() throws Exception {
        UUID rep = representativeWithCheck();
        UUID staffNomination = currentNomination("staff@trafford.example");

        mvc.perform(post("/manage/representatives/nominated/" + staffNomination + "/end").with(TestUsers.csrf())
                        .with(users.as("staff@trafford.example")).param("version", String.valueOf(version("visits_nominated_person", staffNomination))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/manage/representatives/nominated/" + staffNomination + "/end").with(TestUsers.csrf())
                        .with(users.as("manager@trafford.example")).param("version", String.valueOf(version("visits_nominated_person", staffNomination))))
                .andExpect(status().is3xxRedirection());
        try {
            mvc.perform(post("/manage/representatives/" + rep).with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                            .param("action", "consider").param("suitable", "yes").param("version", String.valueOf(version("visits_representative", rep))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Only a nominated person can record this decision")));
            assertThat(jdbc.queryForObject("SELECT considered_on FROM visits_representative WHERE id = ?", LocalDate.class, rep)).isNull();
            mvc.perform(get("/manage/representatives/nominated").with(users.as("manager@trafford.example")))
                    .andExpect(content().string(containsString("Ended nominations")));
        } finally {
            mvc.perform(post("/manage/representatives/nominated").with(TestUsers.csrf()).with(users.as("manager@trafford.example"))
                            .param("accountId", account("staff@trafford.example").toString()))
                    .andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/manage/representatives/nominated").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                        .param("accountId", account("staff@trafford.example").toString()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/manage/representatives/" + rep).with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                        .param("action", "consider").param("suitable", "yes").param("version", String.valueOf(version("visits_representative", rep))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT considered_by_name FROM visits_representative WHERE id = ?", String.class, rep)).isNotBlank();
        assertThat(auditActions(staffNomination, "visits.nominee.ended")).contains("visits.nominee.ended");
    }

    @Test
    void nominatingTwiceOrNobodyIsExplainedAndAParticipantCanBeNominated() throws Exception {
        mvc.perform(post("/manage/representatives/nominated").with(TestUsers.csrf()).with(users.as("manager@trafford.example"))
                        .param("accountId", account("manager@trafford.example").toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("govuk-error-summary"), containsString("is already nominated"))));
        mvc.perform(post("/manage/representatives/nominated").with(TestUsers.csrf()).with(users.as("manager@trafford.example")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose an account or a participant to nominate")));
        mvc.perform(post("/manage/representatives/nominated").with(TestUsers.csrf()).with(users.as("manager@trafford.example"))
                        .param("accountId", account("staff@barnet.example").toString()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose an account of this network")));

        String name = "Gita Governor " + UUID.randomUUID().toString().substring(0, 6);
        UUID participant = fixtures.participant("trafford", name, "gita-" + UUID.randomUUID() + "@example.org");
        mvc.perform(get("/manage/representatives/nominated").param("q", name).with(users.as("manager@trafford.example")))
                .andExpect(content().string(containsString("Nominate " + name)));
        mvc.perform(post("/manage/representatives/nominated").with(TestUsers.csrf()).with(users.as("manager@trafford.example"))
                        .param("participantId", participant.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/manage/representatives/nominated").with(users.as("staff@trafford.example")))
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/manage/representatives/nominated").with(users.as("staff@barnet.example")))
                .andExpect(content().string(not(containsString(name))));
    }
}
