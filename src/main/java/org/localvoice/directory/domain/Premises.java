package org.localvoice.directory.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.localvoice.directory.ServiceType;
import org.localvoice.shared.AuditedEntity;
import org.localvoice.shared.NationalRecord;

/**
 * A place where care is given (a care home, a surgery, a hospital site, a pharmacy), with its regulator
 * ids. The <em>owner</em> provider owns it; the <em>controller</em> provider runs the service there and
 * owes the duty to allow entry and view. They can differ.
 */
@Entity
@Table(name = "directory_premises")
@NationalRecord("The care-services directory is national reference data shared by every network")
public class Premises extends AuditedEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "search_name", nullable = false, length = 200)
    private String searchName;

    @Column(name = "also_known_as", length = 200)
    private String alsoKnownAs;

    @Column(length = 300)
    private String address;

    @Column(length = 8)
    private String postcode;

    @Column(name = "postcode_district", length = 4)
    private String postcodeDistrict;

    @Column(name = "la_gss_code", length = 9)
    private String localAuthorityCode;

    @Column(length = 40)
    private String phone;

    @Column(length = 300)
    private String website;

    @Column(name = "care_home", nullable = false)
    private boolean careHome;

    @Column(name = "communal_areas", length = 2000)
    private String communalAreas;

    @Column(length = 1000)
    private String description;

    @Column(length = 1000)
    private String specialisms;

    @Column(name = "opening_hours", length = 600)
    private String openingHours;

    @Column(name = "ods_code", length = 12)
    private String odsCode;

    @Column(name = "cqc_location_id", length = 20)
    private String cqcLocationId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    private Provider owner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "controller_id")
    private Provider controller;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "commissioner_id")
    private Provider commissioner;

    @Column(name = "last_inspected")
    private LocalDate lastInspected;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PremisesSource source;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @ElementCollection
    @CollectionTable(name = "directory_premises_service_type", joinColumns = @JoinColumn(name = "premises_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "service_type", length = 40)
    private Set<ServiceType> serviceTypes = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "directory_premises_word", joinColumns = @JoinColumn(name = "premises_id"))
    @Column(name = "word", length = SearchText.MAX_WORD)
    private Set<String> words = new HashSet<>();

    protected Premises() {
    }

    public Premises(PremisesSource source) {
        this.source = source;
    }

    /** A hand correction of the details people see; the search words follow the names. */
    public void correct(PremisesDetails d, Provider owner, Provider controller) {
        this.name = d.name();
        this.searchName = SearchText.searchName(d.name(), 200);
        this.alsoKnownAs = d.alsoKnownAs();
        this.address = d.address();
        this.postcode = d.postcode();
        this.postcodeDistrict = d.postcode() == null ? null : Postcodes.district(d.postcode());
        this.localAuthorityCode = d.localAuthorityCode();
        this.phone = d.phone();
        this.website = d.website();
        this.communalAreas = d.communalAreas();
        this.odsCode = d.odsCode();
        this.cqcLocationId = d.cqcLocationId();
        this.serviceTypes.clear();
        this.serviceTypes.addAll(d.serviceTypes());
        this.careHome = d.careHome() || d.serviceTypes().stream().anyMatch(ServiceType::careHome);
        this.owner = owner;
        this.controller = controller;
        this.words.clear();
        this.words.addAll(SearchText.words(d.name(), d.alsoKnownAs()));
    }

    public PremisesDetails details() {
        return new PremisesDetails(name, alsoKnownAs, address, postcode, localAuthorityCode, phone, website,
                careHome, communalAreas, odsCode, cqcLocationId,
                serviceTypes.isEmpty() ? Set.of() : EnumSet.copyOf(serviceTypes));
    }

    public String getName() {
        return name;
    }

    public String getAlsoKnownAs() {
        return alsoKnownAs;
    }

    public String getAddress() {
        return address;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getLocalAuthorityCode() {
        return localAuthorityCode;
    }

    public String getPhone() {
        return phone;
    }

    public String getWebsite() {
        return website;
    }

    public boolean isCareHome() {
        return careHome;
    }

    public String getCommunalAreas() {
        return communalAreas;
    }

    public String getDescription() {
        return description;
    }

    public String getSpecialisms() {
        return specialisms;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public String getOdsCode() {
        return odsCode;
    }

    public String getCqcLocationId() {
        return cqcLocationId;
    }

    public Provider getOwner() {
        return owner;
    }

    public Provider getController() {
        return controller;
    }

    public Provider getCommissioner() {
        return commissioner;
    }

    public LocalDate getLastInspected() {
        return lastInspected;
    }

    public PremisesSource getSource() {
        return source;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Set<ServiceType> getServiceTypes() {
        return serviceTypes;
    }
}
