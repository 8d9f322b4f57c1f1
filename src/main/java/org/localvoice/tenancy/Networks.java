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

    /** Current councils that have no network yet, by region and name: where a new network may be created. */
    List<LocalAuthoritySummary> localAuthoritiesWithoutNetwork();

    boolean slugInUse(String slug);

    /**
     * Creates a network (platform administrators only).
     *
     * @throws DuplicateSlugException        when another network has the slug
     * @throws LocalAuthorityTakenException  when the council has a network already or is not current
     * @throws IllegalArgumentException      when the slug is malformed
     */
    NetworkSummary create(NewNetwork details);

    /** The contact details with the version to send back with an update. */
    Optional<NetworkContact> contact(UUID networkId);

    /**
     * Changes contact details and opening hours (platform administrators only).
     *
     * @throws StaleNetworkException when the network changed after {@code details.version()}
     */
    NetworkSummary updateContact(NetworkContact details);
}
