package org.localvoice.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Representatives follow membership: leaving ends an authorisation, erasure removes the name from the register and cards. */
@IntegrationTest
class MembershipChangesTests {

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

    MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
        return request.with(TestUsers.csrf()).with(users.as(email));
    }

    long version(String table, UUID id) {
        return jdbc.queryForObject("SELECT version FROM " + table + " WHERE id = ?", Long.class, id);
    }

    /** A participant made an authorised representative through the pages; returns the representative's id. */
    UUID authorised(UUID participant) throws Exception {
        String day = LocalDate.now().minusDays(2).toString();
        mvc.perform(as("staff@trafford.example", post("/manage/representatives/new")).param("participantId", participant.toString())
                        .param("course", "Enter and View basics").param("trainingOn", day).param("checkType", "ENHANCED").param("checkOn", day)
                        .param("checkReference", "5544").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        UUID rep = jdbc.queryForObject("SELECT id FROM visits_representative WHERE participant_id = ?", UUID.class, participant);
        mvc.perform(as("manager@trafford.example", post("/manage/representatives/" + rep)).param("action", "consider").param("suitable", "yes")
                .param("version", String.valueOf(version("visits_representative", rep)))).andExpect(status().is3xxRedirection());
        mvc.perform(as("staff@trafford.example", post("/manage/representatives/" + rep)).param("action", "issue")
                .param("version", String.valueOf(version("visits_representative", rep)))).andExpect(status().is3xxRedirection());
        return rep;
    }

    @Test
    void aRepresentativeWhoLeavesIsWithdrawnFromTheDayTheyLeftAndALeaverCannotBeAdded() throws Exception {
        String name = "Larry Leaver " + UUID.randomUUID().toString().substring(0, 6);
        UUID participant = fixtures.participant("trafford", name, "larry-" + UUID.randomUUID() + "@example.org");
        UUID rep = authorised(participant);
        mvc.perform(get("/n/trafford/representatives")).andExpect(content().string(containsString(name)));

        LocalDate on = LocalDate.now().minusDays(1);
        mvc.perform(as("staff@trafford.example", post("/manage/participants/" + participant + "/left"))
                        .param("leftOn.day", String.valueOf(on.getDayOfMonth())).param("leftOn.month", String.valueOf(on.getMonthValue()))
                        .param("leftOn.year", String.valueOf(on.getYear())).param("leftReason", "Moving away")
                        .param("version", String.valueOf(version("membership_participant", participant))))
                .andExpect(status().is3xxRedirection());

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("SELECT withdrawn_on FROM visits_representative WHERE id = ?", LocalDate.class, rep)).isEqualTo(on));
        mvc.perform(get("/n/trafford/representatives")).andExpect(content().string(not(containsString(name))));

        String other = "Lola Left " + UUID.randomUUID().toString().substring(0, 6);
        UUID leaver = fixtures.participant("trafford", other, "lola-" + UUID.randomUUID() + "@example.org");
        jdbc.update("UPDATE membership_participant SET status = 'LEFT' WHERE id = ?", leaver);
        String day = LocalDate.now().minusDays(2).toString();
        mvc.perform(as("staff@trafford.example", post("/manage/representatives/new")).param("participantId", leaver.toString())
                        .param("course", "Enter and View basics").param("trainingOn", day).param("checkType", "ENHANCED").param("checkOn", day)
                        .param("checkReference", "5545").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is not a member of the network")));
    }

    @Test
    void erasingAParticipantRemovesTheirNameFromTheRepresentativeRecordAndTheCard() throws Exception {
        String name = "Edna Erasure " + UUID.randomUUID().toString().substring(0, 6);
        UUID participant = fixtures.participant("trafford", name, "edna-" + UUID.randomUUID() + "@example.org");
        UUID rep = authorised(participant);
        String code = jdbc.queryForObject("SELECT verification_code FROM visits_representative WHERE id = ?", String.class, rep);

        mvc.perform(as("staff@trafford.example", post("/manage/data-requests/new")).param("participant", participant.toString())
                .param("kind", "ERASURE").param("receivedOn", LocalDate.now().toString())).andExpect(status().is3xxRedirection());
        UUID request = jdbc.queryForObject("SELECT id FROM membership_data_request WHERE participant_id = ?", UUID.class, participant);
        mvc.perform(as("staff@trafford.example", post("/manage/data-requests/" + request + "/complete")).param("version", "0"))
                .andExpect(status().is3xxRedirection());

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("SELECT name FROM visits_representative WHERE id = ?", String.class, rep)).isEqualTo("-"));
        assertThat(jdbc.queryForObject("SELECT email FROM visits_representative WHERE id = ?", String.class, rep)).isNull();
        assertThat(jdbc.queryForObject("SELECT withdrawn_on FROM visits_representative WHERE id = ?", LocalDate.class, rep)).isNotNull();
        mvc.perform(get("/n/trafford/representatives")).andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/n/trafford/verify").param("code", code)).andExpect(content().string(not(containsString(name))));
    }
}
