package org.localvoice.directory.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.localvoice.directory.ServiceType;
import org.localvoice.directory.domain.PremisesSource;
import org.localvoice.directory.imports.Cells.Column;

/** The CQC care directory CSV: one row per registered location, with CQC's own header. */
final class CqcDirectoryFormat implements RowFormat {

    static final Pattern CQC_ID = Pattern.compile("^[0-9]-[0-9]{1,15}$");
    static final Column NAME = Column.named("Name");
    static final Column AKA = Column.named("Also known as");
    static final Column ADDRESS = Column.named("Address");
    static final Column POSTCODE = Column.named("Postcode");
    static final Column PHONE = Column.named("Phone number");
    static final Column WEBSITE = Column.named("Service's website (if available)");
    static final Column TYPES = Column.named("Service types");
    static final Column CHECKED = Column.named("Date of latest check");
    static final Column SPECIALISMS = Column.named("Specialisms/services");
    static final Column PROVIDER = Column.named("Provider name");
    static final Column LA = Column.named("Local authority");
    static final Column LOCATION_ID = Column.named("CQC Location ID (for office use only)");
    static final Column PROVIDER_ID = Column.named("CQC Provider ID (for office use only)");
    private static final DateTimeFormatter CHECK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Places places;

    CqcDirectoryFormat(Places places) {
        this.places = places;
    }

    @Override
    public boolean hasHeader() {
        return true;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(NAME.header(), ADDRESS.header(), POSTCODE.header(), TYPES.header(), PROVIDER.header(),
                LA.header(), LOCATION_ID.header());
    }

    @Override
    public ImportRow map(Cells c) {
        String locationId = c.id(LOCATION_ID, CQC_ID, true);
        String name = c.required(NAME, 200);
        String postcode = c.postcode(POSTCODE, true);
        String providerId = c.id(PROVIDER_ID, CQC_ID, false);
        String providerName = c.text(PROVIDER, 200);
        String checked = c.raw(CHECKED);
        LocalDate lastCheck = null;
        if (checked != null) {
            String datePart = checked.length() >= 10 ? checked.substring(0, 10) : checked;
            try {
                lastCheck = LocalDate.parse(datePart, CHECK_DATE);
            } catch (java.time.format.DateTimeParseException e) {
                c.error(CHECKED, "directory.import.error.date", checked);
            }
        }
        Set<ServiceType> types = serviceTypes(c.raw(TYPES));
        String aka = c.text(AKA, 200);
        String address = c.text(ADDRESS, 300);
        String website = c.text(WEBSITE, 300);
        String specialisms = c.raw(SPECIALISMS);
        if (specialisms != null && specialisms.length() > 1000) {
            specialisms = specialisms.substring(0, 1000);
        }
        if (!c.ok()) {
            return null;
        }
        String district = org.localvoice.directory.domain.Postcodes.district(postcode);
        ProviderRow controller = providerName == null && providerId == null ? null
                : ProviderRow.named(ProviderKinds.guess(providerName, types), providerName == null ? providerId : providerName,
                        providerId, null);
        return ImportRow.of(new PremisesRow(name, aka, address, postcode, places.localAuthority(c.raw(LA), district),
                c.phone(PHONE), website, types, specialisms == null ? null : specialisms.replace("|", "; "), null, null,
                null, locationId, controller, null, lastCheck, PremisesSource.CQC, null));
    }

    static Set<ServiceType> serviceTypes(String pipeSeparated) {
        Set<ServiceType> types = EnumSet.noneOf(ServiceType.class);
        if (pipeSeparated != null) {
            for (String label : pipeSeparated.split("\\|")) {
                if (!label.isBlank()) {
                    types.add(ServiceType.fromLabel(label).orElse(ServiceType.OTHER));
                }
            }
        }
        return types;
    }
}
