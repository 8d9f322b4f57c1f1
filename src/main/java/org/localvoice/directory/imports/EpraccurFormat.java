package org.localvoice.directory.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.localvoice.directory.ProviderKind;
import org.localvoice.directory.ServiceType;
import org.localvoice.directory.domain.PremisesSource;
import org.localvoice.directory.domain.Postcodes;
import org.localvoice.directory.imports.Cells.Column;

/**
 * NHS ODS epraccur (GP practices and other prescribing cost centres). The raw file has no header and 27
 * columns; only prescribing setting 4 (GP practice) is imported, other settings are skipped. The derived
 * extract with a header (organisation_code, name, address_line_1..5, postcode, ...) holds GP practices only.
 * Closed and dormant practices are kept, marked closed.
 */
final class EpraccurFormat implements RowFormat {

    static final Pattern ODS = Pattern.compile("^[A-Z0-9]{3,10}$");
    static final DateTimeFormatter ODS_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final boolean header;
    private final Places places;
    private final Column code;
    private final Column name;
    private final Column[] address;
    private final Column postcode;
    private final Column closeDate;
    private final Column status;
    private final Column phone;
    private final Column icb;
    private final Column setting;

    EpraccurFormat(boolean header, Places places) {
        this.header = header;
        this.places = places;
        if (header) {
            code = Column.named("organisation_code");
            name = Column.named("name");
            address = new Column[] {Column.named("address_line_1"), Column.named("address_line_2"),
                    Column.named("address_line_3"), Column.named("address_line_4"), Column.named("address_line_5")};
            postcode = Column.named("postcode");
            closeDate = Column.named("close_date");
            status = Column.named("status_code");
            phone = Column.named("contact_telephone_number");
            icb = Column.named("high_level_health_geography");
            setting = null;
        } else {
            code = Column.at(1, "1 (organisation code)");
            name = Column.at(2, "2 (name)");
            address = new Column[] {Column.at(5, "5 (address line 1)"), Column.at(6, "6 (address line 2)"),
                    Column.at(7, "7 (address line 3)"), Column.at(8, "8 (address line 4)"), Column.at(9, "9 (address line 5)")};
            postcode = Column.at(10, "10 (postcode)");
            closeDate = Column.at(12, "12 (close date)");
            status = Column.at(13, "13 (status)");
            phone = Column.at(18, "18 (telephone)");
            icb = Column.at(4, "4 (high-level health geography)");
            setting = Column.at(26, "26 (prescribing setting)");
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
        if (setting != null && !"4".equals(c.raw(setting))) {
            return ImportRow.SKIP;
        }
        String st = c.raw(status);
        if ("P".equals(st)) {
            return ImportRow.SKIP;
        }
        String ods = c.id(code, ODS, true);
        String practice = Names.title(c.required(name, 200));
        String pc = c.postcode(postcode, true);
        LocalDate closed = c.date(closeDate, ODS_DATE);
        String tel = c.phone(phone);
        String icbCode = c.text(icb, 12);
        String addr = Names.address(c.raw(address[0]), c.raw(address[1]), c.raw(address[2]), c.raw(address[3]),
                c.raw(address[4]));
        if (!c.ok()) {
            return null;
        }
        if (closed == null && ("C".equals(st) || "D".equals(st))) {
            closed = LocalDate.of(1970, 1, 1);
        }
        ProviderRow practiceProvider = new ProviderRow(ProviderKind.GP_PRACTICE, practice, null, ods, null, false, addr,
                pc, tel, closed);
        return ImportRow.of(new PremisesRow(practice, null, addr, pc, places.localAuthority(null, Postcodes.district(pc)),
                tel, null, EnumSet.of(ServiceType.GP), null, null, null, ods, null, practiceProvider, icbCode, null,
                PremisesSource.ODS, closed));
    }
}
