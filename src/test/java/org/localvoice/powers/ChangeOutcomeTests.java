package org.localvoice.powers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.localvoice.support.TestUsers.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.feedback.insight.domain.ImpactRecords;
import org.localvoice.shared.TenantContext;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Whether a promised change happened: recorded at or after the review date, shown on the report and the register. */
@IntegrationTest
class ChangeOutcomeTests {

    static final String STAFF = "staff@trafford.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PowersTestData data;
    @Autowired
    ImpactRecords impacts;

    @Test
    void theOutcomeIsRecordedOnlyFromTheReviewDateAndCanLinkAWhatChangedRecordOfTheNetwork() throws Exception {
        String title = "Outcome " + UUID.randomUUID();
        mvc.perform(post("/manage/powers/reports").with(csrf()).with(users.as(STAFF))
                        .param("decisionId", data.decision("trafford", "e")).param("title", title).param("summary", "s")
                        .param("recommendations", "Hot food hot\nMenus in large print").param("recipients", "PROVIDER, Meadow Care"))
                .andExpect(status().is3xxRedirection());
        UUID report = jdbc.queryForObject("SELECT id FROM powers_report WHERE title = ?", UUID.class, title);
        data.signOffReport(report);
        String today = format(LocalDate.now());
        mvc.perform(post("/manage/powers/reports/" + report + "/send").with(csrf()).with(users.as(STAFF)).param("on", today))
                .andExpect(status().is3xxRedirection());
        UUID recipient = jdbc.queryForObject("SELECT id FROM powers_report_recipient WHERE report_id = ?", UUID.class, report);
        List<UUID> recs = jdbc.queryForList("SELECT id FROM powers_recommendation WHERE report_id = ? ORDER BY rec_number",
                UUID.class, report);
        String base = "/manage/powers/reports/" + report + "/recipients/" + recipient;
        mvc.perform(post(base + "/responses").with(csrf()).with(users.as(STAFF)).param("receivedOn", today).param("via", "EMAIL")
                        .param("answer[0]", "ACCEPTED").param("action[0]", "Heated trolleys")
                        .param("reviewOn[0]", format(LocalDate.now().plusDays(30)))
                        .param("answer[1]", "ACCEPTED").param("action[1]", "Large-print menus")
                        .param("reviewOn[1]", today))
                .andExpect(status().is3xxRedirection());

        String early = base + "/recommendations/" + recs.get(0) + "/outcome";
        mvc.perform(get(early).with(users.as(STAFF)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Heated trolleys")));
        mvc.perform(post(early).with(csrf()).with(users.as(STAFF)).param("outcome", "YES").param("on", today))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Record this on or after the review date")));

        String due = base + "/recommendations/" + recs.get(1) + "/outcome";
        mvc.perform(post(due).with(csrf()).with(users.as(STAFF)).param("on", today).param("impactId", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Choose whether the change happened"),
                        containsString("There is no what changed record with this identifier in your network"))));
        UUID barnetImpact = TenantContext.runAs(data.networkId("barnet"), () -> impacts.record("Barnet change", "x",
                LocalDate.now(), "y"));
        mvc.perform(post(due).with(csrf()).with(users.as(STAFF)).param("outcome", "PARTLY").param("on", today)
                        .param("impactId", barnetImpact.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no what changed record with this identifier")));
        UUID impact = TenantContext.runAs(data.networkId("trafford"), () -> impacts.record("Large-print menus",
                "Menus are printed large", LocalDate.now(), "Seen on a visit"));
        mvc.perform(post(due).with(csrf()).with(users.as(STAFF)).param("outcome", "PARTLY").param("on", today)
                        .param("note", "Only in the main dining room").param("impactId", impact.toString()))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.queryForObject("SELECT change_outcome FROM powers_recommendation_response WHERE recommendation_id = ?"
                + " AND change_outcome IS NOT NULL", String.class, recs.get(1))).isEqualTo("PARTLY");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM feedback_impact_link WHERE impact_id = ?", Integer.class, impact))
                .isEqualTo(1);
        mvc.perform(get("/manage/powers/reports/" + report).with(users.as(STAFF)))
                .andExpect(content().string(allOf(containsString("Did the change happen: Partly"),
                        containsString("Only in the main dining room"), containsString("The promised change happened in part"))));
        mvc.perform(get("/n/trafford/registers/reports/" + report))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Did the change happen: Partly"),
                        containsString("Only in the main dining room"))));
        mvc.perform(get(due).with(users.as("staff@barnet.example"))).andExpect(status().isNotFound());
    }

    private static String format(LocalDate d) {
        return d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
    }
}
