package org.localvoice.shared;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The network (LINk) whose data the current thread may see. Set once per request from the signed-in
 * user or from the public URL; fail-closed: with no tenant set, tenant-owned queries match nothing.
 * {@link #runAsSystem} lifts the filter for platform work (national aggregates, scheduled jobs).
 */
public final class TenantContext {

    /** Matches no network: what Hibernate filters by when no tenant has been set. */
    public static final UUID NO_NETWORK = new UUID(0L, 0L);
    /** The root tenant: no filtering. Only ever set through {@link #runAsSystem}. */
    public static final UUID SYSTEM = new UUID(0L, 1L);

    private static final ThreadLocal<UUID> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    public static void set(UUID networkId) {
        if (SYSTEM.equals(networkId)) {
            throw new IllegalArgumentException("Use runAsSystem for system work");
        }
        CURRENT.set(networkId);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** The network of the current request, if one is set. */
    public static Optional<UUID> currentNetwork() {
        UUID id = CURRENT.get();
        return id == null || SYSTEM.equals(id) || NO_NETWORK.equals(id) ? Optional.empty() : Optional.of(id);
    }

    /** The network of the current request; fails when there is none. */
    public static UUID requireNetwork() {
        return currentNetwork().orElseThrow(() -> new IllegalStateException("No network in this context"));
    }

    /** What the persistence layer filters by: the network, {@link #SYSTEM}, or {@link #NO_NETWORK}. */
    public static UUID effectiveTenant() {
        UUID id = CURRENT.get();
        return id == null ? NO_NETWORK : id;
    }

    public static <T> T runAs(UUID networkId, Supplier<T> work) {
        UUID previous = CURRENT.get();
        CURRENT.set(networkId);
        try {
            return work.get();
        } finally {
            restore(previous);
        }
    }

    public static <T> T runAsSystem(Supplier<T> work) {
        return runAs(SYSTEM, work);
    }

    public static void runAsSystem(Runnable work) {
        runAs(SYSTEM, () -> {
            work.run();
            return null;
        });
    }

    private static void restore(UUID previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
