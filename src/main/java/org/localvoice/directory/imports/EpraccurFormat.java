package org.localvoice.directory.imports;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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

    private final boolean header;
    private final Places places;
    private final OdsColumns ods;
    private final Column status;
    private final Column icb;
    private final Column setting;

    EpraccurFormat(boolean header, Places places) {
        this.header = header;
        this.places = places;
        this.ods = OdsColumns.of(header);
        if (header) {
            status = Column.named("status_code");
            icb = Column.named("high_level_health_geography");
            setting = null;
        } else {
            status = Column.at(13, "13 (status)");
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
        return OdsColumns.requiredColumns(header);
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
        String code = c.id(ods.code(), OdsColumns.ODS_CODE, true);
        String practice = Names.title(c.required(ods.name(), 200));
        String pc = c.postcode(ods.postcode(), true);
        LocalDate closed = c.date(ods.closeDate(), OdsColumns.ODS_DATE);
        String tel = c.phone(ods.phone());
        String icbCode = c.text(icb, 12);
        String addr = ods.address(c);
        if (!c.ok()) {
            return null;
        }
        if (closed == null && ("C".equals(st) || "D".equals(st))) {
            closed = LocalDate.of(1970, 1, 1);
        }
        ProviderRow practiceProvider = new ProviderRow(ProviderKind.GP_PRACTICE, practice, null, code, null, false, addr,
                pc, tel, closed);
        return ImportRow.of(new PremisesRow(practice, null, addr, pc, places.localAuthority(null, Postcodes.district(pc)),
                tel, null, EnumSet.of(ServiceType.GP), null, null, null, code, null, practiceProvider, icbCode, null,
                PremisesSource.ODS, closed));
    }
}
