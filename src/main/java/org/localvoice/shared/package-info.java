/**
 * Shared kernel: base types for tenant-owned and audited records, the current-tenant context,
 * typed ids and small values. No business rules live here.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.localvoice.shared;
