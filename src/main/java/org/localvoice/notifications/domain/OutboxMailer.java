package org.localvoice.notifications.domain;

import java.time.Clock;
import java.util.UUID;
import org.localvoice.notifications.Mailer;
import org.localvoice.shared.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes messages to the outbox, in the caller's transaction. */
@Service
class OutboxMailer implements Mailer {

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 20_000;

    private final Outbox outbox;
    private final Clock clock;

    OutboxMailer(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void send(String to, String subject, String body) {
        send(TenantContext.currentNetwork().orElse(null), to, subject, body);
    }

    @Override
    @Transactional
    public void send(UUID networkId, String to, String subject, String body) {
        if (to == null || to.isBlank() || to.length() > 254 || to.indexOf('@') < 1) {
            throw new IllegalArgumentException("Not an e-mail address: " + to);
        }
        if (subject == null || subject.isBlank() || body == null) {
            throw new IllegalArgumentException("A message needs a subject and a body");
        }
        outbox.add(networkId, to.trim(), clip(subject.strip().replaceAll("[\\r\\n]+", " "), MAX_SUBJECT),
                clip(body, MAX_BODY), clock.instant());
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
