package org.localvoice.feedback.insight.domain;

import org.localvoice.access.Accounts;
import org.localvoice.access.CurrentUser;
import org.localvoice.directory.Directory;
import org.localvoice.directory.ProviderSummary;
import org.localvoice.feedback.ExperiencePublished;
import org.localvoice.shared.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a view about a provider is published, e-mails the provider's service responders in that network. */
@Component
class TellRespondersOnPublication {

    private final Directory directory;
    private final Accounts accounts;
    private final ReplyMail mail;
    private final JdbcTemplate jdbc;

    TellRespondersOnPublication(Directory directory, Accounts accounts, ReplyMail mail, JdbcTemplate jdbc) {
        this.directory = directory;
        this.accounts = accounts;
        this.mail = mail;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ExperiencePublished published) {
        if (published.providerId() == null) {
            return;
        }
        String provider = directory.provider(published.providerId()).map(ProviderSummary::name).orElse("");
        String reference = jdbc.queryForObject("SELECT reference FROM feedback_experience WHERE network_id = ? AND id = ?",
                String.class, published.networkId(), published.experienceId());
        TenantContext.runAs(published.networkId(), () -> {
            for (var account : directory.responderAccountsOf(published.networkId(), published.providerId())) {
                accounts.find(account).map(CurrentUser::email)
                        .ifPresent(email -> mail.published(published.networkId(), email, reference, provider));
            }
            return null;
        });
    }
}
