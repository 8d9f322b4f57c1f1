package org.localvoice.notifications.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.notifications.Mailer;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@IntegrationTest
class OutboxPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Mailer mailer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePlatformAdministratorReadsTheOutboxNewestFirst() throws Exception {
        String to = "outbox-" + UUID.randomUUID().toString().substring(0, 8) + "@outbox-test.example";
        mailer.send(null, to, "Older message", "First body");
        mailer.send(null, to, "Newer message", "Line one\nhttps://example.test/password/reset?token=abc");
        String list = mvc.perform(MockMvcRequestBuilders.get("/admin/outbox").with(users.as("admin@localvoice.example")))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Mail outbox").contains(to);
        assertThat(list.indexOf("Newer message")).isLessThan(list.indexOf("Older message"));

        UUID id = jdbc.queryForObject("SELECT id FROM notifications_outbox WHERE subject = 'Newer message' AND recipient = ?",
                UUID.class, to);
        String message = mvc.perform(MockMvcRequestBuilders.get("/admin/outbox/" + id).with(users.as("admin@localvoice.example")))
                .andReturn().getResponse().getContentAsString();
        assertThat(message).contains("Newer message").contains("Line one")
                .contains("https://example.test/password/reset?token=abc").contains("Not sent yet");
    }

    @Test
    void anUnknownMessageIsNotFound() throws Exception {
        int status = mvc.perform(MockMvcRequestBuilders.get("/admin/outbox/" + UUID.randomUUID())
                .with(users.as("admin@localvoice.example"))).andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(404);
        int malformed = mvc.perform(MockMvcRequestBuilders.get("/admin/outbox/not-an-id")
                .with(users.as("admin@localvoice.example"))).andReturn().getResponse().getStatus();
        assertThat(malformed).isEqualTo(404);
    }

    @Test
    void onlyThePlatformAdministratorMayReadIt() throws Exception {
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/admin/outbox").with(users.as("manager@trafford.example")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/admin/outbox").with(users.as("national@localvoice.example")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(MockMvcRequestBuilders.get("/admin/outbox")).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/sign-in");
    }

    @Test
    void pagesThroughLongOutboxes() throws Exception {
        for (int i = 0; i < 30; i++) {
            mailer.send(null, "paging-" + i + "@outbox-test.example", "Paging " + i, "Body");
        }
        String first = mvc.perform(MockMvcRequestBuilders.get("/admin/outbox").with(users.as("admin@localvoice.example")))
                .andReturn().getResponse().getContentAsString();
        assertThat(first).contains("Older messages").contains("?page=1");
        String second = mvc.perform(MockMvcRequestBuilders.get("/admin/outbox?page=1").with(users.as("admin@localvoice.example")))
                .andReturn().getResponse().getContentAsString();
        assertThat(second).contains("Newer messages");
    }
}
