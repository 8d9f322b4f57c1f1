package org.localvoice.administration.web;

import static org.localvoice.administration.web.FormChecks.email;
import static org.localvoice.administration.web.FormChecks.maxLength;
import static org.localvoice.administration.web.FormChecks.required;
import static org.localvoice.administration.web.FormChecks.trim;

import java.util.Set;
import org.localvoice.access.Accounts;
import org.localvoice.tenancy.NewNetwork;
import org.springframework.validation.Errors;

/** A new network and its first host manager, as typed on one form. */
public class NetworkForm {

    private String slug;
    private String name;
    private String localAuthorityCode;
    private String hostName;
    private String hostCharityNumber;
    private String contactEmail;
    private String contactPhone;
    private String contactAddress;
    private String openingHours;
    private String managerName;
    private String managerEmail;
    private String managerPassword;

    /** Checks every field in the order of the form, so that the error summary follows the page. */
    void validate(Errors errors, Set<String> availableAuthorities, boolean slugInUse, Accounts accounts) {
        if (required(errors, "slug", slug, "admin.network.slug.required")) {
            if (!NewNetwork.validSlug(slug.trim())) {
                errors.rejectValue("slug", "admin.network.slug.invalid");
            } else if (slugInUse) {
                errors.rejectValue("slug", "admin.network.slug.taken");
            }
        }
        if (required(errors, "name", name, "admin.network.name.required")) {
            maxLength(errors, "name", name, 200);
        }
        if (required(errors, "localAuthorityCode", localAuthorityCode, "admin.network.localAuthority.required")
                && !availableAuthorities.contains(localAuthorityCode)) {
            errors.rejectValue("localAuthorityCode", "admin.network.localAuthority.unavailable");
        }
        if (required(errors, "hostName", hostName, "admin.network.hostName.required")) {
            maxLength(errors, "hostName", hostName, 200);
        }
        maxLength(errors, "hostCharityNumber", hostCharityNumber, 20);
        ContactForm.validateContact(errors, contactEmail, contactPhone, contactAddress, openingHours);
        if (required(errors, "managerName", managerName, "admin.network.managerName.required")) {
            maxLength(errors, "managerName", managerName, 120);
        }
        if (email(errors, "managerEmail", managerEmail, 254) && accounts.emailInUse(managerEmail.trim())) {
            errors.rejectValue("managerEmail", "admin.field.email.taken");
        }
        if (required(errors, "managerPassword", managerPassword, "admin.field.password.required")) {
            accounts.passwordProblem(managerPassword).ifPresent(key -> errors.rejectValue("managerPassword", key));
        }
    }

    NewNetwork network() {
        return new NewNetwork(normalisedSlug(), trim(name), localAuthorityCode, trim(hostName), trim(hostCharityNumber),
                trim(contactEmail), trim(contactPhone), trim(contactAddress), trim(openingHours));
    }

    String normalisedSlug() {
        return slug == null ? null : slug.trim();
    }

    /** Clears the password, which is never sent back to the browser. */
    void forgetPassword() {
        managerPassword = null;
    }


    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLocalAuthorityCode() {
        return localAuthorityCode;
    }

    public void setLocalAuthorityCode(String localAuthorityCode) {
        this.localAuthorityCode = localAuthorityCode;
    }

    public String getHostName() {
        return hostName;
    }

    public void setHostName(String hostName) {
        this.hostName = hostName;
    }

    public String getHostCharityNumber() {
        return hostCharityNumber;
    }

    public void setHostCharityNumber(String hostCharityNumber) {
        this.hostCharityNumber = hostCharityNumber;
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

    public String getManagerName() {
        return managerName;
    }

    public void setManagerName(String managerName) {
        this.managerName = managerName;
    }

    public String getManagerEmail() {
        return managerEmail;
    }

    public void setManagerEmail(String managerEmail) {
        this.managerEmail = managerEmail;
    }

    public String getManagerPassword() {
        return managerPassword;
    }

    public void setManagerPassword(String managerPassword) {
        this.managerPassword = managerPassword;
    }
}
