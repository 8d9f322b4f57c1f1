package org.localvoice.access.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-in attempts (wrong passwords and wrong one-time codes alike) and locks the account
 * for a while after {@value #MAX_ATTEMPTS} in a row.
 */
@Service
@Transactional
public class SignInAttempts {

    public static final int MAX_ATTEMPTS = 5;
    public static final Duration LOCK_FOR = Duration.ofMinutes(15);

    private final AccountRepository accounts;
    private final Clock clock;

    SignInAttempts(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    public void wrongPassword(String email) {
        accounts.findByEmail(Account.normalise(email))
                .ifPresent(a -> a.recordFailure(clock.instant(), MAX_ATTEMPTS, LOCK_FOR));
    }

    /** Records a wrong one-time code; true when the account is now locked. */
    public boolean wrongCode(UUID accountId) {
        return accounts.findById(accountId).map(a -> {
            a.recordFailure(clock.instant(), MAX_ATTEMPTS, LOCK_FOR);
            return a.lockedAt(clock.instant());
        }).orElse(true);
    }

    /** The person is fully signed in: failures are forgotten. */
    public void succeeded(UUID accountId) {
        accounts.findById(accountId).ifPresent(a -> a.recordSuccess(clock.instant()));
    }

    @Transactional(readOnly = true)
    public boolean locked(UUID accountId) {
        return accounts.findById(accountId).map(a -> a.lockedAt(clock.instant())).orElse(true);
    }
}
