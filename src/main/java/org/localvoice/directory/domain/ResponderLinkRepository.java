package org.localvoice.directory.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Responder links of the current network only: the tenant filter applies to every query. */
public interface ResponderLinkRepository extends JpaRepository<ResponderLink, UUID> {

    List<ResponderLink> findByAccountId(UUID accountId);

    List<ResponderLink> findByProviderId(UUID providerId);

    boolean existsByAccountIdAndProviderId(UUID accountId, UUID providerId);

    Page<ResponderLink> findAllByOrderByCreatedAtDesc(Pageable pageable);
}
