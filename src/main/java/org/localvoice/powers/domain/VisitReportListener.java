package org.localvoice.powers.domain;

import org.localvoice.shared.TenantContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.localvoice.visits.VisitReportPublished;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When an Enter and View report is published, records its recommendations as waiting to be referred to
 * the provider. The event publication registry keeps the event until this has run; running it twice
 * for the same visit changes nothing.
 */
@Component
class VisitReportListener {

    private final VisitReferrals referrals;
    private final TransactionTemplate newTransaction;

    VisitReportListener(VisitReferrals referrals, PlatformTransactionManager transactions) {
        this.referrals = referrals;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(VisitReportPublished published) {
        VisitReferrals.Handed handed = new VisitReferrals.Handed(published.visitId(), published.premisesId(),
                published.controllerProviderId(), published.recommendations());
        TenantContext.runAs(published.networkId(), () -> {
            try {
                return newTransaction.execute(status -> referrals.record(handed));
            } catch (DataIntegrityViolationException e) {
                // Two deliveries of the same visit at once: the other one recorded it (unique per visit).
                return newTransaction.execute(status -> referrals.recorded(published.visitId()).orElseThrow(() -> e));
            }
        });
    }
}
