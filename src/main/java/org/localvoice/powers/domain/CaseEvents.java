package org.localvoice.powers.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.localvoice.access.CurrentUser;
import org.localvoice.audit.AuditableChange;
import org.localvoice.powers.CaseKind;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The append-only timelines of cases: entries are added, and corrected by new entries with a reason. */
@Service
public class CaseEvents {

    private final CaseEventRepository events;
    private final ApplicationEventPublisher publisher;

    CaseEvents(CaseEventRepository events, ApplicationEventPublisher publisher) {
        this.events = events;
        this.publisher = publisher;
    }

    @Transactional
    public CaseEvent record(CaseKind caseKind, UUID caseId, String kind, LocalDate occurredOn, String details) {
        CaseEvent event = events.save(new CaseEvent(caseKind, caseId, kind, occurredOn, who(), details, null, null));
        publisher.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "PowersCase", caseId,
                "powers.event." + kind, details));
        return event;
    }

    /** A correction of an earlier entry of the same case: a new entry, the earlier one kept as it was. */
    @Transactional
    public CaseEvent correct(CaseKind caseKind, UUID caseId, UUID eventId, LocalDate occurredOn, String details,
            String reason) {
        CaseEvent original = find(caseKind, caseId, eventId).orElseThrow();
        CaseEvent event = events.save(new CaseEvent(caseKind, caseId, original.getKind(), occurredOn, who(), details,
                original.getId(), reason));
        publisher.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "PowersCase", caseId,
                "powers.event.corrected", reason));
        return event;
    }

    @Transactional(readOnly = true)
    public Optional<CaseEvent> find(CaseKind caseKind, UUID caseId, UUID eventId) {
        return TenantContext.currentNetwork().flatMap(network -> events.findById(eventId)
                .filter(e -> e.getNetworkId().equals(network) && e.getCaseKind() == caseKind && e.getCaseId().equals(caseId)));
    }

    @Transactional(readOnly = true)
    public List<CaseEvent> of(CaseKind caseKind, UUID caseId) {
        return events.findByCaseKindAndCaseIdOrderByOccurredOnAscCreatedAtAsc(caseKind, caseId);
    }

    /** A case's timeline a page at a time, oldest first. */
    @Transactional(readOnly = true)
    public Page<CaseEvent> page(CaseKind caseKind, UUID caseId, Pageable page) {
        return events.findByCaseKindAndCaseIdOrderByOccurredOnAscCreatedAtAscIdAsc(caseKind, caseId, page);
    }

    private static String who() {
        return CurrentUser.get().map(CurrentUser::email).orElse("system");
    }
}
