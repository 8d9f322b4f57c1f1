package org.localvoice.audit.domain;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.localvoice.audit.AuditFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/** The criteria query behind {@link AuditEntrySearch}. */
class AuditEntrySearchImpl implements AuditEntrySearch {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Page<AuditEntry> search(UUID networkId, AuditFilter filter, Pageable pageable) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(entry).where(predicates(cb, entry, networkId, filter))
                .orderBy(cb.desc(entry.get("occurredAt")), cb.desc(entry.get("id")));
        List<AuditEntry> content = em.createQuery(query)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<AuditEntry> counted = count.from(AuditEntry.class);
        count.select(cb.count(counted)).where(predicates(cb, counted, networkId, filter));
        long total = em.createQuery(count).getSingleResult();
        return new PageImpl<>(content, pageable, total);
    }

    private static Predicate[] predicates(CriteriaBuilder cb, Root<AuditEntry> e, UUID networkId, AuditFilter f) {
        List<Predicate> where = new ArrayList<>();
        where.add(networkId == null ? cb.isNull(e.get("networkId")) : cb.equal(e.get("networkId"), networkId));
        if (present(f.actor())) {
            where.add(cb.equal(cb.lower(e.get("actor")), f.actor().trim().toLowerCase(Locale.ROOT)));
        }
        if (present(f.action())) {
            where.add(cb.like(e.get("action"), escape(f.action().trim()) + "%", '\\'));
        }
        if (present(f.entityType())) {
            where.add(cb.equal(e.get("entityType"), f.entityType().trim()));
        }
        if (present(f.entityId())) {
            where.add(cb.equal(e.get("entityId"), f.entityId().trim()));
        }
        if (f.from() != null) {
            where.add(cb.greaterThanOrEqualTo(e.get("occurredAt"), startOf(f.from())));
        }
        if (f.to() != null) {
            where.add(cb.lessThan(e.get("occurredAt"), startOf(f.to().plusDays(1))));
        }
        return where.toArray(Predicate[]::new);
    }

    static Instant startOf(LocalDate day) {
        return day.atStartOfDay(AuditFilter.ZONE).toInstant();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
