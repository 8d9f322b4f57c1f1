package org.localvoice.access.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Two-factor sign-in with an authenticator app: checking codes, setting up and turning off. */
@Service
@Transactional(readOnly = true)
public class TwoFactor {

    public enum Check { ACCEPTED, WRONG, LOCKED }

    private final AccountRepository accounts;
    private final PasswordEncoder encoder;
    private final Clock clock;

    TwoFactor(AccountRepository accounts, PasswordEncoder encoder, Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.clock = clock;
    }

    /**
     * Checks a code at sign-in. A code is accepted once only; a wrong code counts towards the same
     * lockout as a wrong password.
     */
    @Transactional
    public Check verify(UUID accountId, String code) {
        Account account = accounts.findById(accountId).orElseThrow();
        Instant now = clock.instant();
        if (account.lockedAt(now) || !account.isEnabled()) {
            return Check.LOCKED;
        }
        OptionalLong step = account.hasTotp()
                ? Totp.matchingStep(account.getTotpSecret(), code, now, account.getTotpLastStep())
                : OptionalLong.empty();
        if (step.isPresent()) {
            account.acceptTotpStep(step.getAsLong());
            return Check.ACCEPTED;
        }
        account.recordFailure(now, SignInAttempts.MAX_ATTEMPTS, SignInAttempts.LOCK_FOR);
        return account.lockedAt(now) ? Check.LOCKED : Check.WRONG;
    }

    /** Turns two-factor sign-in on when the code matches the new secret; false when it does not. */
    @Transactional
    public boolean enrol(UUID accountId, String base32Secret, String code) {
        Account account = accounts.findById(accountId).orElseThrow();
        OptionalLong step = Totp.matchingStep(base32Secret, code, clock.instant(), null);
        step.ifPresent(s -> account.enrolTotp(base32Secret, s));
        return step.isPresent();
    }

    /** Turns two-factor sign-in off when the password is right and the role allows it. */
    @Transactional
    public boolean turnOff(UUID accountId, String password) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (requiredByRole(account) || password == null || !encoder.matches(password, account.getPasswordHash())) {
            return false;
        }
        account.removeTotp();
        return true;
    }

    public Status status(UUID accountId) {
        Account account = accounts.findById(accountId).orElseThrow();
        return new Status(account.hasTotp(), requiredByRole(account));
    }

    /** Whether two-factor sign-in is on, and whether a role of the account makes it compulsory. */
    public record Status(boolean enabled, boolean requiredByRole) {

        /** Signing in needs a code (or setting one up first). */
        public boolean required() {
            return enabled || requiredByRole;
        }
    }

    private static boolean requiredByRole(Account account) {
        return account.getRoles().stream().anyMatch(org.localvoice.access.Role::requiresTwoFactor);
    }
}
