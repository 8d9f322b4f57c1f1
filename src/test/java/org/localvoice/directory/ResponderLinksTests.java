package org.localvoice.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ResponderLinksTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Directory directory;

    UUID account(String email) {
        return jdbc.queryForObject("SELECT id FROM access_account WHERE email = ?", UUID.class, email);
    }

    UUID network(String slug) {
        return jdbc.queryForObject("SELECT id FROM tenancy_network WHERE slug = ?", UUID.class, slug);
    }

    UUID provider(String ods) {
        return jdbc.queryForObject("SELECT id FROM directory_provider WHERE ods_code = ?", UUID.class, ods);
    }

    @Test
    void theDemoRespondersAnswerForAProviderOfTheirOwnNetworkOnly() {
        var providers = org.localvoice.shared.TenantContext.runAs(network("trafford"),
                () -> directory.providersOfResponder(account("responder@trafford.example")));
        assertThat(providers).hasSize(1);
        UUID provider = providers.get(0).id();
        assertThat(directory.responderAccountsOf(network("trafford"), provider)).containsExactly(account("responder@trafford.example"));
        assertThat(directory.responderAccountsOf(network("barnet"), provider)).doesNotContain(account("responder@trafford.example"));
        assertThat(org.localvoice.shared.TenantContext.runAs(network("barnet"),
                () -> directory.providersOfResponder(account("responder@trafford.example")))).isEmpty();
    }

    @Test
    void providersAreFoundByAnyPartOfTheirNameAndCommissionersCanBeChosenAlone() {
        var trusts = directory.searchProviders("foundation trust", null, PageRequest.of(0, 5));
        assertThat(trusts.getContent()).isNotEmpty().allSatisfy(p -> assertThat(p.name().toLowerCase()).contains("foundation trust"));
        var commissioners = directory.searchProviders("", true, PageRequest.of(0, 50));
        assertThat(commissioners.getContent()).isNotEmpty().allSatisfy(p -> assertThat(p.commissioner()).isTrue());
        assertThat(directory.provider(commissioners.getContent().get(0).id())).contains(commissioners.getContent().get(0));
    }

    @Test
    void staffLinkOnlyServiceRespondersOfTheirNetworkAndAnotherNetworkCannotRemoveTheLink() throws Exception {
        UUID trust = directory.searchProviders("foundation trust", null, PageRequest.of(0, 1)).getContent().get(0).id();
        mvc.perform(post("/manage/responders").with(csrf()).with(users.as("staff@trafford.example"))
                        .param("email", "staff@trafford.example").param("providerId", trust.toString()).param("q", "foundation"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That account is not a service responder")))
                .andExpect(content().string(containsString("value=\"staff@trafford.example\"")));
        mvc.perform(post("/manage/responders").with(csrf()).with(users.as("staff@trafford.example"))
                        .param("email", "responder@barnet.example").param("providerId", trust.toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no account with that e-mail address in this network")));
        mvc.perform(post("/manage/responders").with(csrf()).with(users.as("staff@trafford.example")).param("email", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the responder&#39;s e-mail address")))
                .andExpect(content().string(containsString("Choose the provider")));

        mvc.perform(post("/manage/responders").with(csrf()).with(users.as("staff@trafford.example"))
                        .param("email", "Responder@Trafford.example").param("providerId", trust.toString()))
                .andExpect(status().is3xxRedirection());
        UUID link = jdbc.queryForObject("SELECT id FROM directory_responder_link WHERE provider_id = ? AND account_id = ?",
                UUID.class, trust, account("responder@trafford.example"));
        mvc.perform(get("/manage/responders").with(users.as("staff@trafford.example")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("responder@trafford.example")));

        mvc.perform(post("/manage/responders/" + link + "/remove").with(csrf()).with(users.as("staff@barnet.example")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/manage/responders/" + link + "/remove").with(csrf()).with(users.as("staff@trafford.example")))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM directory_responder_link WHERE id = ?", Long.class, link)).isZero();
    }

    @Test
    void aLinkedProvidersContactEmailIsCheckedAndSaved() throws Exception {
        UUID provider = org.localvoice.shared.TenantContext.runAs(network("trafford"),
                () -> directory.providersOfResponder(account("responder@trafford.example"))).get(0).id();
        String page = "/manage/responders/providers/" + provider + "/contact";
        mvc.perform(get(page).with(users.as("staff@barnet.example"))).andExpect(status().isNotFound());
        mvc.perform(post(page).with(csrf()).with(users.as("staff@trafford.example")).param("email", "not an address"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter an e-mail address in the right format")))
                .andExpect(content().string(containsString("value=\"not an address\"")));
        mvc.perform(post(page).with(csrf()).with(users.as("staff@trafford.example")).param("email", " complaints@provider.example "))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.provider(provider).orElseThrow().email()).isEqualTo("complaints@provider.example");
    }
}
