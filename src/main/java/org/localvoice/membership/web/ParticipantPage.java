package org.localvoice.membership.web;

import jakarta.servlet.http.HttpServletResponse;
import org.localvoice.membership.domain.ContactDetails;
import org.localvoice.membership.domain.Memberships;
import org.localvoice.membership.domain.Participant;
import org.localvoice.membership.domain.ParticipantRecords;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The staff page of one participant: details, membership history, decision, representatives, roles, consents. */
@Component
class ParticipantPage {

    private final Memberships memberships;
    private final ParticipantRecords records;

    ParticipantPage(Memberships memberships, ParticipantRecords records) {
        this.memberships = memberships;
        this.records = records;
    }

    String show(Participant p, Model model) {
        model.addAttribute("participant", p)
                .addAttribute("details", formOf(p))
                .addAttribute("history", memberships.history(p.getId()))
                .addAttribute("representatives", records.representativesOf(p.getId()))
                .addAttribute("represents", records.organisationsRepresentedBy(p.getId()))
                .addAttribute("roles", records.rolesOf(p.getId()))
                .addAttribute("consents", records.consentsOf(p.getId()));
        if (!model.containsAttribute("leaveForm")) {
            model.addAttribute("leaveForm", new LeaveForm());
        }
        if (!model.containsAttribute("roleForm")) {
            model.addAttribute("roleForm", new RoleForm());
        }
        return "membership/view";
    }

    String decisionProblem(Participant p, String messageKey, String reason, Model model, HttpServletResponse response) {
        model.addAttribute("decisionError", messageKey).addAttribute("reason", reason);
        return show(p, model);
    }

    ParticipantForm formOf(Participant p) {
        ParticipantForm form = new ParticipantForm();
        form.setKind(p.getKind());
        form.setOrganisationKind(p.getOrganisationKind());
        form.setName(p.getDisplayName());
        form.fill(memberships.contact(p.getId()).orElse(ContactDetails.emailOnly(null)));
        form.setInterests(String.join(", ", memberships.interests(p.getId())));
        form.setVersion(p.getVersion());
        return form;
    }
}
