package org.localvoice.powers.domain;

import java.util.List;
import java.util.UUID;
import org.localvoice.powers.CaseKind;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseEventRepository extends JpaRepository<CaseEvent, UUID> {

    List<CaseEvent> findByCaseKindAndCaseIdOrderByOccurredOnAscCreatedAtAsc(CaseKind kind, UUID caseId);
}
