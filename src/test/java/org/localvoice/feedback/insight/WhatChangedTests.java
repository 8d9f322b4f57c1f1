package org.localvoice.feedback.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.feedback.Impacts;
import org.localvoice.shared.TenantContext;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class WhatChangedTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ViewFixtures views;
    @Autowired
    Impacts impacts;

    UUID recordImpact(String title) throws Exception {
        mvc.perform(post("/manage/impact").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                        .param("title", title).param("whatChanged", "Visiting hours now run to 8pm.")
                        .param("changedOn", "2026-10-01").param("evidence", "Letter from the manager"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("SELECT id FROM feedback_impact WHERE title = ?", UUID.class, title);
    }

    @Test
    void aChangeIsPublishedWithTheLinkedViewsThatArePublished() throws Exception {
        String title = "Longer visiting hours " + UUID.randomUUID();
        UUID impact = recordImpact(title);
        UUID published = views.record("trafford", "Visiting hours are far too short " + UUID.randomUUID(), views.premises(), null);
        views.publish(mvc, "trafford", published);
        UUID unpublished = views.record("trafford", "Private worry " + UUID.randomUUID(), views.premises(), null);
        String publishedRef = jdbc.queryForObject("SELECT reference FROM feedback_experience WHERE id = ?", String.class, published);
        String unpublishedRef = jdbc.queryForObject("SELECT reference FROM feedback_experience WHERE id = ?", String.class, unpublished);
        for (String ref : new String[] {publishedRef, unpublishedRef.toLowerCase()}) {
            mvc.perform(post("/manage/impact/" + impact + "/views").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                    .param("reference", ref)).andExpect(status().is3xxRedirection());
        }
        mvc.perform(get("/manage/impact/" + impact).with(users.as("staff@trafford.example")))
                .andExpect(content().string(containsString(publishedRef)))
                .andExpect(content().string(containsString(unpublishedRef)));
        mvc.perform(get("/n/trafford/what-changed"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString(publishedRef)))
                .andExpect(content().string(not(containsString(unpublishedRef))));
        mvc.perform(get("/n/barnet/what-changed")).andExpect(content().string(not(containsString(title))));
    }

    long version(UUID impact) {
        return jdbc.queryForObject("SELECT version FROM feedback_impact WHERE id = ?", Long.class, impact);
    }

    @Test
    void staffCorrectARecordWithOptimisticLockingAndUnlinkAViewAudited() throws Exception {
        String title = "Ramp at the front door " + UUID.randomUUID();
        UUID impact = recordImpact(title);
        long read = version(impact);
        mvc.perform(get("/manage/impact/" + impact + "/edit").with(users.as("staff@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Visiting hours now run to 8pm.")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + read + "\"")));
        String corrected = "Step-free entrance " + UUID.randomUUID();
        mvc.perform(post("/manage/impact/" + impact + "/edit").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                        .param("title", corrected).param("whatChanged", "A ramp was fitted.").param("changedOn", "2026-09-15")
                        .param("evidence", "").param("version", String.valueOf(read)))
                .andExpect(status().is3xxRedirection());
        java.util.Map<String, Object> row = jdbc.queryForMap("SELECT title, what_changed, evidence FROM feedback_impact WHERE id = ?", impact);
        assertThat(row.get("title")).isEqualTo(corrected);
        assertThat(row.get("what_changed")).isEqualTo("A ramp was fitted.");
        assertThat(row.get("evidence")).isNull();
        mvc.perform(post("/manage/impact/" + impact + "/edit").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                        .param("title", "Stale edit").param("whatChanged", "x").param("changedOn", "2026-09-15")
                        .param("version", String.valueOf(read)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this record")))
                .andExpect(content().string(containsString("Stale edit")));
        mvc.perform(post("/manage/impact/" + impact + "/edit").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                        .param("title", "").param("whatChanged", "x").param("changedOn", "next week").param("version", String.valueOf(version(impact))))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#title\"")))
                .andExpect(content().string(containsString("href=\"#changedOn\"")));
        assertThat(jdbc.queryForObject("SELECT title FROM feedback_impact WHERE id = ?", String.class, impact)).isEqualTo(corrected);

        UUID view = views.record("trafford", "No way in for my wheelchair " + UUID.randomUUID(), views.premises(), null);
        views.publish(mvc, "trafford", view);
        String ref = jdbc.queryForObject("SELECT reference FROM feedback_experience WHERE id = ?", String.class, view);
        mvc.perform(post("/manage/impact/" + impact + "/views").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                .param("reference", ref)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/n/trafford/what-changed")).andExpect(content().string(containsString(ref)));
        mvc.perform(post("/manage/impact/" + impact + "/views/" + view + "/remove").with(TestUsers.csrf()).with(users.as("staff@barnet.example")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/manage/impact/" + impact + "/views/" + view + "/remove").with(TestUsers.csrf()).with(users.as("staff@trafford.example")))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("unlinked", ref));
        mvc.perform(get("/manage/impact/" + impact).with(users.as("staff@trafford.example")))
                .andExpect(content().string(containsString("No views are linked yet.")))
                .andExpect(content().string(not(containsString("/views/" + view + "/remove"))));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feedback_impact_link WHERE impact_id = ?", Long.class, impact)).isZero();
        mvc.perform(get("/n/trafford/what-changed")).andExpect(content().string(not(containsString(ref))));
        mvc.perform(post("/manage/impact/" + impact + "/views/" + view + "/remove").with(TestUsers.csrf()).with(users.as("staff@trafford.example")))
                .andExpect(status().isNotFound());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "SELECT action FROM audit_entry WHERE entity_id = ?", String.class, impact.toString()))
                .contains("IMPACT_EDITED", "IMPACT_UNLINKED"));
        mvc.perform(get("/manage/impact/" + impact + "/edit").with(users.as("participant@trafford.example"))).andExpect(status().isForbidden());
    }

    @Test
    void theFormExplainsWhatIsMissingAndAnUnknownReferenceIsRefused() throws Exception {
        mvc.perform(post("/manage/impact").with(TestUsers.csrf()).with(users.as("staff@trafford.example")).param("changedOn", "2999-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a headline")))
                .andExpect(content().string(containsString("Say what the service changed")))
                .andExpect(content().string(containsString("The date must be today or in the past")));
        UUID impact = recordImpact("Ramp fitted " + UUID.randomUUID());
        mvc.perform(post("/manage/impact/" + impact + "/views").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                        .param("reference", "NOPE-0000-00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no view with that reference in this network")));
        mvc.perform(get("/manage/impact/" + impact).with(users.as("staff@barnet.example"))).andExpect(status().isNotFound());
    }

    @Test
    void otherModulesLinkRecommendationOutcomesByIdWithinTheirNetwork() throws Exception {
        UUID impact = recordImpact("Menus in large print " + UUID.randomUUID());
        UUID outcome = UUID.randomUUID();
        TenantContext.runAs(views.network("trafford"), () -> {
            impacts.linkRecommendationOutcome(impact, outcome);
            impacts.linkRecommendationOutcome(impact, outcome);
            return null;
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feedback_impact_link WHERE impact_id = ? AND kind = 'RECOMMENDATION_OUTCOME'",
                Integer.class, impact)).isEqualTo(1);
        assertThat(TenantContext.runAs(views.network("trafford"), () -> impacts.impact(impact)).orElseThrow().whatChanged())
                .isEqualTo("Visiting hours now run to 8pm.");
        assertThatThrownBy(() -> TenantContext.runAs(views.network("barnet"), () -> {
            impacts.linkRecommendationOutcome(impact, outcome);
            return null;
        })).isInstanceOf(NoSuchElementException.class);
    }
}
