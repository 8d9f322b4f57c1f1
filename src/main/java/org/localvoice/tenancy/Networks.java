package org.localvoice.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The tenancy module's facade. */
public interface Networks {

    Optional<NetworkSummary> findBySlug(String slug);

    Optional<NetworkSummary> findById(UUID id);

    /** All networks, ordered by region and name. At most one per local authority, so a bounded list. */
    List<NetworkSummary> all();

    List<LocalAuthoritySummary> localAuthorities(boolean currentOnly);

    Optional<LocalAuthoritySummary> localAuthority(String gssCode);

    NetworkSummary create(NewNetwork details);
}
