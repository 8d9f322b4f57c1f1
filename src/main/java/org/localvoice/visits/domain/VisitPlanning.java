package org.localvoice.visits.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
 * Planning visits: every plan rests on a category (f) decision, keeps out of excluded areas, says how
 * privacy and dignity are protected, and has a team of representatives authorised on the day.
 */
@Service
public class VisitPlanning {

    private final VisitRepository visits;
    private final TeamMemberRepository team;
    private final AuthorisedRepresentativeRepository representatives;
    private final Representatives reps;
    private final EnterAndViewDecisions decisions;
    private final ApplicationEventPublisher events;
    private final VisitLetterRepository letters;

    VisitPlanning(VisitRepository visits, TeamMemberRepository team, AuthorisedRepresentativeRepository representatives,
            Representatives reps, EnterAndViewDecisions decisions, ApplicationEventPublisher events, VisitLetterRepository letters) {
        this.letters = letters;
        this.visits = visits;
        this.team = team;
        this.representatives = representatives;
        this.reps = reps;
        this.decisions = decisions;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Optional<Visit> find(UUID id) {
        Optional<UUID> network = TenantContext.currentNetwork();
        return network.isEmpty() ? Optional.empty() : visits.findById(id).filter(v -> network.get().equals(v.getNetworkId()));
    }

    @Transactional(readOnly = true)
    public Page<Visit> page(Pageable page) {
        return visits.findAllByOrderByVisitOnDesc(page);
    }

    @Transactional(readOnly = true)
    public Page<Visit> between(LocalDate from, LocalDate to, Pageable page) {
        return visits.findByVisitOnBetweenOrderByVisitOnAsc(from, to, page);
    }

    @Transactional(readOnly = true)
    public Page<Visit> atPremises(UUID premisesId, Pageable page) {
        return visits.findByPremisesIdOrderByVisitOnDesc(premisesId, page);
    }

    /** The letters sent to the provider about a visit, oldest first. */
    @Transactional(readOnly = true)
    public List<VisitLetter> lettersOf(UUID visitId) {
        return letters.findTop50ByVisitIdOrderByCreatedAtAscIdAsc(visitId);
    }

    @Transactional(readOnly = true)
    public List<AuthorisedRepresentative> teamOf(UUID visitId) {
        List<AuthorisedRepresentative> members = new ArrayList<>();
        for (TeamMember t : team.findByVisitId(visitId)) {
            representatives.findById(t.getRepresentativeId()).ifPresent(members::add);
        }
        members.sort(java.util.Comparator.comparing(AuthorisedRepresentative::getName));
        return members;
    }

    /** Problems with a plan before it is saved: the decision, excluded areas, and each team member. */
    @Transactional(readOnly = true)
    public List<TeamCheck.Problem> teamProblems(List<UUID> teamIds, LocalDate visitOn) {
        return TeamCheck.problems(members(teamIds), reps.settings().renewals(), visitOn);
    }

    @Transactional
    @PreAuthorize("hasRole('HOST_STAFF')")
    public UUID plan(VisitPlan plan, List<UUID> teamIds) {
        check(plan, teamIds);
        Visit v = visits.save(new Visit(plan));
        setTeam(v.getId(), teamIds);
        decisions.recordVisit(plan.decisionId(), v.getId(), plan.premisesName() + " " + plan.visitOn());
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "Visit", v.getId(), "visit.planned",
                plan.premisesName() + " on " + plan.visitOn()));
        return v.getId();
    }

    @Transactional
    @PreAuthorize("hasRole('HOST_STAFF')")
    public void change(UUID id, long version, VisitPlan plan, List<UUID> teamIds) {
        Visit v = load(id, version);
        if (v.stage().compareTo(VisitStage.SENT_TO_PROVIDER) >= 0) {
            throw new RefusedException("visits.refused.planClosed");
        }
        check(plan, teamIds);
        v.change(plan);
        visits.saveAndFlush(v);
        team.deleteByVisitId(id);
        team.flush();
        setTeam(id, teamIds);
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "Visit", id, "visit.changed",
                plan.premisesName() + " on " + plan.visitOn()));
    }

    @Transactional
    @PreAuthorize("hasRole('HOST_STAFF')")
    public void noticeSent(UUID id, long version, LocalDate on) {
        noticeSent(id, version, on, VisitLetter.Channel.POST, null);
    }

    /** Records the notice as sent, on the visit and on its timeline of letters. */
    Visit noticeSent(UUID id, long version, LocalDate on, VisitLetter.Channel channel, String to) {
        Visit v = load(id, version);
        if (!v.isAnnounced()) {
            throw new RefusedException("visits.refused.noticeUnannounced");
        }
        v.noticeSent(on);
        visits.saveAndFlush(v);
        letters.save(new VisitLetter(id, VisitLetter.Kind.NOTICE, channel, to, on, Senders.current(), null));
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "Visit", id, "visit.noticeSent",
                on + (to == null ? "" : " by e-mail to " + to)));
        return v;
    }

    /**
     * Everything wrong with a plan, field by field: the decision, excluded areas, privacy, and each team member.
     * Not itself transactional, so that a refused decision does not mark the caller's transaction rollback-only.
     */
    public List<PlanProblem> problems(VisitPlan plan, List<UUID> teamIds) {
        List<PlanProblem> problems = new ArrayList<>();
        try {
            decisions.require(plan.decisionId());
        } catch (RefusedException e) {
            problems.add(new PlanProblem("decisionId", e.key(), List.of(e.args())));
        }
        for (Exclusions.Finding f : Exclusions.refused(plan.areas(), plan.careProvided())) {
            problems.add(new PlanProblem(f.subject() == null ? "careProvided" : "areas", f.key(),
                    f.subject() == null ? List.of(f.paragraph()) : List.of(f.subject(), f.paragraph())));
        }
        if (plan.privacyMeasures() == null || plan.privacyMeasures().isBlank()) {
            problems.add(new PlanProblem("privacyMeasures", "visits.refused.noPrivacyMeasures", List.of()));
        }
        if (teamIds.isEmpty()) {
            problems.add(new PlanProblem("team", "visits.refused.noTeam", List.of()));
        } else {
            try {
                for (TeamCheck.Problem p : teamProblems(teamIds, plan.visitOn())) {
                    problems.add(new PlanProblem("team", "visits.refused.teamMember",
                            List.of(p.name(), p.visitOn(), p.reasonKey())));
                }
            } catch (RefusedException e) {
                problems.add(new PlanProblem("team", e.key(), List.of()));
            }
        }
        return problems;
    }

    private void check(VisitPlan plan, List<UUID> teamIds) {
        List<PlanProblem> problems = problems(plan, teamIds);
        if (!problems.isEmpty()) {
            PlanProblem p = problems.get(0);
            throw new RefusedException(p.key(), p.args().toArray());
        }
    }

    private List<AuthorisedRepresentative> members(List<UUID> ids) {
        List<AuthorisedRepresentative> members = new ArrayList<>();
        for (UUID id : ids) {
            members.add(reps.find(id).orElseThrow(() -> new RefusedException("visits.refused.unknownRepresentative")));
        }
        return members;
    }

    private void setTeam(UUID visitId, List<UUID> teamIds) {
        teamIds.stream().distinct().forEach(r -> team.save(new TeamMember(visitId, r)));
    }

    Visit load(UUID id, long version) {
        Visit v = find(id).orElseThrow(() -> new IllegalArgumentException("No visit " + id));
        if (v.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Visit.class, id);
        }
        return v;
    }
}
