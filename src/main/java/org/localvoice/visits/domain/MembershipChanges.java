package org.localvoice.visits.domain;

import org.localvoice.membership.ParticipantErased;
import org.localvoice.membership.ParticipantLeft;
import org.localvoice.shared.TenantContext;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Follows membership: a participant who left is no longer authorised (their authorisation is withdrawn
 * from the day they left); a participant whose personal data was erased loses their name and contact
 * details on representative and nominated-person records, so the public register and cards show none.
 */
@Component
class MembershipChanges {

    private final Representatives representatives;
    private final NominatedPersons nominated;
    private final TransactionTemplate newTransaction;

    MembershipChanges(Representatives representatives, NominatedPersons nominated, PlatformTransactionManager transactions) {
        this.representatives = representatives;
        this.nominated = nominated;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(ParticipantLeft left) {
        TenantContext.runAs(left.networkId(), () -> newTransaction.execute(status -> {
            representatives.participantLeft(left.participantId(), left.leftOn());
            return null;
        }));
    }

    @ApplicationModuleListener
    void on(ParticipantErased erased) {
        TenantContext.runAs(erased.networkId(), () -> newTransaction.execute(status -> {
            representatives.participantErased(erased.participantId());
            nominated.participantErased(erased.participantId());
            return null;
        }));
    }
}
