package org.localvoice.governance.domain;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.localvoice.governance.DecisionCategory;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo governance for Trafford and Barnet: a published decision-making procedure (versions 1 and 2)
 * and relevant decisions of categories (a), (d), (e), (f) and (g), some published, one awaiting
 * publication and one overdue, so the powers and visits demo data can cite them. Runs once.
 */
@Component
@ConditionalOnProperty(name = "localvoice.demo-data", havingValue = "true")
class GovernanceDemoData {

    static final String PROCEDURE_TITLE = "Decision-making procedure";
    private static final Logger log = LoggerFactory.getLogger(GovernanceDemoData.class);

    private final Networks networks;
    private final Procedures procedures;
    private final Decisions decisions;

    GovernanceDemoData(Networks networks, Procedures procedures, Decisions decisions) {
        this.networks = networks;
        this.procedures = procedures;
        this.decisions = decisions;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20)
    void load() {
        for (String slug : List.of("trafford", "barnet")) {
            networks.findBySlug(slug).ifPresent(n -> TenantContext.runAs(n.id(), () -> {
                if (!procedures.anyPublished()) {
                    loadFor(n);
                }
                return null;
            }));
        }
    }

    private void loadFor(NetworkSummary network) {
        LocalDate today = decisions.today();
        ProcedureVersion v1 = procedures.create(PROCEDURE_TITLE, DemoProcedureText.V1.formatted(network.name()));
        procedures.publishAt(v1.getId(), v1.getVersion(), today.minusDays(400).atStartOfDay().toInstant(ZoneOffset.UTC));
        ProcedureVersion v2 = procedures.draftNext(v1.getProcedureId(), PROCEDURE_TITLE,
                DemoProcedureText.V2.formatted(network.name()), "Quorum raised to three members; declarations of "
                        + "interest recorded for each decision.");
        v2 = procedures.publishAt(v2.getId(), v2.getVersion(), today.minusDays(120).atStartOfDay().toInstant(ZoneOffset.UTC));
        List<String> board = List.of("Gwen Governing", "Ann Lee", "Raj Patel");
        List<String> withoutRaj = List.of("Gwen Governing", "Ann Lee", "Tom Okafor");

        published(new NewDecision(DecisionCategory.A_ACTIVITIES, "Work plan for the year: hospital discharge, care homes "
                + "and GP access", "Most views received last year were about these three areas.", today.minusDays(200),
                board, v1.getId(), List.of()));
        published(new NewDecision(DecisionCategory.D_REQUEST_INFORMATION, "Ask the acute trust for its figures on "
                + "delayed discharges", "Participants reported long waits to leave hospital; the figures will show "
                + "how common this is.", today.minusDays(60), board, v2.getId(), List.of()));
        published(new NewDecision(DecisionCategory.E_REPORT_OR_RECOMMENDATION, "Send the discharge report and its "
                + "recommendations to the commissioner", "The report shows a pattern the commissioner can act on.",
                today.minusDays(45), board, v2.getId(), List.of()));
        published(new NewDecision(DecisionCategory.F_ENTER_AND_VIEW, "Enter and view two care homes in the spring, "
                + "announced", "Views from relatives raised concerns about mealtimes and activities.",
                today.minusDays(40), withoutRaj, v2.getId(), List.of(new NewDecision.NewDeclaration("Raj Patel",
                        "Works part-time at one of the care homes", true))));
        published(new NewDecision(DecisionCategory.G_REFER_TO_OSC, "Refer patient transport delays to the Overview "
                + "and Scrutiny Committee", "The provider's reply did not address the delays and the matter affects "
                + "many residents.", today.minusDays(35), board, v2.getId(), List.of()));
        decisions.record(new NewDecision(DecisionCategory.G_REFER_TO_OSC, "Refer the closure of the walk-in centre to "
                + "the Overview and Scrutiny Committee", "The closure was not consulted on locally.", today.minusDays(30),
                board, v2.getId(), List.of()));
        decisions.record(new NewDecision(DecisionCategory.F_ENTER_AND_VIEW, "Enter and view the hospital's discharge "
                + "lounge next month", "Follow-up to the discharge report.", today.minusDays(1), board, v2.getId(),
                List.of()));
        log.info("Governance demo data loaded for {}", network.slug());
    }

    private void published(NewDecision d) {
        Decision recorded = decisions.record(d);
        decisions.publish(recorded.getId(), recorded.getVersion());
    }
}
