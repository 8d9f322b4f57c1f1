package org.localvoice.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.localvoice.support.TestUsers.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.shared.TenantContext;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The governance API and the facade other modules use. */
@IntegrationTest
class GovernanceApiAndFacadeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Governance governance;

    UUID network(String slug) {
        return jdbc.queryForObject("SELECT id FROM tenancy_network WHERE slug = ?", UUID.class, slug);
    }

    UUID demoDecision(String slug, String category, boolean published) {
        return jdbc.queryForObject("SELECT id FROM governance_decision WHERE network_id = ? AND category = ? AND published_at IS "
                + (published ? "NOT NULL" : "NULL") + " ORDER BY decided_on FETCH FIRST 1 ROWS ONLY", UUID.class,
                network(slug), category);
    }

    @Test
    void thePublicApiListsOnlyPublishedDecisionsAndProcedureVersions() throws Exception {
        String awaiting = jdbc.queryForObject("SELECT reference FROM governance_decision WHERE id = ?", String.class,
                demoDecision("trafford", "G_REFER_TO_OSC", false));
        mvc.perform(get("/api/v1/public/networks/trafford/decisions").param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].category", hasItem("d")))
                .andExpect(jsonPath("$.items[*].reference", not(hasItem(awaiting))));
        mvc.perform(get("/api/v1/public/networks/trafford/decisions").param("category", "z"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/public/networks/trafford/procedures"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].version", hasItem(2)));
        mvc.perform(get("/api/v1/public/networks/nowhere/decisions")).andExpect(status().isNotFound());
        mvc.perform(get("/v3/api-docs"))
                .andExpect(content().string(containsString("/api/v1/public/networks/{slug}/decisions")))
                .andExpect(content().string(containsString("/api/v1/decisions/{id}")));
    }

    @Test
    void theStaffApiRefusesABadDecisionFieldByFieldAndRecordsAGoodOne() throws Exception {
        String token = users.bearerToken("staff@trafford.example");
        mvc.perform(post("/api/v1/decisions").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"f\",\"summary\":\"\",\"reasons\":\"r\",\"decidedOn\":\"2026-01-05\","
                                + "\"decidedBy\":[\"Ann Lee\"],\"procedureVersionId\":\"" + UUID.randomUUID() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem("summary")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("procedureVersionId")));
        UUID version = jdbc.queryForObject("SELECT id FROM governance_procedure_version WHERE network_id = ? AND number = 2 "
                + "AND title = 'Decision-making procedure'",
                UUID.class, network("trafford"));
        String created = mvc.perform(post("/api/v1/decisions").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"category\":\"f\",\"summary\":\"Visit the day centre\",\"reasons\":\"Follow-up\","
                                + "\"decidedOn\":\"" + java.time.LocalDate.now().minusDays(1) + "\",\"decidedBy\":[\"Ann Lee\"],"
                                + "\"procedureVersionId\":\"" + version + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.category").value("f"))
                .andExpect(jsonPath("$.dueRuleSet").isNotEmpty())
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(get(created).header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get(created).header("Authorization", "Bearer " + users.bearerToken("staff@barnet.example")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/decisions").header("Authorization", "Bearer " + users.bearerToken("participant@trafford.example")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDecisionAuthorisesOnlyItsOwnCategoryInItsOwnNetwork() {
        UUID trafford = network("trafford");
        UUID requestDecision = demoDecision("trafford", "D_REQUEST_INFORMATION", true);
        AuthorisingDecision found = TenantContext.runAs(trafford,
                () -> governance.requireAuthorisingDecision(requestDecision, DecisionCategory.D_REQUEST_INFORMATION));
        assertThat(found.category()).isEqualTo(DecisionCategory.D_REQUEST_INFORMATION);
        assertThat(found.decidedBy()).contains("Gwen Governing");
        assertThat(found.procedureVersion()).isEqualTo(2);

        assertThatThrownBy(() -> TenantContext.runAs(trafford,
                () -> governance.requireAuthorisingDecision(requestDecision, DecisionCategory.F_ENTER_AND_VIEW)))
                .isInstanceOfSatisfying(DecisionRequiredException.class,
                        e -> assertThat(e.reason()).isEqualTo(DecisionRequiredException.Reason.WRONG_CATEGORY));
        assertThatThrownBy(() -> TenantContext.runAs(network("barnet"),
                () -> governance.requireAuthorisingDecision(requestDecision, DecisionCategory.D_REQUEST_INFORMATION)))
                .isInstanceOfSatisfying(DecisionRequiredException.class,
                        e -> assertThat(e.reason()).isEqualTo(DecisionRequiredException.Reason.NOT_FOUND));
        assertThat(TenantContext.runAs(trafford, () -> governance.pickList(DecisionCategory.F_ENTER_AND_VIEW)))
                .isNotEmpty().allSatisfy(d -> assertThat(d.category()).isEqualTo(DecisionCategory.F_ENTER_AND_VIEW));
        assertThat(TenantContext.runAs(trafford, governance::hasPublishedProcedure)).isTrue();
    }

    @Test
    void aCaseRecordedThroughTheFacadeIsShownWithItsDecision() throws Exception {
        UUID decision = demoDecision("trafford", "E_REPORT_OR_RECOMMENDATION", true);
        UUID caseId = UUID.randomUUID();
        TenantContext.runAs(network("trafford"), () -> {
            governance.recordAuthorisedCase(decision, "powers.report", caseId, "R-2026-017");
            governance.recordAuthorisedCase(decision, "powers.report", caseId, "R-2026-017");
            return null;
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM governance_authorised_case WHERE case_id = ?", Integer.class, caseId))
                .isEqualTo(1);
        mvc.perform(get("/manage/decisions/" + decision).with(users.as("staff@trafford.example")))
                .andExpect(content().string(containsString("R-2026-017")));
    }

    @Test
    void aGoverningMemberSignsOffASubjectAnotherModulePutBeforeThem() throws Exception {
        UUID trafford = network("trafford");
        UUID report = UUID.randomUUID();
        String title = "Annual report 2025-26 " + report;
        TenantContext.runAs(trafford, () -> {
            governance.requestSignOff("powers.report", report, title, "/manage");
            return null;
        });
        assertThat(TenantContext.runAs(trafford, () -> governance.isSignedOff("powers.report", report))).isFalse();
        mvc.perform(get("/governance/sign-offs").with(users.as("governing@trafford.example")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(title)));
        mvc.perform(get("/governance/sign-offs").with(users.as("governing@barnet.example")))
                .andExpect(content().string(not(containsString(title))));
        mvc.perform(get("/governance/sign-offs").with(users.as("staff@trafford.example"))).andExpect(status().isForbidden());
        UUID request = jdbc.queryForObject("SELECT id FROM governance_sign_off_request WHERE subject_id = ?", UUID.class, report);
        mvc.perform(get("/governance/sign-offs/" + request).with(users.as("governing@barnet.example")))
                .andExpect(status().isNotFound());

        mvc.perform(post("/governance/sign-offs/" + request).with(csrf()).with(users.as("governing@trafford.example"))
                        .param("subjectLabel", "").param("signedOnDay", "1").param("signedOnMonth", "1").param("signedOnYear", "2099")
                        .param("signedBy", "Gwen Governing").param("minuteReference", "GG/26/14"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter which version is being signed off")))
                .andExpect(content().string(containsString("must be today or in the past")))
                .andExpect(content().string(containsString("GG/26/14")));
        mvc.perform(post("/governance/sign-offs/" + request).with(csrf()).with(users.as("governing@trafford.example"))
                        .param("subjectLabel", "Version 2").param("signedOnDay", "2").param("signedOnMonth", "3")
                        .param("signedOnYear", "2026").param("signedBy", "Gwen Governing").param("minuteReference", "GG/26/14"))
                .andExpect(status().is3xxRedirection());

        SignOff signOff = TenantContext.runAs(trafford, () -> governance.signOff("powers.report", report)).orElseThrow();
        assertThat(signOff.subjectLabel()).isEqualTo("Version 2");
        assertThat(signOff.minuteReference()).isEqualTo("GG/26/14");
        assertThat(TenantContext.runAs(network("barnet"), () -> governance.isSignedOff("powers.report", report))).isFalse();
    }
}
