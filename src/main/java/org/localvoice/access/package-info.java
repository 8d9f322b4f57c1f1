/**
 * Access: accounts, roles, sign-in (with lockout and two-factor), password reset, API tokens and the
 * security filter chains. Public face: {@link org.localvoice.access.Role},
 * {@link org.localvoice.access.CurrentUser}, {@link org.localvoice.access.Accounts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access", allowedDependencies = {"shared", "tenancy", "notifications"})
package org.localvoice.access;
