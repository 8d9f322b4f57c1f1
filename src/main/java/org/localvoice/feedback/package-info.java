/**
 * Feedback: people's views of care services (issue #3). The public give a view without an account;
 * staff record views taken by outreach, phone, paper, e-mail and events, or import them in bulk;
 * moderators redact personal data and publish, hold or reject; possible safeguarding concerns are
 * handled apart with an append-only log. Public face: {@link org.localvoice.feedback.Feedback}, its
 * records and the events {@link org.localvoice.feedback.ExperienceSubmitted} and
 * {@link org.localvoice.feedback.ExperiencePublished}. The sub-packages {@code themes} and
 * {@code insight} (themes, replies, impact, search and charts) build on {@code domain}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback",
        allowedDependencies = {"shared", "tenancy", "access", "audit", "notifications", "directory", "administration"})
package org.localvoice.feedback;
