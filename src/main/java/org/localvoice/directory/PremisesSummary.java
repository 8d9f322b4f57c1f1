package org.localvoice.directory;

import java.util.List;
import java.util.UUID;

/** Premises as other modules and the public see them. */
public record PremisesSummary(UUID id, String name, String address, String postcode, String localAuthorityCode,
        List<ServiceType> serviceTypes, boolean careHome, String odsCode, String cqcLocationId, String phone,
        String website, String controllerName, UUID ownerId, UUID controllerId) {
}
