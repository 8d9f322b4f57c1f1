package org.localvoice.powers.domain;

import java.util.Optional;
import java.util.UUID;
import org.localvoice.powers.CaseKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The reference, subject and responsible staff member of a case of any kind. */
@Component
public class CaseLookup {

    /** What every kind of case has in common. */
    public record CaseInfo(CaseKind kind, UUID id, String reference, String subject, String responsibleEmail) {
    }

    private final InformationRequestRepository requests;
    private final ReportRepository reports;
    private final OscReferralRepository referrals;

    CaseLookup(InformationRequestRepository requests, ReportRepository reports, OscReferralRepository referrals) {
        this.requests = requests;
        this.reports = reports;
        this.referrals = referrals;
    }

    @Transactional(readOnly = true)
    public Optional<CaseInfo> find(CaseKind kind, UUID id) {
        return switch (kind) {
            case INFORMATION_REQUEST -> requests.findById(id).map(r -> new CaseInfo(kind, id, r.getReference(),
                    r.getSubject(), r.getResponsibleEmail()));
            case REPORT -> reports.findById(id).map(r -> new CaseInfo(kind, id, r.getReference(), r.getTitle(),
                    r.getResponsibleEmail()));
            case OSC_REFERRAL -> referrals.findById(id).map(r -> new CaseInfo(kind, id, r.getReference(),
                    r.getSubject(), r.getResponsibleEmail()));
        };
    }

    /** The references of the cases some clocks belong to (a page of them), by case id: one query per kind of case. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, String> references(java.util.Collection<CaseClock> clocks) {
        java.util.Map<UUID, String> refs = new java.util.HashMap<>();
        for (CaseKind kind : CaseKind.values()) {
            java.util.List<UUID> ids = clocks.stream().filter(c -> c.getCaseKind() == kind).map(CaseClock::getCaseId).distinct().toList();
            if (ids.isEmpty()) {
                continue;
            }
            switch (kind) {
                case INFORMATION_REQUEST -> requests.findAllById(ids).forEach(r -> refs.put(r.getId(), r.getReference()));
                case REPORT -> reports.findAllById(ids).forEach(r -> refs.put(r.getId(), r.getReference()));
                case OSC_REFERRAL -> referrals.findAllById(ids).forEach(r -> refs.put(r.getId(), r.getReference()));
            }
        }
        return refs;
    }
}
