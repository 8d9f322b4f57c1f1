package org.localvoice.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class NationalViewTests {

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;

    @Test
    void showsNetworksByRegionWithAccountNumbers() throws Exception {
        mvc.perform(get("/national").with(users.as("national@localvoice.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("North West")))
                .andExpect(content().string(containsString("London")))
                .andExpect(content().string(containsString("Trafford LINk")))
                .andExpect(content().string(containsString("Barnet LINk")))
                .andExpect(content().string(containsString("Authorised representative")));
    }

    @Test
    void theNationalViewContainsNoEmailAddressesOrPeoplesNames() throws Exception {
        String page = mvc.perform(get("/national").with(users.as("national@localvoice.example")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(EMAIL.matcher(page).find()).as("an e-mail address on the national view").isFalse();
        assertThat(page).doesNotContain("Pat Participant", "Mo Manager", "Rio Responder");

        String json = mvc.perform(get("/api/v1/national/networks").with(users.as("national@localvoice.example")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(EMAIL.matcher(json).find()).as("an e-mail address in the national API").isFalse();
        assertThat(json).doesNotContain("Pat Participant", "Mo Manager");
    }

    @Test
    void theApiGivesTheSameFiguresAsJson() throws Exception {
        mvc.perform(get("/api/v1/national/networks").with(users.as("admin@localvoice.example")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.regions[?(@.region == 'North West')].networks[?(@.slug == 'trafford')]"
                        + ".accountsByRole.HOST_MANAGER").value(org.hamcrest.Matchers.hasItem(
                                org.hamcrest.Matchers.greaterThanOrEqualTo(1))));
    }

    @Test
    void onlyNationalViewersAndPlatformAdministratorsSeeIt() throws Exception {
        mvc.perform(get("/national").with(users.as("admin@localvoice.example"))).andExpect(status().isOk());
        mvc.perform(get("/national").with(users.as("manager@trafford.example"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/national/networks").with(users.as("manager@trafford.example")))
                .andExpect(status().isForbidden());
    }
}
