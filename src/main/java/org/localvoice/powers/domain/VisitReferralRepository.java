package org.localvoice.powers.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitReferralRepository extends JpaRepository<VisitReferral, UUID> {

    Optional<VisitReferral> findByVisitId(UUID visitId);

    Optional<VisitReferral> findFirstByReferenceOrderByCreatedAtAsc(String reference);

    Page<VisitReferral> findByReportIdIsNullOrderByPublishedOnAscCreatedAtAsc(Pageable page);

    Page<VisitReferral> findAllByOrderByPublishedOnDescCreatedAtDesc(Pageable page);

    long countByReportIdIsNull();
}
