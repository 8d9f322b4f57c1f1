package org.localvoice.membership.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.localvoice.audit.AuditableChange;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A network's retention rules and applying them: erasing the personal data of declined applicants and
 * former participants, and deleting closed data requests, once their months are up. Works in batches
 * so a large network never loads a whole table.
 */
@Service
public class Retention {

    static final int BATCH = 200;

    private final RetentionRuleRepository rules;
    private final ParticipantRepository participants;
    private final DataRequestRepository requests;
    private final DataRequestStepRepository steps;
    private final Erasure erasure;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Retention(RetentionRuleRepository rules, ParticipantRepository participants, DataRequestRepository requests,
            DataRequestStepRepository steps, Erasure erasure, Clock clock, ApplicationEventPublisher events) {
        this.rules = rules;
        this.participants = participants;
        this.requests = requests;
        this.steps = steps;
        this.erasure = erasure;
        this.clock = clock;
        this.events = events;
    }

    /** Months kept for each record type: the network's own rule or the default. */
    @Transactional(readOnly = true)
    public Map<RetentionRule.RecordType, Integer> months() {
        Map<RetentionRule.RecordType, Integer> months = new EnumMap<>(RetentionRule.RecordType.class);
        for (RetentionRule.RecordType t : RetentionRule.RecordType.values()) {
            months.put(t, t.defaultMonths());
        }
        rules.findAll().forEach(r -> months.put(r.getRecordType(), r.getKeepMonths()));
        return months;
    }

    @org.springframework.security.access.prepost.PreAuthorize("hasRole('HOST_MANAGER')")
    @Transactional
    public void setMonths(RetentionRule.RecordType type, int keepMonths) {
        if (keepMonths < 0 || keepMonths > 1200) {
            throw new IllegalArgumentException("keepMonths out of range");
        }
        RetentionRule rule = rules.findAllByOrderByRecordType().stream().filter(r -> r.getRecordType() == type).findFirst()
                .orElseGet(() -> new RetentionRule(type, keepMonths));
        rule.setKeepMonths(keepMonths);
        rules.save(rule);
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "RetentionRule", type.name(), "set",
                keepMonths + " months"));
    }

    /** Applies the current network's rules now; returns how many records were erased or deleted. */
    @Transactional
    public int apply() {
        Instant now = clock.instant();
        Map<RetentionRule.RecordType, Integer> months = months();
        int done = 0;
        done += eraseFinished(ParticipantStatus.DECLINED,
                RetentionPolicy.finishedBefore(now, months.get(RetentionRule.RecordType.DECLINED_APPLICATION)));
        done += eraseFinished(ParticipantStatus.LEFT,
                RetentionPolicy.finishedBefore(now, months.get(RetentionRule.RecordType.FORMER_PARTICIPANT)));
        Instant requestsBefore = RetentionPolicy.finishedBefore(now, months.get(RetentionRule.RecordType.CLOSED_DATA_REQUEST));
        for (DataRequest.Status status : new DataRequest.Status[] {DataRequest.Status.COMPLETED, DataRequest.Status.REFUSED}) {
            for (DataRequest r : requests.findByStatusAndClosedAtBefore(status, requestsBefore)) {
                steps.deleteByRequestId(r.getId());
                requests.delete(r);
                done++;
            }
        }
        if (done > 0) {
            events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "Retention", (String) null, "applied",
                    done + " records erased or deleted"));
        }
        return done;
    }

    private int eraseFinished(ParticipantStatus status, Instant before) {
        int count = 0;
        for (Participant p : participants.findByStatusAndStatusChangedAtBefore(status, before, PageRequest.of(0, BATCH))) {
            erasure.erase(p.getId());
            count++;
        }
        return count;
    }

}
