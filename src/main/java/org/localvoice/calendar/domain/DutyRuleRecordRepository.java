package org.localvoice.calendar.domain;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DutyRuleRecordRepository extends JpaRepository<DutyRuleRecord, DutyRuleRecord.Key> {
}
