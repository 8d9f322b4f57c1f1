package org.localvoice.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.localvoice.shared.AuditedEntity;
import org.localvoice.shared.NationalRecord;

/** One Local Involvement Network: the tenant. */
@Entity
@Table(name = "tenancy_network")
@NationalRecord("A network is the tenant itself")
public class Network extends AuditedEntity {

    @Column(nullable = false, unique = true, length = 60)
    private String slug;
    @Column(nullable = false)
    private String name;
    @Column(name = "local_authority", nullable = false, length = 9)
    private String localAuthorityCode;
    @Column(name = "host_name", nullable = false)
    private String hostName;
    @Column(name = "host_charity_number")
    private String hostCharityNumber;
    @Column(name = "contact_email")
    private String contactEmail;
    @Column(name = "contact_phone")
    private String contactPhone;
    @Column(name = "contact_address")
    private String contactAddress;
    @Column(name = "opening_hours")
    private String openingHours;
    private boolean active = true;

    protected Network() {
    }

    public Network(String slug, String name, String localAuthorityCode, String hostName) {
        this.slug = slug;
        this.name = name;
        this.localAuthorityCode = localAuthorityCode;
        this.hostName = hostName;
    }

    public void contact(String email, String phone, String address, String openingHours) {
        this.contactEmail = email;
        this.contactPhone = phone;
        this.contactAddress = address;
        this.openingHours = openingHours;
    }

    public void hostCharityNumber(String number) {
        this.hostCharityNumber = number;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public String getLocalAuthorityCode() {
        return localAuthorityCode;
    }

    public String getHostName() {
        return hostName;
    }

    public String getHostCharityNumber() {
        return hostCharityNumber;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getContactAddress() {
        return contactAddress;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public boolean isActive() {
        return active;
    }
}
