package org.localvoice.powers.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportRepository extends JpaRepository<Report, UUID> {

    Page<Report> findAllByOrderByCreatedAtDescIdDesc(Pageable page);

    Page<Report> findByPublishedTrueOrderBySentOnDescIdDesc(Pageable page);

    List<Report> findByIdIn(List<UUID> ids);
}
