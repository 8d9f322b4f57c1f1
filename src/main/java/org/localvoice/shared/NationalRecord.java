package org.localvoice.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity that is deliberately not owned by one network (networks themselves, accounts that
 * sign in before a network is known, national reference data). Every other entity must extend
 * {@link TenantOwnedEntity}; an architecture test holds that rule.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NationalRecord {

    /** Why this record is not tenant-owned. */
    String value();
}
