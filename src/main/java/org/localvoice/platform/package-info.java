/**
 * Platform: wiring only (persistence tenancy, MVC, internationalisation, error pages, the page layout,
 * the public home page). Nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform")
package org.localvoice.platform;
