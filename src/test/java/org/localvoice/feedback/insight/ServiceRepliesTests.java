package org.localvoice.feedback.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.feedback.insight.web.ViewReplies;
import org.localvoice.shared.TenantContext;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ServiceRepliesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ViewFixtures views;
    @Autowired
    ViewReplies viewReplies;

    /** Premises run by the provider that Trafford's demo service responder answers for. */
    UUID respondersPremises() {
        UUID provider = jdbc.queryForObject("SELECT provider_id FROM directory_responder_link WHERE network_id = ? FETCH FIRST 1 ROWS ONLY",
                UUID.class, views.network("trafford"));
        return jdbc.queryForObject("SELECT id FROM directory_premises WHERE controller_id = ? ORDER BY id FETCH FIRST 1 ROWS ONLY",
                UUID.class, provider);
    }

    UUID publishedView(String text) throws Exception {
        UUID id = views.record("trafford", text, respondersPremises(), null);
        views.publish(mvc, "trafford", id);
        return id;
    }

    @Test
    void theResponderIsToldRepliesAndTheReplyIsShownUnderTheViewAndCounted() throws Exception {
        UUID view = publishedView("The staff were kind but the lounge was cold " + UUID.randomUUID());
        String ref = jdbc.queryForObject("SELECT reference FROM feedback_experience WHERE id = ?", String.class, view);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM notifications_outbox WHERE recipient = 'responder@trafford.example' AND body LIKE ?",
                Integer.class, "%" + ref + "%")).isEqualTo(1));

        mvc.perform(get("/respond/views").with(users.as("responder@trafford.example")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(ref)));
        mvc.perform(post("/respond/views/" + view).with(TestUsers.csrf()).with(users.as("responder@trafford.example")).param("text", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter your reply")));
        mvc.perform(post("/respond/views/" + view).with(TestUsers.csrf()).with(users.as("responder@trafford.example"))
                        .param("text", "Thank you. We have fixed the heating in the lounge."))
                .andExpect(redirectedUrl("/respond/views"));
        mvc.perform(post("/respond/views/" + view).with(TestUsers.csrf()).with(users.as("responder@trafford.example"))
                        .param("text", "A second reply"))
                .andExpect(content().string(containsString("This view has a reply already")));

        assertThat(TenantContext.runAs(views.network("trafford"), () -> viewReplies.of(view)).getText())
                .isEqualTo("Thank you. We have fixed the heating in the lounge.");
        assertThat(TenantContext.runAs(views.network("barnet"), () -> viewReplies.of(view))).isNull();
        mvc.perform(get("/n/trafford/views/responses"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Median days to reply")))
                .andExpect(content().string(containsString("0.0")));
    }

    @Test
    void aResponderSeesOnlyPublishedViewsAboutTheirOwnProviders() throws Exception {
        UUID unpublished = views.record("trafford", "Not yet moderated " + UUID.randomUUID(), respondersPremises(), null);
        UUID elsewhere = views.record("trafford", "About another practice " + UUID.randomUUID(), views.premises(), null);
        views.publish(mvc, "trafford", elsewhere);
        for (UUID id : new UUID[] {unpublished, elsewhere}) {
            mvc.perform(get("/respond/views/" + id).with(users.as("responder@trafford.example"))).andExpect(status().isNotFound());
            mvc.perform(post("/respond/views/" + id).with(TestUsers.csrf()).with(users.as("responder@trafford.example")).param("text", "x"))
                    .andExpect(status().isNotFound());
        }
        UUID ours = publishedView("Visiting hours are too short " + UUID.randomUUID());
        mvc.perform(get("/respond/views/" + ours).with(users.as("responder@barnet.example"))).andExpect(status().isNotFound());
        mvc.perform(get("/respond/views").with(users.as("staff@trafford.example"))).andExpect(status().isForbidden());
        String ref = jdbc.queryForObject("SELECT reference FROM feedback_experience WHERE id = ?", String.class, unpublished);
        mvc.perform(get("/respond/views").with(users.as("responder@trafford.example")))
                .andExpect(content().string(not(containsString(ref))));
    }
}
