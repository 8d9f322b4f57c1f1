package org.localvoice.directory.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.access.Accounts;
import org.localvoice.access.Role;
import org.localvoice.audit.AuditableChange;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which service-responder accounts of the network answer for which providers; kept by host staff. */
@Service
@Transactional(readOnly = true)
public class ResponderLinks {

    /** Why a link could not be made, as a message key. */
    public enum Problem {
        NO_SUCH_ACCOUNT, NOT_A_RESPONDER, NO_SUCH_PROVIDER, ALREADY_LINKED
    }

    private final ResponderLinkRepository links;
    private final ProviderRepository providers;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    ResponderLinks(ResponderLinkRepository links, ProviderRepository providers, Accounts accounts,
            ApplicationEventPublisher events) {
        this.links = links;
        this.providers = providers;
        this.accounts = accounts;
        this.events = events;
    }

    public Page<ResponderLink> page(Pageable pageable) {
        return links.findAllByOrderByCreatedAtDesc(pageable);
    }

    public Optional<ResponderLink> find(UUID id) {
        return links.findById(id);
    }

    /** Links a responder account (by e-mail) to a provider; empty when done, else the problem. */
    @Transactional
    public Optional<Problem> link(String email, UUID providerId) {
        UUID networkId = TenantContext.requireNetwork();
        var account = accounts.detailsByEmail(networkId, email);
        if (account.isEmpty()) {
            return Optional.of(Problem.NO_SUCH_ACCOUNT);
        }
        if (!account.get().roles().contains(Role.SERVICE_RESPONDER)) {
            return Optional.of(Problem.NOT_A_RESPONDER);
        }
        if (providerId == null || !providers.existsById(providerId)) {
            return Optional.of(Problem.NO_SUCH_PROVIDER);
        }
        if (links.existsByAccountIdAndProviderId(account.get().id(), providerId)) {
            return Optional.of(Problem.ALREADY_LINKED);
        }
        ResponderLink link = links.save(new ResponderLink(account.get().id(), providerId));
        events.publishEvent(new AuditableChange(networkId, "ResponderLink", link.getId(), "linked",
                account.get().email() + " answers for provider " + providerId));
        return Optional.empty();
    }

    @Transactional
    public boolean unlink(UUID id) {
        return links.findById(id).map(link -> {
            links.delete(link);
            events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "ResponderLink", link.getId(),
                    "unlinked", "account " + link.getAccountId() + " no longer answers for provider " + link.getProviderId()));
            return true;
        }).orElse(false);
    }

    /** Records the contact e-mail of a provider the network writes to. */
    @Transactional
    public boolean setContactEmail(UUID providerId, String email) {
        return providers.findById(providerId).map(p -> {
            p.setContactEmail(email);
            events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "Provider", providerId,
                    "contact e-mail", String.valueOf(p.getContactEmail())));
            return true;
        }).orElse(false);
    }

    List<UUID> providersOf(UUID accountId) {
        return links.findByAccountId(accountId).stream().map(ResponderLink::getProviderId).toList();
    }

    /** The current network's responders for a provider. */
    List<UUID> accountsOf(UUID providerId) {
        return links.findByProviderId(providerId).stream().map(ResponderLink::getAccountId).toList();
    }
}
