package org.localvoice.access.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.access.AccountPrincipal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal access tokens: issued once, stored as hashes, revocable, expiring. */
@Service
@Transactional(readOnly = true)
public class ApiTokens {

    public static final String PREFIX = "lv_";
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;
    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_NAME = 100;
    /** Live (neither revoked nor expired) tokens one account may hold. */
    public static final int MAX_LIVE = 20;
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final AccountRepository accounts;
    private final Clock clock;

    ApiTokens(ApiTokenRepository tokens, AccountRepository accounts, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** A new token; the returned secret is shown once and never stored. */
    public record Issued(UUID id, String token) {
    }

    @Transactional
    public Issued issue(UUID accountId, String name, int days) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME) {
            throw new IllegalArgumentException("A token needs a name of up to " + MAX_NAME + " characters");
        }
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new IllegalArgumentException("A token lasts from " + MIN_DAYS + " to " + MAX_DAYS + " days");
        }
        Instant now = clock.instant();
        if (tokens.countByAccountIdAndRevokedAtIsNullAndExpiresAtAfter(accountId, now) >= MAX_LIVE) {
            throw new IllegalStateException("Too many live tokens");
        }
        String secret = SecretTokens.generate(PREFIX);
        ApiToken token = tokens.save(new ApiToken(accountId, name.strip(), SecretTokens.hash(secret), now,
                now.plus(Duration.ofDays(days))));
        return new Issued(token.id(), secret);
    }

    public List<ApiTokenSummary> list(UUID accountId) {
        return tokens.findByAccountIdOrderByCreatedAtDesc(accountId).stream().map(ApiToken::summary).toList();
    }

    /** Revokes one of the account's own tokens; false when it has no such token. */
    @Transactional
    public boolean revoke(UUID accountId, UUID tokenId) {
        return tokens.findByIdAndAccountId(tokenId, accountId).map(t -> {
            t.revoke(clock.instant());
            return true;
        }).orElse(false);
    }

    /**
     * The principal of a presented token, when the token is known, neither revoked nor expired, and its
     * account is enabled; records the use (at most once a minute).
     */
    @Transactional
    public Optional<AccountPrincipal> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 200) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(SecretTokens.hash(presented))
                .filter(t -> t.usableAt(now))
                .flatMap(t -> accounts.findById(t.accountId()).filter(Account::isEnabled).map(a -> {
                    tokens.touch(t.id(), now, now.minus(TOUCH_INTERVAL));
                    return new AccountPrincipal(a.toCurrentUser(), a.getPasswordHash(), true, false);
                }));
    }
}
