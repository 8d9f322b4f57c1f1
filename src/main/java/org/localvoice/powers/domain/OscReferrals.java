package org.localvoice.powers.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.access.CurrentUser;
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
 * Referrals to the Overview and Scrutiny Committee (P4). Two clocks run from the day the referral is
 * made: the acknowledgement (20 working days beginning with that day, regs 17 and 18) and "keep
 * informed", which the network's rule set sets and which starts again with every update heard.
 */
@Service
public class OscReferrals {

    private static final CaseKind KIND = CaseKind.OSC_REFERRAL;

    private final OscReferralRepository referrals;
    private final ReplyRepository replies;
    private final Clocks clocks;
    private final CaseEvents events;
    private final DecisionGate decisions;
    private final ApplicationEventPublisher publisher;

    OscReferrals(OscReferralRepository referrals, ReplyRepository replies, Clocks clocks, CaseEvents events,
            DecisionGate decisions, ApplicationEventPublisher publisher) {
        this.referrals = referrals;
        this.replies = replies;
        this.clocks = clocks;
        this.events = events;
        this.decisions = decisions;
        this.publisher = publisher;
    }

    @Transactional
    public OscReferral open(UUID decisionId, String committee, OscReferral.Matter matter, String subject,
            String supplied, LocalDate madeOn) {
        String decision = decisions.require(decisionId, PowerUse.OSC_REFERRAL);
        OscReferral referral = referrals.save(new OscReferral(References.next("OSC", clocks.today(), referrals.count()),
                decisionId, committee, matter, subject, supplied, madeOn,
                CurrentUser.get().map(CurrentUser::email).orElse(null)));
        Party party = new Party(committee, null, null, null);
        clocks.start(KIND, referral.getId(), party, Duty.OSC_ACKNOWLEDGEMENT, madeOn);
        clocks.start(KIND, referral.getId(), party, Duty.OSC_KEEP_INFORMED_REMINDER, madeOn);
        events.record(KIND, referral.getId(), "REFERRED", madeOn, decision);
        decisions.recordCase(decisionId, PowerUse.OSC_REFERRAL, referral.getId(), referral.getReference());
        publisher.publishEvent(new PowersCaseOpened(TenantContext.requireNetwork(), KIND, referral.getId(),
                referral.getReference(), decisionId));
        return referral;
    }

    @Transactional(readOnly = true)
    public Optional<OscReferral> find(UUID id) {
        return TenantContext.currentNetwork().flatMap(network -> referrals.findById(id)
                .filter(r -> r.getNetworkId().equals(network)));
    }

    @Transactional(readOnly = true)
    public Page<OscReferral> list(Pageable page) {
        return referrals.findAllByOrderByMadeOnDescIdDesc(page);
    }

    @Transactional(readOnly = true)
    public List<Reply> replies(UUID id) {
        return replies.findByCaseKindAndCaseIdOrderByReceivedOnAscCreatedAtAsc(KIND, id);
    }

    /** The committee acknowledged the referral. */
    @Transactional
    public void acknowledge(UUID id, LocalDate on, Channel via, String summary) {
        find(id).orElseThrow();
        CaseClock clock = running(id, Duty.OSC_ACKNOWLEDGEMENT)
                .orElseThrow(() -> new IllegalStateException("The referral has already been acknowledged"));
        replies.save(new Reply(KIND, id, clock.getId(), ReplyKind.ACKNOWLEDGEMENT, on, via, summary, null, null, null));
        clocks.stop(clock, on, ClockOutcome.ACKNOWLEDGED);
        events.record(KIND, id, "ACKNOWLEDGED", on, summary);
        publisher.publishEvent(new PowersReplyRecorded(TenantContext.requireNetwork(), KIND, id, "ACKNOWLEDGEMENT",
                !on.isAfter(clock.getDueOn())));
    }

    /** The committee kept the network informed: logged, and the keep-informed clock starts again. */
    @Transactional
    public void update(UUID id, LocalDate on, Channel via, String summary) {
        find(id).orElseThrow();
        Optional<CaseClock> clock = running(id, Duty.OSC_KEEP_INFORMED_REMINDER);
        replies.save(new Reply(KIND, id, clock.map(CaseClock::getId).orElse(null), ReplyKind.UPDATE, on, via, summary,
                null, null, null));
        clock.ifPresent(c -> clocks.stop(c, on, ClockOutcome.UPDATED));
        OscReferral referral = find(id).orElseThrow();
        clocks.start(KIND, id, new Party(referral.getCommittee(), null, null, null), Duty.OSC_KEEP_INFORMED_REMINDER, on);
        events.record(KIND, id, "KEPT_INFORMED", on, summary);
    }

    /** The committee's decisions: whether its powers apply, and whether it will use them. */
    @Transactional
    public void decide(UUID id, long version, Boolean powersApply, Boolean willUse, String notes, LocalDate on) {
        OscReferral referral = find(id).orElseThrow();
        if (referral.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(OscReferral.class, id);
        }
        referral.committeeDecided(powersApply, willUse, notes);
        referrals.saveAndFlush(referral);
        events.record(KIND, id, "COMMITTEE_DECIDED", on, "powers apply: " + powersApply + "; will use: " + willUse
                + (notes == null ? "" : "; " + notes));
    }

    /** Closes the referral: every running clock stops. */
    @Transactional
    public void close(UUID id, LocalDate on, String reason) {
        find(id).orElseThrow();
        clocks.of(KIND, id).stream().filter(CaseClock::running).forEach(c -> clocks.stop(c, on, ClockOutcome.CLOSED));
        events.record(KIND, id, "CLOSED", on, reason);
    }

    private Optional<CaseClock> running(UUID id, Duty duty) {
        return clocks.of(KIND, id).stream().filter(c -> c.running() && c.getDuty() == duty).findFirst();
    }
}
