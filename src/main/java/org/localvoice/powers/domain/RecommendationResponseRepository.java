package org.localvoice.powers.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface RecommendationResponseRepository extends JpaRepository<RecommendationResponse, UUID> {

    List<RecommendationResponse> findByRecommendationIdInOrderByCreatedAtAsc(List<UUID> recommendations);
}
