package org.localvoice.directory.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProviderRepository extends JpaRepository<Provider, UUID> {

    Optional<Provider> findByCqcProviderId(String id);

    Optional<Provider> findByOdsCode(String code);

    Optional<Provider> findByGssCode(String code);

    Optional<Provider> findFirstBySearchNameAndKind(String searchName, org.localvoice.directory.ProviderKind kind);
}
