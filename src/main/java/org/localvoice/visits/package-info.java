/**
 * Enter and View: authorised representatives (training, criminal records check, suitability considered
 * by a nominated person, written evidence of authorisation that providers can verify), visit plans under
 * a relevant decision of category (f), observations on the day, and visit reports sent to the provider
 * for factual-accuracy comments, signed off and published. Public face: {@link org.localvoice.visits.Visits}
 * and the event {@link org.localvoice.visits.VisitReportPublished}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Visits",
        allowedDependencies = {"shared", "tenancy", "access", "audit", "calendar", "directory", "administration", "membership", "governance", "notifications"})
package org.localvoice.visits;
