package org.localvoice.powers.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRecipientRepository extends JpaRepository<ReportRecipient, UUID> {

    List<ReportRecipient> findByReportIdOrderByCreatedAtAsc(UUID reportId);

    Page<ReportRecipient> findByProviderIdIn(List<UUID> providers, Pageable page);
}
