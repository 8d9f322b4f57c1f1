package org.localvoice.tenancy.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.localvoice.audit.AuditableChange;
import org.localvoice.tenancy.DuplicateSlugException;
import org.localvoice.tenancy.LocalAuthoritySummary;
import org.localvoice.tenancy.LocalAuthorityTakenException;
import org.localvoice.tenancy.NetworkContact;
import org.localvoice.tenancy.NetworkCreated;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.localvoice.tenancy.NewNetwork;
import org.localvoice.tenancy.StaleNetworkException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class NetworkService implements Networks {

    private final NetworkRepository networks;
    private final LocalAuthorityRepository authorities;
    private final ApplicationEventPublisher events;

    NetworkService(NetworkRepository networks, LocalAuthorityRepository authorities, ApplicationEventPublisher events) {
        this.networks = networks;
        this.authorities = authorities;
        this.events = events;
    }

    @Override
    public Optional<NetworkSummary> findBySlug(String slug) {
        return networks.findBySlug(slug).map(this::summary);
    }

    @Override
    public Optional<NetworkSummary> findById(UUID id) {
        return networks.findById(id).map(this::summary);
    }

    @Override
    public List<NetworkSummary> all() {
        Map<String, LocalAuthority> byCode = authorities.findAll().stream()
                .collect(Collectors.toMap(LocalAuthority::getGssCode, Function.identity()));
        return networks.findAll().stream()
                .map(n -> summary(n, byCode.get(n.getLocalAuthorityCode())))
                .sorted(Comparator.comparing(NetworkSummary::region).thenComparing(NetworkSummary::name))
                .toList();
    }

    @Override
    public List<LocalAuthoritySummary> localAuthorities(boolean currentOnly) {
        List<LocalAuthority> list = currentOnly ? authorities.findByCurrentTrueOrderByRegionAscNiceNameAsc()
                : authorities.findAllByOrderByRegionAscNiceNameAsc();
        return list.stream().map(NetworkService::summary).toList();
    }

    @Override
    public Optional<LocalAuthoritySummary> localAuthority(String gssCode) {
        return authorities.findById(gssCode).map(NetworkService::summary);
    }

    @Override
    public List<LocalAuthoritySummary> localAuthoritiesWithoutNetwork() {
        return authorities.findCurrentWithoutNetwork().stream().map(NetworkService::summary).toList();
    }

    @Override
    public boolean slugInUse(String slug) {
        return slug != null && networks.existsBySlug(slug);
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public NetworkSummary create(NewNetwork details) {
        if (!NewNetwork.validSlug(details.slug())) {
            throw new IllegalArgumentException("Not a valid web address slug: " + details.slug());
        }
        if (networks.existsBySlug(details.slug())) {
            throw new DuplicateSlugException(details.slug());
        }
        LocalAuthority authority = authorities.findById(details.localAuthorityCode())
                .orElseThrow(() -> new IllegalArgumentException("Unknown local authority " + details.localAuthorityCode()));
        if (!authority.isCurrent() || networks.existsByLocalAuthorityCode(authority.getGssCode())) {
            throw new LocalAuthorityTakenException(authority.getGssCode());
        }
        Network network = new Network(details.slug(), details.name(), details.localAuthorityCode(), details.hostName());
        network.hostCharityNumber(details.hostCharityNumber());
        network.contact(details.contactEmail(), details.contactPhone(), details.contactAddress(), details.openingHours());
        networks.save(network);
        events.publishEvent(new NetworkCreated(network.getId(), network.getSlug(), network.getName()));
        events.publishEvent(new AuditableChange(null, "network", network.getId(), "network.created",
                "Created " + network.getSlug() + " for " + authority.getNiceName()));
        return summary(network, authority);
    }

    @Override
    public Optional<NetworkContact> contact(UUID networkId) {
        return networks.findById(networkId).map(NetworkService::contact);
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public NetworkSummary updateContact(NetworkContact details) {
        Network network = networks.findById(details.networkId())
                .orElseThrow(() -> new IllegalArgumentException("Unknown network " + details.networkId()));
        if (network.getVersion() != details.version()) {
            throw new StaleNetworkException();
        }
        List<String> changed = changedFields(contact(network), details);
        network.contact(details.email(), details.phone(), details.address(), details.openingHours());
        try {
            networks.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleNetworkException();
        }
        if (!changed.isEmpty()) {
            events.publishEvent(new AuditableChange(network.getId(), "network", network.getId(),
                    "network.contact.changed", "Changed " + String.join(", ", changed)));
        }
        return summary(network);
    }

    private static List<String> changedFields(NetworkContact before, NetworkContact after) {
        List<String> changed = new ArrayList<>();
        if (!Objects.equals(before.email(), after.email())) {
            changed.add("email");
        }
        if (!Objects.equals(before.phone(), after.phone())) {
            changed.add("phone");
        }
        if (!Objects.equals(before.address(), after.address())) {
            changed.add("address");
        }
        if (!Objects.equals(before.openingHours(), after.openingHours())) {
            changed.add("opening hours");
        }
        return changed;
    }

    private static NetworkContact contact(Network n) {
        return new NetworkContact(n.getId(), n.getVersion(), n.getContactEmail(), n.getContactPhone(),
                n.getContactAddress(), n.getOpeningHours());
    }

    private NetworkSummary summary(Network n) {
        return summary(n, authorities.findById(n.getLocalAuthorityCode()).orElse(null));
    }

    private NetworkSummary summary(Network n, LocalAuthority la) {
        return new NetworkSummary(n.getId(), n.getSlug(), n.getName(), n.getLocalAuthorityCode(),
                la == null ? n.getLocalAuthorityCode() : la.getNiceName(), la == null || la.getRegion() == null ? "" : la.getRegion(),
                n.getHostName(), n.getContactEmail(), n.getContactPhone(), n.getContactAddress(),
                n.getOpeningHours(), n.isActive());
    }

    private static LocalAuthoritySummary summary(LocalAuthority la) {
        return new LocalAuthoritySummary(la.getGssCode(), la.getNiceName(), la.getOfficialName(), la.getTypeName(),
                la.getRegion(), la.isCurrent(), la.getPopulation());
    }
}
