package org.localvoice.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class PublicPagesTests {

    @Autowired
    MockMvc mvc;

    @Test
    void networkHomeShowsItsNameContactAndOpeningHours() throws Exception {
        mvc.perform(get("/n/trafford"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trafford LINk")))
                .andExpect(content().string(containsString("0161 000 0001")))
                .andExpect(content().string(containsString("Drop-in on Wednesdays")));
    }

    @Test
    void unknownNetworkIsNotFound() throws Exception {
        mvc.perform(get("/n/nowhere")).andExpect(status().isNotFound());
    }

    @Test
    void networksAreListedByRegion() throws Exception {
        mvc.perform(get("/networks"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("North West")))
                .andExpect(content().string(containsString("Barnet LINk")));
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }
}
