package org.localvoice.powers.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportEvidenceRepository extends JpaRepository<ReportEvidence, UUID> {

    List<ReportEvidence> findByReportIdOrderByCreatedAtAsc(UUID reportId);
}
