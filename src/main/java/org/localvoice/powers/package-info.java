/**
 * Powers: the statutory powers a LINk uses and the clocks that time the duties they create —
 * information requests (P1), reports and recommendations (P2) and referrals to the Overview and
 * Scrutiny Committee (P4). One clock engine serves every power; every due date keeps the rule set and
 * version that produced it; every case has an append-only timeline; public registers show who
 * answered on time. The recommendations of published Enter and View reports (event of the visits module)
 * wait here until staff refer them to the provider under a decision. Public face: {@link org.localvoice.powers.Powers}, its records and events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Powers",
        allowedDependencies = {"shared", "tenancy", "access", "calendar", "audit", "notifications", "directory", "governance",
                "administration", "visits", "feedback"})
package org.localvoice.powers;
