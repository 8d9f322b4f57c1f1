package org.localvoice.calendar.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RuleSetRecordRepository extends JpaRepository<RuleSetRecord, UUID> {
}
