package org.localvoice.platform;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.localvoice.access.Accounts;
import org.localvoice.access.Role;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.localvoice.tenancy.NewNetwork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo data for newcomers (profile {@code demo}): two networks in different local authorities, each
 * with an account for every network role, plus a national viewer and a platform administrator.
 * Every demo account's password is {@value #PASSWORD}; accounts that need two-factor sign-in share
 * the demo authenticator key {@value #TOTP_SECRET}. Runs once: it does nothing when networks exist.
 */
@Component
@ConditionalOnProperty(name = "localvoice.demo-data", havingValue = "true")
class DemoData {

    static final String PASSWORD = "local-voice-demo";
    static final String TOTP_SECRET = "JBSWY3DPEHPK3PXP";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final Networks networks;
    private final Accounts accounts;

    DemoData(Networks networks, Accounts accounts) {
        this.networks = networks;
        this.accounts = accounts;
    }

    /** Runs first; modules' own demo loaders listen to the same event with a later {@code @Order}. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void load() {
        if (!networks.all().isEmpty()) {
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-loader", null,
                List.of(new SimpleGrantedAuthority(Role.PLATFORM_ADMIN.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            NetworkSummary trafford = networks.create(new NewNetwork("trafford", "Trafford LINk", "E08000009",
                    "Trafford Community Voice (demo host)", "1100001", "hello@trafford-link.example",
                    "0161 000 0001", "Waterside House, Sale Waterside, Sale M33 7ZF",
                    "Monday to Friday, 9am to 5pm. Drop-in on Wednesdays, 10am to 12 noon."));
            NetworkSummary barnet = networks.create(new NewNetwork("barnet", "Barnet LINk", "E09000003",
                    "Barnet Voluntary Action (demo host)", "1100002", "hello@barnet-link.example",
                    "020 0000 0002", "Hendon Town Hall, The Burroughs, London NW4 4BQ",
                    "Monday to Thursday, 9.30am to 4.30pm"));
            networkAccounts(trafford);
            networkAccounts(barnet);
            account(null, "national@localvoice.example", "Nadia National", Role.NATIONAL_VIEWER, null);
            account(null, "admin@localvoice.example", "Ada Admin", Role.PLATFORM_ADMIN, null);
            log.info("Demo data loaded: networks 'trafford' and 'barnet'; password for every demo account: {}", PASSWORD);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void networkAccounts(NetworkSummary network) {
        String domain = network.slug() + ".example";
        account(network.id(), "participant@" + domain, "Pat Participant", Role.PARTICIPANT, null);
        account(network.id(), "representative@" + domain, "Rana Representative", Role.AUTHORISED_REPRESENTATIVE, null);
        account(network.id(), "governing@" + domain, "Gwen Governing", Role.GOVERNING_MEMBER, null);
        account(network.id(), "staff@" + domain, "Sam Staff", Role.HOST_STAFF, null);
        account(network.id(), "manager@" + domain, "Mo Manager", Role.HOST_MANAGER, null);
        account(network.id(), "responder@" + domain, "Rio Responder", Role.SERVICE_RESPONDER,
                "NHS " + network.localAuthorityName() + " (demo provider)");
        account(network.id(), "scrutiny@" + domain, "Sol Scrutiny", Role.SCRUTINY_OFFICER,
                network.localAuthorityName() + " Health Overview and Scrutiny Committee");
        account(network.id(), "contract@" + domain, "Cai Contract", Role.CONTRACT_MANAGER,
                network.localAuthorityName() + " Council");
    }

    private void account(UUID network, String email, String name, Role role, String organisation) {
        UUID id = accounts.create(new Accounts.NewAccount(network, email, name, PASSWORD, Set.copyOf(EnumSet.of(role)),
                organisation));
        if (role.requiresTwoFactor()) {
            accounts.enrolTwoFactor(id, TOTP_SECRET);
        }
    }
}
