package org.localvoice.directory.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.localvoice.directory.ProviderKind;
import org.localvoice.directory.ServiceType;
import org.localvoice.directory.domain.Postcodes;
import org.localvoice.directory.domain.Premises;
import org.localvoice.directory.domain.PremisesDetails;
import org.localvoice.directory.domain.Provider;
import org.localvoice.directory.domain.ProviderChoice;

/** Premises as typed into the add and correct forms. */
public class PremisesForm {

    private String name;
    private String alsoKnownAs;
    private String address;
    private String postcode;
    private String localAuthority;
    private String phone;
    private String website;
    private boolean careHome;
    private String communalAreas;
    private String odsCode;
    private String cqcLocationId;
    private List<String> serviceTypes = new ArrayList<>();
    private String ownerReference;
    private String ownerName;
    private String ownerKind;
    private String controllerReference;
    private String controllerName;
    private String controllerKind;
    private long version;

    static PremisesForm of(Premises p) {
        PremisesForm f = new PremisesForm();
        f.name = p.getName();
        f.alsoKnownAs = p.getAlsoKnownAs();
        f.address = p.getAddress();
        f.postcode = p.getPostcode();
        f.localAuthority = p.getLocalAuthorityCode();
        f.phone = p.getPhone();
        f.website = p.getWebsite();
        f.careHome = p.isCareHome();
        f.communalAreas = p.getCommunalAreas();
        f.odsCode = p.getOdsCode();
        f.cqcLocationId = p.getCqcLocationId();
        f.serviceTypes = p.getServiceTypes().stream().map(Enum::name).sorted().toList();
        f.version = p.getVersion();
        Provider c = p.getController();
        if (c != null) {
            if (c.reference() != null) {
                f.controllerReference = c.reference();
            } else {
                f.controllerName = c.getName();
                f.controllerKind = c.getKind().name();
            }
        }
        Provider o = p.getOwner();
        if (o != null && o != c && !o.getId().equals(c == null ? null : c.getId())) {
            if (o.reference() != null) {
                f.ownerReference = o.reference();
            } else {
                f.ownerName = o.getName();
                f.ownerKind = o.getKind().name();
            }
        }
        return f;
    }

    PremisesDetails details(String derivedLocalAuthority) {
        Set<ServiceType> types = EnumSet.noneOf(ServiceType.class);
        serviceTypes.forEach(t -> ServiceType.fromCode(t).ifPresent(types::add));
        String pc = Postcodes.normalise(postcode).orElse(null);
        return new PremisesDetails(name.trim(), blank(alsoKnownAs), blank(address), pc,
                blank(localAuthority) != null ? localAuthority.trim() : derivedLocalAuthority, blank(phone), blank(website),
                careHome, blank(communalAreas), upper(odsCode), blank(cqcLocationId), types);
    }

    ProviderChoice owner() {
        return choice(ownerReference, ownerName, ownerKind);
    }

    ProviderChoice controller() {
        return choice(controllerReference, controllerName, controllerKind);
    }

    private static ProviderChoice choice(String ref, String name, String kind) {
        ProviderKind k = null;
        if (kind != null && !kind.isBlank()) {
            try {
                k = ProviderKind.valueOf(kind.trim());
            } catch (IllegalArgumentException e) {
                k = null;
            }
        }
        return new ProviderChoice(blank(ref), blank(name), k);
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String upper(String s) {
        String b = blank(s);
        return b == null ? null : b.toUpperCase(Locale.ROOT);
    }

    // Bean properties for binding

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAlsoKnownAs() { return alsoKnownAs; }
    public void setAlsoKnownAs(String alsoKnownAs) { this.alsoKnownAs = alsoKnownAs; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPostcode() { return postcode; }
    public void setPostcode(String postcode) { this.postcode = postcode; }
    public String getLocalAuthority() { return localAuthority; }
    public void setLocalAuthority(String localAuthority) { this.localAuthority = localAuthority; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public boolean isCareHome() { return careHome; }
    public void setCareHome(boolean careHome) { this.careHome = careHome; }
    public String getCommunalAreas() { return communalAreas; }
    public void setCommunalAreas(String communalAreas) { this.communalAreas = communalAreas; }
    public String getOdsCode() { return odsCode; }
    public void setOdsCode(String odsCode) { this.odsCode = odsCode; }
    public String getCqcLocationId() { return cqcLocationId; }
    public void setCqcLocationId(String cqcLocationId) { this.cqcLocationId = cqcLocationId; }
    public List<String> getServiceTypes() { return serviceTypes; }
    public void setServiceTypes(List<String> serviceTypes) { this.serviceTypes = serviceTypes == null ? new ArrayList<>() : serviceTypes; }
    public String getOwnerReference() { return ownerReference; }
    public void setOwnerReference(String ownerReference) { this.ownerReference = ownerReference; }
    public String getOwnerName() { return ownerName; }
    public void setOwnerName(String ownerName) { this.ownerName = ownerName; }
    public String getOwnerKind() { return ownerKind; }
    public void setOwnerKind(String ownerKind) { this.ownerKind = ownerKind; }
    public String getControllerReference() { return controllerReference; }
    public void setControllerReference(String controllerReference) { this.controllerReference = controllerReference; }
    public String getControllerName() { return controllerName; }
    public void setControllerName(String controllerName) { this.controllerName = controllerName; }
    public String getControllerKind() { return controllerKind; }
    public void setControllerKind(String controllerKind) { this.controllerKind = controllerKind; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
