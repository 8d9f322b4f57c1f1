/**
 * Governance: how a LINk makes its relevant decisions lawfully (SI 2008/528 reg 2). Required procedures
 * are versioned documents the host publishes; every relevant decision is recorded against a published
 * procedure version, by named people, with reasons and declarations of interest, and its statement is
 * published within the network's publication target. The governing body signs off reports and other
 * subjects that other modules put before it. Host managers are reminded by e-mail of statements overdue
 * for publication. Public face: {@link org.localvoice.governance.Governance},
 * its records and events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance",
        allowedDependencies = {"shared", "tenancy", "access", "audit", "calendar", "administration", "notifications"})
package org.localvoice.governance;
