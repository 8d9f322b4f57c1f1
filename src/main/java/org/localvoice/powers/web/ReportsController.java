package org.localvoice.powers.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.localvoice.directory.Directory;
import org.localvoice.directory.ProviderSummary;
import org.localvoice.feedback.Impacts;
import org.localvoice.powers.CaseKind;
import org.localvoice.powers.domain.CaseEvents;
import org.localvoice.powers.domain.Channel;
import org.localvoice.powers.domain.ClockViews;
import org.localvoice.powers.domain.Clocks;
import org.localvoice.powers.domain.DecisionGate;
import org.localvoice.powers.domain.DecisionMissingException;
import org.localvoice.powers.domain.NewReport;
import org.localvoice.powers.domain.NewResponse;
import org.localvoice.powers.domain.PowerUse;
import org.localvoice.powers.domain.RecommendationResponse;
import org.localvoice.powers.domain.Report;
import org.localvoice.powers.domain.ReportRecipient;
import org.localvoice.powers.domain.Reports;
import org.localvoice.powers.domain.SignOffMissingException;
import org.localvoice.shared.PageRequestParams;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff pages of reports and recommendations: draft under a decision, send after sign-off, record responses. */
@Controller
@RequestMapping("/manage/powers/reports")
class ReportsController {

    private static final String BASE = "/manage/powers/reports";

    private final Reports reports;
    private final ClockViews clocks;
    private final Clocks time;
    private final CaseEvents events;
    private final DecisionGate decisions;
    private final MessageSource messages;
    private final Impacts impacts;
    private final EvidencePicker evidencePicker;
    private final Directory directory;

    ReportsController(Reports reports, ClockViews clocks, Clocks time, CaseEvents events, DecisionGate decisions,
            MessageSource messages, Impacts impacts, EvidencePicker evidencePicker, Directory directory) {
        this.impacts = impacts;
        this.evidencePicker = evidencePicker;
        this.directory = directory;
        this.reports = reports;
        this.clocks = clocks;
        this.time = time;
        this.events = events;
        this.decisions = decisions;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        Paging.add(model, reports.list(PageRequestParams.of(page, null, Sort.unsorted())), BASE);
        return "powers/reports";
    }

    @GetMapping("/new")
    String form(Model model) {
        ReportForm form = new ReportForm();
        model.addAttribute("reportForm", form);
        return newPage(model, form);
    }

    /**
     * Saves the draft; with {@code find}, instead searches the care directory for recipients and shows the
     * form again as typed, the providers found offered as boxes to tick (no script needed).
     */
    @PostMapping
    String draft(@ModelAttribute("reportForm") ReportForm form, BindingResult errors,
            @RequestParam(required = false) String find, Model model, RedirectAttributes redirect) {
        if (find != null) {
            return newPage(model, form);
        }
        NewReport checked = form.check(errors, evidencePicker, directory);
        if (checked == null) {
            return newPage(model, form);
        }
        try {
            Report report = reports.draft(checked);
            redirect.addFlashAttribute("saved", "powers.report.drafted");
            return "redirect:" + BASE + "/" + report.getId();
        } catch (DecisionMissingException e) {
            errors.rejectValue("decisionId", e.messageKey(), new Object[] {e.letter()}, null);
            return newPage(model, form);
        }
    }

    @GetMapping("/{reportId}")
    String show(@PathVariable UUID reportId, Model model) {
        Report report = report(reportId);
        if (!model.containsAttribute("reasonForm")) {
            ReasonForm send = new ReasonForm();
            send.setOn(Dates.format(time.today()));
            model.addAttribute("reasonForm", send);
        }
        model.addAttribute("report", report);
        model.addAttribute("signedOff", reports.signOffOf(report) != null);
        model.addAttribute("recommendations", reports.recommendations(reportId));
        model.addAttribute("evidence", reports.evidence(reportId));
        model.addAttribute("recipients", reports.recipients(reportId));
        model.addAttribute("responses", responses(reportId));
        model.addAttribute("clocks", clocks.of(CaseKind.REPORT, reportId));
        model.addAttribute("events", events.of(CaseKind.REPORT, reportId));
        model.addAttribute("outcomeBase", BASE + "/" + reportId + "/recipients/");
        return "powers/report";
    }

    @PostMapping("/{reportId}/send")
    String send(@PathVariable UUID reportId, @ModelAttribute("reasonForm") ReasonForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        report(reportId);
        LocalDate on = FormChecks.date(errors, "on", form.getOn(), time.today());
        if (on == null) {
            return show(reportId, model);
        }
        try {
            reports.send(reportId, on);
        } catch (SignOffMissingException e) {
            model.addAttribute("refused", messages.getMessage("powers.error.signOff", null, locale));
            return show(reportId, model);
        } catch (IllegalStateException e) {
            model.addAttribute("refused", messages.getMessage("powers.error.alreadySent", null, locale));
            return show(reportId, model);
        }
        redirect.addFlashAttribute("saved", "powers.report.sent");
        return "redirect:" + BASE + "/" + reportId;
    }

    @GetMapping("/{reportId}/recipients/{recipientId}/responses")
    String responsesPage(@PathVariable UUID reportId, @PathVariable UUID recipientId, Model model, Locale locale) {
        if (!model.containsAttribute("responseForm")) {
            model.addAttribute("responseForm", new ResponseForm());
        }
        return ResponsePage.show(model, reports, report(reportId), recipient(reportId, recipientId), BASE, true,
                messages, locale);
    }

    @PostMapping("/{reportId}/recipients/{recipientId}/responses")
    String respond(@PathVariable UUID reportId, @PathVariable UUID recipientId,
            @ModelAttribute("responseForm") ResponseForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        Report report = report(reportId);
        ReportRecipient recipient = recipient(reportId, recipientId);
        List<NewResponse> given = form.check(errors, reports.recommendations(reportId), time.today(), null, null);
        if (given == null) {
            return ResponsePage.show(model, reports, report, recipient, BASE, true, messages, locale);
        }
        reports.respond(reportId, recipientId, given);
        redirect.addFlashAttribute("saved", "powers.report.responded");
        return "redirect:" + BASE + "/" + reportId;
    }

    /** Whether a promised change happened: recorded at or after the review date the recipient gave. */
    @GetMapping("/{reportId}/recipients/{recipientId}/recommendations/{recommendationId}/outcome")
    String outcomePage(@PathVariable UUID reportId, @PathVariable UUID recipientId, @PathVariable UUID recommendationId,
            Model model, Locale locale) {
        RecommendationResponse response = response(reportId, recipientId, recommendationId);
        OutcomeForm form = new OutcomeForm();
        form.setOn(Dates.format(time.today()));
        if (response.getChangeOutcome() != null) {
            form.setOutcome(response.getChangeOutcome().name());
            form.setNote(response.getOutcomeNote());
            form.setImpactId(response.getImpactId() == null ? null : response.getImpactId().toString());
        }
        model.addAttribute("outcomeForm", form);
        return outcomeView(reportId, recipientId, recommendationId, response, model, locale);
    }

    @PostMapping("/{reportId}/recipients/{recipientId}/recommendations/{recommendationId}/outcome")
    String recordOutcome(@PathVariable UUID reportId, @PathVariable UUID recipientId, @PathVariable UUID recommendationId,
            @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        RecommendationResponse response = response(reportId, recipientId, recommendationId);
        RecommendationResponse.ChangeOutcome outcome = form.check(errors, time.today(), response.getReviewOn());
        UUID impact = errors.hasFieldErrors("impactId") ? null : form.impact();
        if (impact != null && impacts.impact(impact).isEmpty()) {
            errors.rejectValue("impactId", "powers.error.impactId.unknown");
        }
        if (errors.hasErrors()) {
            return outcomeView(reportId, recipientId, recommendationId, response, model, locale);
        }
        RecommendationResponse saved = reports.recordOutcome(reportId, recipientId, recommendationId, outcome,
                FormChecks.clean(form.getNote()), impact, form.date());
        if (impact != null) {
            impacts.linkRecommendationOutcome(impact, saved.getId());
        }
        redirect.addFlashAttribute("saved", "powers.outcome.saved");
        return "redirect:" + BASE + "/" + reportId;
    }

    private String outcomeView(UUID reportId, UUID recipientId, UUID recommendationId, RecommendationResponse response,
            Model model, Locale locale) {
        model.addAttribute("report", report(reportId));
        model.addAttribute("recipient", recipient(reportId, recipientId));
        model.addAttribute("recommendation", reports.recommendations(reportId).stream()
                .filter(r -> r.getId().equals(recommendationId)).findFirst().orElseThrow());
        model.addAttribute("response", response);
        model.addAttribute("impact", response.getImpactId() == null ? null : impacts.impact(response.getImpactId()).orElse(null));
        model.addAttribute("outcomes", Option.of(RecommendationResponse.ChangeOutcome.class, "powers.outcome.", messages, locale));
        model.addAttribute("action", BASE + "/" + reportId + "/recipients/" + recipientId + "/recommendations/"
                + recommendationId + "/outcome");
        return "powers/report-outcome";
    }

    private RecommendationResponse response(UUID reportId, UUID recipientId, UUID recommendationId) {
        report(reportId);
        recipient(reportId, recipientId);
        return reports.latest(reportId, recipientId, recommendationId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private List<ResponsePage.Row> responses(UUID reportId) {
        return ResponsePage.rows(reports, reportId);
    }

    private Report report(UUID id) {
        return reports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private ReportRecipient recipient(UUID reportId, UUID recipientId) {
        return reports.recipient(reportId, recipientId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String newPage(Model model, ReportForm form) {
        model.addAttribute("decisionOptions", decisions.options(PowerUse.REPORT_TO_PROVIDER).stream()
                .map(o -> new Option(o.id().toString(), o.label())).toList());
        List<ProviderSummary> chosen = form.chosenProviders(directory);
        model.addAttribute("chosenProviders", chosen);
        String q = form.getQ();
        if (q != null && !q.isBlank() && q.length() <= 200) {
            List<UUID> ids = chosen.stream().map(ProviderSummary::id).toList();
            model.addAttribute("found", directory.searchProviders(q.strip(), null, PageRequest.of(0, 10)).getContent()
                    .stream().filter(p -> !ids.contains(p.id())).toList());
        }
        return "powers/report-new";
    }
}
