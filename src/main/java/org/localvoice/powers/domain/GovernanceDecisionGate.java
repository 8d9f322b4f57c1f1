package org.localvoice.powers.domain;

import java.util.List;
import java.util.UUID;
import org.localvoice.governance.AuthorisingDecision;
import org.localvoice.governance.DecisionCategory;
import org.localvoice.governance.DecisionRequiredException;
import org.localvoice.governance.Governance;
import org.localvoice.governance.SignOff;
import org.springframework.stereotype.Component;

/** The governance module's relevant decisions and sign-offs, as the powers module needs them. */
@Component
class GovernanceDecisionGate implements DecisionGate {

    static final String REPORT_SUBJECT = "powers.report";
    /** The subject type under which the visits module asks the governing body to sign off visit reports. */
    static final String VISIT_REPORT_SUBJECT = "visits.visit-report";

    private final Governance governance;

    GovernanceDecisionGate(Governance governance) {
        this.governance = governance;
    }

    @Override
    public String require(UUID decisionId, PowerUse use) {
        try {
            AuthorisingDecision d = governance.requireAuthorisingDecision(decisionId, category(use));
            return d.label();
        } catch (DecisionRequiredException e) {
            throw new DecisionMissingException("powers.decision." + e.reason().name(), use.letter());
        }
    }

    @Override
    public void recordCase(UUID decisionId, PowerUse use, UUID caseId, String reference) {
        governance.recordAuthorisedCase(decisionId, kind(use), caseId, reference);
    }

    @Override
    public List<Option> options(PowerUse use) {
        List<AuthorisingDecision> decisions = new java.util.ArrayList<>(governance.pickList(category(use)));
        if (use == PowerUse.REPORT_TO_PROVIDER) {
            decisions.addAll(governance.pickList(DecisionCategory.H_REPORT_TO_OTHER));
        }
        return decisions.stream().map(d -> new Option(d.id(), d.label())).toList();
    }

    @Override
    public List<Option> optionsOnly(PowerUse use) {
        return governance.pickList(category(use)).stream().map(d -> new Option(d.id(), d.label())).toList();
    }

    @Override
    public void requestSignOff(UUID reportId, String title) {
        governance.requestSignOff(REPORT_SUBJECT, reportId, title, "/manage/powers/reports/" + reportId);
    }

    @Override
    public UUID signOffOf(UUID reportId) {
        return governance.signOff(REPORT_SUBJECT, reportId).map(SignOff::id).orElse(null);
    }

    @Override
    public UUID visitReportSignOffOf(UUID visitId) {
        return governance.signOff(VISIT_REPORT_SUBJECT, visitId).map(SignOff::id).orElse(null);
    }

    static DecisionCategory category(PowerUse use) {
        return switch (use) {
            case INFORMATION_REQUEST -> DecisionCategory.D_REQUEST_INFORMATION;
            case REPORT_TO_PROVIDER -> DecisionCategory.E_REPORT_OR_RECOMMENDATION;
            case OSC_REFERRAL -> DecisionCategory.G_REFER_TO_OSC;
            case REPORT_TO_OTHER -> DecisionCategory.H_REPORT_TO_OTHER;
        };
    }

    private static String kind(PowerUse use) {
        return switch (use) {
            case INFORMATION_REQUEST -> "powers.information-request";
            case REPORT_TO_PROVIDER, REPORT_TO_OTHER -> "powers.report";
            case OSC_REFERRAL -> "powers.osc-referral";
        };
    }
}
