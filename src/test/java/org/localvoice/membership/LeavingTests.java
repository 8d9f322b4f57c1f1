package org.localvoice.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.shared.TenantContext;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@RecordApplicationEvents
class LeavingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Participants participants;
    @Autowired
    ApplicationEvents events;

    MockHttpServletRequestBuilder asStaff(MockHttpServletRequestBuilder request) {
        return request.with(TestUsers.csrf()).with(users.as("staff@trafford.example"));
    }

    UUID member(String name) throws Exception {
        mvc.perform(asStaff(post("/manage/participants/new")).param("kind", "PERSON").param("name", name)
                .param("email", "leaver-" + UUID.randomUUID() + "@example.org").param("byEmail", "true")).andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("SELECT id FROM membership_participant WHERE display_name = ?", UUID.class, name);
    }

    long version(UUID id) {
        return jdbc.queryForObject("SELECT version FROM membership_participant WHERE id = ?", Long.class, id);
    }

    UUID network(String slug) {
        return jdbc.queryForObject("SELECT id FROM tenancy_network WHERE slug = ?", UUID.class, slug);
    }

    @Test
    void staffMarkAMemberAsLeftOnADayWithAReasonAndTheyAreNoLongerAMember() throws Exception {
        String name = "Lena Leaving " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = member(name);
        assertThat(TenantContext.runAs(network("trafford"), () -> participants.isMember(id))).isTrue();
        mvc.perform(get("/manage/participants/" + id).with(users.as("staff@trafford.example")))
                .andExpect(content().string(allOf(containsString("Mark as left"), containsString("name=\"leftOn.day\""))));

        mvc.perform(asStaff(post("/manage/participants/" + id + "/left")).param("leftOn.day", "31").param("leftOn.month", "2")
                        .param("leftOn.year", "2026").param("leftReason", "Moved to Leeds").param("version", String.valueOf(version(id))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Date they left must be a real date"), containsString("href=\"#leftOn\""),
                        containsString("Moved to Leeds"), containsString("value=\"31\""))));
        LocalDate future = LocalDate.now().plusDays(5);
        mvc.perform(asStaff(post("/manage/participants/" + id + "/left")).param("leftOn.day", String.valueOf(future.getDayOfMonth()))
                        .param("leftOn.month", String.valueOf(future.getMonthValue())).param("leftOn.year", String.valueOf(future.getYear()))
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Date they left must be today or in the past"), containsString("Enter why they left"))));
        mvc.perform(post("/manage/participants/" + id + "/left").with(TestUsers.csrf()).with(users.as("staff@barnet.example"))
                        .param("leftOn.day", "1").param("leftOn.month", "3").param("leftOn.year", "2026").param("leftReason", "x")
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().isNotFound());

        LocalDate on = LocalDate.now().minusDays(3);
        mvc.perform(asStaff(post("/manage/participants/" + id + "/left")).param("leftOn.day", String.valueOf(on.getDayOfMonth()))
                        .param("leftOn.month", String.valueOf(on.getMonthValue())).param("leftOn.year", String.valueOf(on.getYear()))
                        .param("leftReason", "Moved to Leeds").param("version", String.valueOf(version(id))))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("SELECT status FROM membership_participant WHERE id = ?", String.class, id)).isEqualTo("LEFT");
        assertThat(jdbc.queryForObject("SELECT effective_on FROM membership_decision WHERE participant_id = ? AND outcome = 'LEFT'",
                LocalDate.class, id)).isEqualTo(on);
        assertThat(TenantContext.runAs(network("trafford"), () -> participants.isMember(id))).isFalse();
        assertThat(events.stream(ParticipantLeft.class).filter(e -> e.participantId().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.leftOn()).isEqualTo(on));
        mvc.perform(get("/manage/participants/" + id).with(users.as("staff@trafford.example")))
                .andExpect(content().string(allOf(containsString("Moved to Leeds"), containsString("with effect from"))));

        mvc.perform(asStaff(post("/manage/participants/" + id + "/left")).param("leftOn.day", String.valueOf(on.getDayOfMonth()))
                        .param("leftOn.month", String.valueOf(on.getMonthValue())).param("leftOn.year", String.valueOf(on.getYear()))
                        .param("leftReason", "Again").param("version", String.valueOf(version(id))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Only a current member can be marked as left.")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM membership_decision WHERE participant_id = ? AND outcome = 'LEFT'",
                Integer.class, id)).isEqualTo(1);
    }

    @Test
    void carryingOutAnErasureRequestAnnouncesIt() throws Exception {
        String name = "Esme Erased " + UUID.randomUUID().toString().substring(0, 6);
        UUID id = member(name);
        mvc.perform(asStaff(post("/manage/data-requests/new")).param("participant", id.toString()).param("kind", "ERASURE")
                .param("receivedOn", LocalDate.now().toString())).andExpect(status().is3xxRedirection());
        UUID request = jdbc.queryForObject("SELECT id FROM membership_data_request WHERE participant_id = ?", UUID.class, id);
        mvc.perform(asStaff(post("/manage/data-requests/" + request + "/complete")).param("version", "0")).andExpect(status().is3xxRedirection());
        assertThat(events.stream(ParticipantErased.class).filter(e -> e.participantId().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.networkId()).isEqualTo(network("trafford")));
    }
}
