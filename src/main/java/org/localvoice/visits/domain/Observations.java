package org.localvoice.visits.domain;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.audit.AuditableChange;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each team member's observation of a visit: saved as a draft as often as needed, then submitted once. */
@Service
public class Observations {

    private final ObservationRepository observations;
    private final TeamMemberRepository team;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Observations(ObservationRepository observations, TeamMemberRepository team, ApplicationEventPublisher events, Clock clock) {
        this.observations = observations;
        this.team = team;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean onTeam(UUID visitId, UUID representativeId) {
        return team.existsByVisitIdAndRepresentativeId(visitId, representativeId);
    }

    @Transactional(readOnly = true)
    public Optional<Observation> of(UUID visitId, UUID representativeId) {
        return observations.findByVisitIdAndRepresentativeId(visitId, representativeId);
    }

    @Transactional(readOnly = true)
    public List<Observation> forVisit(UUID visitId) {
        return observations.findByVisitIdOrderByCreatedAtAsc(visitId);
    }

    /** Saves the representative's observation; with {@code submit}, it is final. */
    @Transactional
    @PreAuthorize("hasRole('AUTHORISED_REPRESENTATIVE')")
    public void save(UUID visitId, UUID representativeId, long version, ObservationDetails details, boolean submit) {
        if (!onTeam(visitId, representativeId)) {
            throw new RefusedException("visits.refused.notOnTeam");
        }
        Observation o = observations.findByVisitIdAndRepresentativeId(visitId, representativeId)
                .orElseGet(() -> new Observation(visitId, representativeId));
        if (o.getId() != null && o.getCreatedAt() != null && o.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Observation.class, o.getId());
        }
        if (o.submitted()) {
            throw new RefusedException("visits.refused.alreadySubmitted");
        }
        o.record(details);
        if (submit) {
            o.submit(clock.instant());
        }
        observations.saveAndFlush(o);
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "Observation", o.getId(),
                submit ? "observation.submitted" : "observation.saved", "visit " + visitId));
    }

    /** Visits on this representative's team, newest first. */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<Visit> visitsOf(UUID representativeId, org.springframework.data.domain.Pageable page) {
        return team.visitsOf(representativeId, page);
    }
}
