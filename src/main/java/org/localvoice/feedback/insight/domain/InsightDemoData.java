package org.localvoice.feedback.insight.domain;

import java.time.LocalDate;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.Networks;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/** Demo "what changed" records for the demo networks, once (nothing when a network has one already). */
@Component
@ConditionalOnProperty(name = "localvoice.demo-data", havingValue = "true")
class InsightDemoData {

    private final Networks networks;
    private final ImpactRecords impacts;

    InsightDemoData(Networks networks, ImpactRecords impacts) {
        this.networks = networks;
        this.impacts = impacts;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(11)
    void load() {
        networks.findBySlug("trafford").ifPresent(n -> TenantContext.runAs(n.id(), () -> add(
                "Patient transport now rings the day before",
                "After people told us they waited hours without knowing when the ambulance would come, the patient transport"
                        + " service now telephones everyone the day before with a two-hour pick-up window.",
                LocalDate.of(2026, 9, 14), "Letter from the service's patient experience lead, 2 September 2026")));
        networks.findBySlug("barnet").ifPresent(n -> TenantContext.runAs(n.id(), () -> add(
                "Hot meals on the ward at weekends",
                "Views about cold food at weekends led the hospital to keep its hot-meal service running on Saturdays and Sundays.",
                LocalDate.of(2026, 10, 5), "Seen on our Enter and View visit of 12 October 2026")));
    }

    private Void add(String title, String whatChanged, LocalDate on, String evidence) {
        if (impacts.list(PageRequest.of(0, 1)).isEmpty()) {
            impacts.record(title, whatChanged, on, evidence);
        }
        return null;
    }
}
