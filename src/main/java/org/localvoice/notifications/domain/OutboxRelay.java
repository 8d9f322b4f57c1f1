package org.localvoice.notifications.domain;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSender;
import org.springframework.mail.SimpleMailMessage;

/** Hands pending outbox messages to the mail server and records the outcome of each. */
public class OutboxRelay {

    static final int BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final MailSender sender;
    private final Clock clock;
    private final String from;

    public OutboxRelay(Outbox outbox, MailSender sender, Clock clock, String from) {
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
        this.from = from;
    }

    /** Delivers one batch of pending messages, oldest first; returns how many were sent. */
    public int deliverPending() {
        int sent = 0;
        for (OutboxMessage message : outbox.pending(BATCH)) {
            try {
                sender.send(toMail(message));
                outbox.markSent(message.id(), clock.instant());
                sent++;
            } catch (MailException | IllegalArgumentException e) {
                log.warn("Could not deliver outbox message {} (attempt {}): {}", message.id(), message.attempts() + 1,
                        e.getMessage());
                outbox.recordFailure(message.id(), clip(e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        return sent;
    }

    private SimpleMailMessage toMail(OutboxMessage message) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(message.recipient());
        mail.setSubject(message.subject());
        mail.setText(message.body());
        mail.setSentDate(java.util.Date.from(message.createdAt()));
        return mail;
    }

    private static String clip(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
