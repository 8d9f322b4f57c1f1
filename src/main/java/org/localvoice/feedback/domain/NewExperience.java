package org.localvoice.feedback.domain;

import java.time.LocalDate;
import java.util.UUID;
import org.localvoice.feedback.ViewChannel;

/**
 * A view to be recorded, already checked. {@code premisesId} is null when the person typed a service
 * name the directory did not find (staff may link it later). {@code contact} is null for an anonymous
 * view given with no way to reach the person.
 */
public record NewExperience(UUID premisesId, UUID providerId, String serviceName, String text, LocalDate happenedOn,
        WhenPrecision happenedPrecision, Integer rating, boolean anonymous, ViewChannel channel, LocalDate receivedOn,
        Consent consent, Contact contact) {

    /** Who gave the view and whether and how they may be contacted. */
    public record Contact(String name, String email, String phone, boolean mayContact, ContactBy contactBy) {

        public boolean empty() {
            return blank(name) && blank(email) && blank(phone);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }
}
