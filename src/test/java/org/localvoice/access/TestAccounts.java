package org.localvoice.access;

import java.util.Set;
import java.util.UUID;
import org.localvoice.tenancy.Networks;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fresh accounts for access tests, so that locking, resetting and enrolling never disturb the shared
 * demo accounts other tests rely on.
 */
public final class TestAccounts {

    public static final String PASSWORD = "Tulip-Ferry-Quartz-41";

    private final Accounts accounts;
    private final Networks networks;
    private final JdbcTemplate jdbc;

    public TestAccounts(Accounts accounts, Networks networks, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.networks = networks;
        this.jdbc = jdbc;
    }

    /** A new account with the given role in the Trafford demo network (or none for national roles). */
    public Created create(Role role) {
        String email = role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-"
                + UUID.randomUUID().toString().substring(0, 8) + "@access-test.example";
        UUID network = role.networkScoped() ? networks.findBySlug("trafford").orElseThrow().id() : null;
        UUID id = accounts.create(new Accounts.NewAccount(network, email, "Test " + role.name(), PASSWORD, Set.of(role), null));
        return new Created(id, email);
    }

    public Created createWithTotp(Role role, String secret) {
        Created created = create(role);
        accounts.enrolTwoFactor(created.id(), secret);
        return created;
    }

    public void unlock(UUID accountId) {
        jdbc.update("UPDATE access_account SET locked_until = ? WHERE id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), accountId);
    }

    public Integer failedAttempts(UUID accountId) {
        return jdbc.queryForObject("SELECT failed_attempts FROM access_account WHERE id = ?", Integer.class, accountId);
    }

    public boolean locked(UUID accountId) {
        java.sql.Timestamp until = jdbc.queryForObject("SELECT locked_until FROM access_account WHERE id = ?",
                java.sql.Timestamp.class, accountId);
        return until != null && until.toInstant().isAfter(java.time.Instant.now());
    }

    public record Created(UUID id, String email) {
    }

}
