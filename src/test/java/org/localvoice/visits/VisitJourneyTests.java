package org.localvoice.visits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localvoice.governance.DecisionCategory;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@RecordApplicationEvents
class VisitJourneyTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ApplicationEvents events;
    VisitsFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new VisitsFixtures(jdbc, context);
    }

    MockHttpServletRequestBuilder as(String email, MockHttpServletRequestBuilder request) {
        return request.with(TestUsers.csrf()).with(users.as(email));
    }

    UUID careHome() {
        return jdbc.queryForObject("SELECT id FROM directory_premises WHERE care_home = TRUE ORDER BY name FETCH FIRST 1 ROWS ONLY", UUID.class);
    }

    UUID rep(String code) {
        return jdbc.queryForObject("SELECT id FROM visits_representative WHERE verification_code = ?", UUID.class, code);
    }

    MockHttpServletRequestBuilder plan(MockHttpServletRequestBuilder request, UUID decision, LocalDate on, String... areas) {
        return base(request, decision, on, areas).param("careProvided", "true")
                .param("privacyMeasures", "Knock and wait; never during personal care").param("team", rep("ABCD-2345").toString());
    }

    MockHttpServletRequestBuilder base(MockHttpServletRequestBuilder request, UUID decision, LocalDate on, String... areas) {
        if (on != null) {
            request.param("visitOn.day", String.valueOf(on.getDayOfMonth())).param("visitOn.month", String.valueOf(on.getMonthValue()))
                    .param("visitOn.year", String.valueOf(on.getYear()));
        }
        return request.param("premisesId", careHome().toString()).param("decisionId", decision.toString()).param("purpose", "How residents are helped at mealtimes").param("announced", "yes")
                .param("areas", areas).param("_careProvided", "on").param("version", "0");
    }

    UUID planVisit(LocalDate on) throws Exception {
        UUID decision = fixtures.decision("trafford", DecisionCategory.F_ENTER_AND_VIEW);
        String purpose = "Visit " + UUID.randomUUID();
        mvc.perform(plan(as("staff@trafford.example", post("/manage/visits/new")), decision, on, "COMMUNAL_LOUNGES", "DINING_AREAS")
                        .param("purpose", purpose))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("SELECT id FROM visits_visit WHERE purpose LIKE ?", UUID.class, "%" + purpose);
    }

    @Test
    void aPlanIsRefusedWithReasonsForExcludedAreasNoCareTimeAndATeamMemberNotAuthorisedOnTheDay() throws Exception {
        UUID decision = fixtures.decision("trafford", DecisionCategory.F_ENTER_AND_VIEW);
        mvc.perform(base(as("staff@trafford.example", post("/manage/visits/new")), decision, LocalDate.now().plusDays(7),
                        "COMMUNAL_LOUNGES", "RESIDENTS_OWN_ROOMS")
                        .param("privacyMeasures", " ")
                        .param("team", rep("ABCD-2345").toString(), rep("JKMN-4567").toString())
                        .param("otherAreas", "The quiet lounge by the garden"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Residents&#39; own rooms” is outside the duty to allow entry (SI 2008/915 regulation 3(2)(c))"),
                        containsString("regulation 3(2)(f)"),
                        containsString("Say how the team will protect people&#39;s privacy and dignity"),
                        containsString("cannot be on the team: they are not authorised on"),
                        containsString(jdbc.queryForObject("SELECT name FROM visits_representative WHERE verification_code = 'JKMN-4567'", String.class)),
                        containsString("Their training has expired"),
                        containsString("The quiet lounge by the garden"))));
    }

    @Test
    void theVisitDateIsAGovukDateInputWithFieldLevelErrorsThatKeepWhatWasTyped() throws Exception {
        UUID decision = fixtures.decision("trafford", DecisionCategory.F_ENTER_AND_VIEW);
        mvc.perform(plan(as("staff@trafford.example", post("/manage/visits/new")), decision, null, "CORRIDORS")
                        .param("visitOn.day", "31").param("visitOn.month", "2").param("visitOn.year", String.valueOf(LocalDate.now().getYear() + 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Date of visit must be a real date"), containsString("href=\"#visitOn\""),
                        containsString("name=\"visitOn.day\""), containsString("value=\"31\""),
                        containsString("govuk-date-input"))));
        mvc.perform(plan(as("staff@trafford.example", post("/manage/visits/new")), decision, null, "CORRIDORS")
                        .param("visitOn.month", "").param("visitOn.year", "2027").param("visitOn.day", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Date of visit must include a month")));
        mvc.perform(plan(as("staff@trafford.example", post("/manage/visits/new")), decision, null, "CORRIDORS")
                        .param("visitOn.month", "").param("visitOn.year", "").param("visitOn.day", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the date of the visit")));
    }

    @Test
    void onlyADecisionOfCategoryFMadeByThisNetworkAuthorisesAVisit() throws Exception {
        UUID wrongCategory = fixtures.decision("trafford", DecisionCategory.D_REQUEST_INFORMATION);
        UUID barnets = fixtures.decision("barnet", DecisionCategory.F_ENTER_AND_VIEW);
        mvc.perform(plan(as("staff@trafford.example", post("/manage/visits/new")), wrongCategory, LocalDate.now().plusDays(7), "CORRIDORS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The decision is not of category (f)")));
        mvc.perform(plan(as("staff@trafford.example", post("/manage/visits/new")), barnets, LocalDate.now().plusDays(7), "CORRIDORS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a relevant decision of category (f) recorded by this network")));
    }

    @Test
    void aVisitGoesFromPlanToObservationsToAPublishedReportWithItsRecommendationsAnnounced() throws Exception {
        UUID visit = planVisit(LocalDate.now().plusDays(3));
        mvc.perform(get("/manage/visits/" + visit).with(users.as("staff@trafford.example")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Print the notice letter")));
        mvc.perform(get("/manage/visits/" + visit + "/notice").with(users.as("staff@trafford.example")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("section 225")));

        String rep = "representative@trafford.example";
        mvc.perform(get("/visits").with(users.as(rep))).andExpect(content().string(containsString("/visits/" + visit)));
        mvc.perform(as(rep, post("/visits/" + visit)).param("action", "submit").param("seenAndHeard", "Mrs Patel said lunch was cold")
                        .param("residentsSpoken", "lots").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("This looks like someone&#39;s name"),
                        containsString("Choose whether you were allowed in"), containsString("Enter a number from 0 to 999"),
                        containsString("Mrs Patel said lunch was cold"))));
        mvc.perform(as(rep, post("/visits/" + visit)).param("action", "draft").param("seenAndHeard", "A resident said lunch was cold")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        long v = jdbc.queryForObject("SELECT version FROM visits_observation WHERE visit_id = ?", Long.class, visit);
        mvc.perform(as(rep, post("/visits/" + visit)).param("action", "submit").param("entry", "GRANTED")
                        .param("seenAndHeard", "A resident said lunch was cold. The dining room was bright and calm.")
                        .param("residentsSpoken", "4").param("staffSpoken", "2").param("version", String.valueOf(v)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(rep, post("/visits/" + visit)).param("action", "draft").param("seenAndHeard", "changed").param("version", String.valueOf(v + 1)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already submitted")));

        mvc.perform(get("/manage/visits/" + visit + "/report").with(users.as("staff@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("The dining room was bright and calm"), containsString("spoke to 4 residents"))));
        long version = jdbc.queryForObject("SELECT version FROM visits_visit WHERE id = ?", Long.class, visit);
        mvc.perform(as("staff@trafford.example", post("/manage/visits/" + visit + "/report")).param("summary", "A calm home.")
                        .param("findings", "Lunch was served cold on the day.").param("recommendations", "Serve hot food hot\n\nReview the menu with residents")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as("staff@trafford.example", post("/manage/visits/" + visit + "/report").param("action", "send")).param("sentOn.day", String.valueOf(LocalDate.now().getDayOfMonth()))
                        .param("sentOn.month", String.valueOf(LocalDate.now().getMonthValue())).param("sentOn.year", String.valueOf(LocalDate.now().getYear()))
                        .param("version", String.valueOf(version + 1)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT comments_rule_set FROM visits_visit WHERE id = ?", String.class, visit)).isNotBlank();
        assertThat(jdbc.queryForObject("SELECT comments_due FROM visits_visit WHERE id = ?", LocalDate.class, visit)).isAfter(LocalDate.now());
        mvc.perform(as("staff@trafford.example", post("/manage/visits/" + visit + "/report").param("action", "publish")).param("version", String.valueOf(version + 2)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has not signed off this report yet")));
        mvc.perform(get("/n/trafford/visits/" + visit)).andExpect(status().isNotFound());

        fixtures.signOff("trafford", visit);
        mvc.perform(as("staff@trafford.example", post("/manage/visits/" + visit + "/report").param("action", "publish")).param("version", String.valueOf(version + 2)))
                .andExpect(status().is3xxRedirection());

        assertThat(events.stream(VisitReportPublished.class).filter(e -> e.visitId().equals(visit)))
                .singleElement().satisfies(e -> {
                    assertThat(e.recommendations()).containsExactly("Serve hot food hot", "Review the menu with residents");
                    assertThat(e.networkId()).isEqualTo(fixtures.network("trafford"));
                    assertThat(e.premisesId()).isEqualTo(careHome());
                });
        mvc.perform(get("/n/trafford/visits")).andExpect(content().string(containsString("/n/trafford/visits/" + visit)));
        mvc.perform(get("/n/trafford/visits/" + visit))
                .andExpect(content().string(allOf(containsString("Review the menu with residents"), containsString("Signed off by the governing body"))));
        mvc.perform(get("/n/barnet/visits/" + visit)).andExpect(status().isNotFound());

        byte[] pdf = mvc.perform(get("/n/trafford/visits/" + visit + "/report.pdf")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).as("a structure tree (tagged PDF)").isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(doc.getDocumentInformation().getTitle()).startsWith("Enter and View report: ");
            assertThat(new PDFTextStripper().getText(doc)).contains("Enter and View report", "Review the menu with residents");
        }
    }

    @Test
    void onlyTheTeamReachesTheObservationFormAndStaffAnotherNetworksVisitIsNotFound() throws Exception {
        UUID visit = planVisit(LocalDate.now().plusDays(5));
        mvc.perform(get("/visits/" + visit).with(users.as("representative@trafford.example"))).andExpect(status().isOk());
        mvc.perform(get("/visits/" + visit).with(users.as("representative@barnet.example"))).andExpect(status().isNotFound());
        mvc.perform(get("/visits/" + visit).with(users.as("staff@trafford.example"))).andExpect(status().isForbidden());
        mvc.perform(get("/manage/visits/" + visit).with(users.as("staff@barnet.example"))).andExpect(status().isNotFound());
        mvc.perform(as("staff@barnet.example", post("/manage/visits/" + visit + "/report")).param("summary", "x").param("findings", "y")
                .param("version", "0")).andExpect(status().isNotFound());
    }

    @Test
    void aStalePlanEditIsRefusedAndKeepsWhatWasTyped() throws Exception {
        UUID visit = planVisit(LocalDate.now().plusDays(9));
        UUID decision = jdbc.queryForObject("SELECT decision_id FROM visits_visit WHERE id = ?", UUID.class, visit);
        mvc.perform(plan(as("staff@trafford.example", post("/manage/visits/" + visit + "/edit")), decision, LocalDate.now().plusDays(10),
                "CORRIDORS")).andExpect(status().is3xxRedirection());
        mvc.perform(plan(as("staff@trafford.example", post("/manage/visits/" + visit + "/edit")), decision, LocalDate.now().plusDays(11),
                        "CORRIDORS").param("purpose", "Typed while someone else saved"))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("Someone else changed this record"), containsString("Typed while someone else saved"))));
    }

    @Test
    void theCalendarListsTheMonthsVisitsWeekByWeekAndPremisesHistoryShowsThemOverTime() throws Exception {
        LocalDate on = LocalDate.now().plusMonths(2).withDayOfMonth(12);
        UUID visit = planVisit(on);
        mvc.perform(get("/manage/visits/calendar").param("month", on.toString().substring(0, 7)).with(users.as("staff@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Week beginning"), containsString("/manage/visits/" + visit))));
        mvc.perform(get("/manage/visits/premises/" + careHome()).with(users.as("staff@trafford.example")))
                .andExpect(content().string(containsString("/manage/visits/" + visit)));
        mvc.perform(get("/manage/visits/calendar").param("month", on.toString().substring(0, 7)).with(users.as("staff@barnet.example")))
                .andExpect(content().string(not(containsString("/manage/visits/" + visit))));
    }

    @Test
    void theAuthorisationCardIsATaggedPdfWithTheNameAndCode() throws Exception {
        byte[] pdf = mvc.perform(get("/manage/representatives/" + rep("ABCD-2345") + "/card.pdf").with(users.as("staff@trafford.example")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(new PDFTextStripper().getText(doc)).contains("ABCD-2345", "is an authorised");
        }
        assertThat(List.of(pdf.length)).allMatch(n -> n > 1000);
    }
}
