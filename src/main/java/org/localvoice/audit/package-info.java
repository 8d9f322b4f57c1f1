/**
 * Audit: the append-only trail of who changed what, when, and with what outcome. Fed by every
 * state-changing web request and by {@link org.localvoice.audit.AuditableChange} events that any module
 * may publish. Public face: {@link org.localvoice.audit.AuditTrail}, its records, the event and the
 * {@link org.localvoice.audit.AuditActors} hook through which the wiring says who is signed in.
 * Depends on nothing but the shared kernel, so that every module (access and tenancy too) may publish.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = "shared")
package org.localvoice.audit;
