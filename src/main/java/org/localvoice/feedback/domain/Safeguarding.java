package org.localvoice.feedback.domain;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.localvoice.audit.AuditableChange;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Possible safeguarding concerns raised by a view: flagged by a moderator or by a keyword on
 * submission, the view leaves the normal queue (and the public pages), the network's host managers are
 * e-mailed, and everything done is kept as an append-only dated log until a host manager closes it.
 */
@Service
public class Safeguarding {

    private final ExperienceRepository experiences;
    private final SafeguardingActionRepository log;
    private final FeedbackMail mail;
    private final ApplicationEventPublisher events;

    Safeguarding(ExperienceRepository experiences, SafeguardingActionRepository log, FeedbackMail mail,
            ApplicationEventPublisher events) {
        this.experiences = experiences;
        this.log = log;
        this.mail = mail;
        this.events = events;
    }

    /** A moderator flags a view. */
    @PreAuthorize("hasRole('HOST_STAFF')")
    @Transactional
    public void flag(UUID id, long version, String note) {
        Experience view = find(id);
        if (view.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Experience.class, id);
        }
        open(view, SafeguardingAction.Kind.FLAGGED, note);
    }

    /** The keyword check on a new view flags it (no one signed in need be). */
    @Transactional
    void flagAutomatically(Experience view, String keyword) {
        open(view, SafeguardingAction.Kind.FLAGGED_AUTOMATICALLY, "keyword: " + keyword);
    }

    /** Records what was done, for example "referred to the council's adult safeguarding team". */
    @PreAuthorize("hasRole('HOST_MANAGER')")
    @Transactional
    public void recordAction(UUID id, String note) {
        Experience view = find(id);
        log.save(new SafeguardingAction(view.getId(), SafeguardingAction.Kind.ACTION, note));
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "Experience", id, "safeguarding action", null));
    }

    /** Closes the concern; the view goes back to the moderation queue. */
    @PreAuthorize("hasRole('HOST_MANAGER')")
    @Transactional
    public void close(UUID id, String note) {
        Experience view = find(id);
        if (!view.isSafeguardingOpen()) {
            return;
        }
        view.closeSafeguarding();
        experiences.save(view);
        log.save(new SafeguardingAction(view.getId(), SafeguardingAction.Kind.CLOSED, note));
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "Experience", id, "safeguarding closed", null));
    }

    @Transactional(readOnly = true)
    public Page<Experience> open(Pageable page) {
        return experiences.findBySafeguardingOpen(true, page);
    }

    @Transactional(readOnly = true)
    public List<SafeguardingAction> log(UUID id) {
        return log.findByExperienceIdOrderByCreatedAtAsc(find(id).getId());
    }

    private void open(Experience view, SafeguardingAction.Kind kind, String note) {
        boolean wasOpen = view.isSafeguardingOpen();
        view.openSafeguarding();
        experiences.save(view);
        log.save(new SafeguardingAction(view.getId(), kind, note));
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "Experience", view.getId(), "safeguarding flagged",
                kind.name()));
        if (!wasOpen) {
            mail.safeguardingRaised(view);
        }
    }

    private Experience find(UUID id) {
        UUID network = TenantContext.requireNetwork();
        return experiences.findById(id).filter(e -> network.equals(e.getNetworkId()))
                .orElseThrow(() -> new NoSuchElementException("No view " + id));
    }
}
