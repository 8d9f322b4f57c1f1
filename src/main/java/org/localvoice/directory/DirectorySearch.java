package org.localvoice.directory;

/**
 * A directory search. Every part is optional: {@code text} matches the start of any word of a name,
 * {@code postcode} a full postcode, a sector ("M33 7") or a district ("M33"), {@code serviceType} a
 * {@link ServiceType} name, {@code localAuthority} a GSS code. {@code preferLocalAuthority} sorts that
 * authority's premises first.
 */
public record DirectorySearch(String text, String postcode, ServiceType serviceType, String localAuthority,
        String preferLocalAuthority) {

    public static DirectorySearch all() {
        return new DirectorySearch(null, null, null, null, null);
    }
}
