package org.localvoice.governance.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current network's sign-offs. */
public interface SignOffRecordRepository extends JpaRepository<SignOffRecord, UUID> {

    List<SignOffRecord> findBySubjectTypeAndSubjectIdOrderBySignedOnAscCreatedAtAsc(String subjectType, UUID subjectId);

    Page<SignOffRecord> findAllByOrderBySignedOnDescCreatedAtDesc(Pageable page);
}
