package org.localvoice.directory;

import java.util.UUID;

/**
 * A provider or commissioner as other modules see it: the recipient of an information request or a
 * report, the controller of premises that gets an Enter and View notice. {@code email} is the contact
 * address staff recorded for it (may be null).
 */
public record ProviderSummary(UUID id, String name, ProviderKind kind, boolean commissioner, String odsCode,
        String cqcProviderId, String address, String postcode, String phone, String email) {
}
