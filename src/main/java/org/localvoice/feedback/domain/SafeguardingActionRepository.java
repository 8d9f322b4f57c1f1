package org.localvoice.feedback.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Safeguarding logs of the current network's views. */
interface SafeguardingActionRepository extends JpaRepository<SafeguardingAction, UUID> {

    List<SafeguardingAction> findByExperienceIdOrderByCreatedAtAsc(UUID experienceId);
}
