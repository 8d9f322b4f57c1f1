package org.localvoice.visits.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.localvoice.visits.domain.EntryOutcome;
import org.localvoice.visits.domain.Observation;
import org.localvoice.visits.domain.Visit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Pre-fills a report's sections from the plan and the submitted observations, in the reader's language. */
@Component
class ReportDrafts {

    private final MessageSource messages;

    ReportDrafts(MessageSource messages) {
        this.messages = messages;
    }

    ReportForm prefill(Visit v, List<Observation> observations, Map<UUID, String> names, Locale locale) {
        ReportForm f = new ReportForm();
        f.setVersion(v.getVersion());
        if (v.getReport().getSummary() != null) {
            f.setSummary(v.getReport().getSummary());
            f.setFindings(v.getReport().getFindings());
            f.setRecommendations(v.getReport().getRecommendations());
            return f;
        }
        f.setSummary(msg("visits.report.prefill.summary", locale, v.getPremisesName(), v.getVisitOn().toString(),
                msg(v.isAnnounced() ? "visits.announced" : "visits.unannounced", locale), v.getPurpose()));
        StringBuilder findings = new StringBuilder();
        int residents = 0;
        int staff = 0;
        int relatives = 0;
        for (Observation o : observations) {
            if (!o.submitted()) {
                continue;
            }
            if (o.getEntry() != null && o.getEntry() != EntryOutcome.GRANTED) {
                findings.append(msg("visits.report.prefill.entry", locale, msg("visits.entry." + o.getEntry().name(), locale),
                        msg("visits.ground." + o.getRefusalGround().name(), locale))).append("\n\n");
            }
            if (o.getSeenAndHeard() != null) {
                findings.append(o.getSeenAndHeard()).append("\n\n");
            }
            residents += o.getResidentsSpoken() == null ? 0 : o.getResidentsSpoken();
            staff += o.getStaffSpoken() == null ? 0 : o.getStaffSpoken();
            relatives += o.getRelativesSpoken() == null ? 0 : o.getRelativesSpoken();
        }
        findings.append(msg("visits.report.prefill.spokenTo", locale, residents, staff, relatives));
        f.setFindings(findings.toString());
        return f;
    }

    private String msg(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
