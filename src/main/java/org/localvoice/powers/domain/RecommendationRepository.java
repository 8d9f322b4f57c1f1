package org.localvoice.powers.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationRepository extends JpaRepository<Recommendation, UUID> {

    List<Recommendation> findByReportIdOrderByNumberAsc(UUID reportId);
}
