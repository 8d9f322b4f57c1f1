package org.localvoice.powers.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.localvoice.access.CurrentUser;
import org.localvoice.directory.Directory;
import org.localvoice.directory.ProviderSummary;
import org.localvoice.powers.CaseKind;
import org.localvoice.powers.domain.CaseStatus;
import org.localvoice.powers.domain.Channel;
import org.localvoice.powers.domain.ClockViews;
import org.localvoice.powers.domain.Clocks;
import org.localvoice.powers.domain.InformationRequest;
import org.localvoice.powers.domain.InformationRequests;
import org.localvoice.powers.domain.NewReply;
import org.localvoice.powers.domain.NewResponse;
import org.localvoice.powers.domain.Report;
import org.localvoice.powers.domain.ReportRecipient;
import org.localvoice.powers.domain.ReplyKind;
import org.localvoice.powers.domain.Reports;
import org.localvoice.powers.domain.WithheldReason;
import org.localvoice.shared.PageRequestParams;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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

/**
 * Service responders answer, through the product, the requests and reports sent to the providers
 * their account is linked to; an answer given here is timestamped as received today. Another
 * provider's case gives 404.
 */
@Controller
@RequestMapping("/respond")
@PreAuthorize("hasRole('SERVICE_RESPONDER')")
class RespondController {

    private static final String BASE = "/respond";

    private final Directory directory;
    private final InformationRequests requests;
    private final Reports reports;
    private final ClockViews clocks;
    private final Clocks time;
    private final MessageSource messages;

    RespondController(Directory directory, InformationRequests requests, Reports reports, ClockViews clocks,
            Clocks time, MessageSource messages) {
        this.directory = directory;
        this.requests = requests;
        this.reports = reports;
        this.clocks = clocks;
        this.time = time;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        List<UUID> providers = providers();
        var paging = PageRequestParams.of(page, null, Sort.unsorted());
        Paging.add(model, requests.toProviders(providers.isEmpty() ? List.of(new UUID(0, 0)) : providers, paging), BASE);
        model.addAttribute("recipients", providers.isEmpty() ? List.of()
                : reports.recipientsAmong(providers, PageRequestParams.of(0, 100, Sort.unsorted())).getContent());
        model.addAttribute("providerNames", directory.providersOfResponder(me()).stream().map(ProviderSummary::name).toList());
        return "powers/respond";
    }

    @GetMapping("/requests/{requestId}")
    String request(@PathVariable UUID requestId, Model model, Locale locale) {
        InformationRequest request = mine(requestId);
        if (!model.containsAttribute("replyForm")) {
            model.addAttribute("replyForm", new ReplyForm());
        }
        model.addAttribute("request", request);
        model.addAttribute("clocks", clocks.of(CaseKind.INFORMATION_REQUEST, requestId));
        model.addAttribute("replies", requests.replies(requestId));
        model.addAttribute("replyKinds", Option.of(ReplyKind.class, "powers.replyKind.", messages, locale).stream()
                .filter(o -> !o.value().equals("UPDATE")).toList());
        model.addAttribute("withheldReasons", Option.of(WithheldReason.class, "powers.withheld.", messages, locale));
        return "powers/respond-request";
    }

    @PostMapping("/requests/{requestId}/replies")
    String reply(@PathVariable UUID requestId, @ModelAttribute("replyForm") ReplyForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        mine(requestId);
        NewReply reply = form.check(errors, time.today(), Channel.PORTAL, time.today());
        if (reply == null) {
            return request(requestId, model, locale);
        }
        try {
            requests.reply(requestId, reply);
        } catch (IllegalStateException e) {
            model.addAttribute("refused", messages.getMessage("powers.error.noAnswerAwaited", null, locale));
            return request(requestId, model, locale);
        }
        redirect.addFlashAttribute("saved", "powers.reply.saved");
        return "redirect:" + BASE + "/requests/" + requestId;
    }

    @GetMapping("/reports/{reportId}/recipients/{recipientId}/responses")
    String responses(@PathVariable UUID reportId, @PathVariable UUID recipientId, Model model, Locale locale) {
        Report report = sentReport(reportId);
        if (!model.containsAttribute("responseForm")) {
            model.addAttribute("responseForm", new ResponseForm());
        }
        return ResponsePage.show(model, reports, report, myRecipient(reportId, recipientId), BASE + "/reports", false,
                messages, locale);
    }

    @PostMapping("/reports/{reportId}/recipients/{recipientId}/responses")
    String respond(@PathVariable UUID reportId, @PathVariable UUID recipientId,
            @ModelAttribute("responseForm") ResponseForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        Report report = sentReport(reportId);
        ReportRecipient recipient = myRecipient(reportId, recipientId);
        List<NewResponse> given = form.check(errors, reports.recommendations(reportId), time.today(), Channel.PORTAL,
                time.today());
        if (given == null) {
            return ResponsePage.show(model, reports, report, recipient, BASE + "/reports", false, messages, locale);
        }
        reports.respond(reportId, recipientId, given);
        redirect.addFlashAttribute("saved", "powers.report.responded");
        return "redirect:" + BASE;
    }

    private InformationRequest mine(UUID requestId) {
        return requests.find(requestId).filter(r -> r.getRecipientProviderId() != null
                && providers().contains(r.getRecipientProviderId())).orElseThrow(RespondController::notFound);
    }

    private Report sentReport(UUID reportId) {
        return reports.find(reportId).filter(r -> r.getStatus() != CaseStatus.DRAFT).orElseThrow(RespondController::notFound);
    }

    private ReportRecipient myRecipient(UUID reportId, UUID recipientId) {
        return reports.recipient(reportId, recipientId).filter(r -> r.getProviderId() != null
                && providers().contains(r.getProviderId())).orElseThrow(RespondController::notFound);
    }

    private List<UUID> providers() {
        return directory.providersOfResponder(me()).stream().map(ProviderSummary::id).toList();
    }

    private static UUID me() {
        return CurrentUser.get().map(CurrentUser::accountId).orElseThrow(RespondController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
