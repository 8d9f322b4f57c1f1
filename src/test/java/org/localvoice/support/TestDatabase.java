package org.localvoice.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database of integration tests from the system property {@code localvoice.test.db}:
 * {@code h2} (default, in memory) or {@code postgres}, for which each Spring context gets a fresh
 * database on the server at {@code localvoice.test.pg.url} (default 127.0.0.1:5432). When that
 * server cannot be reached the tests are skipped, except under CI ({@code CI=true}) where they fail.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String SERVER = System.getProperty("localvoice.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = System.getProperty("localvoice.test.pg.user", "postgres");
    static final String PASSWORD = System.getProperty("localvoice.test.pg.password", "");

    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("localvoice.test.db", "h2"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (!postgres()) {
            return;
        }
        String name = "lv_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the PostgreSQL test database", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(name)));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", Map.of(
                "spring.datasource.url", SERVER + name,
                "spring.datasource.username", USER,
                "spring.datasource.password", PASSWORD,
                "spring.datasource.hikari.maximum-pool-size", "5")));
    }

    private static void drop(String name) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException ignored) {
            // best effort at shutdown
        }
    }

    static boolean reachable() {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD)) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Skips PostgreSQL runs when no server is reachable, except under CI. */
    public static final class Availability implements ExecutionCondition {

        private static volatile Boolean reachable;

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            if (!postgres()) {
                return ConditionEvaluationResult.enabled("H2");
            }
            if (reachable == null) {
                reachable = reachable();
            }
            if (reachable) {
                return ConditionEvaluationResult.enabled("PostgreSQL reachable");
            }
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true but PostgreSQL is not reachable at " + SERVER);
            }
            return ConditionEvaluationResult.disabled("PostgreSQL not reachable at " + SERVER);
        }
    }
}
