package org.localvoice.feedback.domain;

import java.util.Optional;
import java.util.UUID;
import org.localvoice.feedback.ViewStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Views of the current network only (tenant filter). Every list is a page; every filter has an index. */
public interface ExperienceRepository extends JpaRepository<Experience, UUID> {

    Optional<Experience> findByReference(String reference);

    boolean existsByReference(String reference);

    Page<Experience> findBySafeguardingOpenAndStatus(boolean safeguardingOpen, ViewStatus status, Pageable page);

    Page<Experience> findBySafeguardingOpen(boolean safeguardingOpen, Pageable page);

    Page<Experience> findByStatus(ViewStatus status, Pageable page);

    Page<Experience> findByStatusAndPremisesId(ViewStatus status, UUID premisesId, Pageable page);

    org.springframework.data.domain.Slice<Experience> findSliceBySafeguardingOpenAndStatus(boolean safeguardingOpen, ViewStatus status,
            Pageable page);

    org.springframework.data.domain.Slice<Experience> findSliceBySafeguardingOpen(boolean safeguardingOpen, Pageable page);

    org.springframework.data.domain.Slice<Experience> findSliceByStatus(ViewStatus status, Pageable page);

    org.springframework.data.domain.Slice<Experience> findSliceByStatusAndPremisesId(ViewStatus status, UUID premisesId, Pageable page);

    long countBySafeguardingOpenAndStatus(boolean safeguardingOpen, ViewStatus status);

    long countBySafeguardingOpen(boolean safeguardingOpen);
}
