package org.localvoice.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.localvoice.membership.OrganisationKind;
import org.localvoice.membership.ParticipantKind;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * A participant of the network: a person or an organisation. Holds only what the membership record
 * needs; contact details and preferences are kept in {@link Contact}.
 */
@Entity
@Table(name = "membership_participant")
public class Participant extends TenantOwnedEntity {

    /** What an erased participant is called: nothing that identifies them remains. */
    public static final String ERASED_NAME = "-";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ParticipantKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_kind", length = 30)
    private OrganisationKind organisationKind;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "search_name", nullable = false, length = 200)
    private String searchName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ParticipantStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "joined_via", nullable = false, length = 10)
    private JoinedVia joinedVia;

    @Column(name = "account_id")
    private UUID accountId;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    protected Participant() {
    }

    public Participant(ParticipantKind kind, OrganisationKind organisationKind, String displayName, JoinedVia joinedVia) {
        this.kind = kind;
        this.joinedVia = joinedVia;
        this.status = ParticipantStatus.APPLIED;
        this.statusChangedAt = Instant.now();
        rename(displayName, organisationKind);
    }

    public void rename(String displayName, OrganisationKind organisationKind) {
        this.displayName = displayName.strip();
        this.searchName = searchForm(displayName);
        this.organisationKind = kind == ParticipantKind.ORGANISATION ? organisationKind : null;
    }

    void changeStatus(ParticipantStatus status) {
        this.status = status;
        this.statusChangedAt = Instant.now();
    }

    public void linkAccount(UUID accountId) {
        this.accountId = accountId;
    }

    /** Removes the name and the account link; keeps kind, status dates and how they joined for aggregates. */
    void erase() {
        this.displayName = ERASED_NAME;
        this.searchName = "";
        this.accountId = null;
        changeStatus(ParticipantStatus.ERASED);
    }

    /** Lower case with runs of spaces made one: what name searches compare with. */
    public static String searchForm(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public boolean isPerson() {
        return kind == ParticipantKind.PERSON;
    }

    public ParticipantKind getKind() {
        return kind;
    }

    public OrganisationKind getOrganisationKind() {
        return organisationKind;
    }

    public String getDisplayName() {
        return displayName;
    }

    public ParticipantStatus getStatus() {
        return status;
    }

    public JoinedVia getJoinedVia() {
        return joinedVia;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }
}
