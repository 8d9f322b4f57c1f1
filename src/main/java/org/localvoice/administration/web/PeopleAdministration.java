package org.localvoice.administration.web;

import java.util.UUID;
import org.localvoice.access.Accounts;
import org.localvoice.audit.AuditableChange;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A host manager's changes to their network's accounts, each recorded in the audit trail. Disabling an
 * account also ends its open sessions, so that it is signed out at once rather than at session expiry.
 */
@Service
class PeopleAdministration {

    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    PeopleAdministration(Accounts accounts, ApplicationEventPublisher events,
            ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.accounts = accounts;
        this.events = events;
        this.sessions = sessions;
    }

    @Transactional
    @PreAuthorize("hasRole('HOST_MANAGER')")
    public UUID add(UUID networkId, AccountForm form) {
        UUID id = accounts.create(form.account(networkId));
        events.publishEvent(new AuditableChange(networkId, "account", id, "account.created",
                "Role " + form.role().name()));
        return id;
    }

    /** Returns false when the network has no such account. */
    @Transactional
    @PreAuthorize("hasRole('HOST_MANAGER')")
    public boolean setEnabled(UUID networkId, UUID accountId, boolean enabled) {
        var account = accounts.details(networkId, accountId);
        if (account.isEmpty() || !accounts.setEnabled(networkId, accountId, enabled)) {
            return false;
        }
        events.publishEvent(new AuditableChange(networkId, "account", accountId,
                enabled ? "account.enabled" : "account.disabled", null));
        if (!enabled) {
            endSessions(account.get().email());
        }
        return true;
    }

    private void endSessions(String email) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository != null) {
            repository.findByPrincipalName(email).keySet().forEach(repository::deleteById);
        }
    }
}
