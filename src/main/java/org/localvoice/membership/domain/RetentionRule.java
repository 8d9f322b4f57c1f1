package org.localvoice.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.localvoice.shared.TenantOwnedEntity;

/** How many months a network keeps one type of record after it is finished with. */
@Entity
@Table(name = "membership_retention_rule")
public class RetentionRule extends TenantOwnedEntity {

    /** The record types retention applies to, with the months kept when the network has set none. */
    public enum RecordType {
        /** Personal data of an applicant who was declined, counted from the decision. */
        DECLINED_APPLICATION(6),
        /** Personal data of a participant who left, counted from leaving. */
        FORMER_PARTICIPANT(12),
        /** A closed data request and its history, counted from closing. */
        CLOSED_DATA_REQUEST(24);

        private final int defaultMonths;

        RecordType(int defaultMonths) {
            this.defaultMonths = defaultMonths;
        }

        public int defaultMonths() {
            return defaultMonths;
        }
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false, length = 30)
    private RecordType recordType;

    @Column(name = "keep_months", nullable = false)
    private int keepMonths;

    protected RetentionRule() {
    }

    RetentionRule(RecordType recordType, int keepMonths) {
        this.recordType = recordType;
        this.keepMonths = keepMonths;
    }

    public RecordType getRecordType() {
        return recordType;
    }

    public int getKeepMonths() {
        return keepMonths;
    }

    void setKeepMonths(int keepMonths) {
        this.keepMonths = keepMonths;
    }
}
