package org.localvoice.directory.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.directory.Directory;
import org.localvoice.directory.DirectorySearch;
import org.localvoice.directory.PremisesSummary;
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

    DirectoryService(PremisesSearch search, PremisesRepository premises, PostcodeDistricts districts, DemoDirectoryLoader demo) {
        this.search = search;
        this.premises = premises;
        this.districts = districts;
        this.demo = demo;
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
                p.getController() == null ? null : p.getController().getName()));
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
