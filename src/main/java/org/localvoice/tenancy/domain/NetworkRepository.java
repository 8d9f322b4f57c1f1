package org.localvoice.tenancy.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkRepository extends JpaRepository<Network, UUID> {

    Optional<Network> findBySlug(String slug);

    boolean existsBySlug(String slug);

    boolean existsByLocalAuthorityCode(String localAuthorityCode);
}
