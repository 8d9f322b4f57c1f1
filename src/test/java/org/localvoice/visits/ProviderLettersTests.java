package org.localvoice.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localvoice.governance.DecisionCategory;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The notice and the draft report go to the provider in control of the premises by e-mail, through the outbox. */
@IntegrationTest
class ProviderLettersTests {

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

    MockHttpServletRequestBuilder asStaff(MockHttpServletRequestBuilder request) {
        return request.with(TestUsers.csrf()).with(users.as("staff@trafford.example"));
    }

    UUID premisesWithController() {
        return jdbc.queryForObject("SELECT id FROM directory_premises WHERE controller_id IS NOT NULL ORDER BY name, id FETCH FIRST 1 ROWS ONLY",
                UUID.class);
    }

    UUID planVisit(UUID premises) throws Exception {
        UUID decision = fixtures.decision("trafford", DecisionCategory.F_ENTER_AND_VIEW);
        String purpose = "Letters " + UUID.randomUUID();
        UUID rep = jdbc.queryForObject("SELECT id FROM visits_representative WHERE verification_code = 'ABCD-2345'", UUID.class);
        mvc.perform(asStaff(post("/manage/visits/new")).param("premisesId", premises.toString()).param("decisionId", decision.toString())
                        .param("visitOn", LocalDate.now().plusDays(10).toString()).param("purpose", purpose).param("announced", "yes")
                        .param("areas", "COMMUNAL_LOUNGES").param("careProvided", "true").param("_careProvided", "on")
                        .param("privacyMeasures", "Knock and wait").param("team", rep.toString()).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("SELECT id FROM visits_visit WHERE purpose = ?", UUID.class, purpose);
    }

    long version(UUID visit) {
        return jdbc.queryForObject("SELECT version FROM visits_visit WHERE id = ?", Long.class, visit);
    }

    Map<String, Object> lastMail(String to) {
        return jdbc.queryForMap("SELECT subject, body FROM notifications_outbox WHERE recipient = ? ORDER BY created_at DESC FETCH FIRST 1 ROWS ONLY", to);
    }

    @Test
    void theNoticeAndTheDraftAreEMailedToTheProviderAndRecordedOnTheVisitsTimeline() throws Exception {
        UUID premises = premisesWithController();
        UUID controller = jdbc.queryForObject("SELECT controller_id FROM directory_premises WHERE id = ?", UUID.class, premises);
        String known = jdbc.queryForObject("SELECT contact_email FROM directory_provider WHERE id = ?", String.class, controller);
        String directoryAddress = "visits-" + UUID.randomUUID().toString().substring(0, 8) + "@provider.example";
        jdbc.update("UPDATE directory_provider SET contact_email = ? WHERE id = ?", directoryAddress, controller);
        try {
            UUID visit = planVisit(premises);
            mvc.perform(get("/manage/visits/" + visit).with(users.as("staff@trafford.example")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("Send the notice by e-mail"), containsString("value=\"" + directoryAddress + "\""))));

            mvc.perform(asStaff(post("/manage/visits/" + visit + "/notice")).param("action", "email").param("to", "not an address")
                            .param("version", String.valueOf(version(visit))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(allOf(containsString("govuk-error-summary"), containsString("href=\"#to\""),
                            containsString("Enter an e-mail address in the correct format"), containsString("value=\"not an address\""))));

            String typed = "manager-" + UUID.randomUUID().toString().substring(0, 8) + "@care.example";
            mvc.perform(asStaff(post("/manage/visits/" + visit + "/notice")).param("action", "email").param("to", typed)
                            .param("version", String.valueOf(version(visit))))
                    .andExpect(status().is3xxRedirection());
            Map<String, Object> notice = lastMail(typed);
            assertThat((String) notice.get("subject")).startsWith("Notice of an Enter and View visit to ");
            assertThat((String) notice.get("body")).contains("section 225", "Communal lounges", "Knock and wait");
            assertThat(jdbc.queryForObject("SELECT notice_sent_on FROM visits_visit WHERE id = ?", LocalDate.class, visit)).isEqualTo(LocalDate.now());
            Map<String, Object> letter = jdbc.queryForMap("SELECT kind, channel, sent_to FROM visits_letter WHERE visit_id = ?", visit);
            assertThat(letter.get("kind")).isEqualTo("NOTICE");
            assertThat(letter.get("channel")).isEqualTo("EMAIL");
            assertThat(letter.get("sent_to")).isEqualTo(typed);

            mvc.perform(asStaff(post("/manage/visits/" + visit + "/report")).param("summary", "A calm home.")
                            .param("findings", "Lunch was served cold on the day.").param("recommendations", "Serve hot food hot\nReview the menu")
                            .param("version", String.valueOf(version(visit))))
                    .andExpect(status().is3xxRedirection());
            mvc.perform(get("/manage/visits/" + visit + "/report").with(users.as("staff@trafford.example")))
                    .andExpect(content().string(allOf(containsString("Send the draft by e-mail"), containsString("value=\"" + directoryAddress + "\""))));
            mvc.perform(asStaff(post("/manage/visits/" + visit + "/report")).param("action", "email").param("to", " ")
                            .param("version", String.valueOf(version(visit))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Enter the e-mail address of the provider")));
            mvc.perform(asStaff(post("/manage/visits/" + visit + "/report")).param("action", "email").param("to", directoryAddress)
                            .param("version", String.valueOf(version(visit))))
                    .andExpect(status().is3xxRedirection());

            LocalDate due = jdbc.queryForObject("SELECT comments_due FROM visits_visit WHERE id = ?", LocalDate.class, visit);
            assertThat(due).isAfter(LocalDate.now());
            Map<String, Object> draft = lastMail(directoryAddress);
            assertThat((String) draft.get("subject")).startsWith("Draft Enter and View report for factual-accuracy comments");
            assertThat((String) draft.get("body")).contains("A calm home.", "1. Serve hot food hot", "2. Review the menu",
                    "by " + due.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK)));
            assertThat(jdbc.queryForObject("SELECT comments_due FROM visits_letter WHERE visit_id = ? AND kind = 'DRAFT_REPORT'", LocalDate.class, visit))
                    .isEqualTo(due);
            mvc.perform(get("/manage/visits/" + visit).with(users.as("staff@trafford.example")))
                    .andExpect(content().string(allOf(containsString("Letters to the provider"), containsString("to " + typed),
                            containsString("to " + directoryAddress))));
        } finally {
            jdbc.update("UPDATE directory_provider SET contact_email = ? WHERE id = ?", known, controller);
        }
    }

    @Test
    void thePublishedDemoReportWasSignedOffThroughGovernance() {
        Map<String, Object> row = jdbc.queryForMap("SELECT v.sign_off_id, v.signed_off_on, v.draft_sent_on FROM visits_visit v"
                + " JOIN tenancy_network n ON n.id = v.network_id WHERE n.slug = 'trafford' AND v.published_on IS NOT NULL"
                + " ORDER BY v.published_on FETCH FIRST 1 ROWS ONLY");
        assertThat(row.get("SIGN_OFF_ID")).isNotNull();
        assertThat(row.get("DRAFT_SENT_ON")).isNotNull();
        assertThat(jdbc.queryForObject("SELECT subject_type FROM governance_sign_off WHERE id = ?", String.class, row.get("SIGN_OFF_ID")))
                .isEqualTo("visits.visit-report");
    }
}
