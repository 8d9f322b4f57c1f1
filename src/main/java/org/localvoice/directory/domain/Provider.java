package org.localvoice.directory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.localvoice.directory.ProviderKind;
import org.localvoice.shared.AuditedEntity;
import org.localvoice.shared.NationalRecord;

/**
 * An organisation that provides or commissions care: an NHS trust, an ICB, a council, a GP practice, a
 * care company, a charity. Commissioners (ICBs, councils) carry {@code commissioner = true}.
 */
@Entity
@Table(name = "directory_provider")
@NationalRecord("The care-services directory is national reference data shared by every network")
public class Provider extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProviderKind kind;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "search_name", nullable = false, length = 200)
    private String searchName;

    @Column(name = "ods_code", length = 12)
    private String odsCode;

    @Column(name = "cqc_provider_id", length = 20)
    private String cqcProviderId;

    @Column(name = "gss_code", length = 9)
    private String gssCode;

    @Column(nullable = false)
    private boolean commissioner;

    @Column(length = 300)
    private String address;

    @Column(length = 8)
    private String postcode;

    @Column(length = 40)
    private String phone;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    protected Provider() {
    }

    public Provider(ProviderKind kind, String name) {
        this.kind = kind;
        rename(name);
    }

    public void rename(String name) {
        this.name = name;
        this.searchName = SearchText.searchName(name, 200);
    }

    public ProviderKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    public String getOdsCode() {
        return odsCode;
    }

    public String getCqcProviderId() {
        return cqcProviderId;
    }

    public String getGssCode() {
        return gssCode;
    }

    public boolean isCommissioner() {
        return commissioner;
    }

    public String getAddress() {
        return address;
    }

    public String getPostcode() {
        return postcode;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    /** The regulator's or NHS's id for this provider, for display. */
    public String reference() {
        return cqcProviderId != null ? cqcProviderId : odsCode != null ? odsCode : gssCode;
    }

    public String getPhone() {
        return phone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    /** The address to write to about requests, reports and views (recorded by network staff). */
    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail == null || contactEmail.isBlank() ? null : contactEmail.trim();
    }

    public org.localvoice.directory.ProviderSummary summary() {
        return new org.localvoice.directory.ProviderSummary(getId(), name, kind, commissioner, odsCode, cqcProviderId,
                address, postcode, phone, contactEmail);
    }
}
