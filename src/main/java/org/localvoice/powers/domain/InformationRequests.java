package org.localvoice.powers.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.access.CurrentUser;
import org.localvoice.audit.AuditableChange;
import org.localvoice.calendar.Duty;
import org.localvoice.powers.CaseKind;
import org.localvoice.powers.PowersCaseOpened;
import org.localvoice.powers.PowersReplyRecorded;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests for information (P1) of the current network: opened only under a decision of category (d),
 * timed by the network's rule set from the day the recipient received the request, answered (or
 * forwarded to another body), re-opened or closed with a reason. Another network's requests are never found.
 */
@Service
public class InformationRequests {

    private static final CaseKind KIND = CaseKind.INFORMATION_REQUEST;

    private final InformationRequestRepository requests;
    private final ReplyRepository replies;
    private final Clocks clocks;
    private final CaseEvents events;
    private final DecisionGate decisions;
    private final ApplicationEventPublisher publisher;

    InformationRequests(InformationRequestRepository requests, ReplyRepository replies, Clocks clocks,
            CaseEvents events, DecisionGate decisions, ApplicationEventPublisher publisher) {
        this.requests = requests;
        this.replies = replies;
        this.clocks = clocks;
        this.events = events;
        this.decisions = decisions;
        this.publisher = publisher;
    }

    @Transactional
    public InformationRequest open(NewInformationRequest r) {
        String decision = decisions.require(r.decisionId(), PowerUse.INFORMATION_REQUEST);
        InformationRequest request = requests.save(new InformationRequest(
                References.next("IR", clocks.today(), requests.count()), r.decisionId(), r.recipient(), r.subject(),
                r.questions(), r.channel(), r.sentOn(), r.receivedOn(),
                CurrentUser.get().map(CurrentUser::email).orElse(null)));
        clocks.start(KIND, request.getId(), r.recipient(), Duty.INFORMATION_REQUEST_REPLY, r.receivedOn());
        events.record(KIND, request.getId(), "SENT", r.sentOn(), r.recipient().name() + " (" + r.channel() + ")");
        events.record(KIND, request.getId(), "RECEIVED", r.receivedOn(), decision);
        decisions.recordCase(r.decisionId(), PowerUse.INFORMATION_REQUEST, request.getId(), request.getReference());
        publisher.publishEvent(new PowersCaseOpened(TenantContext.requireNetwork(), KIND, request.getId(),
                request.getReference(), r.decisionId()));
        return request;
    }

    @Transactional(readOnly = true)
    public Optional<InformationRequest> find(UUID id) {
        return TenantContext.currentNetwork().flatMap(network -> requests.findById(id)
                .filter(r -> r.getNetworkId().equals(network)));
    }

    /** A request of the current network by its reference, for example "IR-2026-0007". */
    @Transactional(readOnly = true)
    public Optional<InformationRequest> byReference(String reference) {
        return requests.findFirstByReferenceOrderByCreatedAtAsc(reference);
    }

    @Transactional(readOnly = true)
    public Page<InformationRequest> list(Pageable page) {
        return requests.findAllByOrderBySentOnDescIdDesc(page);
    }

    @Transactional(readOnly = true)
    public Page<InformationRequest> toProviders(List<UUID> providers, Pageable page) {
        return requests.findByRecipientProviderIdInOrderBySentOnDesc(providers, page);
    }

    /** Corrects the subject and questions; a stale version is refused. */
    @Transactional
    public void edit(UUID id, long version, String subject, List<String> questions) {
        InformationRequest r = find(id).orElseThrow();
        if (r.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(InformationRequest.class, id);
        }
        r.edit(subject, questions);
        requests.saveAndFlush(r);
        events.record(KIND, id, "EDITED", clocks.today(), subject);
    }

    @Transactional(readOnly = true)
    public List<Reply> replies(UUID id) {
        return replies.findByCaseKindAndCaseIdOrderByReceivedOnAscCreatedAtAsc(KIND, id);
    }

    /**
     * Records an answer against the running clock. An acknowledgement leaves it running; a transfer
     * stops it and starts one for the new body, counted again from the transfer when the rule set says
     * so, otherwise keeping the original start.
     *
     * @throws IllegalStateException when no answer is awaited
     */
    @Transactional
    public Reply reply(UUID id, NewReply answer) {
        InformationRequest request = find(id).orElseThrow();
        CaseClock clock = clocks.of(KIND, id).stream().filter(CaseClock::running).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("No answer is awaited"));
        Reply reply = replies.save(new Reply(KIND, id, clock.getId(), answer.kind(), answer.receivedOn(), answer.via(),
                answer.summary(), answer.withheld(), answer.withheldReason(), answer.transferredTo()));
        boolean onTime = !answer.receivedOn().isAfter(clock.getDueOn());
        if (answer.kind() == ReplyKind.TRANSFERRED) {
            clocks.stop(clock, answer.receivedOn(), ClockOutcome.TRANSFERRED);
            LocalDate from = clocks.restartsOnTransfer(Duty.INFORMATION_REQUEST_REPLY) ? answer.receivedOn()
                    : clock.getStartedOn();
            clocks.start(KIND, id, answer.transferredTo(), Duty.INFORMATION_REQUEST_REPLY, from);
        } else if (answer.kind().substantive()) {
            clocks.stop(clock, answer.receivedOn(), ClockOutcome.ANSWERED);
            request.status(CaseStatus.ANSWERED);
        }
        events.record(KIND, id, "REPLY_" + answer.kind(), answer.receivedOn(),
                clock.getPartyName() + " (" + answer.via() + ")");
        publisher.publishEvent(new PowersReplyRecorded(TenantContext.requireNetwork(), KIND, id, answer.kind().name(),
                onTime));
        return reply;
    }

    /** Re-opens an answered request: a new clock for the last party, for the reason given. */
    @Transactional
    public void reopen(UUID id, LocalDate on, String reason) {
        InformationRequest request = find(id).orElseThrow();
        List<CaseClock> all = clocks.of(KIND, id);
        if (all.stream().anyMatch(CaseClock::running)) {
            throw new IllegalStateException("The request is still awaiting an answer");
        }
        clocks.reopen(all.get(all.size() - 1), on, reason);
        request.status(CaseStatus.OPEN);
        events.record(KIND, id, "REOPENED", on, reason);
    }

    /** Closes a request without an answer (withdrawn), for the reason given. */
    @Transactional
    public void close(UUID id, LocalDate on, String reason) {
        InformationRequest request = find(id).orElseThrow();
        clocks.of(KIND, id).stream().filter(CaseClock::running).forEach(c -> clocks.stop(c, on, ClockOutcome.CLOSED));
        request.status(CaseStatus.CLOSED);
        events.record(KIND, id, "CLOSED", on, reason);
        publisher.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "InformationRequest", id,
                "powers.request.closed", reason));
    }
}
