package org.localvoice.governance.domain;

import java.util.List;
import java.util.Optional;
import org.localvoice.audit.AuditableChange;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current network's publication target for decision statements. It applies to decisions recorded
 * after it is set; each decision keeps the due date it was given.
 */
@Service
public class PublicationTargets {

    static final int MAX_DAYS = 365;

    private final PublicationTargetRepository targets;
    private final ApplicationEventPublisher events;

    PublicationTargets(PublicationTargetRepository targets, ApplicationEventPublisher events) {
        this.targets = targets;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<PublicationTarget> current() {
        return targets.findFirstBy();
    }

    /**
     * Sets the target (null: the rule set's period alone).
     *
     * @param version the version read, or 0 when none was set
     */
    @Transactional
    public void change(Integer days, long version) {
        if (days != null && (days < 1 || days > MAX_DAYS)) {
            throw new RefusedException(List.of(new FieldProblem("days", "governance.target.days.range", MAX_DAYS)));
        }
        Optional<PublicationTarget> existing = targets.findFirstBy();
        if (existing.isPresent()) {
            if (existing.get().getVersion() != version) {
                throw new ObjectOptimisticLockingFailureException(PublicationTarget.class, existing.get().getId());
            }
            existing.get().change(days);
            targets.saveAndFlush(existing.get());
        } else {
            targets.save(new PublicationTarget(days));
        }
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "governance.publication-target",
                (String) null, "changed", days == null ? "rule set period" : days + " days"));
    }
}
