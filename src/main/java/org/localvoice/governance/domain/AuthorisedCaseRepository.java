package org.localvoice.governance.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Cases the current network's decisions authorised. */
public interface AuthorisedCaseRepository extends JpaRepository<AuthorisedCase, UUID> {

    Page<AuthorisedCase> findByDecisionIdOrderByCreatedAtAsc(UUID decisionId, Pageable page);

    Optional<AuthorisedCase> findByDecisionIdAndKindAndCaseId(UUID decisionId, String kind, UUID caseId);
}
