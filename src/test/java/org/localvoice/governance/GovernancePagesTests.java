package org.localvoice.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.localvoice.support.TestUsers.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Staff and public pages of required procedures and relevant decisions. */
@IntegrationTest
class GovernancePagesTests {

    static final String STAFF = "staff@trafford.example";
    static final String MANAGER = "manager@trafford.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    UUID network(String slug) {
        return jdbc.queryForObject("SELECT id FROM tenancy_network WHERE slug = ?", UUID.class, slug);
    }

    UUID currentProcedureVersion(String slug) {
        return jdbc.queryForObject("SELECT id FROM governance_procedure_version WHERE network_id = ? AND published_at IS NOT NULL "
                + "AND title = 'Decision-making procedure' ORDER BY number DESC FETCH FIRST 1 ROWS ONLY", UUID.class, network(slug));
    }

    MockHttpServletRequestBuilder decisionForm(String summary, String makers) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        return post("/manage/decisions/new").with(csrf()).with(users.as(STAFF))
                .param("category", "D_REQUEST_INFORMATION").param("summary", summary)
                .param("reasons", "Participants told us about long waits.")
                .param("decidedOnDay", String.valueOf(today.getDayOfMonth()))
                .param("decidedOnMonth", String.valueOf(today.getMonthValue()))
                .param("decidedOnYear", String.valueOf(today.getYear()))
                .param("decidedBy", makers).param("procedureVersionId", currentProcedureVersion("trafford").toString());
    }

    @Test
    void thePublicSeesCurrentAndPastProcedureVersionsEachAtItsOwnAddress() throws Exception {
        mvc.perform(get("/n/trafford"))
                .andExpect(content().string(containsString("href=\"/n/trafford/procedures\"")))
                .andExpect(content().string(containsString("href=\"/n/trafford/decisions\"")));
        mvc.perform(get("/n/trafford/procedures"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Decision-making procedure")))
                .andExpect(content().string(containsString("Quorum raised to three members")));
        UUID v1 = jdbc.queryForObject("SELECT id FROM governance_procedure_version WHERE network_id = ? AND number = 1 "
                + "AND title = 'Decision-making procedure'",
                UUID.class, network("trafford"));
        mvc.perform(get("/n/trafford/procedures/" + v1))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at least two members present")))
                .andExpect(content().string(containsString("This version has been replaced")));
        mvc.perform(get("/n/barnet/procedures/" + v1)).andExpect(status().isNotFound());
    }

    @Test
    void aManagerDraftsAndPublishesAVersionAndThePublishedTextNeverChanges() throws Exception {
        String title = "Volunteer expenses procedure " + UUID.randomUUID();
        mvc.perform(post("/manage/procedures/new").with(csrf()).with(users.as(MANAGER)).param("title", title)
                        .param("body", "## Claims\n\nClaim within a month. <script>alert(1)</script>"))
                .andExpect(status().is3xxRedirection());
        UUID version = jdbc.queryForObject("SELECT id FROM governance_procedure_version WHERE title = ?", UUID.class, title);
        mvc.perform(get("/n/trafford/procedures/" + version)).andExpect(status().isNotFound());

        mvc.perform(post("/manage/procedures/versions/" + version + "/publish").with(csrf()).with(users.as(MANAGER))
                .param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/n/trafford/procedures/" + version))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h2 class=\"govuk-heading-m\">Claims</h2>")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));

        mvc.perform(post("/manage/procedures/versions/" + version + "/edit").with(csrf()).with(users.as(MANAGER))
                        .param("title", title).param("body", "Rewritten after publication").param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("or published it")))
                .andExpect(content().string(containsString("Rewritten after publication")));
        assertThat(jdbc.queryForObject("SELECT body FROM governance_procedure_version WHERE id = ?", String.class, version))
                .startsWith("## Claims");
    }

    @Test
    void aStaleDraftEditKeepsWhatWasTypedAndSaysWhy() throws Exception {
        String title = "Complaints procedure " + UUID.randomUUID();
        mvc.perform(post("/manage/procedures/new").with(csrf()).with(users.as(MANAGER)).param("title", title)
                .param("body", "First text")).andExpect(status().is3xxRedirection());
        UUID version = jdbc.queryForObject("SELECT id FROM governance_procedure_version WHERE title = ?", UUID.class, title);
        String edit = "/manage/procedures/versions/" + version + "/edit";
        mvc.perform(post(edit).with(csrf()).with(users.as(MANAGER)).param("title", title).param("body", "Second text")
                .param("version", "0")).andExpect(status().is3xxRedirection());
        mvc.perform(post(edit).with(csrf()).with(users.as(MANAGER)).param("title", title).param("body", "My late text")
                        .param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else changed this draft")))
                .andExpect(content().string(containsString("My late text")));
    }

    @Test
    void staffCannotWriteProceduresButCanReadThem() throws Exception {
        mvc.perform(get("/manage/procedures").with(users.as(STAFF))).andExpect(status().isOk());
        mvc.perform(get("/manage/procedures/new").with(users.as(STAFF))).andExpect(status().isForbidden());
    }

    @Test
    void badDecisionInputIsExplainedFieldByFieldAndWhatWasTypedIsKept() throws Exception {
        mvc.perform(post("/manage/decisions/new").with(csrf()).with(users.as(STAFF))
                        .param("summary", "Ask the trust about waiting times").param("reasons", "")
                        .param("decidedOnDay", "31").param("decidedOnMonth", "2").param("decidedOnYear", "2026")
                        .param("decidedBy", "Ann Lee"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose what kind of decision this is")))
                .andExpect(content().string(containsString("href=\"#decidedOnDay\"")))
                .andExpect(content().string(containsString("must be a real date")))
                .andExpect(content().string(containsString("Ask the trust about waiting times")));
        mvc.perform(decisionForm("Ask the trust about waiting times", "Ann Lee\nRaj Patel")
                        .param("declarations[0].person", "Raj Patel").param("declarations[0].interest", "Works at the trust")
                        .param("declarations[0].recused", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Raj Patel declared an interest and stayed out of this decision")))
                .andExpect(content().string(containsString("Works at the trust")));
    }

    @Test
    void aDecisionRecordedByStaffIsPublicOnlyOnceItsStatementIsPublished() throws Exception {
        String summary = "Ask the ambulance trust for response times " + UUID.randomUUID();
        mvc.perform(decisionForm(summary, "Gwen Governing\nAnn Lee")).andExpect(status().is3xxRedirection());
        UUID id = jdbc.queryForObject("SELECT id FROM governance_decision WHERE summary = ?", UUID.class, summary);

        mvc.perform(get("/manage/decisions").with(users.as(STAFF)).param("show", "awaiting"))
                .andExpect(status().isOk()).andExpect(content().string(containsString(summary)));
        mvc.perform(get("/n/trafford/decisions")).andExpect(content().string(not(containsString(summary))));
        mvc.perform(get("/n/trafford/decisions/" + id)).andExpect(status().isNotFound());

        mvc.perform(post("/manage/decisions/" + id + "/publish").with(csrf()).with(users.as(STAFF)).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/n/trafford/decisions").param("category", "d"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(summary)))
                .andExpect(content().string(containsString("Gwen Governing, Ann Lee")));
        mvc.perform(get("/n/trafford/decisions").param("category", "f"))
                .andExpect(content().string(not(containsString(summary))));
        mvc.perform(get("/n/barnet/decisions/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/manage/decisions/" + id).with(users.as("staff@barnet.example"))).andExpect(status().isNotFound());
    }

    @Test
    void aCorrectionIsANewEntryAndTheOriginalStays() throws Exception {
        String summary = "Refer the report on falls to the provider " + UUID.randomUUID();
        mvc.perform(decisionForm(summary, "Ann Lee")).andExpect(status().is3xxRedirection());
        UUID id = jdbc.queryForObject("SELECT id FROM governance_decision WHERE summary = ?", UUID.class, summary);
        String corrections = "/manage/decisions/" + id + "/corrections/new";

        mvc.perform(post(corrections).with(csrf()).with(users.as(STAFF)).param("summary", "Corrected summary").param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the reason for the correction")))
                .andExpect(content().string(containsString("Corrected summary")));
        mvc.perform(post(corrections).with(csrf()).with(users.as(STAFF)).param("summary", "Refer the falls report to the trust")
                .param("reason", "The report went to the trust, not the care home")).andExpect(status().is3xxRedirection());

        mvc.perform(get("/manage/decisions/" + id).with(users.as(STAFF)))
                .andExpect(content().string(containsString("Refer the falls report to the trust")))
                .andExpect(content().string(containsString("As first recorded: " + summary)))
                .andExpect(content().string(containsString("The report went to the trust, not the care home")));
        assertThat(jdbc.queryForObject("SELECT summary FROM governance_decision WHERE id = ?", String.class, id)).isEqualTo(summary);
    }

    @Test
    void theDashboardCountsStatementsAwaitingPublicationAndOverdue() throws Exception {
        mvc.perform(get("/manage").with(users.as(STAFF)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Statements awaiting publication")))
                .andExpect(content().string(containsString("Statements overdue")));
    }

    @Test
    void onlyAManagerSetsThePublicationTargetAndItMustBeAWholeNumber() throws Exception {
        mvc.perform(post("/manage/decisions/publication-target").with(csrf()).with(users.as("manager@barnet.example"))
                        .param("days", "many").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("whole number of days")));
        mvc.perform(post("/manage/decisions/publication-target").with(csrf()).with(users.as(STAFF)).param("days", "3"))
                .andExpect(status().isForbidden());
    }
}
