package org.localvoice.directory;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Find your LINk, with no account. */
@IntegrationTest
class FindYourLinkTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aDistrictSharedByTraffordAndBarnet() {
        // Not a real district: both authorities have a network in the demo data.
        jdbc.update("DELETE FROM directory_postcode_district WHERE district = 'ZZ9'");
        jdbc.update("INSERT INTO directory_postcode_district (district, gss_code, evidence_count) VALUES "
                + "('ZZ9', 'E08000009', 5), ('ZZ9', 'E09000003', 2)");
    }

    @Test
    void aPostcodeInOneAuthorityWithANetworkGoesToThatNetwork() throws Exception {
        mvc.perform(get("/find").param("postcode", " m33 7zf ")).andExpect(redirectedUrl("/n/trafford"));
        mvc.perform(get("/find").param("postcode", "WA142DD")).andExpect(redirectedUrl("/n/trafford"));
    }

    @Test
    void theFormIsOpenToEveryone() throws Exception {
        mvc.perform(get("/find")).andExpect(status().isOk())
                .andExpect(content().string(containsString("What is your postcode?")))
                .andExpect(content().string(containsString("href=\"/networks\"")));
    }

    @Test
    void aMalformedOrMissingPostcodeIsExplained() throws Exception {
        mvc.perform(get("/find").param("postcode", "M33 7Z")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a real postcode, like M33 7ZF")))
                .andExpect(content().string(containsString("govuk-error-summary")));
        mvc.perform(get("/find").param("postcode", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter your postcode")));
    }

    @Test
    void anUnknownDistrictPointsToTheListOfAllNetworks() throws Exception {
        mvc.perform(get("/find").param("postcode", "ZE2 9AA")).andExpect(status().isOk())
                .andExpect(content().string(containsString("We do not know which council area ZE2 is in")))
                .andExpect(content().string(containsString("href=\"/networks\"")));
    }

    @Test
    void anAuthorityWithoutANetworkSaysSoAndLinksToAllNetworks() throws Exception {
        mvc.perform(get("/find").param("postcode", "M1 1AA")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Manchester has no network on this site yet")))
                .andExpect(content().string(containsString("href=\"/networks\"")));
    }

    @Test
    void aDistrictInSeveralAuthoritiesAsksWhichAndGoesToTheChosenNetwork() throws Exception {
        mvc.perform(get("/find").param("postcode", "ZZ9 9ZZ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Which council area do you live in?")))
                .andExpect(content().string(containsString("value=\"E08000009\"")))
                .andExpect(content().string(containsString("value=\"E09000003\"")));
        mvc.perform(get("/find/choose").param("postcode", "ZZ9 9ZZ").param("authority", "E09000003"))
                .andExpect(redirectedUrl("/n/barnet"));
        mvc.perform(get("/find/choose").param("postcode", "ZZ9 9ZZ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select your council area")));
        mvc.perform(get("/find/choose").param("postcode", "ZZ9 9ZZ").param("authority", "E08000003"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select your council area")));
    }
}
