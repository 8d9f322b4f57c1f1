package org.localvoice.directory.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.directory.Directory;
import org.localvoice.directory.DirectorySearch;
import org.localvoice.directory.PremisesSummary;
import org.localvoice.directory.ProviderSummary;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DirectoryService implements Directory {

    private final PremisesSearch search;
    private final PremisesRepository premises;
    private final PostcodeDistricts districts;
    private final DemoDirectoryLoader demo;
    private final ProviderRepository providers;
    private final ResponderLinks responders;

    DirectoryService(PremisesSearch search, PremisesRepository premises, PostcodeDistricts districts, DemoDirectoryLoader demo,
            ProviderRepository providers, ResponderLinks responders) {
        this.search = search;
        this.premises = premises;
        this.districts = districts;
        this.demo = demo;
        this.providers = providers;
        this.responders = responders;
    }

    @Override
    public Optional<ProviderSummary> provider(UUID id) {
        return id == null ? Optional.empty() : providers.findById(id).map(Provider::summary);
    }

    @Override
    public Page<ProviderSummary> searchProviders(String text, Boolean commissioner, Pageable page) {
        String words = SearchText.searchName(text == null ? "" : text, 200);
        return providers.search(words, commissioner, page).map(Provider::summary);
    }

    @Override
    public List<ProviderSummary> providersOfResponder(UUID accountId) {
        return providers.findAllById(responders.providersOf(accountId)).stream().map(Provider::summary)
                .sorted(java.util.Comparator.comparing(ProviderSummary::name)).toList();
    }

    /** Outside any open session: the tenant of a session is fixed when it opens, and this reads as {@code networkId}. */
    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public List<UUID> responderAccountsOf(UUID networkId, UUID providerId) {
        return org.localvoice.shared.TenantContext.runAs(networkId, () -> responders.accountsOf(providerId));
    }

    @Override
    public Page<PremisesSummary> search(DirectorySearch query, Pageable page) {
        return search.search(query, page);
    }

    @Override
    public Optional<PremisesSummary> premises(UUID id) {
        return premises.findById(id).map(p -> new PremisesSummary(p.getId(), p.getName(), p.getAddress(), p.getPostcode(),
                p.getLocalAuthorityCode(), List.copyOf(new java.util.TreeSet<>(p.getServiceTypes())), p.isCareHome(),
                p.getOdsCode(), p.getCqcLocationId(), p.getPhone(), p.getWebsite(),
                p.getController() == null ? null : p.getController().getName(),
                p.getOwner() == null ? null : p.getOwner().getId(),
                p.getController() == null ? null : p.getController().getId()));
    }

    @Override
    public List<String> localAuthoritiesForPostcode(String postcode) {
        return Postcodes.normalise(postcode)
                .map(pc -> districts.forDistrict(Postcodes.district(pc)).stream().map(PostcodeDistricts.Evidence::gssCode).toList())
                .orElse(List.of());
    }

    @Override
    public boolean isEmpty() {
        return demo.isEmpty();
    }

    @Override
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public void loadDemoDirectory(boolean full) {
        demo.load(full);
    }
}
