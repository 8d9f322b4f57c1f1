package org.localvoice.administration.web;

import static org.localvoice.administration.web.FormChecks.email;
import static org.localvoice.administration.web.FormChecks.maxLength;
import static org.localvoice.administration.web.FormChecks.trim;

import java.util.UUID;
import org.localvoice.tenancy.NetworkContact;
import org.springframework.validation.Errors;

/** A network's contact details and opening hours as typed, with the version they were read at. */
public class ContactForm {

    private String version;
    private String contactEmail;
    private String contactPhone;
    private String contactAddress;
    private String openingHours;

    static ContactForm of(NetworkContact contact) {
        ContactForm form = new ContactForm();
        form.version = Long.toString(contact.version());
        form.contactEmail = contact.email();
        form.contactPhone = contact.phone();
        form.contactAddress = contact.address();
        form.openingHours = contact.openingHours();
        return form;
    }

    void validate(Errors errors) {
        validateContact(errors, contactEmail, contactPhone, contactAddress, openingHours);
    }

    /** The contact fields' checks, shared with the new-network form (same field names). */
    static void validateContact(Errors errors, String email, String phone, String address, String hours) {
        email(errors, "contactEmail", email, 254);
        maxLength(errors, "contactPhone", phone, 40);
        maxLength(errors, "contactAddress", address, 500);
        maxLength(errors, "openingHours", hours, 500);
    }

    NetworkContact contact(UUID networkId) {
        return new NetworkContact(networkId, versionRead(), trim(contactEmail), trim(contactPhone), trim(contactAddress),
                trim(openingHours));
    }

    /** The version the details were read at; a missing or garbled version counts as stale. */
    long versionRead() {
        try {
            return version == null ? -1 : Long.parseLong(version.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public String getVersion() {
        return version;
    }

    public void setVersion(String version) {
        this.version = version;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactAddress() {
        return contactAddress;
    }

    public void setContactAddress(String contactAddress) {
        this.contactAddress = contactAddress;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }
}
