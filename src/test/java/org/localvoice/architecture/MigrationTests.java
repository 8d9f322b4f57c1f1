package org.localvoice.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.localvoice.support.IntegrationTest;
import org.localvoice.support.MigrationLint;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The migrations build the schema on both databases (this class runs on H2 and on PostgreSQL), the
 * entities match it, and the SQL stays portable.
 */
@IntegrationTest
class MigrationTests {

    @Autowired
    Flyway flyway;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void everyMigrationWasAppliedSuccessfully() {
        MigrationInfo[] all = flyway.info().all();
        assertThat(all).isNotEmpty();
        assertThat(flyway.info().pending()).as("pending migrations").isEmpty();
        assertThat(all).allSatisfy(m -> assertThat(m.getState())
                .as("%s (%s)", m.getScript(), m.getDescription()).isEqualTo(MigrationState.SUCCESS));
    }

    @Test
    void everyMigrationScriptIsInAFolderFlywayReads() {
        Set<String> applied = Arrays.stream(flyway.info().applied()).map(m -> fileName(m.getScript()))
                .collect(Collectors.toSet());
        assertThat(MigrationLint.scripts().keySet()).as("scripts under db/migration/ that Flyway did not apply: add their "
                + "folder to spring.flyway.locations in application.yml")
                .allSatisfy(script -> assertThat(applied).contains(fileName(script)));
    }

    @Test
    void hibernateValidatedTheEntitiesAgainstTheMigratedSchema() {
        // The context started, so Hibernate's schema validation passed; make sure validation was on.
        assertThat(entityManagerFactory.isOpen()).isTrue();
        assertThat(entityManagerFactory.getProperties().get("hibernate.hbm2ddl.auto")).isEqualTo("validate");
    }

    @Test
    void migrationsUseSqlThatRunsOnBothDatabases() {
        assertThat(MigrationLint.check(MigrationLint.scripts())).as("non-portable SQL in db/migration").isEmpty();
    }

    @Test
    void portabilityScanCatchesEachKindOfNonPortableSql() {
        Map<String, String> bad = Map.ofEntries(
                Map.entry("serial.sql", "CREATE TABLE t (id SERIAL PRIMARY KEY);"),
                Map.entry("bigserial.sql", "CREATE TABLE t (id bigserial);"),
                Map.entry("auto.sql", "CREATE TABLE t (id BIGINT AUTO_INCREMENT);"),
                Map.entry("clob.sql", "CREATE TABLE t (id UUID, body CLOB);"),
                Map.entry("hash.sql", "CREATE INDEX t_idx ON t USING hash (a);"),
                Map.entry("cast.sql", "INSERT INTO t (a) VALUES ('1'::int);"),
                Map.entry("upsert.sql", "INSERT INTO t (a) VALUES (1) ON CONFLICT DO NOTHING;"),
                Map.entry("textpk.sql", "CREATE TABLE t (code TEXT PRIMARY KEY);"),
                Map.entry("textunique.sql", "CREATE TABLE t (id UUID, code TEXT, CONSTRAINT t_uq UNIQUE (code));"),
                Map.entry("textindex.sql", "CREATE TABLE t (id UUID, note text NOT NULL);\nCREATE INDEX t_note ON t (note);"),
                Map.entry("textlater.sql", "ALTER TABLE t ADD COLUMN code TEXT;\nALTER TABLE t ADD CONSTRAINT t_code_uq UNIQUE (code);"));
        bad.forEach((name, sql) -> assertThat(MigrationLint.check(Map.of(name, sql))).as(name).isNotEmpty());

        String fine = """
                -- a comment may say SERIAL, ::, ON CONFLICT or CLOB; so may 'a string: ON CONFLICT ::'
                CREATE TABLE t (id UUID PRIMARY KEY, code VARCHAR(20) NOT NULL, note TEXT, body VARCHAR(2000),
                  amount NUMERIC(10, 2), CONSTRAINT t_code_uq UNIQUE (code));
                CREATE INDEX t_code_idx ON t (code, amount);
                INSERT INTO t (id, code, note) VALUES ('0190a6c0-0000-7000-8000-000000000001', 'it''s', 'x::y');
                """;
        assertThat(MigrationLint.check(Map.of("fine.sql", fine))).isEmpty();
    }

    private static String fileName(String script) {
        return script.substring(script.lastIndexOf('/') + 1);
    }
}
