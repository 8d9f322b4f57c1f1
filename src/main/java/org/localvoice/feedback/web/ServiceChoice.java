package org.localvoice.feedback.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.directory.Directory;
import org.localvoice.directory.DirectorySearch;
import org.localvoice.directory.PremisesSummary;
import org.localvoice.tenancy.NetworkSummary;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Finding the service a view is about in the directory, by name or postcode, the network's area first. */
@Component
class ServiceChoice {

    static final int RESULTS = 10;

    private final Directory directory;

    ServiceChoice(Directory directory) {
        this.directory = directory;
    }

    /** Up to ten premises whose name starts with the words typed, or in the postcode typed. */
    List<PremisesSummary> search(String typed, NetworkSummary network) {
        if (typed == null || typed.isBlank() || typed.length() > ViewForm.MAX_NAME) {
            return List.of();
        }
        String t = typed.trim();
        boolean postcode = t.matches("(?i)^[A-Z]{1,2}\\d[A-Z\\d]?(\\s*\\d([A-Z]{2})?)?$");
        DirectorySearch search = postcode ? new DirectorySearch(null, t, null, null, network.localAuthorityCode())
                : new DirectorySearch(t, null, null, null, network.localAuthorityCode());
        return directory.search(search, PageRequest.of(0, RESULTS)).getContent();
    }

    Optional<PremisesSummary> premises(UUID id) {
        return id == null ? Optional.empty() : directory.premises(id);
    }

    /** The provider of the premises: who runs the service there (the controller), else the owner. */
    static UUID providerOf(PremisesSummary premises) {
        return premises.controllerId() != null ? premises.controllerId() : premises.ownerId();
    }
}
