package org.localvoice.feedback.insight.domain;

import java.util.Locale;
import java.util.UUID;
import org.localvoice.notifications.Mailer;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The e-mails of service replies, in English (plain text, through the outbox): never the view's text. */
@Component
class ReplyMail {

    private final Mailer mailer;
    private final MessageSource messages;
    private final Networks networks;
    private final String baseUrl;

    ReplyMail(Mailer mailer, MessageSource messages, Networks networks,
            @Value("${localvoice.base-url:http://localhost:8080}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.networks = networks;
        this.baseUrl = baseUrl;
    }

    /** To a service responder: a view about their provider was published. */
    void published(UUID networkId, String email, String reference, String provider) {
        NetworkSummary network = networks.findById(networkId).orElseThrow();
        mailer.send(networkId, email, text("feedback.replies.mail.published.subject", network.name()),
                text("feedback.replies.mail.published.body", network.name(), provider, reference, baseUrl + "/respond/views"));
    }

    /** To the person who gave the view: the service replied. */
    void replied(String reference, String email, String provider) {
        UUID networkId = org.localvoice.shared.TenantContext.requireNetwork();
        NetworkSummary network = networks.findById(networkId).orElseThrow();
        mailer.send(networkId, email, text("feedback.replies.mail.replied.subject", provider),
                text("feedback.replies.mail.replied.body", provider, reference, network.name(),
                        baseUrl + "/n/" + network.slug() + "/views/" + reference));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
