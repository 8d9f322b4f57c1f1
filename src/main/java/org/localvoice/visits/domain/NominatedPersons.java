package org.localvoice.visits.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.access.Accounts;
import org.localvoice.access.CurrentUser;
import org.localvoice.audit.AuditableChange;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's nominated persons: host managers nominate accounts or participants (and end nominations);
 * only a person nominated on the day may consider a representative's criminal records check.
 */
@Service
public class NominatedPersons {

    private final NominatedPersonRepository nominated;
    private final Accounts accounts;
    private final ParticipantPicker participants;
    private final ApplicationEventPublisher events;
    private final Today today;

    NominatedPersons(NominatedPersonRepository nominated, Accounts accounts, ParticipantPicker participants,
            ApplicationEventPublisher events, Today today) {
        this.nominated = nominated;
        this.accounts = accounts;
        this.participants = participants;
        this.events = events;
        this.today = today;
    }

    @Transactional(readOnly = true)
    public Page<NominatedPerson> current(Pageable page) {
        return nominated.findByEndedOnIsNullOrderByNameAsc(page);
    }

    @Transactional(readOnly = true)
    public Page<NominatedPerson> ended(Pageable page) {
        return nominated.findByEndedOnIsNotNullOrderByEndedOnDescNameAsc(page);
    }

    /** The signed-in person's nomination in force today: through their account, or the participant linked to it. */
    @Transactional(readOnly = true)
    public Optional<NominatedPerson> of(CurrentUser user) {
        var on = today.date();
        Optional<NominatedPerson> byAccount = nominated.findByAccountIdAndEndedOnIsNull(user.accountId()).stream()
                .filter(n -> n.currentOn(on)).findFirst();
        if (byAccount.isPresent()) {
            return byAccount;
        }
        return participants.forAccount(user.accountId())
                .flatMap(p -> nominated.findByParticipantIdAndEndedOnIsNull(p.id()).stream().filter(n -> n.currentOn(on)).findFirst());
    }

    @Transactional
    @PreAuthorize("hasRole('HOST_MANAGER')")
    public UUID nominateAccount(UUID accountId, CurrentUser by) {
        Accounts.AccountDetails a = accounts.details(TenantContext.requireNetwork(), accountId)
                .filter(Accounts.AccountDetails::enabled)
                .orElseThrow(() -> new RefusedException("visits.refused.nominee.unknownAccount"));
        if (!nominated.findByAccountIdAndEndedOnIsNull(accountId).isEmpty()) {
            throw new RefusedException("visits.refused.nominee.already", a.displayName());
        }
        return save(new NominatedPerson(accountId, null, a.displayName(), a.email(), today.date(), by.displayName()));
    }

    @Transactional
    @PreAuthorize("hasRole('HOST_MANAGER')")
    public UUID nominateParticipant(UUID participantId, CurrentUser by) {
        ParticipantPicker.Person p = participants.find(participantId)
                .orElseThrow(() -> new RefusedException("visits.refused.nominee.unknownParticipant"));
        if (!nominated.findByParticipantIdAndEndedOnIsNull(participantId).isEmpty()) {
            throw new RefusedException("visits.refused.nominee.already", p.name());
        }
        return save(new NominatedPerson(null, participantId, p.name(), p.email(), today.date(), by.displayName()));
    }

    @Transactional
    @PreAuthorize("hasRole('HOST_MANAGER')")
    public void end(UUID id, long version, CurrentUser by) {
        NominatedPerson n = nominated.findById(id).filter(x -> TenantContext.requireNetwork().equals(x.getNetworkId()))
                .orElseThrow(() -> new IllegalArgumentException("No nominated person " + id));
        if (n.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(NominatedPerson.class, id);
        }
        if (n.getEndedOn() != null) {
            throw new RefusedException("visits.refused.nominee.alreadyEnded");
        }
        n.end(today.date(), by.displayName());
        nominated.saveAndFlush(n);
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "NominatedPerson", id, "visits.nominee.ended", n.getName()));
    }

    @Transactional(readOnly = true)
    public Optional<NominatedPerson> find(UUID id) {
        return nominated.findById(id).filter(x -> TenantContext.requireNetwork().equals(x.getNetworkId()));
    }

    /** The participant's personal data was erased: their nominations end and lose the name and e-mail address. */
    @Transactional
    void participantErased(UUID participantId) {
        nominated.findByParticipantId(participantId).forEach(n -> {
            if (n.getEndedOn() == null) {
                n.end(today.date(), "-");
            }
            n.anonymise();
            nominated.saveAndFlush(n);
        });
    }

    /** For demo data: nominates accounts without a caller check; does nothing when the network has nominees. */
    void seed(List<NominatedPerson> people) {
        if (nominated.countByEndedOnIsNull() == 0) {
            nominated.saveAll(people);
        }
    }

    private UUID save(NominatedPerson n) {
        nominated.save(n);
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "NominatedPerson", n.getId(), "visits.nominee.nominated",
                n.getName()));
        return n.getId();
    }
}
