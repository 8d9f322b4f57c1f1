package org.localvoice.calendar.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.localvoice.shared.NationalRecord;

/** A version of a rule set. Shipped by migrations; a change is a new version, never an edit. */
@Entity
@Immutable
@Table(name = "calendar_rule_set")
@NationalRecord("National reference data: rule sets are shared by every network")
public class RuleSetRecord {

    @Id
    private UUID id;
    @Column(nullable = false, length = 40)
    private String code;
    @Column(nullable = false, length = 120)
    private String name;
    @Column(nullable = false)
    private int version;
    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;
    @Column(nullable = false, length = 1000)
    private String description;

    protected RuleSetRecord() {
    }

    public UUID getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getVersion() {
        return version;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getDescription() {
        return description;
    }
}
