package org.localvoice.tenancy;

import java.util.regex.Pattern;

/** The details a platform administrator gives to create a network. */
public record NewNetwork(String slug, String name, String localAuthorityCode, String hostName,
        String hostCharityNumber, String contactEmail, String contactPhone, String contactAddress,
        String openingHours) {

    /** Web address slugs: lower-case letters, digits and single hyphens between them. */
    public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    public static final int SLUG_MAX_LENGTH = 60;

    public static boolean validSlug(String slug) {
        return slug != null && slug.length() >= 2 && slug.length() <= SLUG_MAX_LENGTH && SLUG.matcher(slug).matches();
    }
}
