package org.localvoice.feedback.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.localvoice.access.CurrentUser;
import org.localvoice.directory.PremisesSummary;
import org.localvoice.feedback.ViewChannel;
import org.localvoice.feedback.domain.Experience;
import org.localvoice.feedback.domain.Experiences;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff record a view taken by outreach, phone, paper, e-mail or at an event; who recorded it is kept. */
@Controller
class StaffViewsController {

    private final Networks networks;
    private final ServiceChoice services;
    private final Experiences experiences;

    StaffViewsController(Networks networks, ServiceChoice services, Experiences experiences) {
        this.networks = networks;
        this.services = services;
        this.experiences = experiences;
    }

    @GetMapping("/manage/views/new")
    String form(Model model) {
        StaffViewForm form = new StaffViewForm();
        LocalDate today = LocalDate.now(PublicViewController.LONDON);
        form.setReceivedDay(String.valueOf(today.getDayOfMonth()));
        form.setReceivedMonth(String.valueOf(today.getMonthValue()));
        form.setReceivedYear(String.valueOf(today.getYear()));
        model.addAttribute("viewForm", form);
        return page(model, List.of());
    }

    @PostMapping("/manage/views/new")
    String record(@ModelAttribute("viewForm") StaffViewForm form, BindingResult errors,
            @RequestParam(required = false) String action, Model model, RedirectAttributes redirect) {
        NetworkSummary network = network();
        Optional<PremisesSummary> premises = services.premises(form.premisesUuid());
        form.setPremisesName(premises.map(PremisesSummary::name).orElse(null));
        if ("search".equals(action)) {
            model.addAttribute("searched", true);
            return page(model, services.search(form.getQ(), network));
        }
        form.validateStaff(errors, premises.isPresent(), LocalDate.now(PublicViewController.LONDON));
        if (errors.hasErrors()) {
            return page(model, List.of());
        }
        Experience saved = experiences.record(form.toNewExperience(premises.map(PremisesSummary::id).orElse(null),
                premises.map(ServiceChoice::providerOf).orElse(null),
                premises.map(PremisesSummary::name).orElse(form.getServiceName() == null ? null : form.getServiceName().trim()),
                form.channelValue(), form.receivedOn()));
        redirect.addFlashAttribute("recorded", saved.getReference());
        return "redirect:/manage/views/" + saved.getId();
    }

    private String page(Model model, List<PremisesSummary> results) {
        FormLists.addTo(model).addAttribute("results", results)
                .addAttribute("channels", Arrays.stream(ViewChannel.staffChannels()).map(Enum::name).toList());
        return "feedback/staff-new";
    }

    private NetworkSummary network() {
        return CurrentUser.get().map(CurrentUser::networkId).flatMap(networks::findById)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
