package org.localvoice.governance.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.audit.AuditableChange;
import org.localvoice.governance.DecisionCategory;
import org.localvoice.governance.DecisionPublished;
import org.localvoice.governance.DecisionRecorded;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current network's statutory record of relevant decisions: recording (under the rules of
 * {@link DecisionRules}), publishing statements, and corrections as new entries.
 */
@Service
public class Decisions {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final DecisionRepository decisions;
    private final DeclarationRepository declarations;
    private final DecisionCorrectionRepository corrections;
    private final ProcedureVersionRepository versions;
    private final PublicationTargetRepository targets;
    private final PublicationDue publicationDue;
    private final AuthorisedCaseRepository cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Decisions(DecisionRepository decisions, DeclarationRepository declarations, DecisionCorrectionRepository corrections,
            ProcedureVersionRepository versions, PublicationTargetRepository targets, PublicationDue publicationDue,
            AuthorisedCaseRepository cases, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.decisions = decisions;
        this.declarations = declarations;
        this.corrections = corrections;
        this.versions = versions;
        this.targets = targets;
        this.publicationDue = publicationDue;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }

    /** What the rules would refuse in a decision, without recording it. */
    @Transactional(readOnly = true)
    public List<FieldProblem> check(NewDecision d) {
        Optional<ProcedureVersion> procedure = Optional.ofNullable(d.procedureVersionId()).flatMap(this::version);
        return DecisionRules.check(d, versions.existsByPublishedAtNotNull(), procedure, today());
    }

    /**
     * Records a decision in the current network.
     *
     * @throws RefusedException with field-level problems when a rule is broken
     */
    @Transactional
    public Decision record(NewDecision d) {
        UUID network = TenantContext.requireNetwork();
        Optional<ProcedureVersion> procedure = Optional.ofNullable(d.procedureVersionId()).flatMap(this::version);
        List<FieldProblem> problems = DecisionRules.check(d, versions.existsByPublishedAtNotNull(), procedure, today());
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        ProcedureVersion v = procedure.orElseThrow();
        PublicationDue.Due due = publicationDue.of(network, d.decidedOn(),
                targets.findFirstBy().map(PublicationTarget::getTargetDays).orElse(null));
        String prefix = d.category().letter().toUpperCase() + "-" + d.decidedOn().getYear() + "-";
        String reference = prefix + String.format("%03d", decisions.countByReferenceStartingWith(prefix) + 1);
        Decision decision = decisions.save(new Decision(reference, d.category(), d.summary().trim(), d.reasons().trim(),
                d.decidedOn(), d.decidedBy(), v, v.getTitle(), due.date(), due.deadline(), due.explanation()));
        for (NewDecision.NewDeclaration x : d.declarations()) {
            declarations.save(new Declaration(decision.getId(), x.person().trim(), x.interest().trim(), x.recused()));
        }
        events.publishEvent(new DecisionRecorded(network, decision.getId(), decision.getCategory()));
        events.publishEvent(new AuditableChange(network, "governance.decision", decision.getId(), "recorded",
                reference + " (" + d.category().letter() + ")"));
        return decision;
    }

    /** Publishes the statement of a decision and its reasons. */
    @Transactional
    public Decision publish(UUID decisionId, long version) {
        Decision d = find(decisionId).orElseThrow(() -> new IllegalArgumentException("No decision " + decisionId));
        if (d.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Decision.class, decisionId);
        }
        if (!d.isPublished()) {
            d.publish(clock.instant(), currentActor());
            decisions.saveAndFlush(d);
            events.publishEvent(new DecisionPublished(d.getNetworkId(), d.getId(), d.getCategory()));
            events.publishEvent(new AuditableChange(d.getNetworkId(), "governance.decision", d.getId(), "published",
                    d.getReference()));
        }
        return d;
    }

    /**
     * Adds a correction: a new entry with its reason; the original stays in the record.
     *
     * @throws RefusedException when the reason is missing or nothing is corrected
     */
    @Transactional
    public DecisionCorrection correct(UUID decisionId, String summary, String reasons, String why) {
        Decision d = find(decisionId).orElseThrow(() -> new IllegalArgumentException("No decision " + decisionId));
        List<FieldProblem> problems = new ArrayList<>();
        String s = blankToNull(summary);
        String r = blankToNull(reasons);
        if (s == null && r == null) {
            problems.add(new FieldProblem("summary", "governance.correction.nothing"));
        }
        if (s != null && s.length() > 1000) {
            problems.add(new FieldProblem("summary", "governance.decision.summary.tooLong", 1000));
        }
        if (r != null && r.length() > 8000) {
            problems.add(new FieldProblem("reasons", "governance.decision.reasons.tooLong", 8000));
        }
        if (blankToNull(why) == null) {
            problems.add(new FieldProblem("reason", "governance.correction.reason.required"));
        } else if (why.length() > 2000) {
            problems.add(new FieldProblem("reason", "governance.correction.reason.tooLong", 2000));
        }
        if (!problems.isEmpty()) {
            throw new RefusedException(problems);
        }
        DecisionCorrection c = corrections.save(new DecisionCorrection(d.getId(), s, r, why.trim()));
        events.publishEvent(new AuditableChange(d.getNetworkId(), "governance.decision", d.getId(), "corrected",
                d.getReference()));
        return c;
    }

    /** A decision of the current network. */
    @Transactional(readOnly = true)
    public Optional<Decision> find(UUID id) {
        Optional<UUID> network = TenantContext.currentNetwork();
        if (id == null || network.isEmpty()) {
            return Optional.empty();
        }
        return decisions.findById(id).filter(d -> network.get().equals(d.getNetworkId()));
    }

    /** The decision with its corrections applied. */
    @Transactional(readOnly = true)
    public Optional<DecisionView> view(UUID id) {
        return find(id).map(this::view);
    }

    DecisionView view(Decision d) {
        return DecisionView.of(d, declarations.findByDecisionIdOrderByCreatedAtAsc(d.getId()),
                corrections.findByDecisionIdOrderByCreatedAtAsc(d.getId()), today());
    }

    @Transactional(readOnly = true)
    public Page<DecisionView> list(DecisionCategory category, Pageable page) {
        return decisions.list(category, page).map(this::view);
    }

    @Transactional(readOnly = true)
    public Page<DecisionView> awaitingPublication(Pageable page) {
        return decisions.findByPublishedAtIsNullOrderByPublicationDueAscCreatedAtAsc(page).map(this::view);
    }

    /** The public register of a network: published decisions only. */
    @Transactional(readOnly = true)
    public Page<DecisionView> published(DecisionCategory category, Pageable page) {
        return decisions.published(category, page).map(this::view);
    }

    /** The cases of other modules that a decision authorised. */
    @Transactional(readOnly = true)
    public Page<AuthorisedCase> authorisedCases(UUID decisionId, Pageable page) {
        return cases.findByDecisionIdOrderByCreatedAtAsc(decisionId, page);
    }

    @Transactional(readOnly = true)
    public long countAwaitingPublication() {
        return decisions.countByPublishedAtIsNull();
    }

    @Transactional(readOnly = true)
    public long countOverdue() {
        return decisions.countByPublishedAtIsNullAndPublicationDueLessThan(today());
    }

    private Optional<ProcedureVersion> version(UUID id) {
        UUID network = TenantContext.requireNetwork();
        return versions.findById(id).filter(v -> network.equals(v.getNetworkId()));
    }

    static String currentActor() {
        return org.localvoice.access.CurrentUser.get().map(org.localvoice.access.CurrentUser::email).orElse("system");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
