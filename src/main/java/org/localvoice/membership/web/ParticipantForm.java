package org.localvoice.membership.web;

import java.io.Serial;
import java.io.Serializable;
import java.util.regex.Pattern;
import org.localvoice.membership.OrganisationKind;
import org.localvoice.membership.ParticipantKind;
import org.localvoice.membership.domain.ContactDetails;
import org.springframework.validation.Errors;

/**
 * A participant as typed into the join pages (kept in the session between questions) or the staff
 * form. Each question page validates its own part.
 */
public class ParticipantForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern POSTCODE = Pattern.compile("^[A-Za-z]{1,2}[0-9][A-Za-z0-9]? ?[0-9][A-Za-z]{2}$");

    private ParticipantKind kind;
    private OrganisationKind organisationKind;
    private String name;
    private String email;
    private String phone;
    private String address;
    private String postcode;
    private boolean byEmail;
    private boolean byPost;
    private boolean byPhone;
    private boolean largePrint;
    private boolean easyRead;
    private boolean braille;
    private boolean audio;
    private boolean interpreter;
    private String interpreterLanguage;
    private String interests;
    private String availability;
    private boolean consentMembership;
    private boolean consentNews;
    private long version;

    void validateAbout(Errors errors) {
        if (kind == null) {
            errors.rejectValue("kind", "membership.error.kind");
        }
        if (name == null || name.isBlank()) {
            errors.rejectValue("name", kind == ParticipantKind.ORGANISATION ? "membership.error.orgName" : "membership.error.name");
        } else if (name.strip().length() > 200) {
            errors.rejectValue("name", "membership.error.nameTooLong");
        }
        if (kind == ParticipantKind.ORGANISATION && organisationKind == null) {
            errors.rejectValue("organisationKind", "membership.error.organisationKind");
        }
    }

    void validateContact(Errors errors) {
        if (!blank(email) && (email.strip().length() > 254 || !EMAIL.matcher(email.strip()).matches())) {
            errors.rejectValue("email", "membership.error.email");
        }
        if (!blank(phone) && (phone.strip().length() > 40 || !phone.strip().matches("[0-9 +()-]{6,40}"))) {
            errors.rejectValue("phone", "membership.error.phone");
        }
        if (!blank(address) && address.strip().length() > 300) {
            errors.rejectValue("address", "membership.error.addressTooLong");
        }
        if (!blank(postcode) && !POSTCODE.matcher(postcode.strip()).matches()) {
            errors.rejectValue("postcode", "membership.error.postcode");
        }
        if (!byEmail && !byPost && !byPhone) {
            errors.rejectValue("byEmail", "membership.error.preference");
        }
        if (byEmail && blank(email) && !errors.hasFieldErrors("email")) {
            errors.rejectValue("email", "membership.error.emailForPreference");
        }
        if (byPhone && blank(phone) && !errors.hasFieldErrors("phone")) {
            errors.rejectValue("phone", "membership.error.phoneForPreference");
        }
        if (byPost && blank(address) && !errors.hasFieldErrors("address")) {
            errors.rejectValue("address", "membership.error.addressForPreference");
        }
    }

    void validateNeeds(Errors errors) {
        if (interpreter && blank(interpreterLanguage)) {
            errors.rejectValue("interpreterLanguage", "membership.error.interpreterLanguage");
        } else if (!blank(interpreterLanguage) && interpreterLanguage.strip().length() > 60) {
            errors.rejectValue("interpreterLanguage", "membership.error.tooLong60");
        }
        if (!blank(interests) && interests.length() > 1000) {
            errors.rejectValue("interests", "membership.error.interestsTooLong");
        }
        if (!blank(availability) && availability.strip().length() > 500) {
            errors.rejectValue("availability", "membership.error.availabilityTooLong");
        }
    }

    void validateConsent(Errors errors) {
        if (!consentMembership) {
            errors.rejectValue("consentMembership", "membership.error.consent");
        }
    }

    void validateAll(Errors errors) {
        validateAbout(errors);
        validateContact(errors);
        validateNeeds(errors);
    }

    ContactDetails contactDetails() {
        return new ContactDetails(email, phone, address, postcode == null ? null : postcode.strip().toUpperCase(),
                byEmail, byPost, byPhone, largePrint, easyRead, braille, audio, interpreter, interpreterLanguage,
                availability);
    }

    void fill(ContactDetails d) {
        email = d.email();
        phone = d.phone();
        address = d.address();
        postcode = d.postcode();
        byEmail = d.byEmail();
        byPost = d.byPost();
        byPhone = d.byPhone();
        largePrint = d.largePrint();
        easyRead = d.easyRead();
        braille = d.braille();
        audio = d.audio();
        interpreter = d.interpreter();
        interpreterLanguage = d.interpreterLanguage();
        availability = d.availability();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public ParticipantKind getKind() { return kind; }
    public void setKind(ParticipantKind kind) { this.kind = kind; }
    public OrganisationKind getOrganisationKind() { return organisationKind; }
    public void setOrganisationKind(OrganisationKind organisationKind) { this.organisationKind = organisationKind; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public boolean isByEmail() { return byEmail; }
    public void setByEmail(boolean byEmail) { this.byEmail = byEmail; }
    public boolean isByPost() { return byPost; }
    public void setByPost(boolean byPost) { this.byPost = byPost; }
    public boolean isByPhone() { return byPhone; }
    public void setByPhone(boolean byPhone) { this.byPhone = byPhone; }
    public boolean isLargePrint() { return largePrint; }
    public void setLargePrint(boolean largePrint) { this.largePrint = largePrint; }
    public boolean isEasyRead() { return easyRead; }
    public void setEasyRead(boolean easyRead) { this.easyRead = easyRead; }
    public boolean isBraille() { return braille; }
    public void setBraille(boolean braille) { this.braille = braille; }
    public boolean isAudio() { return audio; }
    public void setAudio(boolean audio) { this.audio = audio; }
    public boolean isInterpreter() { return interpreter; }
    public void setInterpreter(boolean interpreter) { this.interpreter = interpreter; }
    public String getInterpreterLanguage() { return interpreterLanguage; }
    public void setInterpreterLanguage(String interpreterLanguage) { this.interpreterLanguage = interpreterLanguage; }
    public String getInterests() { return interests; }
    public void setInterests(String interests) { this.interests = interests; }
    public String getAvailability() { return availability; }
    public void setAvailability(String availability) { this.availability = availability; }
    public boolean isConsentMembership() { return consentMembership; }
    public void setConsentMembership(boolean consentMembership) { this.consentMembership = consentMembership; }
    public boolean isConsentNews() { return consentNews; }
    public void setConsentNews(boolean consentNews) { this.consentNews = consentNews; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
