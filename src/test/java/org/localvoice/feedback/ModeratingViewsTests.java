package org.localvoice.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Staff record views, moderate them (redaction, publish, hold, reject), and handle safeguarding concerns. */
@IntegrationTest
class ModeratingViewsTests {

    static final String STAFF = "staff@trafford.example";
    static final String MANAGER = "manager@trafford.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    /** Records a view as staff, as if taken by phone; returns its id. */
    UUID record(String text, String email, String consent) throws Exception {
        mvc.perform(post("/manage/views/new").with(csrf()).with(users.as(STAFF)).param("channel", "PHONE")
                        .param("receivedDay", "2").param("receivedMonth", "1").param("receivedYear", "2026")
                        .param("serviceName", "Sale Surgery").param("text", text).param("whenMonth", "12").param("whenYear", "2025")
                        .param("identity", "ANONYMOUS").param("contact", email == null ? "NO" : "YES").param("contactBy", "EMAIL")
                        .param("email", email == null ? "" : email).param("consent", consent).param("action", "continue"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("SELECT id FROM feedback_experience WHERE text = ?", UUID.class, text);
    }

    /** The audit trail is written after commit, asynchronously: wait a little for it. */
    java.util.List<String> auditActions(UUID id) throws InterruptedException {
        java.util.List<String> actions = java.util.List.of();
        for (int i = 0; i < 50 && !actions.contains("moderated"); i++) {
            Thread.sleep(100);
            actions = jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id = ?", String.class, id.toString());
        }
        return actions;
    }

    long version(UUID id) {
        return jdbc.queryForObject("SELECT version FROM feedback_experience WHERE id = ?", Long.class, id);
    }

    @Test
    void staffRecordAPhoneViewAndAreRecordedAsWhoTookIt() throws Exception {
        String text = "Phoned in about the surgery " + UUID.randomUUID();
        UUID id = record(text, null, "PUBLISH_ANONYMISED");
        assertThat(jdbc.queryForMap("SELECT channel, recorded_by, received_on FROM feedback_experience WHERE id = ?", id))
                .containsEntry("channel", "PHONE").containsEntry("recorded_by", STAFF)
                .containsEntry("received_on", java.sql.Date.valueOf("2026-01-02"));
        mvc.perform(post("/manage/views/new").with(csrf()).with(users.as(STAFF)).param("text", "kept words").param("action", "continue"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose how the view reached us")))
                .andExpect(content().string(containsString("kept words")));
    }

    @Test
    void aModeratorSeesSuggestedPersonalDataRedactsItAndPublishesOnlyTheRedactedText() throws Exception {
        String text = "Dr Patel was rude. Call me on 07700 900982 or write to sam@example.org " + UUID.randomUUID();
        UUID id = record(text, null, "PUBLISH_ANONYMISED");
        mvc.perform(get("/manage/views/" + id).with(users.as(STAFF))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Possible personal data found: 3")))
                .andExpect(content().string(containsString("<mark class=\"lv-personal-data\">Patel")))
                .andExpect(content().string(not(containsString("See the text as it was given"))));
        String redacted = mvc.perform(post("/manage/views/" + id).with(csrf()).with(users.as(STAFF)).param("action", "redact")
                        .param("text", text).param("version", String.valueOf(version(id))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(redacted).contains("Dr [removed] was rude. Call me on [removed] or write to [removed]");
        String cleaned = text.replace("Patel", "[removed]").replace("07700 900982", "[removed]").replace("sam@example.org", "[removed]");
        mvc.perform(post("/manage/views/" + id).with(csrf()).with(users.as(STAFF)).param("action", "decide").param("decision", "PUBLISH")
                        .param("text", cleaned).param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl("/manage/views"));

        String reference = jdbc.queryForObject("SELECT reference FROM feedback_experience WHERE id = ?", String.class, id);
        mvc.perform(get("/n/trafford/views/" + reference)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dr [removed] was rude")))
                .andExpect(content().string(not(containsString("Patel"))));
        mvc.perform(get("/n/barnet/views/" + reference)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT text FROM feedback_original_text WHERE experience_id = ?", String.class, id)).isEqualTo(text);
        assertThat(auditActions(id)).contains("redacted", "moderated");
        // Only host managers read the text as given, and reading it is audited.
        mvc.perform(get("/manage/views/" + id + "/original").with(users.as(STAFF))).andExpect(status().isForbidden());
        mvc.perform(get("/manage/views/" + id + "/original").with(users.as(MANAGER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Patel")));
    }

    @Test
    void theSecondOfTwoModeratorsIsToldAndKeepsTheirText() throws Exception {
        UUID id = record("Two moderators " + UUID.randomUUID(), null, "PUBLISH_ANONYMISED");
        long read = version(id);
        mvc.perform(post("/manage/views/" + id).with(csrf()).with(users.as(STAFF)).param("decision", "HOLD").param("text", "first")
                .param("version", String.valueOf(read))).andExpect(redirectedUrl("/manage/views"));
        mvc.perform(post("/manage/views/" + id).with(csrf()).with(users.as(MANAGER)).param("decision", "PUBLISH")
                        .param("text", "second moderator's words").param("version", String.valueOf(read)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else moderated this view")))
                .andExpect(content().string(containsString("second moderator&#39;s words")));
        assertThat(jdbc.queryForObject("SELECT status FROM feedback_experience WHERE id = ?", String.class, id)).isEqualTo("HELD");
    }

    @Test
    void rejectingNeedsAReasonWhichIsEmailedToAContactablePerson() throws Exception {
        String email = "reject." + UUID.randomUUID() + "@example.org";
        UUID id = record("Reject me " + UUID.randomUUID(), email, "EVIDENCE_ONLY");
        mvc.perform(post("/manage/views/" + id).with(csrf()).with(users.as(STAFF)).param("decision", "REJECT").param("text", "x")
                        .param("version", String.valueOf(version(id))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Give the reason for rejecting the view")));
        mvc.perform(post("/manage/views/" + id).with(csrf()).with(users.as(STAFF)).param("decision", "REJECT").param("text", "x")
                .param("reason", "It is about a service in another county.").param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl("/manage/views"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifications_outbox WHERE recipient = ? AND body LIKE ?", Long.class,
                email, "%another county%")).isEqualTo(1);
    }

    @Test
    void aViewWithoutConsentToPublishIsAcceptedAsEvidenceAndNeverShownToThePublic() throws Exception {
        UUID id = record("Evidence only " + UUID.randomUUID(), null, "EVIDENCE_ONLY");
        mvc.perform(post("/manage/views/" + id).with(csrf()).with(users.as(STAFF)).param("decision", "PUBLISH").param("text", "kept")
                .param("version", String.valueOf(version(id)))).andExpect(redirectedUrl("/manage/views"));
        Map<String, Object> row = jdbc.queryForMap("SELECT status, reference FROM feedback_experience WHERE id = ?", id);
        assertThat(row.get("status")).isEqualTo("ACCEPTED");
        mvc.perform(get("/n/trafford/views/" + row.get("reference"))).andExpect(status().isNotFound());
    }

    @Test
    void aSafeguardingKeywordTakesAViewOutOfTheQueueTellsTheManagersAndKeepsADatedLog() throws Exception {
        UUID id = record("The carer slapped my father " + UUID.randomUUID(), null, "PUBLISH_ANONYMISED");
        assertThat(jdbc.queryForObject("SELECT safeguarding_open FROM feedback_experience WHERE id = ?", Boolean.class, id)).isTrue();
        String reference = jdbc.queryForObject("SELECT reference FROM feedback_experience WHERE id = ?", String.class, id);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notifications_outbox WHERE recipient = ? AND subject LIKE ?", Long.class,
                MANAGER, "%" + reference + "%")).isEqualTo(1);
        mvc.perform(get("/manage/views").with(users.as(STAFF))).andExpect(content().string(not(containsString(reference))));
        mvc.perform(get("/manage/views/safeguarding").with(users.as(STAFF))).andExpect(content().string(containsString(reference)));
        mvc.perform(post("/manage/views/" + id).with(csrf()).with(users.as(STAFF)).param("decision", "PUBLISH").param("text", "x")
                .param("version", String.valueOf(version(id)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("cannot be published")));

        mvc.perform(post("/manage/views/safeguarding/" + id + "/actions").with(csrf()).with(users.as(STAFF))
                .param("note", "tried")).andExpect(status().isForbidden());
        mvc.perform(post("/manage/views/safeguarding/" + id + "/actions").with(csrf()).with(users.as(MANAGER))
                .param("note", "Referred to the council's adult safeguarding team")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/manage/views/safeguarding/" + id + "/actions").with(csrf()).with(users.as(MANAGER))
                .param("note", "Council confirmed it is investigating").param("close", "true")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForList("SELECT kind FROM feedback_safeguarding_action WHERE experience_id = ? ORDER BY created_at",
                String.class, id)).containsExactly("FLAGGED_AUTOMATICALLY", "ACTION", "CLOSED");
        mvc.perform(get("/manage/views/safeguarding/" + id).with(users.as(MANAGER)))
                .andExpect(content().string(containsString("adult safeguarding team")));
        mvc.perform(get("/manage/views").with(users.as(STAFF))).andExpect(content().string(containsString(reference)));
    }

    @Test
    void aModeratorFlagsAViewByHand() throws Exception {
        UUID id = record("Quiet worry about a neighbour " + UUID.randomUUID(), null, "PUBLISH_ANONYMISED");
        mvc.perform(post("/manage/views/" + id + "/safeguarding").with(csrf()).with(users.as(STAFF)).param("note", " ")
                .param("version", String.valueOf(version(id)))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Say what happened or what was done")));
        mvc.perform(post("/manage/views/" + id + "/safeguarding").with(csrf()).with(users.as(STAFF))
                .param("note", "Sounds like a person at risk").param("version", String.valueOf(version(id))))
                .andExpect(redirectedUrl("/manage/views"));
        assertThat(jdbc.queryForObject("SELECT safeguarding_open FROM feedback_experience WHERE id = ?", Boolean.class, id)).isTrue();
    }

    @Test
    void anotherNetworksStaffCannotFindOrModerateAView() throws Exception {
        UUID id = record("Trafford only " + UUID.randomUUID(), null, "PUBLISH_ANONYMISED");
        mvc.perform(get("/manage/views/" + id).with(users.as("staff@barnet.example"))).andExpect(status().isNotFound());
        mvc.perform(post("/manage/views/" + id).with(csrf()).with(users.as("staff@barnet.example")).param("decision", "PUBLISH")
                .param("text", "taken").param("version", "0")).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT status FROM feedback_experience WHERE id = ?", String.class, id))
                .isEqualTo("AWAITING_MODERATION");
    }

    @Test
    void erasingThePersonKeepsTheAnonymisedView() throws Exception {
        UUID id = record("Erase my details " + UUID.randomUUID(), "erase." + UUID.randomUUID() + "@example.org", "PUBLISH_ANONYMISED");
        mvc.perform(post("/manage/views/" + id + "/erase-contact").with(csrf()).with(users.as(STAFF))).andExpect(status().isForbidden());
        mvc.perform(post("/manage/views/" + id + "/erase-contact").with(csrf()).with(users.as(MANAGER))).andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feedback_contact WHERE experience_id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feedback_experience WHERE id = ?", Long.class, id)).isOne();
    }
}
