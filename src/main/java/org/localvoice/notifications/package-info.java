/**
 * Notifications: e-mail to people. Everything goes into an outbox table first (so nothing is lost and,
 * with no mail server configured, an administrator can read what would have been sent); when SMTP is
 * configured a cluster-safe recurring task relays pending messages. Public face:
 * {@link org.localvoice.notifications.Mailer}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {"shared"})
package org.localvoice.notifications;
