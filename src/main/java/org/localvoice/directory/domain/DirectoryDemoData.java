package org.localvoice.directory.domain;

import java.util.Optional;
import java.util.UUID;
import org.localvoice.directory.Directory;
import org.localvoice.directory.DirectorySearch;
import org.localvoice.directory.PremisesSummary;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * With {@code localvoice.demo-data=true}, fills an empty directory with the shipped demo data on start:
 * {@code localvoice.directory.demo-set=full} (default) adds the 7,000-location CQC sample to the Trafford
 * set; {@code trafford} (tests) loads only the small Trafford set, ICBs and NHS trusts. Then links each
 * demo network's service responder to a provider: in Trafford, the controller of the first care home in
 * the borough (or of any premises there); in Barnet, the first provider named after the borough.
 */
@Component
@ConditionalOnProperty(name = "localvoice.demo-data", havingValue = "true")
class DirectoryDemoData {

    private final Directory directory;
    private final Networks networks;
    private final ResponderLinks responders;
    private final ResponderLinkRepository links;
    private final boolean full;

    DirectoryDemoData(Directory directory, Networks networks, ResponderLinks responders, ResponderLinkRepository links,
            @Value("${localvoice.directory.demo-set:full}") String set) {
        this.directory = directory;
        this.networks = networks;
        this.responders = responders;
        this.links = links;
        this.full = !"trafford".equalsIgnoreCase(set);
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    void load() {
        directory.loadDemoDirectory(full);
        networks.findBySlug("trafford").ifPresent(n -> link(n, traffordCareHomeController()));
        networks.findBySlug("barnet").ifPresent(n -> link(n,
                directory.searchProviders("barnet", null, PageRequest.of(0, 1)).stream().findFirst().map(p -> p.id())));
    }

    private Optional<UUID> traffordCareHomeController() {
        var premises = directory.search(new DirectorySearch(null, null, null, "E08000009", null), PageRequest.of(0, 100)).getContent();
        Optional<UUID> careHome = premises.stream().filter(PremisesSummary::careHome).map(PremisesSummary::controllerId)
                .filter(id -> id != null).findFirst();
        return careHome.or(() -> premises.stream().map(PremisesSummary::controllerId).filter(id -> id != null).findFirst());
    }

    private void link(NetworkSummary network, Optional<UUID> provider) {
        provider.ifPresent(providerId -> TenantContext.runAs(network.id(), () -> {
            if (links.count() == 0) {
                responders.link("responder@" + network.slug() + ".example", providerId);
            }
            return null;
        }));
    }
}
