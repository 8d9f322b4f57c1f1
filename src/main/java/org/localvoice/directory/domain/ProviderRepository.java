package org.localvoice.directory.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProviderRepository extends JpaRepository<Provider, UUID> {

    Optional<Provider> findByCqcProviderId(String id);

    Optional<Provider> findByOdsCode(String code);

    Optional<Provider> findByGssCode(String code);

    Optional<Provider> findFirstBySearchNameAndKind(String searchName, org.localvoice.directory.ProviderKind kind);

    /** Open providers whose search name contains the text, by name. */
    @org.springframework.data.jpa.repository.Query("""
            SELECT p FROM Provider p WHERE p.closedOn IS NULL AND p.searchName LIKE CONCAT('%', :text, '%')
            AND (:commissioner IS NULL OR p.commissioner = :commissioner) ORDER BY p.searchName, p.id""")
    org.springframework.data.domain.Page<Provider> search(String text, Boolean commissioner,
            org.springframework.data.domain.Pageable pageable);
}
