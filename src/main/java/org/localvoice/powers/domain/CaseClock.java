package org.localvoice.powers.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.localvoice.calendar.Deadline;
import org.localvoice.calendar.Duty;
import org.localvoice.powers.CaseKind;
import org.localvoice.powers.ClockState;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * A statutory clock: one duty owed by one party on one case, with the due date and the rule set,
 * version and explanation that produced it. Stops once, when the duty is met; re-opening starts a new
 * clock that names this one, so the first answer stays on the record.
 */
@Entity
@Table(name = "powers_clock")
public class CaseClock extends TenantOwnedEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "case_kind", nullable = false, updatable = false)
    private CaseKind caseKind;
    @Column(name = "case_id", nullable = false, updatable = false)
    private UUID caseId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Duty duty;
    @Column(name = "party_name", nullable = false, updatable = false)
    private String partyName;
    @Column(name = "party_provider_id", updatable = false)
    private UUID partyProviderId;
    @Column(name = "party_email", updatable = false)
    private String partyEmail;
    /** The record of the party within the case (a report recipient), if any. */
    @Column(name = "party_ref", updatable = false)
    private UUID partyRef;
    @Column(name = "started_on", nullable = false, updatable = false)
    private LocalDate startedOn;
    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;
    @Column(name = "rule_set_id", nullable = false, updatable = false)
    private UUID ruleSetId;
    @Column(name = "rule_set_code", nullable = false, updatable = false)
    private String ruleSetCode;
    @Column(name = "rule_set_version", nullable = false, updatable = false)
    private int ruleSetVersion;
    @Column(nullable = false, updatable = false, length = 2000)
    private String explanation;
    @Column(name = "stopped_on")
    private LocalDate stoppedOn;
    @Enumerated(EnumType.STRING)
    private ClockOutcome outcome;
    @Column(name = "answer_days")
    private Integer answerDays;
    @Column(name = "answer_working_days")
    private Integer answerWorkingDays;
    @Column(name = "reopened_from", updatable = false)
    private UUID reopenedFrom;
    @Column(name = "reopen_reason", updatable = false)
    private String reopenReason;

    protected CaseClock() {
    }

    CaseClock(CaseKind caseKind, UUID caseId, Party party, Deadline deadline, String explanation, UUID reopenedFrom,
            String reopenReason) {
        this.caseKind = caseKind;
        this.caseId = caseId;
        this.duty = deadline.duty();
        this.partyName = party.name();
        this.partyProviderId = party.providerId();
        this.partyEmail = party.email();
        this.partyRef = party.ref();
        this.startedOn = deadline.start();
        this.dueOn = deadline.due();
        this.ruleSetId = deadline.ruleSet().id();
        this.ruleSetCode = deadline.ruleSet().code();
        this.ruleSetVersion = deadline.ruleSet().version();
        this.explanation = explanation.length() > 2000 ? explanation.substring(0, 2000) : explanation;
        this.reopenedFrom = reopenedFrom;
        this.reopenReason = reopenReason;
    }

    void stop(LocalDate on, ClockOutcome why, int workingDays) {
        if (stoppedOn != null) {
            throw new IllegalStateException("Clock " + getId() + " has already stopped");
        }
        this.stoppedOn = on;
        this.outcome = why;
        this.answerDays = (int) ClockRules.calendarDays(startedOn, on);
        this.answerWorkingDays = workingDays;
    }

    public ClockState state(LocalDate today, int dueSoonDays) {
        return ClockRules.state(dueOn, stoppedOn, outcome, reopenReason != null, today, dueSoonDays);
    }

    public boolean running() {
        return stoppedOn == null;
    }

    public Party party() {
        return new Party(partyName, partyProviderId, partyEmail, partyRef);
    }

    public CaseKind getCaseKind() { return caseKind; }
    public UUID getCaseId() { return caseId; }
    public Duty getDuty() { return duty; }
    public String getPartyName() { return partyName; }
    public UUID getPartyProviderId() { return partyProviderId; }
    public String getPartyEmail() { return partyEmail; }
    public UUID getPartyRef() { return partyRef; }
    public LocalDate getStartedOn() { return startedOn; }
    public LocalDate getDueOn() { return dueOn; }
    public String getRuleSetCode() { return ruleSetCode; }
    public int getRuleSetVersion() { return ruleSetVersion; }
    public UUID getRuleSetId() { return ruleSetId; }
    public String getExplanation() { return explanation; }
    public LocalDate getStoppedOn() { return stoppedOn; }
    public ClockOutcome getOutcome() { return outcome; }
    public UUID getReopenedFrom() { return reopenedFrom; }
    public Integer getAnswerDays() { return answerDays; }
    public Integer getAnswerWorkingDays() { return answerWorkingDays; }
    public String getReopenReason() { return reopenReason; }
}
