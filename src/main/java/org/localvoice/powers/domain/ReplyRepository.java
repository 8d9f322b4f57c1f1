package org.localvoice.powers.domain;

import java.util.List;
import java.util.UUID;
import org.localvoice.powers.CaseKind;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReplyRepository extends JpaRepository<Reply, UUID> {

    List<Reply> findByCaseKindAndCaseIdOrderByReceivedOnAscCreatedAtAsc(CaseKind kind, UUID caseId);
}
