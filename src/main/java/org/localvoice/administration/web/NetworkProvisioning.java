package org.localvoice.administration.web;

import java.util.Set;
import java.util.UUID;
import org.localvoice.access.Accounts;
import org.localvoice.access.Role;
import org.localvoice.audit.AuditableChange;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates a network and its first host manager together: both or neither. */
@Service
class NetworkProvisioning {

    private final Networks networks;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    NetworkProvisioning(Networks networks, Accounts accounts, ApplicationEventPublisher events) {
        this.networks = networks;
        this.accounts = accounts;
        this.events = events;
    }

    @Transactional
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public NetworkSummary provision(NetworkForm form) {
        NetworkSummary network = networks.create(form.network());
        UUID manager = accounts.create(new Accounts.NewAccount(network.id(), form.getManagerEmail().trim(),
                form.getManagerName().trim(), form.getManagerPassword(), Set.of(Role.HOST_MANAGER), null));
        events.publishEvent(new AuditableChange(network.id(), "account", manager, "account.created",
                "First host manager of the network"));
        return network;
    }
}
