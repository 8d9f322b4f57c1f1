/**
 * Administration: the screens that run the platform and each network's people. Platform
 * administrators create networks with their first host manager and keep contact details current
 * ({@code /admin}); host managers manage their network's accounts ({@code /manage/people}); host staff see
 * their dashboard ({@code /manage}). It owns no data: it works through the tenancy and access facades
 * and records what it changes in the audit trail. Public face: {@link org.localvoice.administration.DashboardPanel},
 * through which other modules add their due and overdue work to the dashboard.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Administration",
        allowedDependencies = {"shared", "tenancy", "access", "audit"})
package org.localvoice.administration;
