package org.localvoice.membership.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.localvoice.access.CurrentUser;
import org.localvoice.membership.Participants;
import org.localvoice.membership.domain.Consent;
import org.localvoice.membership.domain.DataProtection;
import org.localvoice.membership.domain.DataRequest;
import org.localvoice.membership.domain.ParticipantRecords;
import org.localvoice.membership.domain.PersonalData;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A signed-in participant's own data: see it, download it (JSON or CSV), change consent and ask for
 * erasure. Only the participant record linked to the signed-in account is ever shown.
 */
@Controller
@RequestMapping("/account/my-data")
class MyDataController {

    private final Participants participants;
    private final DataProtection protection;
    private final ParticipantRecords records;
    private final PersonalDataFiles files;
    private final MessageSource messages;

    MyDataController(Participants participants, DataProtection protection, ParticipantRecords records,
            PersonalDataFiles files, MessageSource messages) {
        this.participants = participants;
        this.protection = protection;
        this.records = records;
        this.files = files;
        this.messages = messages;
    }

    @GetMapping
    String page(Model model) {
        UUID id = ownParticipantId();
        if (id == null) {
            return "membership/my-data-none";
        }
        PersonalData data = protection.personalData(id).orElseThrow();
        var consents = records.consentsOf(id);
        model.addAttribute("data", data)
                .addAttribute("newsConsent", ParticipantRecords.stands(consents, Consent.Purpose.NEWS))
                .addAttribute("erasureAsked", protection.requestsOf(id).stream()
                        .anyMatch(r -> r.getKind() == DataRequest.Kind.ERASURE && r.getStatus() == DataRequest.Status.OPEN));
        return "membership/my-data";
    }

    @GetMapping("/my-data.json")
    ResponseEntity<byte[]> json() {
        return files.json(protection.personalData(required()).orElseThrow());
    }

    @GetMapping("/my-data.csv")
    ResponseEntity<byte[]> csv() {
        return files.csv(protection.personalData(required()).orElseThrow());
    }

    @PostMapping("/consent/news/give")
    String giveNews(Locale locale, RedirectAttributes redirect) {
        return news(true, locale, redirect);
    }

    @PostMapping("/consent/news/withdraw")
    String withdrawNews(Locale locale, RedirectAttributes redirect) {
        return news(false, locale, redirect);
    }

    private String news(boolean give, Locale locale, RedirectAttributes redirect) {
        records.recordConsent(required(), Consent.Purpose.NEWS, give, messages.getMessage("membership.consent.news", null, locale));
        redirect.addFlashAttribute("saved", give ? "membership.mydata.newsGiven" : "membership.mydata.newsWithdrawn");
        return "redirect:/account/my-data";
    }

    @PostMapping("/erasure")
    String erasure(RedirectAttributes redirect) {
        UUID id = required();
        boolean open = protection.requestsOf(id).stream()
                .anyMatch(r -> r.getKind() == DataRequest.Kind.ERASURE && r.getStatus() == DataRequest.Status.OPEN);
        if (!open) {
            protection.open(id, DataRequest.Kind.ERASURE, LocalDate.now(), "asked online by the participant");
        }
        redirect.addFlashAttribute("saved", "membership.mydata.erasureAsked");
        return "redirect:/account/my-data";
    }

    private UUID ownParticipantId() {
        return CurrentUser.get().flatMap(u -> participants.forAccount(u.accountId())).map(p -> p.id()).orElse(null);
    }

    private UUID required() {
        UUID id = ownParticipantId();
        if (id == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return id;
    }
}
