package org.localvoice.directory.imports;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.localvoice.directory.ProviderKind;
import org.localvoice.directory.ServiceType;
import org.localvoice.directory.domain.PremisesSource;
import org.localvoice.directory.domain.Postcodes;
import org.localvoice.directory.imports.Cells.Column;

/**
 * Local Voice's own directory layout, for lists a network or council keeps (signposting services,
 * pharmacies, local care homes). Header: name, service_types (codes or CQC labels, separated by |), address,
 * postcode, local_authority_code, telephone, website, ods_code, cqc_location_id, cqc_provider_id,
 * provider_name, provider_kind, description, opening_hours, last_inspected (yyyy-mm-dd). Rows are matched
 * by CQC location id, else ODS code, else name and postcode.
 */
final class LocalDirectoryFormat implements RowFormat {

    private static final Pattern GSS = Pattern.compile("^E[0-9]{8}$");
    private static final Column NAME = Column.named("name");
    private static final Column TYPES = Column.named("service_types");
    private static final Column ADDRESS = Column.named("address");
    private static final Column POSTCODE = Column.named("postcode");
    private static final Column LA = Column.named("local_authority_code");
    private static final Column PHONE = Column.named("telephone");
    private static final Column WEBSITE = Column.named("website");
    private static final Column ODS = Column.named("ods_code");
    private static final Column LOCATION_ID = Column.named("cqc_location_id");
    private static final Column PROVIDER_ID = Column.named("cqc_provider_id");
    private static final Column PROVIDER = Column.named("provider_name");
    private static final Column PROVIDER_KIND = Column.named("provider_kind");
    private static final Column DESCRIPTION = Column.named("description");
    private static final Column HOURS = Column.named("opening_hours");
    private static final Column INSPECTED = Column.named("last_inspected");

    private final Places places;

    LocalDirectoryFormat(Places places) {
        this.places = places;
    }

    @Override
    public boolean hasHeader() {
        return true;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of(NAME.header(), TYPES.header(), ADDRESS.header(), POSTCODE.header());
    }

    @Override
    public ImportRow map(Cells c) {
        String name = c.required(NAME, 200);
        String pc = c.postcode(POSTCODE, true);
        Set<ServiceType> types = EnumSet.noneOf(ServiceType.class);
        String typeText = c.raw(TYPES);
        if (typeText == null) {
            c.error(TYPES, "directory.import.error.missing", null);
        } else {
            for (String t : typeText.split("\\|")) {
                ServiceType.fromLabel(t).ifPresentOrElse(types::add, () -> c.error(TYPES, "directory.import.error.type", t));
            }
        }
        String la = c.text(LA, 9);
        if (la != null && (!GSS.matcher(la).matches() || !places.knownAuthority(la))) {
            c.error(LA, "directory.import.error.localAuthority", la);
        }
        String ods = c.id(ODS, OdsColumns.ODS_CODE, false);
        String locationId = c.id(LOCATION_ID, CqcDirectoryFormat.CQC_ID, false);
        String providerId = c.id(PROVIDER_ID, CqcDirectoryFormat.CQC_ID, false);
        String providerName = c.text(PROVIDER, 200);
        String kindText = c.raw(PROVIDER_KIND);
        ProviderKind kind = null;
        if (kindText != null) {
            try {
                kind = ProviderKind.valueOf(kindText.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                c.error(PROVIDER_KIND, "directory.import.error.providerKind", kindText);
            }
        }
        String address = c.text(ADDRESS, 300);
        String website = c.text(WEBSITE, 300);
        String description = c.text(DESCRIPTION, 1000);
        String hours = c.text(HOURS, 600);
        var inspected = c.date(INSPECTED, DateTimeFormatter.ISO_LOCAL_DATE);
        String phone = c.phone(PHONE);
        if (!c.ok()) {
            return null;
        }
        ProviderRow controller = providerName == null && providerId == null ? null
                : ProviderRow.named(kind != null ? kind : ProviderKinds.guess(providerName, types),
                        providerName == null ? providerId : providerName, providerId, null);
        String authority = la != null ? la : places.localAuthority(null, Postcodes.district(pc));
        return ImportRow.of(new PremisesRow(name, null, address, pc, authority, phone, website, types, null, description,
                hours, ods, locationId, controller, null, inspected, PremisesSource.LOCAL, null));
    }
}
