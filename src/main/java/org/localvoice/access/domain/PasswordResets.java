package org.localvoice.access.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.localvoice.notifications.Mailer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Password reset by an e-mailed one-time link. Tokens carry 256 random bits, are stored only as
 * SHA-256 hashes, work once, expire after an hour, and replace any earlier link of the account; an
 * account gets at most {@value #MAX_PER_HOUR} links an hour. A reset also lifts a lockout.
 */
@Service
@Transactional
public class PasswordResets {

    static final Duration VALID_FOR = Duration.ofHours(1);
    static final int MAX_PER_HOUR = 3;

    private final AccountRepository accounts;
    private final PasswordResetRepository resets;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final Mailer mailer;
    private final MessageSource messages;
    private final Clock clock;
    private final String baseUrl;

    PasswordResets(AccountRepository accounts, PasswordResetRepository resets, PasswordEncoder encoder,
            PasswordPolicy policy, Mailer mailer, MessageSource messages, Clock clock,
            @Value("${localvoice.base-url:http://localhost:8080}") String baseUrl) {
        this.accounts = accounts;
        this.resets = resets;
        this.encoder = encoder;
        this.policy = policy;
        this.mailer = mailer;
        this.messages = messages;
        this.clock = clock;
        this.baseUrl = baseUrl;
    }

    /**
     * E-mails a reset link when an enabled account has this address and has not had too many links in
     * the last hour. Says nothing either way, so that nobody can learn who has an account.
     */
    public void request(String email, Locale locale) {
        Instant now = clock.instant();
        accounts.findByEmail(Account.normalise(email)).filter(Account::isEnabled)
                .filter(a -> resets.countByAccountIdAndCreatedAtAfter(a.getId(), now.minus(Duration.ofHours(1))) < MAX_PER_HOUR)
                .ifPresent(account -> {
                    resets.findByAccountIdAndSpentAtIsNull(account.getId()).forEach(r -> r.spend(now));
                    String token = SecretTokens.generate("");
                    resets.save(new PasswordReset(account.getId(), SecretTokens.hash(token), now, now.plus(VALID_FOR)));
                    String link = UriComponentsBuilder.fromUriString(baseUrl).path("/password/reset")
                            .queryParam("token", token).build().toUriString();
                    mailer.send(account.getNetworkId(), account.getEmail(),
                            messages.getMessage("mail.reset.subject", null, locale),
                            messages.getMessage("mail.reset.body",
                                    new Object[] {account.getDisplayName(), link, VALID_FOR.toMinutes()}, locale));
                });
    }

    /** Whether the link's token can still be used. */
    @Transactional(readOnly = true)
    public boolean usable(String token) {
        return find(token).isPresent();
    }

    /** Sets the new password and spends the token, or says what is wrong (field {@code password} or {@code token}). */
    public Optional<PasswordProblem> reset(String token, String newPassword, Locale locale) {
        Optional<PasswordReset> reset = find(token);
        if (reset.isEmpty()) {
            return Optional.of(new PasswordProblem("token", "reset.linkInvalid"));
        }
        Optional<PasswordProblem> problem = policy.check(newPassword).map(key -> new PasswordProblem("password", key));
        if (problem.isPresent()) {
            return problem;
        }
        Instant now = clock.instant();
        Account account = accounts.findById(reset.get().accountId()).orElseThrow();
        account.changePassword(encoder.encode(newPassword));
        account.clearLockout();
        resets.findByAccountIdAndSpentAtIsNull(account.getId()).forEach(r -> r.spend(now));
        PasswordChanges.tellOwner(account, locale, mailer, messages);
        return Optional.empty();
    }

    private Optional<PasswordReset> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return resets.findByTokenHash(SecretTokens.hash(token)).filter(r -> r.usableAt(now))
                .filter(r -> accounts.findById(r.accountId()).map(Account::isEnabled).orElse(false));
    }
}
