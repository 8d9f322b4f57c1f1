package org.localvoice.feedback.themes.domain;

import java.util.UUID;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.NetworkCreated;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives every network the national theme framework: a new network when it is created, and on start any
 * network that has no themes yet (networks created before themes existed, and the demo networks).
 */
@Component
class ThemeSeeding {

    private static final Logger log = LoggerFactory.getLogger(ThemeSeeding.class);

    private final Themes themes;
    private final ThemeRepository repository;
    private final Networks networks;
    private final TransactionTemplate newTransaction;

    ThemeSeeding(Themes themes, ThemeRepository repository, Networks networks, PlatformTransactionManager transactions) {
        this.themes = themes;
        this.repository = repository;
        this.networks = networks;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(NetworkCreated created) {
        seed(created.networkId());
    }

    /** After the platform's demo networks (order 0) and before module demo data that marks views. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(11)
    void seedNetworksWithoutThemes() {
        for (NetworkSummary network : networks.all()) {
            if (TenantContext.runAs(network.id(), repository::count) == 0) {
                seed(network.id());
            }
        }
    }

    /** In its own transaction, opened once the network is set, so the rows are the network's. */
    void seed(UUID networkId) {
        try {
            int added = TenantContext.runAs(networkId, () -> newTransaction.execute(status -> themes.seedFramework()));
            log.info("Theme framework: {} themes added for network {}", added, networkId);
        } catch (DataIntegrityViolationException e) {
            log.info("Theme framework for network {} was being added at the same time; kept the other", networkId);
        }
    }
}
