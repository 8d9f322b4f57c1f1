package org.localvoice.notifications;

import java.util.UUID;

/**
 * Sends plain-text e-mail. Messages are written to the outbox in the caller's transaction, so a message
 * is sent exactly when the work that caused it commits; delivery happens later, outside the request.
 */
public interface Mailer {

    /** Queues a message for the network of the current request (if any). */
    void send(String to, String subject, String body);

    /** Queues a message on behalf of the given network ({@code null} for platform mail). */
    void send(UUID networkId, String to, String subject, String body);
}
