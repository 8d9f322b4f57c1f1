package org.localvoice.calendar.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.access.CurrentUser;
import org.localvoice.calendar.Deadline;
import org.localvoice.calendar.Duty;
import org.localvoice.calendar.DutyRule;
import org.localvoice.calendar.NetworkRuleSetChosen;
import org.localvoice.calendar.RuleSet;
import org.localvoice.calendar.RuleSetChoice;
import org.localvoice.calendar.StatutoryClock;
import org.localvoice.calendar.UnknownRuleSetException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rule sets and holidays come from memory; only a network's choice is read, by primary key, per call. */
@Service
class StatutoryClockService implements StatutoryClock {

    private final CachedWorkingDayCalendar calendar;
    private final RuleSetCatalogue catalogue;
    private final NetworkRuleSetRepository choices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StatutoryClockService(CachedWorkingDayCalendar calendar, RuleSetCatalogue catalogue,
            NetworkRuleSetRepository choices, ApplicationEventPublisher events, Clock clock) {
        this.calendar = calendar;
        this.catalogue = catalogue;
        this.choices = choices;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Deadline due(UUID networkId, Duty duty, LocalDate start) {
        return due(ruleSetOf(networkId), duty, start);
    }

    @Override
    public Deadline due(String ruleSetCode, Duty duty, LocalDate start) {
        return due(ruleSet(ruleSetCode), duty, start);
    }

    private Deadline due(RuleSet ruleSet, Duty duty, LocalDate start) {
        DutyRule rule = ruleSet.rule(duty).orElseThrow(
                () -> new UnknownRuleSetException(ruleSet.ref().name() + " has no rule for " + duty));
        return DeadlineArithmetic.compute(calendar.holidays(), ruleSet.ref(), rule, start);
    }

    @Override
    public List<RuleSet> ruleSets() {
        return catalogue.latestVersions();
    }

    @Override
    public RuleSet ruleSet(String code) {
        return catalogue.latest(code).orElseThrow(() -> new UnknownRuleSetException("No rule set " + code));
    }

    @Override
    public RuleSet ruleSetOf(UUID networkId) {
        return choices.findById(networkId).flatMap(c -> catalogue.byId(c.getRuleSetId()))
                .orElseGet(catalogue::defaultRuleSet);
    }

    @Override
    public Optional<RuleSetChoice> choiceOf(UUID networkId) {
        return choices.findById(networkId).flatMap(c -> catalogue.byId(c.getRuleSetId())
                .map(r -> new RuleSetChoice(networkId, r, c.getChosenAt(), c.getChosenBy())));
    }

    @Override
    public String defaultRuleSetCode() {
        return catalogue.defaultCode();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('HOST_MANAGER')")
    public RuleSet chooseRuleSet(UUID networkId, UUID ruleSetId) {
        CurrentUser user = CurrentUser.get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (!networkId.equals(user.networkId())) {
            throw new AccessDeniedException("Another network's rule set");
        }
        RuleSet chosen = catalogue.byId(ruleSetId)
                .orElseThrow(() -> new UnknownRuleSetException("No rule set " + ruleSetId));
        NetworkRuleSet choice = choices.findById(networkId).orElseGet(() -> new NetworkRuleSet(networkId));
        choice.choose(ruleSetId, clock.instant(), user.email());
        choices.save(choice);
        events.publishEvent(new NetworkRuleSetChosen(networkId, chosen.ref().code(), chosen.ref().version(),
                user.email()));
        return chosen;
    }
}
