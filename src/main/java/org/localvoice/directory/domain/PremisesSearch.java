package org.localvoice.directory.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.localvoice.directory.DirectorySearch;
import org.localvoice.directory.PremisesSummary;
import org.localvoice.directory.ServiceType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Searches open premises. Each search word must be the start of a word of the name (an indexed prefix
 * LIKE on {@code directory_premises_word}); postcode by district (equality), sector or full postcode
 * (prefix LIKE); type and local authority by equality. Sorted by the preferred authority, then name.
 */
@Component
public class PremisesSearch {

    /** Totals above this are reported as "more than" it (the page's total is then {@code COUNT_CAP + 1}). */
    public static final int COUNT_CAP = org.localvoice.directory.Directory.COUNT_CAP;

    private static final String COLUMNS = "p.id, p.name, p.address, p.postcode, p.la_gss_code, p.care_home, p.ods_code, "
            + "p.cqc_location_id, p.phone, p.website, c.name AS controller_name, p.owner_id, p.controller_id";

    private final NamedParameterJdbcTemplate jdbc;

    PremisesSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Page<PremisesSummary> search(DirectorySearch s, Pageable page) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" WHERE p.closed_on IS NULL");
        List<String> words = SearchText.queryWords(s.text());
        for (int i = 0; i < words.size(); i++) {
            // IN (uncorrelated subquery): a semi-join on PostgreSQL, a single subquery evaluation on H2.
            where.append(" AND p.id IN (SELECT w").append(i).append(".premises_id FROM directory_premises_word w").append(i)
                    .append(" WHERE w").append(i).append(".word LIKE :w").append(i).append(")");
            params.addValue("w" + i, words.get(i) + "%");
        }
        if (s.postcode() != null && !s.postcode().isBlank()) {
            var term = Postcodes.searchTerm(s.postcode());
            if (term.isEmpty()) {
                return Page.empty(page);
            }
            Postcodes.Term t = term.get();
            if (t instanceof Postcodes.Full f) {
                where.append(" AND p.postcode = :postcode");
                params.addValue("postcode", f.postcode());
            } else if (t instanceof Postcodes.Sector sector) {
                where.append(" AND p.postcode LIKE :postcode");
                params.addValue("postcode", sector.prefix() + "%");
            } else if (t instanceof Postcodes.District d) {
                where.append(" AND p.postcode_district = :district");
                params.addValue("district", d.district());
            }
        }
        if (s.serviceType() != null) {
            // Correlated EXISTS: probes the (premises_id, service_type) key per candidate row, which on H2 beats
            // evaluating a whole common type when another filter (council, postcode) is selective.
            where.append(" AND EXISTS (SELECT 1 FROM directory_premises_service_type t WHERE t.premises_id = p.id"
                    + " AND t.service_type = :type)");
            params.addValue("type", s.serviceType().name());
        }
        if (s.localAuthority() != null && !s.localAuthority().isBlank()) {
            where.append(" AND p.la_gss_code = :la");
            params.addValue("la", s.localAuthority());
        }
        long total = count(where.toString(), params);
        if (total == 0 || page.getOffset() >= total) {
            return new PageImpl<>(List.of(), page, total);
        }
        List<Row> rows = new ArrayList<>();
        String prefer = s.preferLocalAuthority();
        if (prefer != null && !prefer.isBlank() && (s.localAuthority() == null || s.localAuthority().isBlank())) {
            // The preferred authority's premises first: two ordered, limited queries (each can walk an index)
            // instead of sorting every match by a CASE expression.
            params.addValue("prefer", prefer);
            String inPreferred = where + " AND p.la_gss_code = :prefer";
            long preferred = count(inPreferred, params);
            if (page.getOffset() < preferred) {
                rows.addAll(rows(inPreferred, params, page.getPageSize(), page.getOffset()));
            }
            int remaining = page.getPageSize() - rows.size();
            if (remaining > 0) {
                rows.addAll(rows(where + " AND (p.la_gss_code IS NULL OR p.la_gss_code <> :prefer)", params, remaining,
                        Math.max(0, page.getOffset() - preferred)));
            }
        } else {
            rows.addAll(rows(where.toString(), params, page.getPageSize(), page.getOffset()));
        }
        Map<UUID, EnumSet<ServiceType>> types = serviceTypes(rows.stream().map(Row::id).toList());
        List<PremisesSummary> content = rows.stream().map(r -> r.summary(types.get(r.id))).toList();
        return new PageImpl<>(content, page, total);
    }

    /** Counts matches up to {@value #COUNT_CAP} + 1: exact counts of very common words cost a full scan. */
    private long count(String where, MapSqlParameterSource params) {
        Long n = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM directory_premises p" + where + " LIMIT "
                + (COUNT_CAP + 1) + ") matches", params, Long.class);
        return n == null ? 0 : n;
    }

    private List<Row> rows(String where, MapSqlParameterSource params, int limit, long offset) {
        params.addValue("limit", limit).addValue("offset", offset);
        return jdbc.query("SELECT " + COLUMNS + " FROM directory_premises p LEFT JOIN directory_provider c "
                + "ON c.id = p.controller_id" + where + " ORDER BY p.search_name, p.id LIMIT :limit OFFSET :offset", params,
                (rs, i) -> row(rs));
    }

    public Map<UUID, EnumSet<ServiceType>> serviceTypes(List<UUID> ids) {
        Map<UUID, EnumSet<ServiceType>> types = new HashMap<>();
        if (ids.isEmpty()) {
            return types;
        }
        jdbc.query("SELECT premises_id, service_type FROM directory_premises_service_type WHERE premises_id IN (:ids)",
                new MapSqlParameterSource("ids", ids), rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    ServiceType.fromCode(rs.getString(2)).ifPresent(t -> types
                            .computeIfAbsent(id, k -> EnumSet.noneOf(ServiceType.class)).add(t));
                });
        return types;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("address"), rs.getString("postcode"),
                rs.getString("la_gss_code"), rs.getBoolean("care_home"), rs.getString("ods_code"),
                rs.getString("cqc_location_id"), rs.getString("phone"), rs.getString("website"),
                rs.getString("controller_name"), rs.getObject("owner_id", UUID.class), rs.getObject("controller_id", UUID.class));
    }

    private record Row(UUID id, String name, String address, String postcode, String la, boolean careHome, String ods,
            String cqc, String phone, String website, String controller, UUID ownerId, UUID controllerId) {

        PremisesSummary summary(EnumSet<ServiceType> types) {
            return new PremisesSummary(id, name, address, postcode, la, types == null ? List.of() : List.copyOf(types),
                    careHome, ods, cqc, phone, website, controller, ownerId, controllerId);
        }
    }
}
