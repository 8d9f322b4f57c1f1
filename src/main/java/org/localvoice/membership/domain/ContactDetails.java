package org.localvoice.membership.domain;

/** A participant's contact details, contact preferences, accessible formats and availability. */
public record ContactDetails(String email, String phone, String address, String postcode,
        boolean byEmail, boolean byPost, boolean byPhone,
        boolean largePrint, boolean easyRead, boolean braille, boolean audio, boolean interpreter,
        String interpreterLanguage, String availability) {

    public static ContactDetails emailOnly(String email) {
        return new ContactDetails(email, null, null, null, true, false, false, false, false, false, false, false,
                null, null);
    }
}
