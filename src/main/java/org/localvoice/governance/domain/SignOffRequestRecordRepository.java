package org.localvoice.governance.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** Subjects put before the current network's governing body. */
public interface SignOffRequestRecordRepository extends JpaRepository<SignOffRequestRecord, UUID> {

    Optional<SignOffRequestRecord> findBySubjectTypeAndSubjectId(String subjectType, UUID subjectId);

    Page<SignOffRequestRecord> findBySignOffIdIsNullOrderByRequestedAtAsc(Pageable page);

    long countBySignOffIdIsNull();
}
