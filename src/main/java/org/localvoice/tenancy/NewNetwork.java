package org.localvoice.tenancy;

/** The details a platform administrator gives to create a network. */
public record NewNetwork(String slug, String name, String localAuthorityCode, String hostName,
        String hostCharityNumber, String contactEmail, String contactPhone, String contactAddress,
        String openingHours) {
}
