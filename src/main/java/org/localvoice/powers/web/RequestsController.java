package org.localvoice.powers.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.localvoice.powers.CaseKind;
import org.localvoice.powers.domain.CaseEvents;
import org.localvoice.powers.domain.Channel;
import org.localvoice.powers.domain.ClockViews;
import org.localvoice.powers.domain.Clocks;
import org.localvoice.powers.domain.DecisionGate;
import org.localvoice.powers.domain.DecisionMissingException;
import org.localvoice.powers.domain.InformationRequest;
import org.localvoice.powers.domain.InformationRequests;
import org.localvoice.powers.domain.NewInformationRequest;
import org.localvoice.powers.domain.NewReply;
import org.localvoice.powers.domain.PowerUse;
import org.localvoice.powers.domain.ReplyKind;
import org.localvoice.powers.domain.WithheldReason;
import org.localvoice.shared.PageRequestParams;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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

/** Staff pages of requests for information: list, open under a decision, record replies, correct, re-open, close. */
@Controller
@RequestMapping("/manage/powers/requests")
class RequestsController {

    private static final String BASE = "/manage/powers/requests";

    private final InformationRequests requests;
    private final ClockViews clocks;
    private final Clocks time;
    private final CaseEvents events;
    private final DecisionGate decisions;
    private final MessageSource messages;
    private final org.localvoice.directory.Directory directory;

    RequestsController(InformationRequests requests, ClockViews clocks, Clocks time, CaseEvents events,
            DecisionGate decisions, MessageSource messages, org.localvoice.directory.Directory directory) {
        this.directory = directory;
        this.requests = requests;
        this.clocks = clocks;
        this.time = time;
        this.events = events;
        this.decisions = decisions;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        Paging.add(model, requests.list(PageRequestParams.of(page, null, Sort.unsorted())), BASE);
        return "powers/requests";
    }

    /**
     * The form; {@code q} searches the directory's providers and commissioners for the recipient, and
     * {@code providerId} fills the recipient in from the one chosen (plain links, no script needed).
     */
    @GetMapping("/new")
    String form(@RequestParam(required = false) String q, @RequestParam(required = false) UUID providerId, Model model,
            Locale locale) {
        RequestForm form = new RequestForm();
        form.setSentOn(Dates.format(time.today()));
        form.setReceivedOn(Dates.format(time.today()));
        if (providerId != null) {
            directory.provider(providerId).ifPresent(p -> {
                form.setRecipientName(p.name());
                form.setRecipientProviderId(p.id().toString());
                form.setRecipientEmail(p.email());
            });
        }
        if (q != null && !q.isBlank() && q.length() <= 200) {
            model.addAttribute("found", directory.searchProviders(q.strip(), null,
                    org.springframework.data.domain.PageRequest.of(0, 10)).getContent());
        }
        model.addAttribute("q", q);
        model.addAttribute("requestForm", form);
        return newPage(model, locale);
    }

    @PostMapping
    String open(@ModelAttribute("requestForm") RequestForm form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        NewInformationRequest checked = form.check(errors, time.today());
        if (checked == null) {
            return newPage(model, locale);
        }
        try {
            InformationRequest opened = requests.open(checked);
            redirect.addFlashAttribute("saved", "powers.request.opened");
            return "redirect:" + BASE + "/" + opened.getId();
        } catch (DecisionMissingException e) {
            errors.rejectValue("decisionId", e.messageKey(), new Object[] {e.letter()}, null);
            return newPage(model, locale);
        }
    }

    @GetMapping("/{requestId}")
    String show(@PathVariable UUID requestId, Model model, Locale locale) {
        InformationRequest request = request(requestId);
        model.addAttribute("replyForm", new ReplyForm());
        return page(request, model, locale);
    }

    @PostMapping("/{requestId}/replies")
    String reply(@PathVariable UUID requestId, @ModelAttribute("replyForm") ReplyForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        InformationRequest request = request(requestId);
        NewReply reply = form.check(errors, time.today(), null, null);
        if (reply == null) {
            return pageWith(request, model, locale);
        }
        try {
            requests.reply(requestId, reply);
        } catch (IllegalStateException e) {
            model.addAttribute("refused", messages.getMessage("powers.error.noAnswerAwaited", null, locale));
            return pageWith(request, model, locale);
        }
        redirect.addFlashAttribute("saved", "powers.reply.saved");
        return "redirect:" + BASE + "/" + requestId;
    }

    @GetMapping("/{requestId}/reopen")
    String reopenPage(@PathVariable UUID requestId, Model model) {
        InformationRequest request = request(requestId);
        return reasonPage(model, request, "powers.reopen.heading", "/reopen");
    }

    @PostMapping("/{requestId}/reopen")
    String reopen(@PathVariable UUID requestId, @ModelAttribute("reasonForm") ReasonForm form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        InformationRequest request = request(requestId);
        LocalDate on = form.check(errors, time.today());
        if (on == null) {
            return reasonPage(model, request, "powers.reopen.heading", "/reopen");
        }
        try {
            requests.reopen(requestId, on, form.getReason().strip());
        } catch (IllegalStateException e) {
            model.addAttribute("refused", messages.getMessage("powers.error.stillRunning", null, locale));
            return reasonPage(model, request, "powers.reopen.heading", "/reopen");
        }
        redirect.addFlashAttribute("saved", "powers.request.reopened");
        return "redirect:" + BASE + "/" + requestId;
    }

    @GetMapping("/{requestId}/close")
    String closePage(@PathVariable UUID requestId, Model model) {
        InformationRequest request = request(requestId);
        return reasonPage(model, request, "powers.close.heading", "/close");
    }

    @PostMapping("/{requestId}/close")
    String close(@PathVariable UUID requestId, @ModelAttribute("reasonForm") ReasonForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        InformationRequest request = request(requestId);
        LocalDate on = form.check(errors, time.today());
        if (on == null) {
            return reasonPage(model, request, "powers.close.heading", "/close");
        }
        requests.close(requestId, on, form.getReason().strip());
        redirect.addFlashAttribute("saved", "powers.request.closed");
        return "redirect:" + BASE + "/" + requestId;
    }

    @GetMapping("/{requestId}/edit")
    String edit(@PathVariable UUID requestId, Model model) {
        InformationRequest request = request(requestId);
        RequestForm form = new RequestForm();
        form.setSubject(request.getSubject());
        form.setQuestions(request.getQuestions());
        form.setVersion(request.getVersion());
        model.addAttribute("requestForm", form);
        model.addAttribute("request", request);
        return "powers/request-edit";
    }

    @PostMapping("/{requestId}/edit")
    String save(@PathVariable UUID requestId, @ModelAttribute("requestForm") RequestForm form, BindingResult errors,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        InformationRequest request = request(requestId);
        model.addAttribute("request", request);
        form.checkDetails(errors);
        if (errors.hasErrors()) {
            return "powers/request-edit";
        }
        try {
            requests.edit(requestId, form.getVersion(), form.getSubject().strip(), form.questionList());
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            InformationRequest current = request(requestId);
            model.addAttribute("stale", true);
            model.addAttribute("request", current);
            form.setVersion(current.getVersion());
            return "powers/request-edit";
        }
        redirect.addFlashAttribute("saved", "powers.request.edited");
        return "redirect:" + BASE + "/" + requestId;
    }

    @GetMapping("/{requestId}/events/{eventId}/correction")
    String correctionPage(@PathVariable UUID requestId, @PathVariable UUID eventId, Model model) {
        InformationRequest request = request(requestId);
        model.addAttribute("correcting", event(requestId, eventId));
        return reasonPage(model, request, "powers.correct.heading", "/events/" + eventId + "/correction");
    }

    @PostMapping("/{requestId}/events/{eventId}/correction")
    String correct(@PathVariable UUID requestId, @PathVariable UUID eventId,
            @ModelAttribute("reasonForm") ReasonForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        InformationRequest request = request(requestId);
        model.addAttribute("correcting", event(requestId, eventId));
        LocalDate on = form.check(errors, time.today());
        if (on == null) {
            return reasonPage(model, request, "powers.correct.heading", "/events/" + eventId + "/correction");
        }
        events.correct(CaseKind.INFORMATION_REQUEST, requestId, eventId, on, FormChecks.clean(form.getDetails()),
                form.getReason().strip());
        redirect.addFlashAttribute("saved", "powers.event.correctedSaved");
        return "redirect:" + BASE + "/" + requestId;
    }

    private org.localvoice.powers.domain.CaseEvent event(UUID requestId, UUID eventId) {
        return events.find(CaseKind.INFORMATION_REQUEST, requestId, eventId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String reasonPage(Model model, InformationRequest request, String titleKey, String path) {
        return ReasonPage.show(model, titleKey, request.getReference(), BASE + "/" + request.getId() + path,
                BASE + "/" + request.getId());
    }

    private InformationRequest request(UUID id) {
        return requests.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String newPage(Model model, Locale locale) {
        model.addAttribute("decisionOptions", decisions.options(PowerUse.INFORMATION_REQUEST).stream()
                .map(o -> new Option(o.id().toString(), o.label())).toList());
        model.addAttribute("channels", Option.of(Channel.class, "powers.channel.", messages, locale));
        return "powers/request-new";
    }

    private String pageWith(InformationRequest request, Model model, Locale locale) {
        return page(request, model, locale);
    }

    private String page(InformationRequest request, Model model, Locale locale) {
        model.addAttribute("request", request);
        model.addAttribute("clocks", clocks.of(CaseKind.INFORMATION_REQUEST, request.getId()));
        model.addAttribute("replies", requests.replies(request.getId()));
        model.addAttribute("events", events.of(CaseKind.INFORMATION_REQUEST, request.getId()));
        model.addAttribute("replyKinds", Option.of(ReplyKind.class, "powers.replyKind.", messages, locale).stream()
                .filter(o -> !o.value().equals("UPDATE")).toList());
        model.addAttribute("channels", Option.of(Channel.class, "powers.channel.", messages, locale));
        model.addAttribute("withheldReasons", Option.of(WithheldReason.class, "powers.withheld.", messages, locale));
        return "powers/request";
    }
}
