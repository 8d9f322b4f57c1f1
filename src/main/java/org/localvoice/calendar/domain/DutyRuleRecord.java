package org.localvoice.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serial;
import java.io.Serializable;
import java.time.MonthDay;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.localvoice.calendar.Counting;
import org.localvoice.calendar.Duty;
import org.localvoice.calendar.DutyRule;
import org.localvoice.calendar.PeriodUnit;
import org.localvoice.calendar.SourceTag;
import org.localvoice.shared.NationalRecord;

/** One duty's period within a rule set version. */
@Entity
@Immutable
@IdClass(DutyRuleRecord.Key.class)
@Table(name = "calendar_duty_rule")
@NationalRecord("National reference data: rule sets are shared by every network")
public class DutyRuleRecord {

    @Id
    @Column(name = "rule_set_id")
    private UUID ruleSetId;
    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Duty duty;
    @Column(nullable = false)
    private int period;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PeriodUnit unit;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Counting counting;
    @Column(name = "fixed_month")
    private Integer fixedMonth;
    @Column(name = "fixed_day")
    private Integer fixedDay;
    @Enumerated(EnumType.STRING)
    @Column(name = "source_tag", nullable = false)
    private SourceTag sourceTag;
    @Column(name = "source_note", nullable = false, length = 500)
    private String sourceNote;
    @Column(name = "clock_restarts_on_transfer", nullable = false)
    private boolean clockRestartsOnTransfer;

    protected DutyRuleRecord() {
    }

    public UUID getRuleSetId() {
        return ruleSetId;
    }

    public DutyRule toRule() {
        MonthDay fixed = fixedMonth == null || fixedDay == null ? null : MonthDay.of(fixedMonth, fixedDay);
        return new DutyRule(duty, period, unit, counting, fixed, sourceTag, sourceNote, clockRestartsOnTransfer);
    }

    public static class Key implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private UUID ruleSetId;
        private Duty duty;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(ruleSetId, k.ruleSetId) && duty == k.duty;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(ruleSetId, duty);
        }
    }
}
