package org.localvoice.directory.imports;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.localvoice.directory.ProviderKind;
import org.localvoice.directory.ServiceType;
import org.localvoice.directory.domain.PremisesSource;
import org.localvoice.directory.domain.Postcodes;
import org.localvoice.directory.imports.Cells.Column;

/**
 * NHS ODS etr (NHS trusts): raw (no header, 27 columns) or with a header. Each trust becomes a provider
 * and its headquarters premises. Welsh rows (national grouping W...) are skipped.
 */
final class EtrFormat implements RowFormat {

    private final boolean header;
    private final Places places;
    private final OdsColumns ods;
    private final Column grouping;

    EtrFormat(boolean header, Places places) {
        this.header = header;
        this.places = places;
        this.ods = OdsColumns.of(header);
        grouping = header ? Column.named("national_grouping") : Column.at(3, "3 (national grouping)");
    }

    @Override
    public boolean hasHeader() {
        return header;
    }

    @Override
    public List<String> requiredColumns() {
        return OdsColumns.requiredColumns(header);
    }

    @Override
    public ImportRow map(Cells c) {
        String g = c.raw(grouping);
        if (g != null && g.startsWith("W")) {
            return ImportRow.SKIP;
        }
        String code = c.id(ods.code(), OdsColumns.ODS_CODE, true);
        String trust = Names.title(c.required(ods.name(), 200));
        String pc = c.postcode(ods.postcode(), true);
        LocalDate closed = c.date(ods.closeDate(), OdsColumns.ODS_DATE);
        String tel = c.phone(ods.phone());
        String addr = ods.address(c);
        if (!c.ok()) {
            return null;
        }
        ProviderKind kind = trust.toLowerCase(Locale.ROOT).contains("foundation trust") ? ProviderKind.FOUNDATION_TRUST
                : ProviderKind.NHS_TRUST;
        ProviderRow provider = new ProviderRow(kind, trust, null, code, null, false, addr, pc, tel, closed);
        return ImportRow.of(provider, new PremisesRow(trust, null, addr, pc,
                places.localAuthority(null, Postcodes.district(pc)), tel, null, EnumSet.of(ServiceType.TRUST_HEADQUARTERS),
                null, null, null, code, null, provider, null, null, PremisesSource.ODS, closed));
    }
}
