package org.localvoice.calendar.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.localvoice.calendar.DutyRule;
import org.localvoice.calendar.RuleSet;
import org.localvoice.calendar.RuleSetRef;
import org.localvoice.calendar.UnknownRuleSetException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Every rule set version, held in memory: they change only with a release (a new migration). */
@Component
class RuleSetCatalogue {

    private final RuleSetRecordRepository ruleSets;
    private final DutyRuleRecordRepository rules;
    private final String defaultCode;
    private volatile Map<UUID, RuleSet> byId;

    RuleSetCatalogue(RuleSetRecordRepository ruleSets, DutyRuleRecordRepository rules,
            @Value("${localvoice.calendar.default-rule-set:links-2008}") String defaultCode) {
        this.ruleSets = ruleSets;
        this.rules = rules;
        this.defaultCode = defaultCode;
    }

    String defaultCode() {
        return defaultCode;
    }

    Optional<RuleSet> byId(UUID id) {
        return Optional.ofNullable(all().get(id));
    }

    /** The latest version of the rule set with this code. */
    Optional<RuleSet> latest(String code) {
        return all().values().stream().filter(r -> r.ref().code().equals(code))
                .max(Comparator.comparingInt(r -> r.ref().version()));
    }

    RuleSet defaultRuleSet() {
        return latest(defaultCode).orElseThrow(() -> new UnknownRuleSetException("No default rule set " + defaultCode));
    }

    /** The latest version of every rule set: the default first, then by name. */
    List<RuleSet> latestVersions() {
        return all().values().stream()
                .collect(Collectors.toMap(r -> r.ref().code(), Function.identity(),
                        (a, b) -> a.ref().version() >= b.ref().version() ? a : b))
                .values().stream()
                .sorted(Comparator.comparing((RuleSet r) -> !r.ref().code().equals(defaultCode))
                        .thenComparing(r -> r.ref().name()))
                .toList();
    }

    private Map<UUID, RuleSet> all() {
        Map<UUID, RuleSet> loaded = byId;
        if (loaded == null) {
            loaded = load();
            byId = loaded;
        }
        return loaded;
    }

    private Map<UUID, RuleSet> load() {
        Map<UUID, List<DutyRule>> rulesBySet = rules.findAll().stream().collect(Collectors.groupingBy(
                DutyRuleRecord::getRuleSetId, Collectors.mapping(DutyRuleRecord::toRule,
                        Collectors.collectingAndThen(Collectors.toList(),
                                l -> l.stream().sorted(Comparator.comparing(DutyRule::duty)).toList()))));
        return ruleSets.findAll().stream().collect(Collectors.toUnmodifiableMap(RuleSetRecord::getId,
                r -> new RuleSet(new RuleSetRef(r.getId(), r.getCode(), r.getName(), r.getVersion()),
                        r.getEffectiveFrom(), r.getDescription(), rulesBySet.getOrDefault(r.getId(), List.of()))));
    }
}
