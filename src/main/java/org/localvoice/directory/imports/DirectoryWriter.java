package org.localvoice.directory.imports;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.localvoice.directory.ServiceType;
import org.localvoice.directory.domain.SearchText;
import org.localvoice.shared.Ids;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Writes a batch of imported rows with a few JDBC batch statements: looks up which providers and
 * premises exist by their keys (regulator ids), inserts the new, updates the rest. Idempotent: writing
 * the same rows again changes nothing but the version and update time. Call inside a transaction.
 * Hand-kept fields (communal areas, the owner once set) are not overwritten.
 */
final class DirectoryWriter {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final String actor;
    private final OffsetDateTime now;

    DirectoryWriter(JdbcTemplate jdbc, String actor, Instant now) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.actor = actor;
        this.now = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    }

    void write(List<ImportRow> rows) {
        Map<String, ProviderRow> providers = new LinkedHashMap<>();
        Map<String, PremisesRow> premises = new LinkedHashMap<>();
        for (ImportRow row : rows) {
            for (ProviderRow p : row.providers()) {
                providers.merge(p.key(), p, (a, b) -> b.authoritative() || !a.authoritative() ? b : a);
            }
            if (row.premises() != null) {
                PremisesRow pr = row.premises();
                if (pr.controller() != null) {
                    providers.merge(pr.controller().key(), pr.controller(), (a, b) -> a.authoritative() ? a : b);
                }
                premises.put(pr.key(), pr);
            }
        }
        Map<String, UUID> providerIds = upsertProviders(providers);
        if (!premises.isEmpty()) {
            upsertPremises(premises, providerIds);
        }
    }

    // ---- providers

    private Map<String, UUID> upsertProviders(Map<String, ProviderRow> rows) {
        Map<String, UUID> ids = new HashMap<>();
        if (rows.isEmpty()) {
            return ids;
        }
        lookup(ids, "cqc:", "SELECT cqc_provider_id, id FROM directory_provider WHERE cqc_provider_id IN (:keys)", rows.keySet());
        lookup(ids, "ods:", "SELECT ods_code, id FROM directory_provider WHERE ods_code IN (:keys)", rows.keySet());
        lookup(ids, "gss:", "SELECT gss_code, id FROM directory_provider WHERE gss_code IN (:keys)", rows.keySet());
        lookup(ids, "name:", "SELECT search_name, id FROM directory_provider WHERE search_name IN (:keys) ORDER BY id",
                rows.keySet());
        List<Map.Entry<UUID, ProviderRow>> inserts = new ArrayList<>();
        List<Map.Entry<UUID, ProviderRow>> updates = new ArrayList<>();
        for (var e : rows.entrySet()) {
            UUID id = ids.get(e.getKey());
            if (id == null) {
                id = Ids.next();
                ids.put(e.getKey(), id);
                inserts.add(Map.entry(id, e.getValue()));
            } else if (!e.getKey().startsWith("name:")) {
                updates.add(Map.entry(id, e.getValue()));
            }
        }
        jdbc.batchUpdate("INSERT INTO directory_provider (id, version, kind, name, search_name, ods_code, cqc_provider_id, "
                + "gss_code, commissioner, address, postcode, phone, closed_on, created_at, created_by, updated_at, updated_by) "
                + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts, inserts.size(), (ps, e) -> {
                    ProviderRow p = e.getValue();
                    int i = 1;
                    ps.setObject(i++, e.getKey());
                    ps.setString(i++, p.kind().name());
                    ps.setString(i++, p.name());
                    ps.setString(i++, p.searchName());
                    ps.setString(i++, p.odsCode());
                    ps.setString(i++, p.cqcProviderId());
                    ps.setString(i++, p.gssCode());
                    ps.setBoolean(i++, p.commissioner());
                    ps.setString(i++, p.address());
                    ps.setString(i++, p.postcode());
                    ps.setString(i++, p.phone());
                    setDate(ps, i++, p.closedOn());
                    audit(ps, i);
                });
        jdbc.batchUpdate("UPDATE directory_provider SET name = ?, search_name = ?, address = COALESCE(?, address), "
                + "postcode = COALESCE(?, postcode), phone = COALESCE(?, phone), closed_on = ?, "
                + "commissioner = (commissioner OR ?), version = version + 1, updated_at = ?, updated_by = ? WHERE id = ?",
                updates, updates.size(), (ps, e) -> {
                    ProviderRow p = e.getValue();
                    ps.setString(1, p.name());
                    ps.setString(2, p.searchName());
                    ps.setString(3, p.address());
                    ps.setString(4, p.postcode());
                    ps.setString(5, p.phone());
                    setDate(ps, 6, p.closedOn());
                    ps.setBoolean(7, p.commissioner());
                    ps.setObject(8, now);
                    ps.setString(9, actor);
                    ps.setObject(10, e.getKey());
                });
        return ids;
    }

    private void lookup(Map<String, UUID> into, String prefix, String sql, Collection<String> keys) {
        List<String> values = keys.stream().filter(k -> k.startsWith(prefix)).map(k -> k.substring(prefix.length())).toList();
        if (values.isEmpty()) {
            return;
        }
        named.query(sql, new MapSqlParameterSource("keys", values),
                rs -> {
                    into.putIfAbsent(prefix + rs.getString(1), rs.getObject(2, UUID.class));
                });
    }

    // ---- premises

    private void upsertPremises(Map<String, PremisesRow> rows, Map<String, UUID> providerIds) {
        Map<String, UUID> ids = new HashMap<>();
        lookup(ids, "cqc:", "SELECT cqc_location_id, id FROM directory_premises WHERE cqc_location_id IN (:keys)", rows.keySet());
        lookup(ids, "ods:", "SELECT ods_code, id FROM directory_premises WHERE ods_code IN (:keys)", rows.keySet());
        for (var e : rows.entrySet()) {
            PremisesRow p = e.getValue();
            if (e.getKey().startsWith("np:")) {
                jdbc.query("SELECT id FROM directory_premises WHERE search_name = ? AND postcode = ? ORDER BY id",
                        rs -> {
                            ids.putIfAbsent(e.getKey(), rs.getObject(1, UUID.class));
                        }, p.searchName(), p.postcode());
            } else if (!ids.containsKey(e.getKey()) && p.cqcLocationId() != null && p.odsCode() != null) {
                jdbc.query("SELECT id FROM directory_premises WHERE ods_code = ?",
                        rs -> {
                            ids.putIfAbsent(e.getKey(), rs.getObject(1, UUID.class));
                        }, p.odsCode());
            }
        }
        Map<String, UUID> commissioners = new HashMap<>();
        lookup(commissioners, "ods:", "SELECT ods_code, id FROM directory_provider WHERE ods_code IN (:keys)",
                rows.values().stream().filter(p -> p.commissionerOdsCode() != null)
                        .map(p -> "ods:" + p.commissionerOdsCode()).distinct().toList());
        List<Map.Entry<UUID, PremisesRow>> inserts = new ArrayList<>();
        List<Map.Entry<UUID, PremisesRow>> updates = new ArrayList<>();
        for (var e : rows.entrySet()) {
            UUID id = ids.get(e.getKey());
            if (id == null) {
                inserts.add(Map.entry(Ids.next(), e.getValue()));
            } else {
                updates.add(Map.entry(id, e.getValue()));
            }
        }
        jdbc.batchUpdate("INSERT INTO directory_premises (id, version, name, search_name, also_known_as, address, postcode, "
                + "postcode_district, la_gss_code, phone, website, care_home, specialisms, description, opening_hours, "
                + "ods_code, cqc_location_id, controller_id, owner_id, commissioner_id, last_inspected, source, closed_on, "
                + "created_at, created_by, updated_at, updated_by) "
                + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                inserts, inserts.size(), (ps, e) -> {
                    PremisesRow p = e.getValue();
                    UUID controller = p.controller() == null ? null : providerIds.get(p.controller().key());
                    ps.setObject(1, e.getKey());
                    int i = fields(ps, 2, p);
                    ps.setString(i++, p.odsCode());
                    ps.setString(i++, p.cqcLocationId());
                    ps.setObject(i++, controller);
                    ps.setObject(i++, controller);
                    ps.setObject(i++, commissioner(commissioners, p));
                    setDate(ps, i++, p.lastInspected());
                    ps.setString(i++, p.source().name());
                    setDate(ps, i++, p.closedOn());
                    audit(ps, i);
                });
        jdbc.batchUpdate("UPDATE directory_premises SET name = ?, search_name = ?, also_known_as = ?, address = ?, "
                + "postcode = ?, postcode_district = ?, la_gss_code = COALESCE(?, la_gss_code), phone = ?, website = ?, "
                + "care_home = ?, specialisms = ?, description = COALESCE(?, description), "
                + "opening_hours = COALESCE(?, opening_hours), ods_code = COALESCE(ods_code, ?), "
                + "cqc_location_id = COALESCE(cqc_location_id, ?), controller_id = COALESCE(?, controller_id), "
                + "owner_id = COALESCE(owner_id, ?), commissioner_id = COALESCE(?, commissioner_id), "
                + "last_inspected = COALESCE(?, last_inspected), closed_on = ?, version = version + 1, updated_at = ?, "
                + "updated_by = ? WHERE id = ?", updates, updates.size(), (ps, e) -> {
                    PremisesRow p = e.getValue();
                    UUID controller = p.controller() == null ? null : providerIds.get(p.controller().key());
                    int i = fields(ps, 1, p);
                    ps.setString(i++, p.odsCode());
                    ps.setString(i++, p.cqcLocationId());
                    ps.setObject(i++, controller);
                    ps.setObject(i++, controller);
                    ps.setObject(i++, commissioner(commissioners, p));
                    setDate(ps, i++, p.lastInspected());
                    setDate(ps, i++, p.closedOn());
                    ps.setObject(i++, now);
                    ps.setString(i++, actor);
                    ps.setObject(i, e.getKey());
                });
        if (!updates.isEmpty()) {
            List<UUID> updated = updates.stream().map(Map.Entry::getKey).toList();
            for (int from = 0; from < updated.size(); from += 500) {
                var params = new MapSqlParameterSource("ids", updated.subList(from, Math.min(updated.size(), from + 500)));
                named.update("DELETE FROM directory_premises_service_type WHERE premises_id IN (:ids)", params);
                named.update("DELETE FROM directory_premises_word WHERE premises_id IN (:ids)", params);
            }
        }
        List<Object[]> types = new ArrayList<>();
        List<Object[]> words = new ArrayList<>();
        for (var list : List.of(inserts, updates)) {
            for (var e : list) {
                for (ServiceType t : e.getValue().serviceTypes()) {
                    types.add(new Object[] {e.getKey(), t.name()});
                }
                for (String w : SearchText.words(e.getValue().name(), e.getValue().alsoKnownAs())) {
                    words.add(new Object[] {e.getKey(), w});
                }
            }
        }
        insertPairs("directory_premises_service_type (premises_id, service_type)", types);
        insertPairs("directory_premises_word (premises_id, word)", words);
    }

    /** Inserts (uuid, text) pairs with multi-row INSERT statements: far fewer round trips than a JDBC batch. */
    private void insertPairs(String tableAndColumns, List<Object[]> rows) {
        final int perStatement = 250;
        for (int from = 0; from < rows.size(); from += perStatement) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + perStatement));
            String sql = "INSERT INTO " + tableAndColumns + " VALUES "
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "(?, ?)"));
            jdbc.update(sql, ps -> {
                int i = 1;
                for (Object[] pair : chunk) {
                    ps.setObject(i++, pair[0]);
                    ps.setString(i++, (String) pair[1]);
                }
            });
        }
    }

    /** Sets the descriptive columns from name to opening hours; returns the next parameter index. */
    private static int fields(PreparedStatement ps, int i, PremisesRow p) throws SQLException {
        ps.setString(i++, p.name());
        ps.setString(i++, p.searchName());
        ps.setString(i++, p.alsoKnownAs());
        ps.setString(i++, p.address());
        ps.setString(i++, p.postcode());
        ps.setString(i++, p.district());
        ps.setString(i++, p.localAuthorityCode());
        ps.setString(i++, p.phone());
        ps.setString(i++, p.website());
        ps.setBoolean(i++, p.careHome());
        ps.setString(i++, p.specialisms());
        ps.setString(i++, p.description());
        ps.setString(i++, p.openingHours());
        return i;
    }

    private static UUID commissioner(Map<String, UUID> commissioners, PremisesRow p) {
        return p.commissionerOdsCode() == null ? null : commissioners.get("ods:" + p.commissionerOdsCode());
    }

    private void audit(PreparedStatement ps, int i) throws SQLException {
        ps.setObject(i++, now);
        ps.setString(i++, actor);
        ps.setObject(i++, now);
        ps.setString(i, actor);
    }

    private static void setDate(PreparedStatement ps, int i, LocalDate date) throws SQLException {
        if (date == null) {
            ps.setNull(i, Types.DATE);
        } else {
            ps.setObject(i, date);
        }
    }
}
