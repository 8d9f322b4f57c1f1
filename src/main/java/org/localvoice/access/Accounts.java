package org.localvoice.access;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The access module's facade for other modules. */
public interface Accounts {

    /** Creates an account; the password must pass the password policy. */
    UUID create(NewAccount account);

    Optional<CurrentUser> find(UUID accountId);

    /** Turns on time-based one-time-password sign-in with the given base32 secret. */
    void enrolTwoFactor(UUID accountId, String base32Secret);

    /** Number of accounts per role in a network (no personal data). */
    java.util.Map<Role, Long> countByRole(UUID networkId);

    record NewAccount(UUID networkId, String email, String displayName, String password, Set<Role> roles,
            String linkedOrganisation) {
    }
}
