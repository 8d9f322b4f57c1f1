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
    private final Column code;
    private final Column name;
    private final Column grouping;
    private final Column[] address;
    private final Column postcode;
    private final Column closeDate;
    private final Column phone;

    EtrFormat(boolean header, Places places) {
        this.header = header;
        this.places = places;
        if (header) {
            code = Column.named("organisation_code");
            name = Column.named("name");
            grouping = Column.named("national_grouping");
            address = new Column[] {Column.named("address_line_1"), Column.named("address_line_2"),
                    Column.named("address_line_3"), Column.named("address_line_4"), Column.named("address_line_5")};
            postcode = Column.named("postcode");
            closeDate = Column.named("close_date");
            phone = Column.named("contact_telephone_number");
        } else {
            code = Column.at(1, "1 (organisation code)");
            name = Column.at(2, "2 (name)");
            grouping = Column.at(3, "3 (national grouping)");
            address = new Column[] {Column.at(5, "5 (address line 1)"), Column.at(6, "6 (address line 2)"),
                    Column.at(7, "7 (address line 3)"), Column.at(8, "8 (address line 4)"), Column.at(9, "9 (address line 5)")};
            postcode = Column.at(10, "10 (postcode)");
            closeDate = Column.at(12, "12 (close date)");
            phone = Column.at(18, "18 (telephone)");
        }
    }

    @Override
    public boolean hasHeader() {
        return header;
    }

    @Override
    public List<String> requiredColumns() {
        return header ? List.of("organisation_code", "name", "postcode") : List.of();
    }

    @Override
    public ImportRow map(Cells c) {
        String g = c.raw(grouping);
        if (g != null && g.startsWith("W")) {
            return ImportRow.SKIP;
        }
        String ods = c.id(code, EpraccurFormat.ODS, true);
        String trust = Names.title(c.required(name, 200));
        String pc = c.postcode(postcode, true);
        LocalDate closed = c.date(closeDate, EpraccurFormat.ODS_DATE);
        String tel = c.phone(phone);
        String addr = Names.address(c.raw(address[0]), c.raw(address[1]), c.raw(address[2]), c.raw(address[3]),
                c.raw(address[4]));
        if (!c.ok()) {
            return null;
        }
        ProviderKind kind = trust.toLowerCase(Locale.ROOT).contains("foundation trust") ? ProviderKind.FOUNDATION_TRUST
                : ProviderKind.NHS_TRUST;
        ProviderRow provider = new ProviderRow(kind, trust, null, ods, null, false, addr, pc, tel, closed);
        return ImportRow.of(provider, new PremisesRow(trust, null, addr, pc,
                places.localAuthority(null, Postcodes.district(pc)), tel, null, EnumSet.of(ServiceType.TRUST_HEADQUARTERS),
                null, null, null, ods, null, provider, null, null, PremisesSource.ODS, closed));
    }
}
