package org.localvoice.calendar.web;

import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DeadlineApiTests {

    @Autowired
    MockMvc mvc;

    @Test
    void returnsTheDueDateRuleSetSkippedDaysAndExplanation() throws Exception {
        mvc.perform(get("/api/v1/public/deadlines").param("duty", "INFORMATION_REQUEST_REPLY").param("start", "2008-12-10"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.duty").value("INFORMATION_REQUEST_REPLY"))
                .andExpect(jsonPath("$.start").value("2008-12-10"))
                .andExpect(jsonPath("$.due").value("2009-01-09"))
                .andExpect(jsonPath("$.ruleSet.code").value("links-2008"))
                .andExpect(jsonPath("$.ruleSet.name").value("LINks 2008"))
                .andExpect(jsonPath("$.ruleSet.version").value(1))
                .andExpect(jsonPath("$.rule.period").value(20))
                .andExpect(jsonPath("$.rule.unit").value("WORKING_DAYS"))
                .andExpect(jsonPath("$.rule.sourceTag").value("U"))
                .andExpect(jsonPath("$.skipped.length()").value(3))
                .andExpect(jsonPath("$.skipped[0].date").value("2008-12-25"))
                .andExpect(jsonPath("$.skipped[0].reason").value("CHRISTMAS_DAY"))
                .andExpect(jsonPath("$.skipped[1].title").value("Boxing Day"))
                .andExpect(jsonPath("$.explanation").value("20 working days beginning with Wed 10 Dec 2008; skipped: "
                        + "Thu 25 Dec 2008 (Christmas Day), Fri 26 Dec 2008 (Boxing Day), "
                        + "Thu 1 Jan 2009 (New Year’s Day); due Fri 9 Jan 2009"));
    }

    @Test
    void countsUnderTheRuleSetAskedFor() throws Exception {
        mvc.perform(get("/api/v1/public/deadlines").param("duty", "ANNUAL_REPORT").param("start", "2014-03-31")
                        .param("ruleSet", "healthwatch-2013"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.due").value("2014-06-30"))
                .andExpect(jsonPath("$.ruleSet.name").value("Local Healthwatch 2013"))
                .andExpect(jsonPath("$.rule.unit").value("FIXED_DATE"))
                .andExpect(jsonPath("$.rule.fixedDate").value("--06-30"));
    }

    @Test
    void badInputIsAProblemWithOneErrorPerField() throws Exception {
        mvc.perform(get("/api/v1/public/deadlines").param("duty", "NAPPING").param("start", "2009-02-30")
                        .param("ruleSet", "links-1999"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.instance").value("/api/v1/public/deadlines"))
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("duty", "start", "ruleSet")))
                .andExpect(jsonPath("$.errors[?(@.field == 'start')].message")
                        .value(hasItems("Give start as a date in the form YYYY-MM-DD")));
    }

    @Test
    void missingParametersAreAProblemNotAServerError() throws Exception {
        mvc.perform(get("/api/v1/public/deadlines"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItems("duty", "start")));
    }
}
