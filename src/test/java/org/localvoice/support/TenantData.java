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

    private final JdbcTemplate jdbc;
    private final EntityManagerFactory entityManagerFactory;
    private final Networks networks;

    public TenantData(JdbcTemplate jdbc, EntityManagerFactory entityManagerFactory, Networks networks) {
        this.jdbc = jdbc;
        this.entityManagerFactory = entityManagerFactory;
        this.networks = networks;
    }

    /** A table that holds rows of one network: the entity, its table and its UUID id column. */
    public record NetworkTable(String entity, String table, String idColumn) {
    }

    public UUID networkId(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new IllegalStateException("No network " + slug)).id();
    }

    /** Every mapped table with a {@code network_id} column and a UUID id, sorted by table name. */
    public List<NetworkTable> networkTables() {
        Map<String, NetworkTable> tables = new TreeMap<>();
        entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel().forEachEntityDescriptor(p -> {
            if (!(p instanceof AbstractEntityPersister persister)
                    || !UUID.class.equals(persister.getIdentifierType().getReturnedClass())) {
                return;
            }
            boolean hasNetwork = false;
            for (String property : persister.getPropertyNames()) {
                for (String column : persister.getPropertyColumnNames(property)) {
                    hasNetwork |= NETWORK_COLUMN.equalsIgnoreCase(column);
                }
            }
            if (hasNetwork) {
                String table = persister.getIdentifierTableName().toLowerCase(Locale.ROOT);
                tables.putIfAbsent(table, new NetworkTable(persister.getEntityName(), table,
                        persister.getIdentifierColumnNames()[0]));
            }
        });
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
                + " WHERE " + NETWORK_COLUMN + " = ?", UUID.class, network));
        ids.sort(Comparator.naturalOrder());
        return ids;
    }

    /** Every e-mail address held in the network's records (any column whose name contains "email"). */
    public Set<String> emails(UUID network) {
        Set<String> emails = new LinkedHashSet<>();
        for (NetworkTable t : networkTables()) {
            for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM " + t.table() + " WHERE " + NETWORK_COLUMN + " = ?",
                    network)) {
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
