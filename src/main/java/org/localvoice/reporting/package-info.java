/**
 * Reporting: figures across networks (the national view) and, later, annual and six-monthly reports
 * and public registers. Aggregate numbers only: never a person's name or contact details. Public face:
 * {@link org.localvoice.reporting.NationalView} and its records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting",
        allowedDependencies = {"shared", "tenancy", "access"})
package org.localvoice.reporting;
