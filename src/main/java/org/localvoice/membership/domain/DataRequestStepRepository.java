package org.localvoice.membership.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The append-only history of data requests. */
public interface DataRequestStepRepository extends JpaRepository<DataRequestStep, UUID> {

    List<DataRequestStep> findByRequestIdOrderByCreatedAtAscIdAsc(UUID requestId);

    void deleteByRequestId(UUID requestId);
}
