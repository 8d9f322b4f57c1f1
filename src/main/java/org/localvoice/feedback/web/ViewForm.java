package org.localvoice.feedback.web;

import java.io.Serial;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import org.localvoice.feedback.ViewChannel;
import org.localvoice.feedback.domain.ContactBy;
import org.localvoice.feedback.domain.Consent;
import org.localvoice.feedback.domain.NewExperience;
import org.localvoice.feedback.domain.WhenPrecision;
import org.springframework.validation.Errors;

/**
 * A view as typed into the public form (kept in the session between the form and "check your answers",
 * so nothing typed is lost). Staff use the same fields and a few more ({@link StaffViewForm}).
 */
public class ViewForm implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
    static final int MAX_TEXT = 5000;
    static final int MAX_NAME = 200;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{10,20}$");

    private String q;
    private String premisesId;
    private String premisesName;
    private String serviceName;
    private String text;
    private String whenDay;
    private String whenMonth;
    private String whenYear;
    private String rating;
    private String identity;
    private String name;
    private String contact;
    private String contactBy;
    private String email;
    private String phone;
    private String consent;
    /** The honeypot: hidden from people, filled in by robots. */
    private String website;

    /** Checks every answer; {@code premisesFound} says whether the chosen premises exist. */
    void validate(Errors errors, boolean premisesFound, LocalDate today) {
        if (tooLong(q, MAX_NAME)) {
            errors.rejectValue("q", "feedback.error.q.tooLong");
        }
        if (premisesId != null && !premisesId.isBlank()) {
            if (!premisesFound) {
                errors.rejectValue("serviceName", "feedback.error.service.unknown");
            }
        } else if (blank(serviceName)) {
            errors.rejectValue("serviceName", "feedback.error.service.required");
        } else if (tooLong(serviceName, MAX_NAME)) {
            errors.rejectValue("serviceName", "feedback.error.service.tooLong");
        }
        if (blank(text)) {
            errors.rejectValue("text", "feedback.error.text.required");
        } else if (text.length() > MAX_TEXT) {
            errors.rejectValue("text", "feedback.error.text.tooLong", new Object[] {MAX_TEXT, text.length()}, null);
        }
        validateWhen(errors, today);
        if (!blank(rating) && !rating.matches("[1-5]")) {
            errors.rejectValue("rating", "feedback.error.rating");
        }
        if (!"NAMED".equals(identity) && !"ANONYMOUS".equals(identity)) {
            errors.rejectValue("identity", "feedback.error.identity.required");
        } else if ("NAMED".equals(identity) && blank(name)) {
            errors.rejectValue("name", "feedback.error.name.required");
        }
        if (tooLong(name, MAX_NAME)) {
            errors.rejectValue("name", "feedback.error.name.tooLong");
        }
        validateContact(errors);
        if (consentValue() == null) {
            errors.rejectValue("consent", "feedback.error.consent.required");
        }
        if (!blank(website)) {
            errors.rejectValue("website", "feedback.error.honeypot");
        }
    }

    private void validateWhen(Errors errors, LocalDate today) {
        Integer month = number(whenMonth);
        Integer year = number(whenYear);
        Integer day = number(whenDay);
        if (blank(whenMonth) || blank(whenYear)) {
            errors.rejectValue("whenMonth", "feedback.error.when.required");
        } else if (month == null || year == null || (!blank(whenDay) && day == null) || happenedOn() == null) {
            errors.rejectValue("whenMonth", "feedback.error.when.invalid");
        } else if (happenedOn().isAfter(today) || year < today.getYear() - 20) {
            errors.rejectValue("whenMonth", "feedback.error.when.range");
        }
    }

    private void validateContact(Errors errors) {
        if (!"YES".equals(contact) && !"NO".equals(contact)) {
            errors.rejectValue("contact", "feedback.error.contact.required");
        } else if ("YES".equals(contact) && contactByValue() == null) {
            errors.rejectValue("contactBy", "feedback.error.contactBy.required");
        }
        boolean wantsEmail = "YES".equals(contact) && contactByValue() == ContactBy.EMAIL;
        boolean wantsPhone = "YES".equals(contact) && contactByValue() == ContactBy.PHONE;
        if (wantsEmail && blank(email)) {
            errors.rejectValue("email", "feedback.error.email.required");
        } else if (!blank(email) && (email.length() > 320 || !EMAIL.matcher(email.trim()).matches())) {
            errors.rejectValue("email", "feedback.error.email.invalid");
        }
        if (wantsPhone && blank(phone)) {
            errors.rejectValue("phone", "feedback.error.phone.required");
        } else if (!blank(phone) && !PHONE.matcher(phone.trim()).matches()) {
            errors.rejectValue("phone", "feedback.error.phone.invalid");
        }
    }

    /** When it happened: the day, or the first of the month when no day was given; null if not a date. */
    public LocalDate happenedOn() {
        Integer month = number(whenMonth);
        Integer year = number(whenYear);
        Integer day = blank(whenDay) ? Integer.valueOf(1) : number(whenDay);
        if (month == null || year == null || day == null) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    NewExperience toNewExperience(UUID premises, UUID provider, String service, ViewChannel channel, LocalDate receivedOn) {
        boolean named = "NAMED".equals(identity);
        NewExperience.Contact person = new NewExperience.Contact(named ? trim(name) : null, trim(email), trim(phone),
                "YES".equals(contact), "YES".equals(contact) ? contactByValue() : null);
        return new NewExperience(premises, provider, service, text.trim(), happenedOn(),
                blank(whenDay) ? WhenPrecision.MONTH : WhenPrecision.DAY, blank(rating) ? null : Integer.valueOf(rating),
                !named, channel, receivedOn, consentValue(), person.empty() ? null : person);
    }

    UUID premisesUuid() {
        try {
            return blank(premisesId) ? null : UUID.fromString(premisesId.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Consent consentValue() {
        try {
            return blank(consent) ? null : Consent.valueOf(consent);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    ContactBy contactByValue() {
        try {
            return blank(contactBy) ? null : ContactBy.valueOf(contactBy);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static boolean tooLong(String s, int max) {
        return s != null && s.length() > max;
    }

    static Integer number(String s) {
        try {
            return blank(s) ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String trim(String s) {
        return blank(s) ? null : s.trim();
    }

    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getPremisesId() { return premisesId; }
    public void setPremisesId(String premisesId) { this.premisesId = premisesId; }
    public String getPremisesName() { return premisesName; }
    public void setPremisesName(String premisesName) { this.premisesName = premisesName; }
    public String getServiceName() { return serviceName; }
    public void setServiceName(String serviceName) { this.serviceName = serviceName; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public String getWhenDay() { return whenDay; }
    public void setWhenDay(String whenDay) { this.whenDay = whenDay; }
    public String getWhenMonth() { return whenMonth; }
    public void setWhenMonth(String whenMonth) { this.whenMonth = whenMonth; }
    public String getWhenYear() { return whenYear; }
    public void setWhenYear(String whenYear) { this.whenYear = whenYear; }
    public String getRating() { return rating; }
    public void setRating(String rating) { this.rating = rating; }
    public String getIdentity() { return identity; }
    public void setIdentity(String identity) { this.identity = identity; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getContact() { return contact; }
    public void setContact(String contact) { this.contact = contact; }
    public String getContactBy() { return contactBy; }
    public void setContactBy(String contactBy) { this.contactBy = contactBy; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getConsent() { return consent; }
    public void setConsent(String consent) { this.consent = consent; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
}
