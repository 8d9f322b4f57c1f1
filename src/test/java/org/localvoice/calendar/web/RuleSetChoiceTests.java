package org.localvoice.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.localvoice.access.domain.AccountUserDetailsService;
import org.localvoice.calendar.Deadline;
import org.localvoice.calendar.Duty;
import org.localvoice.calendar.NetworkRuleSetChosen;
import org.localvoice.calendar.StatutoryClock;
import org.localvoice.calendar.domain.NetworkRuleSetRepository;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.TestUsers;
import org.localvoice.tenancy.Networks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@RecordApplicationEvents
class RuleSetChoiceTests {

    private static final String MANAGER = "manager@trafford.example";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    StatutoryClock clock;
    @Autowired
    Networks networks;
    @Autowired
    NetworkRuleSetRepository choices;
    @Autowired
    AccountUserDetailsService accounts;

    private UUID network(String slug) {
        return networks.findBySlug(slug).orElseThrow().id();
    }

    private UUID healthwatch() {
        return clock.ruleSet("healthwatch-2013").ref().id();
    }

    @AfterEach
    void backToTheDefault() {
        choices.deleteAll();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aNetworkWithNoChoiceUsesLinks2008() {
        Deadline deadline = clock.due(network("trafford"), Duty.INFORMATION_REQUEST_REPLY, LocalDate.of(2008, 12, 10));

        assertThat(deadline.ruleSet().code()).isEqualTo("links-2008");
        assertThat(deadline.ruleSet().version()).isEqualTo(1);
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2009, 1, 9));
    }

    @Test
    void aHostManagerChangesTheirNetworksRuleSet(ApplicationEvents events) throws Exception {
        mvc.perform(get("/manage/rule-set").with(users.as(MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your network uses LINks 2008 (version 1), the default.")))
                .andExpect(content().string(containsString("Local Healthwatch 2013 (version 1)")))
                .andExpect(content().string(containsString("Local Involvement Networks under the Local Government")));

        mvc.perform(post("/manage/rule-set").param("ruleSetId", healthwatch().toString()).with(csrf()).with(users.as(MANAGER)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/manage/rule-set"))
                .andExpect(flash().attribute("savedName", "Local Healthwatch 2013"));

        Deadline deadline = clock.due(network("trafford"), Duty.OSC_ACKNOWLEDGEMENT, LocalDate.of(2013, 4, 2));
        assertThat(deadline.ruleSet().code()).isEqualTo("healthwatch-2013");
        assertThat(deadline.ruleSet().version()).isEqualTo(1);
        assertThat(clock.ruleSetOf(network("barnet")).ref().code()).as("other networks unchanged").isEqualTo("links-2008");
        assertThat(events.stream(NetworkRuleSetChosen.class)).singleElement()
                .satisfies(e -> assertThat(e.chosenBy()).isEqualTo(MANAGER));
        mvc.perform(get("/manage/rule-set").with(users.as(MANAGER)))
                .andExpect(content().string(containsString("Your network uses Local Healthwatch 2013 (version 1), chosen by "
                        + MANAGER)));
        mvc.perform(get("/n/trafford/deadlines"))
                .andExpect(content().string(containsString("counts its deadlines by the rule set Local Healthwatch 2013")));
    }

    @Test
    void noChoiceOrAnUnknownRuleSetGetsAFieldError() throws Exception {
        mvc.perform(post("/manage/rule-set").with(csrf()).with(users.as(MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#ruleSetId\"")))
                .andExpect(content().string(containsString("Select the rules your network should use")));
        mvc.perform(post("/manage/rule-set").param("ruleSetId", UUID.randomUUID().toString()).with(csrf())
                        .with(users.as(MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Select the rules your network should use")));
        assertThat(choices.count()).isZero();
    }

    @Test
    void onlyHostManagersMayChoose() throws Exception {
        mvc.perform(get("/manage/rule-set").with(users.as("staff@trafford.example"))).andExpect(status().isForbidden());
        mvc.perform(post("/manage/rule-set").param("ruleSetId", healthwatch().toString()).with(csrf())
                        .with(users.as("staff@trafford.example")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/manage/rule-set").with(users.as("participant@trafford.example"))).andExpect(status().isForbidden());
        assertThat(choices.count()).isZero();
    }

    @Test
    void aManagerCannotChooseForAnotherNetwork() {
        UserDetails manager = accounts.loadUserByUsername(MANAGER);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(manager, null, manager.getAuthorities()));

        assertThatThrownBy(() -> clock.chooseRuleSet(network("barnet"), healthwatch()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(choices.count()).isZero();
    }
}
