package org.localvoice.feedback.themes.domain;

import org.localvoice.feedback.ExperienceSubmitted;
import org.localvoice.shared.TenantContext;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** When a view comes in, marks the themes the model suggests, so the moderator finds them ready. */
@Component
class SuggestOnSubmission {

    private final ThemeMarks marks;
    private final TransactionTemplate newTransaction;

    SuggestOnSubmission(ThemeMarks marks, PlatformTransactionManager transactions) {
        this.marks = marks;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @ApplicationModuleListener
    void on(ExperienceSubmitted submitted) {
        TenantContext.runAs(submitted.networkId(), () -> newTransaction.execute(status -> {
            marks.recordSuggestions(submitted.experienceId());
            return null;
        }));
    }
}
