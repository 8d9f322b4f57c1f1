package org.localvoice.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.localvoice.access.CurrentUser;
import org.localvoice.access.Role;
import org.localvoice.tenancy.NetworkSummary;

class NavigationTests {

    private final Navigation navigation = new Navigation();
    private static final NetworkSummary TRAFFORD = new NetworkSummary(UUID.randomUUID(), "trafford", "Trafford LINk",
            "E08000009", "Trafford", "North West", "Host", null, null, null, null, true);

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyLinkOfEveryRoleHasALabelInEnglishAndUrdu(Role role) throws IOException {
        Properties english = load("messages/common.properties");
        Properties urdu = load("messages/common_ur.properties");

        List<Navigation.Item> items = navigation.itemsFor(user(role), TRAFFORD, "/n/trafford");

        assertThat(items).isNotEmpty().allSatisfy(item -> {
            assertThat(english).containsKey(item.labelKey());
            assertThat(urdu).containsKey(item.labelKey());
        });
    }

    @Test
    void visitorsAreOfferedTheirNetworkAndTheListOfNetworks() {
        assertThat(navigation.itemsFor(null, TRAFFORD, "/n/trafford/anything"))
                .extracting(Navigation.Item::href).containsExactly("/n/trafford", "/find", "/deadlines");
    }

    @Test
    void staffSeeTheirDashboardButNotAdministration() {
        assertThat(navigation.itemsFor(user(Role.HOST_STAFF), TRAFFORD, "/manage"))
                .extracting(Navigation.Item::href).contains("/manage", "/account").doesNotContain("/admin", "/manage/people");
    }

    @Test
    void theCurrentPageIsCurrentAndItsSectionActive() {
        List<Navigation.Item> items = navigation.itemsFor(user(Role.HOST_MANAGER), TRAFFORD, "/manage/people/42");

        Navigation.Item people = items.stream().filter(i -> i.href().equals("/manage/people")).findFirst().orElseThrow();
        Navigation.Item dashboard = items.stream().filter(i -> i.href().equals("/manage")).findFirst().orElseThrow();
        assertThat(people.active()).isTrue();
        assertThat(people.current()).isFalse();
        assertThat(dashboard.active()).as("only the most specific section is active").isFalse();
        assertThat(navigation.itemsFor(user(Role.HOST_MANAGER), TRAFFORD, "/manage/people"))
                .filteredOn(Navigation.Item::current).extracting(Navigation.Item::href).containsExactly("/manage/people");
    }

    private static CurrentUser user(Role role) {
        return new CurrentUser(UUID.randomUUID(), role.networkScoped() ? TRAFFORD.id() : null, "x@example.org", "X",
                Set.of(role));
    }

    private static Properties load(String path) throws IOException {
        Properties p = new Properties();
        try (Reader in = new InputStreamReader(NavigationTests.class.getClassLoader().getResourceAsStream(path),
                StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
