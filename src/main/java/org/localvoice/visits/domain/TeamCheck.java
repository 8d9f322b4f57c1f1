package org.localvoice.visits.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Only representatives authorised on the day of the visit may be on its team. Each refusal names the
 * person and why, as a message key with arguments: the name, the date and the reason's key.
 */
public final class TeamCheck {

    /** A team member who may not go: {@code reasonKey} explains, with {@code validTo} when it ended. */
    public record Problem(String name, LocalDate visitOn, AuthorisationStatus status, String reasonKey, LocalDate validTo) {
    }

    private TeamCheck() {
    }

    public static List<Problem> problems(Collection<AuthorisedRepresentative> team, Renewals renewals, LocalDate visitOn) {
        List<Problem> problems = new ArrayList<>();
        for (AuthorisedRepresentative r : team) {
            Authorisation a = AuthorisationRules.assess(r, renewals, visitOn);
            if (!a.authorised()) {
                String reason = a.reasons().isEmpty() ? "visits.reason." + a.status().name() : a.reasons().get(0);
                problems.add(new Problem(r.getName(), visitOn, a.status(), reason, a.validTo()));
            }
        }
        return problems;
    }
}
