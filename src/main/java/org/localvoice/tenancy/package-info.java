/**
 * Tenancy: networks (LINks), the local authorities they serve and their host organisations.
 * Public face: {@link org.localvoice.tenancy.Networks} and its read-only records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy", allowedDependencies = {"shared", "audit"})
package org.localvoice.tenancy;
