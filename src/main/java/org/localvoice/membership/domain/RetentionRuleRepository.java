package org.localvoice.membership.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

/** The current network's retention rules (one per record type at most). */
public interface RetentionRuleRepository extends JpaRepository<RetentionRule, UUID> {

    List<RetentionRule> findAllByOrderByRecordType();
}
