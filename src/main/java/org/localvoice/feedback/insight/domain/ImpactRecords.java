package org.localvoice.feedback.insight.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.audit.AuditableChange;
import org.localvoice.feedback.ImpactSummary;
import org.localvoice.feedback.Impacts;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current network's "what changed" records and the views (by id) that led to each. */
@Service
public class ImpactRecords implements Impacts {

    /** A view linked to an impact record. */
    public record LinkedView(UUID id, String reference, String serviceName, String text, boolean published) {
    }

    static final int MAX_LINKED = 50;

    private final ImpactRepository impacts;
    private final ImpactLinkRepository links;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;

    ImpactRecords(ImpactRepository impacts, ImpactLinkRepository links, JdbcTemplate jdbc, ApplicationEventPublisher events) {
        this.impacts = impacts;
        this.links = links;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<Impact> list(Pageable page) {
        return impacts.findAllByOrderByChangedOnDescIdDesc(page);
    }

    @Transactional(readOnly = true)
    public Optional<Impact> find(UUID id) {
        UUID network = TenantContext.requireNetwork();
        return impacts.findById(id).filter(i -> network.equals(i.getNetworkId()));
    }

    @Transactional
    public UUID record(String title, String whatChanged, LocalDate changedOn, String evidence) {
        Impact impact = impacts.save(new Impact(title, whatChanged, changedOn, evidence));
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "Impact", impact.getId(), "IMPACT_RECORDED", title));
        return impact.getId();
    }

    /**
     * Corrects a record: headline, what changed, when, evidence. Audited.
     *
     * @throws NoSuchElementException                 when the record is not the current network's
     * @throws ObjectOptimisticLockingFailureException when it changed since {@code version} was read
     */
    @PreAuthorize("hasRole('HOST_STAFF')")
    @Transactional
    public Impact edit(UUID id, long version, String title, String whatChanged, LocalDate changedOn, String evidence) {
        Impact impact = find(id).orElseThrow(() -> new NoSuchElementException("No impact " + id));
        if (impact.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Impact.class, id);
        }
        impact.edit(title, whatChanged, changedOn, evidence);
        impacts.saveAndFlush(impact);
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "Impact", id, "IMPACT_EDITED", title));
        return impact;
    }

    /**
     * Unlinks a view from a record (it no longer shows under the record on the public page). Audited.
     *
     * @return the view's reference, or empty when the view was not linked to the record
     * @throws NoSuchElementException when the record is not the current network's
     */
    @PreAuthorize("hasRole('HOST_STAFF')")
    @Transactional
    public Optional<String> unlinkView(UUID impactId, UUID viewId) {
        Impact impact = find(impactId).orElseThrow(() -> new NoSuchElementException("No impact " + impactId));
        Optional<ImpactLink> link = links.findByImpactIdAndKindAndTargetId(impact.getId(), ImpactLink.Kind.VIEW, viewId);
        if (link.isEmpty()) {
            return Optional.empty();
        }
        links.delete(link.get());
        String reference = jdbc.queryForList("SELECT reference FROM feedback_experience WHERE network_id = ? AND id = ?", String.class,
                TenantContext.requireNetwork(), viewId).stream().findFirst().orElse(viewId.toString());
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "Impact", impactId, "IMPACT_UNLINKED",
                ImpactLink.Kind.VIEW + " " + reference));
        return Optional.of(reference);
    }

    /**
     * Links the view with this reference to the impact record.
     *
     * @throws NoSuchElementException   when the impact record is not the current network's
     * @throws IllegalArgumentException when the network has no view with that reference
     */
    @Transactional
    public void linkView(UUID impactId, String reference) {
        Impact impact = find(impactId).orElseThrow(() -> new NoSuchElementException("No impact " + impactId));
        UUID view = jdbc.queryForList("SELECT id FROM feedback_experience WHERE network_id = ? AND reference = ?", UUID.class,
                TenantContext.requireNetwork(), reference).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No view " + reference));
        link(impact, ImpactLink.Kind.VIEW, view, reference);
    }

    /** The views linked to an impact record (published ones only when {@code publishedOnly}), at most {@value #MAX_LINKED}. */
    @Transactional(readOnly = true)
    public List<LinkedView> views(UUID impactId, boolean publishedOnly) {
        return jdbc.query("SELECT e.id, e.reference, e.service_name, e.text, e.status FROM feedback_impact_link l"
                + " JOIN feedback_experience e ON e.network_id = l.network_id AND e.id = l.target_id"
                + " WHERE l.network_id = ? AND l.impact_id = ? AND l.kind = 'VIEW'"
                + (publishedOnly ? " AND e.status = 'PUBLISHED'" : "") + " ORDER BY e.reference FETCH FIRST ? ROWS ONLY",
                (rs, n) -> new LinkedView(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        "PUBLISHED".equals(rs.getString(5))), TenantContext.requireNetwork(), impactId, MAX_LINKED);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ImpactSummary> impact(UUID id) {
        return find(id).map(i -> new ImpactSummary(i.getId(), i.getNetworkId(), i.getTitle(), i.getWhatChanged(), i.getChangedOn(),
                i.getEvidence()));
    }

    @Override
    @Transactional
    public void linkRecommendationOutcome(UUID impactId, UUID outcomeId) {
        Impact impact = find(impactId).orElseThrow(() -> new NoSuchElementException("No impact " + impactId));
        link(impact, ImpactLink.Kind.RECOMMENDATION_OUTCOME, outcomeId, outcomeId.toString());
    }

    private void link(Impact impact, ImpactLink.Kind kind, UUID target, String what) {
        if (!links.existsByImpactIdAndKindAndTargetId(impact.getId(), kind, target)) {
            links.save(new ImpactLink(impact.getId(), kind, target));
            events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "Impact", impact.getId(), "IMPACT_LINKED",
                    kind + " " + what));
        }
    }
}
