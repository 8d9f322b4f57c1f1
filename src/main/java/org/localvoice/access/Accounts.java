package org.localvoice.access;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The access module's facade for other modules. */
public interface Accounts {

    /** Creates an account; the password must pass the password policy. */
    UUID create(NewAccount account);

    Optional<CurrentUser> find(UUID accountId);

    /** Turns on time-based one-time-password sign-in with the given base32 secret. */
    void enrolTwoFactor(UUID accountId, String base32Secret);

    /** Number of accounts per role in a network (no personal data). */
    java.util.Map<Role, Long> countByRole(UUID networkId);

    /** One page of a network's accounts (a host manager of that network only). */
    Page<AccountDetails> inNetwork(UUID networkId, Pageable pageable);

    /** An account of the network; empty for an account of another network (a host manager of that network only). */
    Optional<AccountDetails> details(UUID networkId, UUID accountId);

    /** An account of the network by its e-mail address (any case). */
    Optional<AccountDetails> detailsByEmail(UUID networkId, String email);

    /**
     * Enables or disables an account of the network (a host manager of that network only). A disabled
     * account cannot sign in. Returns false when the network has no such account.
     */
    boolean setEnabled(UUID networkId, UUID accountId, boolean enabled);

    /** Whether an account already uses the e-mail address (compared as normalised). */
    boolean emailInUse(String email);

    /** What the password policy has against a password, as a message key; empty when it is acceptable. */
    Optional<String> passwordProblem(String password);

    /**
     * E-mail addresses of the network's enabled accounts with a role (at most 50), for notices such as
     * "a possible safeguarding concern was raised". For system use: no caller check.
     */
    java.util.List<String> emailsWithRole(UUID networkId, Role role);

    /** Number of accounts per role in every network, in one aggregate query (no personal data). */
    java.util.Map<UUID, java.util.Map<Role, Long>> countByNetworkAndRole();

    /** An account as the people pages show it. */
    record AccountDetails(UUID id, UUID networkId, String email, String displayName, Set<Role> roles,
            String linkedOrganisation, boolean enabled, Instant lastSignInAt, Instant createdAt) {
    }

    record NewAccount(UUID networkId, String email, String displayName, String password, Set<Role> roles,
            String linkedOrganisation) {
    }
}
