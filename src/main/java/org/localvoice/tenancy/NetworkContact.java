package org.localvoice.tenancy;

import java.util.UUID;

/**
 * A network's public contact details and opening hours, with the version they were read at: an update
 * is refused ({@link StaleNetworkException}) when the network has changed since.
 */
public record NetworkContact(UUID networkId, long version, String email, String phone, String address,
        String openingHours) {
}
