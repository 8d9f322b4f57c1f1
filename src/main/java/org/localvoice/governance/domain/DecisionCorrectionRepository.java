package org.localvoice.governance.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Corrections to the current network's decisions. */
public interface DecisionCorrectionRepository extends JpaRepository<DecisionCorrection, UUID> {

    List<DecisionCorrection> findByDecisionIdOrderByCreatedAtAsc(UUID decisionId);
}
