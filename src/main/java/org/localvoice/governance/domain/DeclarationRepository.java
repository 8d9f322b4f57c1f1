package org.localvoice.governance.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** Declarations of interest on the current network's decisions. */
public interface DeclarationRepository extends JpaRepository<Declaration, UUID> {

    List<Declaration> findByDecisionIdOrderByCreatedAtAsc(UUID decisionId);
}
