package org.localvoice.membership.web;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.localvoice.membership.domain.Consent;
import org.localvoice.membership.domain.Interests;
import org.localvoice.membership.domain.JoinedVia;
import org.localvoice.membership.domain.Memberships;
import org.localvoice.membership.domain.NewParticipant;
import org.localvoice.membership.domain.Participant;
import org.localvoice.membership.domain.ParticipantStatus;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.SessionAttributes;
import org.springframework.web.bind.support.SessionStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Joining a network online: one question a page (about you, contact, needs and interests, consent),
 * then check your answers. The answers stay in the session until they are sent; no JavaScript needed.
 */
@Controller
@RequestMapping("/n/{slug}/join")
@SessionAttributes("joinForm")
class JoinController {

    static final String JUST_JOINED = "membershipJustJoined";

    private final Networks networks;
    private final Memberships memberships;
    private final MessageSource messages;

    JoinController(Networks networks, Memberships memberships, MessageSource messages) {
        this.networks = networks;
        this.memberships = memberships;
        this.messages = messages;
    }

    @ModelAttribute("joinForm")
    ParticipantForm joinForm() {
        return new ParticipantForm();
    }

    @ModelAttribute("network")
    NetworkSummary network(@PathVariable String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping
    String start() {
        return "membership/join-start";
    }

    @GetMapping({"/about", "/contact", "/needs", "/consent"})
    String question(jakarta.servlet.http.HttpServletRequest request) {
        String uri = request.getRequestURI();
        return "membership/join-" + uri.substring(uri.lastIndexOf('/') + 1);
    }

    @PostMapping("/about")
    String about(@ModelAttribute("joinForm") ParticipantForm form, BindingResult errors, @PathVariable String slug) {
        return next(form, errors, ParticipantForm::validateAbout, "about", "contact", slug);
    }

    @PostMapping("/contact")
    String contact(@ModelAttribute("joinForm") ParticipantForm form, BindingResult errors, @PathVariable String slug) {
        return next(form, errors, ParticipantForm::validateContact, "contact", "needs", slug);
    }

    @PostMapping("/needs")
    String needs(@ModelAttribute("joinForm") ParticipantForm form, BindingResult errors, @PathVariable String slug) {
        return next(form, errors, ParticipantForm::validateNeeds, "needs", "consent", slug);
    }

    @PostMapping("/consent")
    String consent(@ModelAttribute("joinForm") ParticipantForm form, BindingResult errors, @PathVariable String slug) {
        return next(form, errors, ParticipantForm::validateConsent, "consent", "check", slug);
    }

    @GetMapping("/check")
    String check(@ModelAttribute("joinForm") ParticipantForm form, @PathVariable String slug) {
        String missing = firstUnanswered(form);
        return missing == null ? "membership/join-check" : "redirect:/n/" + slug + "/join/" + missing;
    }

    @PostMapping("/check")
    String send(@ModelAttribute("joinForm") ParticipantForm form, @PathVariable String slug, SessionStatus status,
            RedirectAttributes redirect, jakarta.servlet.http.HttpSession session, Locale locale) {
        String missing = firstUnanswered(form);
        if (missing != null) {
            return "redirect:/n/" + slug + "/join/" + missing;
        }
        Map<Consent.Purpose, String> consents = new EnumMap<>(Consent.Purpose.class);
        consents.put(Consent.Purpose.MEMBERSHIP, messages.getMessage("membership.consent.membership", null, locale));
        if (form.isConsentNews()) {
            consents.put(Consent.Purpose.NEWS, messages.getMessage("membership.consent.news", null, locale));
        }
        Participant p = memberships.join(new NewParticipant(form.getKind(), form.getOrganisationKind(), form.getName(),
                form.contactDetails(), Interests.parse(form.getInterests()), consents), JoinedVia.ONLINE, null);
        status.setComplete();
        session.setAttribute(JUST_JOINED, Boolean.TRUE);
        redirect.addFlashAttribute("accepted", p.getStatus() == ParticipantStatus.ACCEPTED);
        return "redirect:/n/" + slug + "/join/done";
    }

    @GetMapping("/done")
    String done() {
        return "membership/join-done";
    }

    private static String next(ParticipantForm form, BindingResult errors, BiConsumer<ParticipantForm, Errors> validate,
            String step, String nextStep, String slug) {
        validate.accept(form, errors);
        if (errors.hasErrors()) {
            return "membership/join-" + step;
        }
        String target = firstUnanswered(form) == null ? "check" : nextStep;
        return "redirect:/n/" + slug + "/join/" + target;
    }

    /** The first question page whose answers are missing or not valid; null when all are complete. */
    static String firstUnanswered(ParticipantForm form) {
        String[] steps = {"about", "contact", "needs", "consent"};
        for (String step : steps) {
            Errors e = new org.springframework.validation.BeanPropertyBindingResult(form, "joinForm");
            switch (step) {
                case "about" -> form.validateAbout(e);
                case "contact" -> form.validateContact(e);
                case "needs" -> form.validateNeeds(e);
                default -> form.validateConsent(e);
            }
            if (e.hasErrors()) {
                return step;
            }
        }
        return null;
    }
}
