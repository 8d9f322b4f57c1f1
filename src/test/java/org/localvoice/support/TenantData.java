package org.localvoice.support;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.localvoice.access.Role;
import org.localvoice.tenancy.Networks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One network's data, found generically: every mapped entity whose table has a {@code network_id}
 * column (each {@code TenantOwnedEntity}, and national records that name a network such as accounts).
 * Read by plain JDBC, so no tenant filter applies. New entities are picked up without changes here.
 */
@Component
public class TenantData {

    static final String NETWORK_COLUMN = "network_id";
    static final String ACCOUNT_COLUMN = "account_id";
    /** The network's own record: its id is one of the network's ids (public, but a valid path value). */
    static final NetworkTable NETWORK_TABLE = new NetworkTable("Network", "tenancy_network", "id", "id = ?");

    private final JdbcTemplate jdbc;
    private final EntityManagerFactory entityManagerFactory;
    private final Networks networks;

    public TenantData(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory, Networks networks) {
        this.jdbc = jdbc;
        this.entityManagerFactory = entityManagerFactory;
        this.networks = networks;
    }

    /**
     * A table that holds rows of one network: the entity, its table, its UUID id column, and the SQL
     * condition (with one parameter, the network id) that selects one network's rows.
     */
    public record NetworkTable(String entity, String table, String idColumn, String ofNetwork) {
    }

    public UUID networkId(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new IllegalStateException("No network " + slug)).id();
    }

    /**
     * Every mapped table with a UUID id whose rows belong to a network, sorted by table name: those
     * with a {@code network_id} column, and those with an {@code account_id} column but no
     * {@code network_id} (records of an account, such as tokens), which belong to the account's network;
     * and the network's own row.
     */
    public List<NetworkTable> networkTables() {
        Map<String, NetworkTable> tables = new TreeMap<>();
        entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel().forEachEntityDescriptor(p -> {
            if (!(p instanceof AbstractEntityPersister persister)
                    || !UUID.class.equals(persister.getIdentifierType().getReturnedClass())) {
                return;
            }
            Set<String> columns = new java.util.HashSet<>();
            for (String property : persister.getPropertyNames()) {
                for (String column : persister.getPropertyColumnNames(property)) {
                    columns.add(column.toLowerCase(Locale.ROOT));
                }
            }
            String condition = columns.contains(NETWORK_COLUMN) ? NETWORK_COLUMN + " = ?"
                    : columns.contains(ACCOUNT_COLUMN) ? ACCOUNT_COLUMN + " IN (SELECT id FROM access_account WHERE network_id = ?)"
                    : null;
            if (condition != null) {
                String table = persister.getIdentifierTableName().toLowerCase(Locale.ROOT);
                tables.putIfAbsent(table, new NetworkTable(persister.getEntityName(), table,
                        persister.getIdentifierColumnNames()[0], condition));
            }
        });
        tables.put(NETWORK_TABLE.table(), NETWORK_TABLE);
        return List.copyOf(tables.values());
    }

    /** Every id of the network's records, table by table, in a stable order. */
    public List<UUID> ids(UUID network) {
        return ids(network, Integer.MAX_VALUE);
    }

    /** The network's ids, at most {@code perTable} (the lowest) from each table, table by table. */
    public List<UUID> ids(UUID network, int perTable) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (NetworkTable t : networkTables()) {
            List<UUID> all = ids(network, t);
            ids.addAll(all.subList(0, Math.min(perTable, all.size())));
        }
        return List.copyOf(ids);
    }

    public List<UUID> ids(UUID network, NetworkTable table) {
        List<UUID> ids = new ArrayList<>(jdbc.queryForList("SELECT " + table.idColumn() + " FROM " + table.table()
                + " WHERE " + table.ofNetwork(), UUID.class, network));
        ids.sort(Comparator.naturalOrder());
        return ids;
    }

    /**
     * Every e-mail address held in the network's records (any column whose name contains "email"), but
     * not the network's own (public) contact address.
     */
    public Set<String> emails(UUID network) {
        Set<String> emails = new LinkedHashSet<>();
        for (NetworkTable t : networkTables()) {
            if (t.equals(NETWORK_TABLE)) {
                continue; // the network's contact address is public
            }
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + t.table() + " WHERE " + t.ofNetwork(), network)) {
                row.forEach((column, value) -> {
                    if (column.toLowerCase(Locale.ROOT).contains("email") && value instanceof String s && !s.isBlank()) {
                        emails.add(s);
                    }
                });
            }
        }
        return emails;
    }

    /**
     * The e-mail addresses that only this network's records hold: not those also held by another
     * network's records, nor those of national accounts (who may act in every network).
     */
    public Set<String> emailsOnlyOf(UUID network) {
        Set<String> emails = emails(network);
        for (UUID other : jdbc.queryForList("SELECT id FROM tenancy_network WHERE id <> ?", UUID.class, network)) {
            emails.removeAll(emails(other));
        }
        emails.removeAll(jdbc.queryForList("SELECT email FROM access_account WHERE network_id IS NULL", String.class));
        return emails;
    }

    /**
     * Those of {@code values} that some record of another network, or a record of no network, mentions
     * in any column (for example an audit entry of network A recording that A's user asked for B's id):
     * showing them to the other network is not a leak of this network's data.
     */
    public Set<String> mentionedOutside(UUID network, Set<String> values) {
        Set<String> mentioned = new LinkedHashSet<>();
        List<UUID> others = jdbc.queryForList("SELECT id FROM tenancy_network WHERE id <> ?", UUID.class, network);
        for (NetworkTable t : networkTables()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (UUID other : others) {
                rows.addAll(jdbc.queryForList("SELECT * FROM " + t.table() + " WHERE " + t.ofNetwork(), other));
            }
            if (t.ofNetwork().startsWith(NETWORK_COLUMN)) {
                rows.addAll(jdbc.queryForList("SELECT * FROM " + t.table() + " WHERE " + NETWORK_COLUMN + " IS NULL"));
            }
            for (Map<String, Object> row : rows) {
                for (Object value : row.values()) {
                    String text = String.valueOf(value);
                    values.stream().filter(text::contains).forEach(mentioned::add);
                }
            }
        }
        return mentioned;
    }

    /**
     * The demo account that holds {@code role}: in the network for network roles, otherwise the one
     * national account (see DemoData). Picks the first by e-mail when there are several.
     */
    public String accountWith(Role role, UUID network) {
        List<String> emails = jdbc.queryForList("SELECT a.email FROM access_account a JOIN access_account_role r"
                + " ON r.account_id = a.id WHERE r.role = ? AND " + (role.networkScoped() ? "a.network_id = ?" : "a.network_id IS NULL")
                + " ORDER BY a.email", String.class, role.networkScoped() ? new Object[] {role.name(), network}
                : new Object[] {role.name()});
        if (emails.isEmpty()) {
            throw new IllegalStateException("The demo data has no account with role " + role + ": add one to DemoData");
        }
        return emails.get(0);
    }
}
