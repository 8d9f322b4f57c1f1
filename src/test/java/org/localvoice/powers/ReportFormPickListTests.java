package org.localvoice.powers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.localvoice.support.TestUsers.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The report form: evidence given by reference and checked; recipients ticked from the care directory. */
@IntegrationTest
class ReportFormPickListTests {

    static final String STAFF = "staff@trafford.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PowersTestData data;

    MockHttpServletRequestBuilder report(String title) {
        return post("/manage/powers/reports").with(csrf()).with(users.as(STAFF))
                .param("decisionId", data.decision("trafford", "e")).param("title", title).param("summary", "s")
                .param("recommendations", "One");
    }

    String view(String slug, String status) {
        return jdbc.queryForObject("SELECT reference FROM feedback_experience WHERE status = ? AND network_id = ?"
                + " ORDER BY reference FETCH FIRST 1 ROWS ONLY", String.class, status, data.networkId(slug));
    }

    @Test
    void evidenceIsCheckedByReferenceInTheNetwork() throws Exception {
        String title = "Evidence " + UUID.randomUUID();
        mvc.perform(report(title).param("evidence", "TRA-NOPE-00").param("recipients", "PROVIDER, A provider"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("There is no view, Enter and View report or request with the"
                        + " reference TRA-NOPE-00 in your network"), containsString("href=\"#evidence\""))));
        mvc.perform(report(title).param("evidence", view("barnet", "PUBLISHED")).param("recipients", "PROVIDER, A provider"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("in your network")));
        mvc.perform(report(title).param("evidence", "view, " + view("trafford", "AWAITING_MODERATION"))
                        .param("recipients", "PROVIDER, A provider"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("has not been moderated yet")));
        mvc.perform(report(title).param("evidence", "colour, blue").param("recipients", "PROVIDER, A provider"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Write each piece of evidence as its reference")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM powers_report WHERE title = ?", Integer.class, title)).isZero();

        String published = view("trafford", "PUBLISHED");
        String request = jdbc.queryForObject("SELECT reference FROM powers_information_request WHERE network_id = ?"
                + " ORDER BY reference FETCH FIRST 1 ROWS ONLY", String.class, data.networkId("trafford"));
        mvc.perform(report(title).param("evidence", published.toLowerCase() + "\n" + request)
                        .param("recipients", "PROVIDER, A provider"))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.queryForObject("SELECT id FROM powers_report WHERE title = ?", UUID.class, title);
        assertThat(jdbc.queryForList("SELECT kind FROM powers_report_evidence WHERE report_id = ? AND evidence_id IS NOT NULL"
                + " ORDER BY kind", String.class, id)).containsExactly("request", "view");
        assertThat(jdbc.queryForObject("SELECT reference FROM powers_report_evidence WHERE report_id = ? AND kind = 'view'",
                String.class, id)).isEqualTo(published);
    }

    @Test
    void recipientsAreTickedFromTheDirectoryAndTheFormKeepsWhatWasTyped() throws Exception {
        UUID provider = jdbc.queryForObject("SELECT id FROM directory_provider WHERE closed_on IS NULL AND LENGTH(name) > 8 ORDER BY name FETCH FIRST 1 ROWS ONLY", UUID.class);
        String name = jdbc.queryForObject("SELECT name FROM directory_provider WHERE id = ?", String.class, provider);
        String title = "Recipients " + UUID.randomUUID();
        mvc.perform(report(title).param("find", "yes").param("q", name.substring(0, Math.min(6, name.length()))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("value=\"" + provider + "\""), containsString(title))));
        mvc.perform(report(title).param("providerIds", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A recipient chosen is not in the care directory")));
        mvc.perform(report(title))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter at least one recipient")));
        mvc.perform(report(title).param("providerIds", provider.toString()).param("recipients", "SCRUTINEER, Health Scrutiny"))
                .andExpect(status().is3xxRedirection());
        UUID id = jdbc.queryForObject("SELECT id FROM powers_report WHERE title = ?", UUID.class, title);
        assertThat(jdbc.queryForObject("SELECT recipient_provider_id FROM powers_report_recipient WHERE report_id = ?"
                + " AND recipient_name = ?", UUID.class, id, name)).isEqualTo(provider);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM powers_report_recipient WHERE report_id = ?", Integer.class, id))
                .isEqualTo(2);
    }
}
