package org.localvoice.directory.imports;

import java.time.LocalDate;
import java.util.Set;
import org.localvoice.directory.ServiceType;
import org.localvoice.directory.domain.PremisesSource;
import org.localvoice.directory.domain.SearchText;

/**
 * Premises as a file describes them. Keyed by CQC location id, else ODS code, else name and postcode.
 * The controller is the provider registered for the service there.
 */
record PremisesRow(String name, String alsoKnownAs, String address, String postcode, String localAuthorityCode,
        String phone, String website, Set<ServiceType> serviceTypes, String specialisms, String description,
        String openingHours, String odsCode, String cqcLocationId, ProviderRow controller, String commissionerOdsCode,
        LocalDate lastInspected, PremisesSource source, LocalDate closedOn) {

    String key() {
        if (cqcLocationId != null) {
            return "cqc:" + cqcLocationId;
        }
        if (odsCode != null) {
            return "ods:" + odsCode;
        }
        return "np:" + searchName() + "|" + postcode;
    }

    String searchName() {
        return SearchText.searchName(name, 200);
    }

    String district() {
        return postcode == null ? null : org.localvoice.directory.domain.Postcodes.district(postcode);
    }

    boolean careHome() {
        return serviceTypes.stream().anyMatch(ServiceType::careHome);
    }
}
