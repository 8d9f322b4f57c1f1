package org.localvoice.membership.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.localvoice.audit.AuditableChange;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voluntary equality monitoring: anonymous answers, the local population profile a host manager
 * enters, and the aggregate report comparing the two with small numbers suppressed.
 */
@Service
public class EqualityMonitoring {

    /** Counts below this are shown as "fewer than 5". */
    public static final int THRESHOLD = 5;

    private final EqualityAnswerRepository answers;
    private final PopulationShareRepository population;
    private final ApplicationEventPublisher events;

    EqualityMonitoring(EqualityAnswerRepository answers, PopulationShareRepository population, ApplicationEventPublisher events) {
        this.answers = answers;
        this.population = population;
        this.events = events;
    }

    /** One row of the report: the suppressed cell, its share of the question's answers and the population's share. */
    public record Row(SmallNumberSuppression.Cell cell, BigDecimal sharePercent, BigDecimal populationPercent,
            boolean underRepresented) {
    }

    public record QuestionReport(EqualityQuestion question, List<Row> rows, long total, boolean totalShown) {
    }

    /** Records one person's answers, with nothing that links them to the person. Unknown answers are ignored. */
    @Transactional
    public void record(Map<EqualityQuestion, String> given) {
        int year = Year.now().getValue();
        given.forEach((question, answer) -> {
            if (question.accepts(answer)) {
                answers.save(new EqualityAnswer(question, answer, year));
            }
        });
    }

    @Transactional(readOnly = true)
    public List<QuestionReport> report() {
        Map<EqualityQuestion, Map<String, Long>> counts = new EnumMap<>(EqualityQuestion.class);
        for (EqualityQuestion q : EqualityQuestion.values()) {
            Map<String, Long> zero = new LinkedHashMap<>();
            q.answers().forEach(a -> zero.put(a, 0L));
            counts.put(q, zero);
        }
        for (Object[] row : answers.countByQuestionAndAnswer()) {
            Map<String, Long> q = counts.get((EqualityQuestion) row[0]);
            if (q.containsKey((String) row[1])) {
                q.put((String) row[1], ((Number) row[2]).longValue());
            }
        }
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        population.findAll().forEach(p -> shares.put(p.getQuestion() + "/" + p.getCategory(), p.getSharePercent()));
        List<QuestionReport> reports = new ArrayList<>();
        counts.forEach((question, byAnswer) -> {
            SmallNumberSuppression.Table table = SmallNumberSuppression.apply(byAnswer, THRESHOLD);
            List<Row> rows = table.cells().stream().map(cell -> row(question, cell, table, shares)).toList();
            reports.add(new QuestionReport(question, rows, table.total(), table.totalShown()));
        });
        return reports;
    }

    private static Row row(EqualityQuestion q, SmallNumberSuppression.Cell cell, SmallNumberSuppression.Table table,
            Map<String, BigDecimal> shares) {
        BigDecimal pop = shares.get(q + "/" + cell.category());
        BigDecimal share = null;
        boolean under = false;
        if (table.totalShown() && table.total() > 0) {
            BigDecimal total = BigDecimal.valueOf(table.total());
            if (cell.visible()) {
                share = BigDecimal.valueOf(cell.count() * 100).divide(total, 1, RoundingMode.HALF_UP);
                under = pop != null && share.compareTo(pop.multiply(BigDecimal.valueOf(0.75))) < 0;
            } else if (cell.shown() == SmallNumberSuppression.Shown.FEWER_THAN && pop != null) {
                BigDecimal upperBound = BigDecimal.valueOf((THRESHOLD - 1) * 100L).divide(total, 1, RoundingMode.HALF_UP);
                under = upperBound.compareTo(pop.multiply(BigDecimal.valueOf(0.75))) < 0;
            }
        }
        return new Row(cell, share, pop, under);
    }

    @Transactional(readOnly = true)
    public List<PopulationShare> populationProfile() {
        return population.findAllByOrderByQuestionAscCategoryAsc();
    }

    /** A host manager sets the population share of one category, from a named source and year. */
    @Transactional
    public void setPopulationShare(EqualityQuestion question, String category, BigDecimal percent, String source, int year) {
        if (!question.categories().contains(category)) {
            throw new IllegalArgumentException("No category " + category + " for " + question);
        }
        PopulationShare share = population.findByQuestionAndCategory(question, category)
                .orElseGet(() -> new PopulationShare(question, category));
        share.set(percent, source.strip(), year);
        population.save(share);
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "PopulationShare", question + "/" + category,
                "set", percent + "% (" + source.strip() + ", " + year + ")"));
    }

    /** Demo answers: made-up respondents of a made-up network, not census data. */
    @Transactional
    void loadDemoAnswers() {
        String[][] people = {
            {"AGE_65_74", "FEMALE", "WHITE", "DISABLED", "CARER"}, {"AGE_50_64", "FEMALE", "WHITE", "NOT_DISABLED", "CARER"},
            {"AGE_35_49", "MALE", "ASIAN", "NOT_DISABLED", "NOT_CARER"}, {"AGE_75_PLUS", "FEMALE", "WHITE", "DISABLED", "NOT_CARER"},
            {"AGE_25_34", "FEMALE", "BLACK", "NOT_DISABLED", "NOT_CARER"}, {"AGE_65_74", "MALE", "WHITE", "NOT_DISABLED", "CARER"},
            {"AGE_50_64", "MALE", "WHITE", "DISABLED", "NOT_CARER"}, {"AGE_65_74", "FEMALE", "WHITE", "NOT_DISABLED", "NOT_CARER"},
            {"AGE_50_64", "FEMALE", "ASIAN", "NOT_DISABLED", "CARER"}, {"AGE_75_PLUS", "MALE", "WHITE", "DISABLED", "NOT_CARER"},
            {"AGE_35_49", "FEMALE", "WHITE", "NOT_DISABLED", "NOT_CARER"}, {"AGE_65_74", "FEMALE", "MIXED", "NOT_DISABLED", "NOT_CARER"},
            {"AGE_50_64", "FEMALE", "WHITE", "DISABLED", "CARER"}, {"AGE_65_74", "MALE", "WHITE", "NOT_DISABLED", "NOT_CARER"},
            {"AGE_18_24", "FEMALE", "ASIAN", "NOT_DISABLED", "NOT_CARER"}, {"AGE_50_64", "MALE", "WHITE", "NOT_DISABLED", "NOT_CARER"},
            {"AGE_65_74", "FEMALE", "WHITE", "DISABLED", "NOT_CARER"}, {"AGE_75_PLUS", "FEMALE", "WHITE", "NOT_DISABLED", "CARER"},
        };
        for (String[] p : people) {
            Map<EqualityQuestion, String> given = new EnumMap<>(EqualityQuestion.class);
            EqualityQuestion[] qs = EqualityQuestion.values();
            for (int i = 0; i < qs.length; i++) {
                given.put(qs[i], p[i]);
            }
            record(given);
        }
    }
}
