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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.localvoice.feedback.domain.References;
import org.localvoice.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The public journey: questions, check your answers, optional equality questions, confirmation with a reference. */
@IntegrationTest
class GivingAViewTests {

    /** Each test its own client address, so that the rate limit of one test does not touch another. */
    static final AtomicInteger CLIENTS = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    static RequestPostProcessor from(String address) {
        return r -> {
            r.setRemoteAddr(address);
            return r;
        };
    }

    static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "10.9." + (n / 250) + "." + (n % 250);
    }

    /** A visitor's session: the session cookie, carried from each response to the next request. */
    static final class Visit implements RequestPostProcessor {
        jakarta.servlet.http.Cookie cookie;

        @Override
        public org.springframework.mock.web.MockHttpServletRequest postProcessRequest(
                org.springframework.mock.web.MockHttpServletRequest request) {
            if (cookie != null) {
                request.setCookies(cookie);
            }
            return request;
        }

        org.springframework.test.web.servlet.ResultHandler keep() {
            return result -> {
                jakarta.servlet.http.Cookie c = result.getResponse().getCookie("LVSESSION");
                if (c != null) {
                    cookie = c;
                }
            };
        }
    }

    static MockHttpServletRequestBuilder answers(String slug, Visit session, Map<String, String> fields) {
        MockHttpServletRequestBuilder post = post("/n/" + slug + "/views/new").with(session).with(csrf());
        fields.forEach(post::param);
        return post;
    }

    static Map<String, String> goodAnswers(String text) {
        return Map.ofEntries(Map.entry("serviceName", "Ward 4, Trafford General"), Map.entry("text", text),
                Map.entry("whenMonth", "3"), Map.entry("whenYear", "2026"), Map.entry("rating", "2"),
                Map.entry("identity", "NAMED"), Map.entry("name", "Alex Jones"), Map.entry("contact", "YES"),
                Map.entry("contactBy", "EMAIL"), Map.entry("email", "alex.jones@example.org"),
                Map.entry("consent", "PUBLISH_ANONYMISED"), Map.entry("website", ""), Map.entry("action", "continue"));
    }

    String give(String slug, Map<String, String> fields, String client) throws Exception {
        Visit session = new Visit();
        mvc.perform(answers(slug, session, fields)).andDo(session.keep()).andExpect(redirectedUrl("/n/" + slug + "/views/check"));
        mvc.perform(get("/n/" + slug + "/views/check").with(session)).andDo(session.keep()).andExpect(status().isOk())
                .andExpect(content().string(containsString(fields.get("text"))));
        mvc.perform(post("/n/" + slug + "/views/check").with(session).with(csrf()).with(from(client))).andDo(session.keep())
                .andExpect(redirectedUrl("/n/" + slug + "/views/equality"));
        mvc.perform(post("/n/" + slug + "/views/equality").with(session).with(csrf()).param("AGE", "35_49")
                .param("DISABILITY", "PREFER_NOT")).andDo(session.keep()).andExpect(redirectedUrl("/n/" + slug + "/views/done"));
        String page = mvc.perform(get("/n/" + slug + "/views/done").with(session)).andDo(session.keep()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String reference = page.replaceAll("(?s).*class=\"lv-reference\">([^<]+)<.*", "$1");
        assertThat(References.valid(reference)).as("reference %s", reference).isTrue();
        return reference;
    }

    @Test
    void aVisitorGivesAViewAndGetsAReferenceAReceiptAndNothingLinksTheirEqualityAnswersToIt() throws Exception {
        String text = "The nurses were kind but I waited six hours " + UUID.randomUUID();
        long agesBefore = count("SELECT COALESCE(SUM(responses), 0) FROM feedback_equality_count WHERE question = 'AGE'");

        String reference = give("trafford", goodAnswers(text), newClient());

        assertThat(reference).startsWith("TRA-");
        Map<String, Object> view = jdbc.queryForMap("SELECT * FROM feedback_experience WHERE reference = ?", reference);
        assertThat(view.get("status")).isEqualTo("AWAITING_MODERATION");
        assertThat(view.get("channel")).isEqualTo("ONLINE");
        assertThat(view.get("anonymous")).isEqualTo(false);
        assertThat(view.get("text")).isEqualTo(text);
        assertThat(view.values()).doesNotContain("Alex Jones", "alex.jones@example.org");
        assertThat(jdbc.queryForObject("SELECT name FROM feedback_contact WHERE experience_id = ?", String.class, view.get("id")))
                .isEqualTo("Alex Jones");
        assertThat(jdbc.queryForObject("SELECT text FROM feedback_original_text WHERE experience_id = ?", String.class,
                view.get("id"))).isEqualTo(text);
        assertThat(count("SELECT COUNT(*) FROM notifications_outbox WHERE recipient = 'alex.jones@example.org' AND subject LIKE '%"
                + reference + "%'")).isEqualTo(1);
        assertThat(count("SELECT COALESCE(SUM(responses), 0) FROM feedback_equality_count WHERE question = 'AGE'"))
                .isEqualTo(agesBefore + 1);
    }

    @Test
    void badAnswersAreExplainedNextToTheirFieldsAndEverythingTypedIsKept() throws Exception {
        Visit session = new Visit();
        mvc.perform(post("/n/trafford/views/new").with(session).with(csrf()).param("text", "Kept text about the surgery")
                        .param("whenMonth", "13").param("whenYear", "2026").param("identity", "NAMED").param("email", "not-an-email")
                        .param("action", "continue")).andDo(session.keep())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("href=\"#serviceName\"")))
                .andExpect(content().string(containsString("When it happened must be a real date")))
                .andExpect(content().string(containsString("Enter your name, or choose to stay anonymous")))
                .andExpect(content().string(containsString("Enter an email address in the correct format")))
                .andExpect(content().string(containsString("Choose how we may use your view")))
                .andExpect(content().string(containsString("Kept text about the surgery")))
                .andExpect(content().string(containsString("value=\"not-an-email\"")));
        mvc.perform(get("/n/trafford/views/check").with(session)).andDo(session.keep()).andExpect(redirectedUrl("/n/trafford/views/new"));
    }

    @Test
    void searchingTheDirectoryKeepsTheAnswersAndAChosenPremisesIsLinked() throws Exception {
        UUID premises = jdbc.queryForObject("SELECT id FROM directory_premises WHERE ods_code = 'P91004'", UUID.class);
        String name = jdbc.queryForObject("SELECT name FROM directory_premises WHERE id = ?", String.class, premises);
        mvc.perform(post("/n/trafford/views/new").with(csrf()).param("q", name.split(" ")[0]).param("text", "Typed before searching")
                        .param("action", "search"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("Typed before searching")))
                .andExpect(content().string(not(containsString("There is a problem"))));

        Map<String, String> fields = new java.util.HashMap<>(goodAnswers("Good appointment " + UUID.randomUUID()));
        fields.put("premisesId", premises.toString());
        fields.put("serviceName", "");
        String reference = give("trafford", fields, newClient());
        assertThat(jdbc.queryForMap("SELECT premises_id, service_name FROM feedback_experience WHERE reference = ?", reference))
                .containsEntry("premises_id", premises).containsEntry("service_name", name);
    }

    @Test
    void theHoneypotRejectsTheSubmissionAndSaysWhy() throws Exception {
        Map<String, String> fields = new java.util.HashMap<>(goodAnswers("Robot text " + UUID.randomUUID()));
        fields.put("website", "http://spam.example");
        mvc.perform(answers("trafford", new Visit(), fields))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Leave the last field empty")))
                .andExpect(content().string(containsString(fields.get("text"))));
    }

    @Test
    void oneClientCanSendOnlySoManyViewsAnHourAndKeepsItsAnswersWhenStopped() throws Exception {
        String client = newClient();
        for (int i = 0; i < 10; i++) {
            give("trafford", goodAnswers("Rate limit view " + i + " " + UUID.randomUUID()), client);
        }
        Visit session = new Visit();
        Map<String, String> fields = goodAnswers("One too many " + UUID.randomUUID());
        mvc.perform(answers("trafford", session, fields)).andDo(session.keep()).andExpect(status().is3xxRedirection());
        mvc.perform(post("/n/trafford/views/check").with(session).with(csrf()).with(from(client))).andDo(session.keep())
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("try again in an hour")))
                .andExpect(content().string(containsString(fields.get("text"))));
        assertThat(count("SELECT COUNT(*) FROM feedback_experience WHERE text = '" + fields.get("text") + "'")).isZero();
        // Another network counts separately, and so does another client.
        give("barnet", goodAnswers("Barnet view " + UUID.randomUUID()), client);
        give("trafford", goodAnswers("Other client " + UUID.randomUUID()), newClient());
    }

    @Test
    void theConfirmationAndCheckPagesNeedAnswersFirst() throws Exception {
        mvc.perform(get("/n/trafford/views/done")).andExpect(redirectedUrl("/n/trafford/views/new"));
        mvc.perform(post("/n/trafford/views/check").with(csrf())).andExpect(redirectedUrl("/n/trafford/views/new"));
        mvc.perform(get("/n/trafford/views/new")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tell us about a care service")));
        mvc.perform(get("/n/nowhere/views/new")).andExpect(status().isNotFound());
    }

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
