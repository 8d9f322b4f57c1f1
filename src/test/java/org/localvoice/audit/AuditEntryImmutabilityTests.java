package org.localvoice.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.localvoice.audit.domain.AuditEntry;
import org.localvoice.audit.domain.AuditEntryRepository;
import org.localvoice.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.CrudRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail is append-only as far as the application's own paths go: the repository can only
 * insert and read, the entity has no mutators and Hibernate neither flushes changes to it nor runs bulk
 * updates on it. What this does not cover, honestly: code that bypasses the repository (a bulk HQL
 * {@code delete}, which Hibernate allows even for immutable entities, or plain SQL) and an operator with
 * database access. Those are for code review, an architecture rule and the deployment's database grants.
 */
@IntegrationTest
class AuditEntryImmutabilityTests {

    @Autowired
    AuditEntryRepository entries;
    @Autowired
    EntityManager em;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRepositoryOffersOnlyInsertAndRead() {
        assertThat(CrudRepository.class.isAssignableFrom(AuditEntryRepository.class)).isFalse();
        assertThat(Arrays.stream(AuditEntryRepository.class.getMethods()).map(Method::getName))
                .allMatch(name -> name.equals("save") || name.startsWith("find") || name.startsWith("count")
                        || name.equals("search"));
    }

    @Test
    void theEntityIsImmutableAndHasNoMutators() {
        assertThat(AuditEntry.class.isAnnotationPresent(Immutable.class)).isTrue();
        assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName))
                .noneMatch(name -> name.startsWith("set"));
    }

    @Test
    void bulkUpdatesThroughJpaAreRefused() {
        UUID id = store();
        assertThatThrownBy(() -> tx.executeWithoutResult(s ->
                em.createQuery("update AuditEntry e set e.outcome = 'tampered' where e.id = :id")
                        .setParameter("id", id).executeUpdate()))
                .isInstanceOf(RuntimeException.class);
        assertThat(jdbc.queryForObject("SELECT outcome FROM audit_entry WHERE id = ?", String.class, id)).isEqualTo("success");
    }

    @Test
    void savingAStoredEntryAgainFailsInsteadOfOverwritingIt() {
        UUID id = store();
        AuditEntry stored = tx.execute(s -> entries.findByIdAndNetworkIdIsNull(id).orElseThrow());
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> entries.save(stored))).isInstanceOf(RuntimeException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE id = ?", Long.class, id)).isEqualTo(1L);
    }

    @Test
    void changesToALoadedEntryAreNeverWritten() {
        UUID id = store();
        tx.executeWithoutResult(s -> {
            AuditEntry loaded = em.find(AuditEntry.class, id);
            // No mutator exists; even a change made behind the entity's back (reflection) is not flushed.
            try {
                var field = AuditEntry.class.getDeclaredField("outcome");
                field.setAccessible(true);
                field.set(loaded, "tampered");
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(jdbc.queryForObject("SELECT outcome FROM audit_entry WHERE id = ?", String.class, id)).isEqualTo("success");
    }

    private UUID store() {
        AuditEntry entry = AuditEntry.builder().actor("system", null).action("test.stored").outcome("success").build();
        tx.executeWithoutResult(s -> entries.save(entry));
        return entry.getId();
    }
}
