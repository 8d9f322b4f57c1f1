package org.localvoice.administration;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DashboardTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @Test
    void hostStaffSeeTheirNetworkItsCouncilHostAndAccountsByRole() throws Exception {
        mvc.perform(get("/manage").with(users.as("staff@barnet.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Barnet LINk")))
                .andExpect(content().string(containsString("Local Involvement Network for Barnet")))
                .andExpect(content().string(containsString("Hosted by Barnet Voluntary Action (demo host)")))
                .andExpect(content().string(containsString("Authorised representative")))
                .andExpect(content().string(not(containsString("href=\"/manage/people\""))))
                .andExpect(content().string(not(containsString("Trafford LINk"))));
    }

    @Test
    void hostManagersAlsoGetLinksToPeopleAndTheAuditTrail() throws Exception {
        mvc.perform(get("/manage").with(users.as("manager@trafford.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trafford LINk")))
                .andExpect(content().string(containsString("href=\"/manage/audit\"")));
    }

    @Test
    void otherRolesHaveNoDashboard() throws Exception {
        mvc.perform(get("/manage").with(users.as("participant@trafford.example"))).andExpect(status().isForbidden());
        mvc.perform(get("/manage").with(users.as("national@localvoice.example"))).andExpect(status().isForbidden());
    }
}
