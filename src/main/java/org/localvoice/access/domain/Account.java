package org.localvoice.access.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.localvoice.access.CurrentUser;
import org.localvoice.access.Role;
import org.localvoice.shared.AuditedEntity;
import org.localvoice.shared.NationalRecord;

/** Someone who signs in. Looked up by e-mail before any network is known, so not tenant-filtered. */
@Entity
@Table(name = "access_account")
@NationalRecord("Sign-in happens before the network is known; queries are scoped by network explicitly")
public class Account extends AuditedEntity {

    @Column(name = "network_id")
    private UUID networkId;
    @Column(nullable = false)
    private String email;
    @Column(name = "display_name", nullable = false)
    private String displayName;
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;
    private boolean enabled = true;
    @Column(name = "failed_attempts")
    private int failedAttempts;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "totp_secret")
    private String totpSecret;
    @Column(name = "totp_enabled")
    private boolean totpEnabled;
    @Column(name = "totp_last_step")
    private Long totpLastStep;
    @Column(name = "preferred_language")
    private String preferredLanguage;
    @Column(name = "linked_organisation")
    private String linkedOrganisation;
    @Column(name = "last_sign_in_at")
    private Instant lastSignInAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "access_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    public Account(UUID networkId, String email, String displayName, String passwordHash, Set<Role> roles) {
        this.networkId = networkId;
        this.email = normalise(email);
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(getId(), networkId, email, displayName, Set.copyOf(roles));
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a failed password; after {@code maxAttempts} the account locks for {@code lockFor}. */
    public void recordFailure(Instant now, int maxAttempts, Duration lockFor) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
        }
    }

    /** Lifts a lockout and forgets earlier failures (after a password reset, say). */
    public void clearLockout() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void recordSuccess(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastSignInAt = now;
    }

    public boolean requiresTwoFactor() {
        return totpEnabled || roles.stream().anyMatch(Role::requiresTwoFactor);
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    public void enrolTotp(String secret) {
        this.totpSecret = secret;
        this.totpEnabled = true;
        this.totpLastStep = null;
    }

    /** Turns on two-factor sign-in with a secret whose code for {@code acceptedStep} was just confirmed. */
    public void enrolTotp(String secret, long acceptedStep) {
        enrolTotp(secret);
        this.totpLastStep = acceptedStep;
    }

    /** Remembers the time step of an accepted code, so that the same code cannot be used again. */
    public void acceptTotpStep(long step) {
        this.totpLastStep = step;
    }

    public void removeTotp() {
        this.totpSecret = null;
        this.totpEnabled = false;
        this.totpLastStep = null;
    }

    /** Whether this account signs in with a second factor that is set up. */
    public boolean hasTotp() {
        return totpEnabled && totpSecret != null;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public void linkOrganisation(String organisation) {
        this.linkedOrganisation = organisation;
    }

    public void rename(String name) {
        this.displayName = name;
    }

    public void preferLanguage(String language) {
        this.preferredLanguage = language;
    }

    public UUID getNetworkId() {
        return networkId;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public boolean isTotpEnabled() {
        return totpEnabled;
    }

    public Long getTotpLastStep() {
        return totpLastStep;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public String getLinkedOrganisation() {
        return linkedOrganisation;
    }

    public Instant getLastSignInAt() {
        return lastSignInAt;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}
