package org.localvoice.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class EqualityCountsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    UUID network(String slug) {
        return jdbc.queryForObject("SELECT id FROM tenancy_network WHERE slug = ?", UUID.class, slug);
    }

    void count(String slug, String month, String question, String answer, long responses) {
        jdbc.update("DELETE FROM feedback_equality_count WHERE network_id = ? AND for_month = ? AND question = ? AND answer = ?",
                network(slug), month, question, answer);
        jdbc.update("INSERT INTO feedback_equality_count (network_id, for_month, question, answer, responses) VALUES (?, ?, ?, ?, ?)",
                network(slug), month, question, answer, responses);
    }

    @BeforeEach
    void counts() {
        count("trafford", "2001-01", "AGE", "18_24", 12);
        count("trafford", "2001-02", "AGE", "25_34", 3);
        count("trafford", "2001-01", "GENDER", "WOMAN", 2);
        count("trafford", "2001-01", "DISABILITY", "YES", 3);
        count("trafford", "2001-02", "DISABILITY", "YES", 4);
        count("trafford", "2001-02", "DISABILITY", "NO", 9);
        count("barnet", "2001-01", "DISABILITY", "NO", 100);
        count("trafford", "2001-03", "DISABILITY", "NO", 50);
    }

    String cell(Document page, String question, String answer) {
        return page.select("#equality-" + question + " tr").stream().filter(tr -> tr.select("th").text().equals(answer))
                .findFirst().orElseThrow().select("td").text();
    }

    @Test
    void staffSeeCountsAddedUpOverTheMonthsWithSmallNumbersSuppressed() throws Exception {
        String html = mvc.perform(get("/manage/views/equality").param("from", "2001-01").param("to", "2001-02")
                        .with(users.as("staff@trafford.example")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Document page = Jsoup.parse(html);
        assertThat(cell(page, "disability", "Yes")).isEqualTo("7");
        assertThat(cell(page, "disability", "No")).isEqualTo("9");
        assertThat(cell(page, "disability", "All responses to this question")).isEqualTo("16");
        assertThat(cell(page, "age", "25 to 34")).isEqualTo("fewer than 5");
        assertThat(cell(page, "age", "18 to 24")).isEqualTo("hidden");
        assertThat(cell(page, "age", "Under 18")).isEqualTo("0");
        assertThat(cell(page, "age", "All responses to this question")).isEqualTo("15");
        assertThat(cell(page, "gender", "Woman")).isEqualTo("hidden");
        assertThat(cell(page, "gender", "All responses to this question")).isEqualTo("hidden (too few)");
        assertThat(html).doesNotContain(">12<").doesNotContain(">3<");
    }

    @Test
    void badMonthsAreExplainedAndOnlyHostStaffSeeTheCounts() throws Exception {
        mvc.perform(get("/manage/views/equality").param("from", "2001-13").param("to", "2001-01").with(users.as("staff@trafford.example")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("href=\"#from\"")))
                .andExpect(content().string(containsString("Enter the month as year-month")));
        mvc.perform(get("/manage/views/equality").param("from", "2001-05").param("to", "2001-01").with(users.as("staff@trafford.example")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The last month must be the same as or after the first month")));
        mvc.perform(get("/manage/views/equality").with(users.as("staff@trafford.example"))).andExpect(status().isOk());
        mvc.perform(get("/manage/views/equality").with(users.as("participant@trafford.example"))).andExpect(status().isForbidden());
        mvc.perform(get("/manage/views/equality").with(users.as("responder@trafford.example"))).andExpect(status().isForbidden());
    }
}
