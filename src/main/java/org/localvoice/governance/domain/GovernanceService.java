package org.localvoice.governance.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.governance.AuthorisingDecision;
import org.localvoice.governance.DecisionCategory;
import org.localvoice.governance.DecisionRequiredException;
import org.localvoice.governance.Governance;
import org.localvoice.governance.NewSignOff;
import org.localvoice.governance.SignOff;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The governance facade, within the caller's network. */
@Service
class GovernanceService implements Governance {

    private final Decisions decisions;
    private final DecisionRepository repository;
    private final AuthorisedCaseRepository cases;
    private final Procedures procedures;
    private final SignOffs signOffs;

    GovernanceService(Decisions decisions, DecisionRepository repository, AuthorisedCaseRepository cases,
            Procedures procedures, SignOffs signOffs) {
        this.decisions = decisions;
        this.repository = repository;
        this.cases = cases;
        this.procedures = procedures;
        this.signOffs = signOffs;
    }

    @Override
    @Transactional(readOnly = true)
    public AuthorisingDecision requireAuthorisingDecision(UUID decisionId, DecisionCategory category) {
        Decision d = Authorisation.require(decisionId, decisions.find(decisionId), category, decisions.today());
        return decisions.view(d).toAuthorising();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AuthorisingDecision> decision(UUID decisionId) {
        return decisions.view(decisionId).map(DecisionView::toAuthorising);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<AuthorisingDecision> decisionsOf(DecisionCategory category, Pageable page) {
        return repository.findByCategoryAndDecidedOnLessThanEqualOrderByDecidedOnDescCreatedAtDesc(category,
                decisions.today(), page).map(d -> decisions.view(d).toAuthorising());
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuthorisingDecision> pickList(DecisionCategory category) {
        return decisionsOf(category, PageRequest.of(0, 50)).getContent();
    }

    @Override
    @Transactional
    public void recordAuthorisedCase(UUID decisionId, String kind, UUID caseId, String reference) {
        Decision d = decisions.find(decisionId).orElseThrow(() -> new DecisionRequiredException(decisionId,
                DecisionCategory.A_ACTIVITIES, DecisionRequiredException.Reason.NOT_FOUND));
        String ref = reference == null ? null : reference.length() > 60 ? reference.substring(0, 60) : reference;
        cases.findByDecisionIdAndKindAndCaseId(d.getId(), kind, caseId).ifPresentOrElse(c -> c.rereference(ref),
                () -> cases.save(new AuthorisedCase(d.getId(), kind, caseId, ref)));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasPublishedProcedure() {
        return procedures.anyPublished();
    }

    @Override
    public void requestSignOff(String subjectType, UUID subjectId, String title, String link) {
        signOffs.request(subjectType, subjectId, title, link);
    }

    @Override
    @PreAuthorize("hasAnyRole('GOVERNING_MEMBER', 'HOST_MANAGER')")
    public SignOff recordSignOff(NewSignOff signOff) {
        List<FieldProblem> problems = signOffs.check(signOff);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Sign-off refused: " + problems);
        }
        return signOffs.record(signOff);
    }

    @Override
    public Optional<SignOff> signOff(String subjectType, UUID subjectId) {
        List<SignOff> all = signOffs.of(subjectType, subjectId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @Override
    public List<SignOff> signOffs(String subjectType, UUID subjectId) {
        return signOffs.of(subjectType, subjectId);
    }
}
