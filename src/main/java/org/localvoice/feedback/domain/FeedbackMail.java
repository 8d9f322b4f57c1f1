package org.localvoice.feedback.domain;

import java.util.Locale;
import java.util.UUID;
import org.localvoice.access.Accounts;
import org.localvoice.access.Role;
import org.localvoice.notifications.Mailer;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The e-mails of the feedback module, written to the outbox in the caller's transaction: the receipt
 * for a view, the reason a view was not used, and the notice to host managers of a possible
 * safeguarding concern (which names only the reference, never the text).
 */
@Component
class FeedbackMail {

    private final Mailer mailer;
    private final MessageSource messages;
    private final Networks networks;
    private final Accounts accounts;
    private final String baseUrl;

    FeedbackMail(Mailer mailer, MessageSource messages, Networks networks, Accounts accounts,
            @Value("${localvoice.base-url:http://localhost:8080}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.networks = networks;
        this.accounts = accounts;
        this.baseUrl = baseUrl;
    }

    void receipt(Experience view, String email) {
        NetworkSummary network = network(TenantContext.requireNetwork());
        mailer.send(TenantContext.requireNetwork(), email, text("feedback.mail.receipt.subject", view.getReference()),
                text("feedback.mail.receipt.body", network.name(), view.getReference(), view.getServiceName(),
                        baseUrl + "/n/" + network.slug()));
    }

    void rejected(Experience view, String email, String reason) {
        NetworkSummary network = network(TenantContext.requireNetwork());
        mailer.send(TenantContext.requireNetwork(), email, text("feedback.mail.rejected.subject", view.getReference()),
                text("feedback.mail.rejected.body", network.name(), view.getReference(), reason,
                        network.contactEmail() == null ? "" : network.contactEmail()));
    }

    void safeguardingRaised(Experience view) {
        String link = baseUrl + "/manage/views/safeguarding/" + view.getId();
        for (String manager : accounts.emailsWithRole(TenantContext.requireNetwork(), Role.HOST_MANAGER)) {
            mailer.send(TenantContext.requireNetwork(), manager, text("feedback.mail.safeguarding.subject", view.getReference()),
                    text("feedback.mail.safeguarding.body", view.getReference(), link));
        }
    }

    private NetworkSummary network(UUID id) {
        return networks.findById(id).orElseThrow();
    }

    private String text(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, locale);
    }
}
