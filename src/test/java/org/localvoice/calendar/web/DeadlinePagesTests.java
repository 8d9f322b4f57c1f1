package org.localvoice.calendar.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DeadlinePagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theCalculatorIsOpenToThePublic() throws Exception {
        mvc.perform(get("/deadlines"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Work out a deadline")))
                .andExpect(content().string(containsString("name=\"start-day\"")))
                .andExpect(content().string(containsString("Reply to a request for information")));
    }

    @Test
    void showsTheDueDateAndHowItWasWorkedOut() throws Exception {
        mvc.perform(get("/deadlines/result").param("duty", "INFORMATION_REQUEST_REPLY")
                        .param("start-day", "10").param("start-month", "12").param("start-year", "2008"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Due by Fri 9 Jan 2009")))
                .andExpect(content().string(containsString("datetime=\"2009-01-09\"")))
                .andExpect(content().string(containsString("20 working days beginning with Wed 10 Dec 2008; skipped: "
                        + "Thu 25 Dec 2008 (Christmas Day), Fri 26 Dec 2008 (Boxing Day), Thu 1 Jan 2009 (New Year’s Day); "
                        + "due Fri 9 Jan 2009")))
                .andExpect(content().string(containsString("Rule set: LINks 2008, version 1")));
    }

    @Test
    void usesTheRuleSetChosenOnTheForm() throws Exception {
        mvc.perform(get("/deadlines/result").param("duty", "OSC_ACKNOWLEDGEMENT").param("ruleSet", "healthwatch-2013")
                        .param("start-day", "2").param("start-month", "6").param("start-year", "2008"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Due by Fri 27 Jun 2008")))
                .andExpect(content().string(containsString("Local Healthwatch 2013, version 1")));
    }

    @Test
    void anImpossibleDateGetsAFieldLevelError() throws Exception {
        mvc.perform(get("/deadlines/result").param("duty", "INFORMATION_REQUEST_REPLY")
                        .param("start-day", "30").param("start-month", "2").param("start-year", "2009"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#start-day\"")))
                .andExpect(content().string(containsString("Start date must be a real date")))
                .andExpect(content().string(containsString("govuk-input--error")))
                .andExpect(content().string(containsString("value=\"30\"")));
    }

    @Test
    void eachMissingAnswerIsNamed() throws Exception {
        mvc.perform(get("/deadlines/result").param("start-day", "10").param("start-year", "2008"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the duty")))
                .andExpect(content().string(containsString("href=\"#duty\"")))
                .andExpect(content().string(containsString("Start date must include a month")))
                .andExpect(content().string(containsString("href=\"#start-month\"")))
                .andExpect(content().string(not(containsString("Due by"))));
    }

    @Test
    void aNetworkPageCountsByTheNetworksRuleSet() throws Exception {
        mvc.perform(get("/n/barnet/deadlines"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Barnet LINk counts its deadlines by the rule set LINks 2008")))
                .andExpect(content().string(containsString("/n/barnet/deadlines/result")))
                .andExpect(content().string(not(containsString("name=\"ruleSet\""))));
        mvc.perform(get("/n/barnet/deadlines/result").param("duty", "REPORT_RESPONSE")
                        .param("start-day", "22").param("start-month", "5").param("start-year", "2012"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Due by Wed 20 Jun 2012")))
                .andExpect(content().string(containsString("Queen’s Diamond Jubilee")));
    }

    @Test
    void anUnknownNetworkHasNoCalculator() throws Exception {
        mvc.perform(get("/n/nowhere/deadlines")).andExpect(status().isNotFound());
    }

    @Test
    void explainsInUrdu() throws Exception {
        mvc.perform(get("/deadlines/result").param("lang", "ur").param("duty", "INFORMATION_REQUEST_REPLY")
                        .param("start-day", "10").param("start-month", "12").param("start-year", "2008"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("کام کے دن")))
                .andExpect(content().string(containsString("کرسمس کا دن")));
    }
}
