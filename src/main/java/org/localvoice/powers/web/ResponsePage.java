package org.localvoice.powers.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.localvoice.powers.domain.Channel;
import org.localvoice.powers.domain.Recommendation;
import org.localvoice.powers.domain.RecommendationResponse;
import org.localvoice.powers.domain.Report;
import org.localvoice.powers.domain.ReportRecipient;
import org.localvoice.powers.domain.Reports;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/** The page on which a recipient's responses to each recommendation are recorded, and the table of them. */
final class ResponsePage {

    /** One recommendation with each recipient's latest response (null where none yet). */
    record Row(Recommendation recommendation, List<Cell> cells) {
    }

    record Cell(ReportRecipient recipient, RecommendationResponse response) {
    }

    private ResponsePage() {
    }

    static List<Row> rows(Reports reports, UUID reportId) {
        List<ReportRecipient> recipients = reports.recipients(reportId);
        List<Map<UUID, RecommendationResponse>> latest = recipients.stream()
                .map(r -> reports.latest(reportId, r.getId())).toList();
        List<Row> rows = new ArrayList<>();
        for (Recommendation rec : reports.recommendations(reportId)) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < recipients.size(); i++) {
                cells.add(new Cell(recipients.get(i), latest.get(i).get(rec.getId())));
            }
            rows.add(new Row(rec, cells));
        }
        return rows;
    }

    static String show(Model model, Reports reports, Report report, ReportRecipient recipient, String base,
            boolean staff, MessageSource messages, Locale locale) {
        model.addAttribute("report", report);
        model.addAttribute("recipient", recipient);
        List<Recommendation> recommendations = reports.recommendations(report.getId());
        if (model.getAttribute("responseForm") instanceof ResponseForm form) {
            form.pad(recommendations.size());
        }
        model.addAttribute("recommendations", recommendations);
        model.addAttribute("answers", Option.of(RecommendationResponse.Answer.class, "powers.answer.", messages, locale));
        model.addAttribute("channels", Option.of(Channel.class, "powers.channel.", messages, locale));
        model.addAttribute("action", base + "/" + report.getId() + "/recipients/" + recipient.getId() + "/responses");
        model.addAttribute("backHref", staff ? base + "/" + report.getId() : base);
        model.addAttribute("staff", staff);
        return "powers/report-responses";
    }
}
