package org.localvoice.directory.domain;

import java.util.Set;
import org.localvoice.directory.ServiceType;

/** The details of premises that staff may add or correct by hand (already validated and normalised). */
public record PremisesDetails(String name, String alsoKnownAs, String address, String postcode,
        String localAuthorityCode, String phone, String website, boolean careHome, String communalAreas,
        String odsCode, String cqcLocationId, Set<ServiceType> serviceTypes) {
}
