package org.localvoice.feedback.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.localvoice.feedback.insight.domain.InsightFigures;
import org.localvoice.feedback.insight.domain.ViewFilter;
import org.localvoice.shared.TenantContext;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class InsightTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ViewFixtures views;
    @Autowired
    InsightFigures figures;

    UUID theme(String slug, String code) {
        return jdbc.queryForObject("SELECT id FROM feedback_theme WHERE network_id = ? AND code = ?", UUID.class, views.network(slug), code);
    }

    void confirm(UUID view, UUID theme, String sentiment) throws Exception {
        mvc.perform(post("/manage/views/" + view + "/themes").with(TestUsers.csrf()).with(users.as("staff@trafford.example"))
                .param("theme", theme.toString()).param("sentiment-" + theme, sentiment)).andExpect(status().is3xxRedirection());
    }

    @Test
    void staffFilterViewsByThemeAndSentimentAndSeeChartsWithTablesOfTheSameFigures() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        UUID parkingView = views.record("trafford", "Parking was impossible " + marker, views.premises(), null);
        UUID otherView = views.record("trafford", "Lovely receptionist " + marker, views.premises(), null);
        UUID parking = theme("trafford", "parking");
        confirm(parkingView, parking, "NEGATIVE");
        confirm(otherView, theme("trafford", "staff-manner-and-personal-attributes"), "POSITIVE");
        String ref = jdbc.queryForObject("SELECT reference FROM feedback_experience WHERE id = ?", String.class, parkingView);
        String otherRef = jdbc.queryForObject("SELECT reference FROM feedback_experience WHERE id = ?", String.class, otherView);

        mvc.perform(get("/manage/views/insight").param("theme", parking.toString()).param("sentiment", "NEGATIVE")
                        .with(users.as("staff@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ref)))
                .andExpect(content().string(not(containsString(otherRef))))
                .andExpect(content().string(containsString("<svg")))
                .andExpect(content().string(containsString("Views received each month")))
                .andExpect(content().string(containsString("Parking")));
        mvc.perform(get("/manage/views/insight").param("service", views.premises().toString()).with(users.as("staff@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ref)))
                .andExpect(content().string(containsString(otherRef)));
    }

    long[] parkingNow(java.util.function.Supplier<List<InsightFigures.MonthThemeCount>> overTime, UUID parking) {
        return overTime.get().stream().filter(t -> t.themeId().equals(parking) && t.month().equals(java.time.YearMonth.now()))
                .map(t -> new long[] {t.positive(), t.negative()}).findFirst().orElse(new long[] {0, 0});
    }

    @Test
    void chartsCountOnlyConfirmedThemesAndShowThemesOverTimeForOneService() throws Exception {
        UUID parking = theme("trafford", "parking");
        UUID network = views.network("trafford");
        ViewFilter oneService = new ViewFilter(views.premises(), null, null, null, null, null, null, null);
        ViewFilter parkingAtService = new ViewFilter(views.premises(), null, parking, null, null, null, null, null);
        java.util.function.Supplier<Long> parkingViews = () -> TenantContext.runAs(network, () -> figures.themes(oneService)).stream()
                .filter(t -> t.themeId().equals(parking)).mapToLong(InsightFigures.ThemeCount::total).sum();
        java.util.function.Supplier<List<InsightFigures.MonthThemeCount>> overTime =
                () -> TenantContext.runAs(network, () -> figures.themesOverTime(parkingAtService));
        long before = parkingViews.get();
        long[] monthBefore = parkingNow(overTime, parking);

        UUID view = views.record("trafford", "Nowhere to leave the car " + UUID.randomUUID(), views.premises(), null);
        jdbc.update("DELETE FROM feedback_theme_mark WHERE experience_id = ? AND theme_id <> ?", view, parking);
        if (jdbc.update("UPDATE feedback_theme_mark SET source = 'SUGGESTED', sentiment = 'NEGATIVE' WHERE experience_id = ?", view) == 0) {
            jdbc.update("INSERT INTO feedback_theme_mark (id, version, network_id, experience_id, theme_id, sentiment, source, marked_at,"
                + " created_at) VALUES (?, 0, ?, ?, ?, 'NEGATIVE', 'SUGGESTED', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                    UUID.randomUUID(), network, view, parking);
        }
        assertThat(parkingViews.get()).isEqualTo(before);
        assertThat(parkingNow(overTime, parking)).containsExactly(monthBefore);

        confirm(view, parking, "NEGATIVE");
        assertThat(parkingViews.get()).isEqualTo(before + 1);
        assertThat(parkingNow(overTime, parking)).containsExactly(monthBefore[0], monthBefore[1] + 1);

        mvc.perform(get("/manage/views/insight").param("service", views.premises().toString()).param("theme", parking.toString())
                        .with(users.as("staff@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Themes over time")))
                .andExpect(content().string(containsString("id=\"over-time-chart\"")))
                .andExpect(content().string(containsString("id=\"over-time-chart-table\"")))
                .andExpect(content().string(containsString("id=\"theme-chart-table\"")))
                .andExpect(content().string(containsString("id=\"month-chart-table\"")))
                .andExpect(content().string(containsString(java.time.YearMonth.now() + " Parking")));
    }

    @Test
    void badDatesAreExplainedAndAnotherNetworksViewsNeverShow() throws Exception {
        String marker = "Barnet only " + UUID.randomUUID();
        UUID barnetView = views.record("barnet", marker, null, null);
        String ref = jdbc.queryForObject("SELECT reference FROM feedback_experience WHERE id = ?", String.class, barnetView);
        mvc.perform(get("/manage/views/insight").param("from", "2026-13-45").param("to", "2026-01-01")
                        .with(users.as("staff@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the date as year-month-day")))
                .andExpect(content().string(not(containsString(ref))));
        mvc.perform(get("/manage/views/insight").param("from", "2026-02-01").param("to", "2026-01-01")
                        .with(users.as("staff@trafford.example")))
                .andExpect(content().string(containsString("The end date must be the same as or after the start date")));
        mvc.perform(get("/manage/views/insight/export").with(users.as("staff@trafford.example")))
                .andExpect(content().string(not(containsString(ref))));
    }

    @Test
    void theExportIsTheFilteredSetAsCsvWithThemesAndNoFormulae() throws Exception {
        UUID view = views.record("trafford", "=HYPERLINK(\"x\") waited too long " + UUID.randomUUID(), views.premises(), null);
        UUID timeliness = theme("trafford", "timeliness-of-care");
        confirm(view, timeliness, "NEGATIVE");
        String ref = jdbc.queryForObject("SELECT reference FROM feedback_experience WHERE id = ?", String.class, view);
        String csv = mvc.perform(get("/manage/views/insight/export").param("theme", timeliness.toString())
                        .with(users.as("staff@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("views.csv")))
                .andReturn().getResponse().getContentAsString();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv)).getRecords();
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.get("themes")).contains("Timeliness of care"));
        CSVRecord ours = rows.stream().filter(r -> r.get("reference").equals(ref)).findFirst().orElseThrow();
        assertThat(ours.get("text")).startsWith("'=HYPERLINK");
        assertThat(ours.get("themes")).isEqualTo("Timeliness of care (negative)");
    }

    @Test
    void onlyStaffLookIntoViews() throws Exception {
        mvc.perform(get("/manage/views/insight").with(users.as("participant@trafford.example"))).andExpect(status().isForbidden());
        mvc.perform(get("/manage/views/insight/export").with(users.as("responder@trafford.example"))).andExpect(status().isForbidden());
    }
}
