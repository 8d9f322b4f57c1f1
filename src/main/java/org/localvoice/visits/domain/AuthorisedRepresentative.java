package org.localvoice.visits.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * A participant on the way to, or holding, authorisation to enter and view on the network's behalf: their
 * training, criminal records check (type, date, reference: never the certificate itself), the nominated
 * person's consideration, the written evidence issued and any withdrawal. See {@link AuthorisationRules}.
 */
@Entity
@Table(name = "visits_representative")
public class AuthorisedRepresentative extends TenantOwnedEntity {

    /** The name left on a record whose person's data was erased (as membership leaves it). */
    public static final String ERASED_NAME = "-";

    @Column(name = "participant_id", nullable = false, updatable = false)
    private UUID participantId;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(length = 254)
    private String email;
    @Column(name = "account_id")
    private UUID accountId;
    @Column(name = "training_course", length = 200)
    private String trainingCourse;
    @Column(name = "training_on")
    private LocalDate trainingOn;
    @Column(name = "training_expires")
    private LocalDate trainingExpires;
    @Enumerated(EnumType.STRING)
    @Column(name = "check_type", length = 20)
    private CheckType checkType;
    @Column(name = "check_on")
    private LocalDate checkOn;
    @Column(name = "check_reference", length = 100)
    private String checkReference;
    @Column(name = "considered_by_id")
    private UUID consideredById;
    @Column(name = "considered_by_name", length = 200)
    private String consideredByName;
    @Column(name = "considered_on")
    private LocalDate consideredOn;
    private Boolean suitable;
    @Column(name = "suitability_note", length = 2000)
    private String suitabilityNote;
    @Column(name = "authorised_on")
    private LocalDate authorisedOn;
    @Column(name = "verification_code", length = 20)
    private String verificationCode;
    /** The last day training and check are both in date, kept so the register can be queried by it. */
    @Column(name = "valid_to")
    private LocalDate validTo;
    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;
    @Column(name = "withdrawal_reason", length = 2000)
    private String withdrawalReason;

    protected AuthorisedRepresentative() {
    }

    public AuthorisedRepresentative(UUID participantId, String name, String email) {
        this.participantId = participantId;
        this.name = name;
        this.email = email;
    }

    /** Training and check; a change to either means the nominated person must consider again. */
    public void record(String course, LocalDate trainingOn, LocalDate trainingExpires, CheckType type, LocalDate checkOn,
            String reference) {
        boolean checkChanged = type != checkType || !java.util.Objects.equals(checkOn, this.checkOn)
                || !java.util.Objects.equals(reference, checkReference);
        this.trainingCourse = course;
        this.trainingOn = trainingOn;
        this.trainingExpires = trainingExpires;
        this.checkType = type;
        this.checkOn = checkOn;
        this.checkReference = reference;
        if (checkChanged && consideredOn != null && withdrawnOn == null) {
            consideredOn = null;
            suitable = null;
        }
    }

    public void consider(UUID byId, String byName, LocalDate on, boolean suitable, String note) {
        this.consideredById = byId;
        this.consideredByName = byName;
        this.consideredOn = on;
        this.suitable = suitable;
        this.suitabilityNote = note;
    }

    public void issue(LocalDate on, String code) {
        this.authorisedOn = on;
        this.verificationCode = code;
    }

    public void withdraw(LocalDate on, String reason) {
        this.withdrawnOn = on;
        this.withdrawalReason = reason;
    }

    /** Removes the person's name, e-mail address, account link and any notes about them (their data was erased). */
    public void anonymise() {
        this.name = ERASED_NAME;
        this.email = null;
        this.accountId = null;
        this.suitabilityNote = null;
        this.withdrawalReason = withdrawalReason == null ? null : Representatives.ERASED;
    }

    /** Recomputes the stored last valid day after any change to training, check or the network's renewal periods. */
    public void refreshValidTo(Renewals renewals) {
        this.validTo = AuthorisationRules.assess(this, renewals, LocalDate.MIN).validTo();
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void linkAccount(UUID accountId) {
        this.accountId = accountId;
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public String getTrainingCourse() {
        return trainingCourse;
    }

    public LocalDate getTrainingOn() {
        return trainingOn;
    }

    public LocalDate getTrainingExpires() {
        return trainingExpires;
    }

    public CheckType getCheckType() {
        return checkType;
    }

    public LocalDate getCheckOn() {
        return checkOn;
    }

    public String getCheckReference() {
        return checkReference;
    }

    public UUID getConsideredById() {
        return consideredById;
    }

    public String getConsideredByName() {
        return consideredByName;
    }

    public LocalDate getConsideredOn() {
        return consideredOn;
    }

    public Boolean getSuitable() {
        return suitable;
    }

    public String getSuitabilityNote() {
        return suitabilityNote;
    }

    public LocalDate getAuthorisedOn() {
        return authorisedOn;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }
}
