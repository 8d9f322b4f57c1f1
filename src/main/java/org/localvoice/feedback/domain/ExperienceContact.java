package org.localvoice.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/** The person behind a view and how to reach them, kept apart so that erasing them keeps the anonymised view. */
@Entity
@Table(name = "feedback_contact")
public class ExperienceContact extends TenantOwnedEntity {

    @Column(name = "experience_id", nullable = false, updatable = false)
    private UUID experienceId;
    @Column(length = 200)
    private String name;
    @Column(length = 320)
    private String email;
    @Column(length = 40)
    private String phone;
    @Column(name = "may_contact", nullable = false)
    private boolean mayContact;
    @Enumerated(EnumType.STRING)
    @Column(name = "contact_by", length = 10)
    private ContactBy contactBy;

    protected ExperienceContact() {
    }

    ExperienceContact(UUID experienceId, NewExperience.Contact c) {
        this.experienceId = experienceId;
        this.name = c.name();
        this.email = c.email();
        this.phone = c.phone();
        this.mayContact = c.mayContact();
        this.contactBy = c.contactBy();
    }

    public UUID getExperienceId() { return experienceId; }
    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }
    public boolean isMayContact() { return mayContact; }
    public ContactBy getContactBy() { return contactBy; }

    /** The address to write to about this view, when the person agreed to be contacted by e-mail. */
    public java.util.Optional<String> emailToWrite() {
        return mayContact && email != null && !email.isBlank() ? java.util.Optional.of(email) : java.util.Optional.empty();
    }
}
