package org.localvoice.powers.domain;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import java.util.UUID;
import org.localvoice.powers.CaseKind;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEventRepository extends JpaRepository<CaseEvent, UUID> {

    List<CaseEvent> findByCaseKindAndCaseIdOrderByOccurredOnAscCreatedAtAsc(CaseKind kind, UUID caseId);

    Page<CaseEvent> findByCaseKindAndCaseIdOrderByOccurredOnAscCreatedAtAscIdAsc(CaseKind kind, UUID caseId, Pageable page);
}
