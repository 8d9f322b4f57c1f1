package org.localvoice.feedback.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.localvoice.directory.PremisesSummary;
import org.localvoice.feedback.ViewChannel;
import org.localvoice.feedback.domain.EqualityMonitoring;
import org.localvoice.feedback.domain.Experience;
import org.localvoice.feedback.domain.Experiences;
import org.localvoice.feedback.domain.SubmissionLimiter;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
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

/**
 * Giving a view, no account needed: the questions, "check your answers", the optional equality
 * questions and the confirmation with a reference. The answers wait in the (database-backed) session
 * between pages, keyed by network. Rate-limited per client address; a honeypot field catches robots.
 */
@Controller
@RequestMapping("/n/{slug}/views")
class PublicViewController {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final Networks networks;
    private final ServiceChoice services;
    private final Experiences experiences;
    private final SubmissionLimiter limiter;
    private final EqualityMonitoring equality;

    PublicViewController(Networks networks, ServiceChoice services, Experiences experiences, SubmissionLimiter limiter,
            EqualityMonitoring equality) {
        this.networks = networks;
        this.services = services;
        this.experiences = experiences;
        this.limiter = limiter;
        this.equality = equality;
    }

    @GetMapping("/new")
    String form(@PathVariable String slug, HttpSession session, Model model) {
        NetworkSummary network = network(slug);
        ViewForm form = Optional.ofNullable((ViewForm) session.getAttribute(key(network, "form"))).orElseGet(ViewForm::new);
        model.addAttribute("viewForm", form);
        return formPage(network, form, model);
    }

    @PostMapping("/new")
    String answer(@PathVariable String slug, @ModelAttribute("viewForm") ViewForm form, BindingResult errors,
            @RequestParam(required = false) String action, HttpSession session, Model model) {
        NetworkSummary network = network(slug);
        Optional<PremisesSummary> premises = services.premises(form.premisesUuid());
        form.setPremisesName(premises.map(PremisesSummary::name).orElse(null));
        if ("search".equals(action)) {
            model.addAttribute("searched", true);
            model.addAttribute("results", services.search(form.getQ(), network));
            return formPage(network, form, model);
        }
        form.validate(errors, premises.isPresent(), LocalDate.now(LONDON));
        if (errors.hasErrors()) {
            return formPage(network, form, model);
        }
        session.setAttribute(key(network, "form"), form);
        return "redirect:/n/" + network.slug() + "/views/check";
    }

    @GetMapping("/check")
    String check(@PathVariable String slug, HttpSession session, Model model) {
        NetworkSummary network = network(slug);
        ViewForm form = (ViewForm) session.getAttribute(key(network, "form"));
        if (form == null) {
            return "redirect:/n/" + network.slug() + "/views/new";
        }
        model.addAttribute("network", network).addAttribute("viewForm", form);
        return "feedback/check";
    }

    @PostMapping("/check")
    String submit(@PathVariable String slug, HttpSession session, HttpServletRequest request, Model model) {
        NetworkSummary network = network(slug);
        ViewForm form = (ViewForm) session.getAttribute(key(network, "form"));
        if (form == null) {
            return "redirect:/n/" + network.slug() + "/views/new";
        }
        if (!limiter.tryAcquire(network.id(), request.getRemoteAddr())) {
            model.addAttribute("network", network).addAttribute("viewForm", form).addAttribute("rateLimited", limiter.perHour());
            return "feedback/check";
        }
        Optional<PremisesSummary> premises = services.premises(form.premisesUuid());
        Experience saved = experiences.record(form.toNewExperience(premises.map(PremisesSummary::id).orElse(null),
                premises.map(ServiceChoice::providerOf).orElse(null),
                premises.map(PremisesSummary::name).orElse(form.getServiceName() == null ? null : form.getServiceName().trim()),
                ViewChannel.ONLINE, LocalDate.now(LONDON)));
        session.removeAttribute(key(network, "form"));
        session.setAttribute(key(network, "reference"), saved.getReference());
        session.setAttribute(key(network, "equality"), Boolean.TRUE);
        return "redirect:/n/" + network.slug() + "/views/equality";
    }

    @GetMapping("/equality")
    String equalityForm(@PathVariable String slug, HttpSession session, Model model) {
        NetworkSummary network = network(slug);
        if (session.getAttribute(key(network, "reference")) == null) {
            return "redirect:/n/" + network.slug() + "/views/new";
        }
        model.addAttribute("network", network).addAttribute("questions", EqualityMonitoring.Question.values());
        return "feedback/equality";
    }

    @PostMapping("/equality")
    String equalityAnswers(@PathVariable String slug, @RequestParam Map<String, String> answers, HttpSession session) {
        NetworkSummary network = network(slug);
        if (Boolean.TRUE.equals(session.getAttribute(key(network, "equality")))) {
            session.removeAttribute(key(network, "equality"));
            Map<EqualityMonitoring.Question, String> given = new EnumMap<>(EqualityMonitoring.Question.class);
            for (EqualityMonitoring.Question q : EqualityMonitoring.Question.values()) {
                given.put(q, answers.get(q.name()));
            }
            equality.record(network.id(), YearMonth.now(LONDON), given);
        }
        return "redirect:/n/" + network.slug() + "/views/done";
    }

    @GetMapping("/done")
    String done(@PathVariable String slug, HttpSession session, Model model) {
        NetworkSummary network = network(slug);
        Object reference = session.getAttribute(key(network, "reference"));
        if (reference == null) {
            return "redirect:/n/" + network.slug() + "/views/new";
        }
        session.removeAttribute(key(network, "equality"));
        model.addAttribute("network", network).addAttribute("reference", reference);
        return "feedback/done";
    }

    private String formPage(NetworkSummary network, ViewForm form, Model model) {
        FormLists.addTo(model).addAttribute("network", network);
        if (!model.containsAttribute("results")) {
            model.addAttribute("results", java.util.List.of());
        }
        return "feedback/give";
    }

    private NetworkSummary network(String slug) {
        return networks.findBySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static String key(NetworkSummary network, String name) {
        return "feedback." + network.id() + "." + name;
    }
}
