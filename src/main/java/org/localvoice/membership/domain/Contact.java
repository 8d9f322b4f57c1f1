package org.localvoice.membership.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.localvoice.shared.TenantOwnedEntity;

/**
 * A participant's personal details: how to reach them, how they like to be contacted, the accessible
 * formats they need and when they are available. Kept apart from the participant record so that
 * erasure removes it whole.
 */
@Entity
@Table(name = "membership_contact")
public class Contact extends TenantOwnedEntity {

    @Column(name = "participant_id", nullable = false, updatable = false)
    private UUID participantId;

    @Column(length = 254)
    private String email;
    @Column(length = 40)
    private String phone;
    @Column(length = 300)
    private String address;
    @Column(length = 8)
    private String postcode;

    @Column(name = "by_email", nullable = false)
    private boolean byEmail;
    @Column(name = "by_post", nullable = false)
    private boolean byPost;
    @Column(name = "by_phone", nullable = false)
    private boolean byPhone;

    @Column(name = "large_print", nullable = false)
    private boolean largePrint;
    @Column(name = "easy_read", nullable = false)
    private boolean easyRead;
    @Column(nullable = false)
    private boolean braille;
    @Column(nullable = false)
    private boolean audio;
    @Column(nullable = false)
    private boolean interpreter;
    @Column(name = "interpreter_language", length = 60)
    private String interpreterLanguage;

    @Column(length = 500)
    private String availability;

    protected Contact() {
    }

    public Contact(UUID participantId) {
        this.participantId = participantId;
    }

    public void setDetails(ContactDetails d) {
        this.email = blankToNull(d.email());
        this.phone = blankToNull(d.phone());
        this.address = blankToNull(d.address());
        this.postcode = blankToNull(d.postcode());
        this.byEmail = d.byEmail();
        this.byPost = d.byPost();
        this.byPhone = d.byPhone();
        this.largePrint = d.largePrint();
        this.easyRead = d.easyRead();
        this.braille = d.braille();
        this.audio = d.audio();
        this.interpreter = d.interpreter();
        this.interpreterLanguage = d.interpreter() ? blankToNull(d.interpreterLanguage()) : null;
        this.availability = blankToNull(d.availability());
    }

    public ContactDetails details() {
        return new ContactDetails(email, phone, address, postcode, byEmail, byPost, byPhone, largePrint, easyRead,
                braille, audio, interpreter, interpreterLanguage, availability);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID getParticipantId() {
        return participantId;
    }

    public String getEmail() {
        return email;
    }
}
