package org.localvoice.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class NetworkAdministrationTests {

    static final String ADMIN = "admin@localvoice.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listsEveryNetworkWithItsCouncilHostAndStatus() throws Exception {
        mvc.perform(get("/admin").with(users.as(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trafford LINk")))
                .andExpect(content().string(containsString("Barnet Voluntary Action (demo host)")))
                .andExpect(content().string(containsString("Active")));
    }

    @Test
    void createsANetworkWithItsFirstHostManager() throws Exception {
        String council = freeCouncil();
        String slug = "net-" + shortId();
        String email = "first-manager-" + shortId() + "@example.org";
        String location = mvc.perform(validNetwork(slug, council, email))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/networks/*/created"))
                .andExpect(flash().attribute("managerEmail", email))
                .andReturn().getResponse().getRedirectedUrl();

        mvc.perform(get(location).with(users.as(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Network created")))
                .andExpect(content().string(containsString("Test network " + slug)));

        Map<String, Object> network = jdbc.queryForMap("SELECT * FROM tenancy_network WHERE slug = ?", slug);
        assertThat(network.get("local_authority")).isEqualTo(council);
        Map<String, Object> manager = jdbc.queryForMap("SELECT * FROM access_account WHERE email = ?", email);
        assertThat(manager.get("network_id")).isEqualTo(network.get("id"));
        assertThat(jdbc.queryForObject("SELECT role FROM access_account_role WHERE account_id = ?", String.class,
                manager.get("id"))).isEqualTo("HOST_MANAGER");
    }

    @Test
    void keepsWhatWasTypedAndShowsEachErrorWhenTheFormIsIncomplete() throws Exception {
        String council = freeCouncil();
        mvc.perform(post("/admin/networks").with(users.as(ADMIN)).with(csrf())
                        .param("slug", "Not A Slug")
                        .param("name", "Typed network name")
                        .param("localAuthorityCode", council)
                        .param("hostName", "")
                        .param("contactEmail", "not-an-email")
                        .param("openingHours", "Tuesdays, 10am to 4pm")
                        .param("managerName", "Typed Manager")
                        .param("managerEmail", "typed.manager@example.org")
                        .param("managerPassword", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#slug\"")))
                .andExpect(content().string(containsString("href=\"#hostName\"")))
                .andExpect(content().string(containsString("href=\"#contactEmail\"")))
                .andExpect(content().string(containsString("href=\"#managerPassword\"")))
                .andExpect(content().string(containsString("Enter the host organisation’s name")))
                .andExpect(content().string(containsString("Password must be at least 12 characters")))
                .andExpect(content().string(containsString("value=\"Not A Slug\"")))
                .andExpect(content().string(containsString("value=\"Typed network name\"")))
                .andExpect(content().string(containsString("value=\"not-an-email\"")))
                .andExpect(content().string(containsString("Tuesdays, 10am to 4pm")))
                .andExpect(content().string(containsString("value=\"Typed Manager\"")))
                .andExpect(content().string(containsString("value=\"typed.manager@example.org\"")))
                .andExpect(content().string(matchesPattern("(?s).*<option value=\"" + council + "\" selected=\"selected\">.*")))
                .andExpect(content().string(not(containsString("value=\"short\""))));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM tenancy_network WHERE name = 'Typed network name'",
                Long.class)).isZero();
    }

    @Test
    void refusesASlugAnotherNetworkUses() throws Exception {
        mvc.perform(validNetwork("trafford", freeCouncil(), "dup-" + shortId() + "@example.org"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Another network already uses this web address")))
                .andExpect(content().string(containsString("href=\"#slug\"")));
    }

    @Test
    void offersOnlyCurrentCouncilsWithoutANetwork() throws Exception {
        mvc.perform(get("/admin/networks/new").with(users.as(ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"E06000022\"")))
                .andExpect(content().string(not(containsString("value=\"E08000009\""))))
                .andExpect(content().string(not(containsString("value=\"E10000006\""))));
        mvc.perform(validNetwork("net-" + shortId(), "E08000009", "taken-" + shortId() + "@example.org"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose a current council that has no network yet")));
    }

    @Test
    void savesChangedContactDetails() throws Exception {
        UUID id = createNetwork();
        mvc.perform(post("/admin/networks/" + id + "/edit").with(users.as(ADMIN)).with(csrf())
                        .param("version", "0")
                        .param("contactEmail", "new@example.org")
                        .param("contactPhone", "0100 000 0000")
                        .param("openingHours", "Weekdays only"))
                .andExpect(redirectedUrl("/admin/networks/" + id));
        mvc.perform(get("/admin/networks/" + id).with(users.as(ADMIN)))
                .andExpect(content().string(containsString("new@example.org")))
                .andExpect(content().string(containsString("Weekdays only")));
    }

    @Test
    void aStaleEditIsRefusedWithAMessageAndKeepsWhatWasTyped() throws Exception {
        UUID id = createNetwork();
        mvc.perform(post("/admin/networks/" + id + "/edit").with(users.as(ADMIN)).with(csrf())
                        .param("version", "0").param("contactEmail", "first@example.org").param("openingHours", "First"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/admin/networks/" + id + "/edit").with(users.as(ADMIN)).with(csrf())
                        .param("version", "0").param("contactEmail", "second@example.org").param("openingHours", "Second"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Someone else changed these details while you were editing")))
                .andExpect(content().string(containsString("value=\"second@example.org\"")))
                .andExpect(content().string(containsString("first@example.org")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        assertThat(jdbc.queryForObject("SELECT contact_email FROM tenancy_network WHERE id = ?", String.class, id))
                .isEqualTo("first@example.org");
    }

    @Test
    void onlyThePlatformAdministratorAdministersNetworks() throws Exception {
        for (String who : new String[] {"manager@trafford.example", "national@localvoice.example", "staff@barnet.example"}) {
            mvc.perform(get("/admin").with(users.as(who))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/networks").with(users.as(who)).with(csrf()).param("slug", "x"))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void anUnknownNetworkIsNotFound() throws Exception {
        mvc.perform(get("/admin/networks/" + UUID.randomUUID()).with(users.as(ADMIN))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/networks/" + UUID.randomUUID() + "/edit").with(users.as(ADMIN)))
                .andExpect(status().isNotFound());
    }

    private UUID createNetwork() throws Exception {
        String slug = "net-" + shortId();
        mvc.perform(validNetwork(slug, freeCouncil(), "m-" + shortId() + "@example.org"))
                .andExpect(status().is3xxRedirection());
        return jdbc.queryForObject("SELECT id FROM tenancy_network WHERE slug = ?", UUID.class, slug);
    }

    private MockHttpServletRequestBuilder validNetwork(String slug, String council, String managerEmail) {
        return post("/admin/networks").with(users.as(ADMIN)).with(csrf())
                .param("slug", slug)
                .param("name", "Test network " + slug)
                .param("localAuthorityCode", council)
                .param("hostName", "Test host charity")
                .param("contactEmail", "hello@" + slug + ".example")
                .param("contactPhone", "0100 000 0001")
                .param("contactAddress", "1 High Street")
                .param("openingHours", "Monday to Friday")
                .param("managerName", "Morgan Manager")
                .param("managerEmail", managerEmail)
                .param("managerPassword", "plum tugboat cinder meadow");
    }

    /** A current council without a network, different on every call (tests share one database). */
    private String freeCouncil() {
        return jdbc.queryForObject("SELECT gss_code FROM tenancy_local_authority la WHERE current_authority = TRUE "
                + "AND NOT EXISTS (SELECT 1 FROM tenancy_network n WHERE n.local_authority = la.gss_code) "
                + "ORDER BY gss_code DESC LIMIT 1", String.class);
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
