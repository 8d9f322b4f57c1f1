package org.localvoice.tenancy.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.localvoice.tenancy.DuplicateSlugException;
import org.localvoice.tenancy.LocalAuthoritySummary;
import org.localvoice.tenancy.NetworkCreated;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.localvoice.tenancy.NewNetwork;
import org.springframework.context.ApplicationEventPublisher;
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
    @Transactional
    @PreAuthorize("hasRole('PLATFORM_ADMIN')")
    public NetworkSummary create(NewNetwork details) {
        if (networks.existsBySlug(details.slug())) {
            throw new DuplicateSlugException(details.slug());
        }
        authorities.findById(details.localAuthorityCode())
                .orElseThrow(() -> new IllegalArgumentException("Unknown local authority " + details.localAuthorityCode()));
        Network network = new Network(details.slug(), details.name(), details.localAuthorityCode(), details.hostName());
        network.hostCharityNumber(details.hostCharityNumber());
        network.contact(details.contactEmail(), details.contactPhone(), details.contactAddress(), details.openingHours());
        networks.save(network);
        events.publishEvent(new NetworkCreated(network.getId(), network.getSlug(), network.getName()));
        return summary(network);
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
