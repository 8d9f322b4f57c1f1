package org.localvoice.visits.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface VisitRepository extends JpaRepository<Visit, UUID> {

    Page<Visit> findAllByOrderByVisitOnDesc(Pageable page);

    Page<Visit> findByVisitOnBetweenOrderByVisitOnAsc(LocalDate from, LocalDate to, Pageable page);

    Page<Visit> findByPremisesIdOrderByVisitOnDesc(UUID premisesId, Pageable page);

    Page<Visit> findByReportPublishedOnIsNotNullOrderByReportPublishedOnDesc(Pageable page);

    long countByVisitOnGreaterThanEqualAndReportSummaryIsNull(LocalDate from);

    long countByReportDraftSentOnIsNotNullAndReportCommentsReceivedOnIsNullAndReportCommentsDueLessThan(LocalDate today);
}
