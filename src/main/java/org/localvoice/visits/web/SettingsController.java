package org.localvoice.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import org.localvoice.visits.domain.Representatives;
import org.localvoice.visits.domain.VisitSettings;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The network's renewal periods for training and checks, and whether certificate images may be kept. */
@Controller
class SettingsController {

    private final Representatives representatives;

    SettingsController(Representatives representatives) {
        this.representatives = representatives;
    }

    @GetMapping("/manage/representatives/settings")
    String show(Model model) {
        VisitSettings s = representatives.settings();
        SettingsForm form = new SettingsForm();
        form.setTrainingMonths(String.valueOf(s.getTrainingRenewalMonths()));
        form.setCheckMonths(String.valueOf(s.getCheckRenewalMonths()));
        form.setKeepImages(s.isKeepCertificateImages());
        form.setVersion(s.getVersion());
        model.addAttribute("form", form).addAttribute("stale", false);
        return "visits/settings";
    }

    @PostMapping("/manage/representatives/settings")
    String save(@ModelAttribute("form") SettingsForm form, BindingResult errors, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        int[] months = form.validate(errors);
        model.addAttribute("stale", false);
        if (months == null) {
            return "visits/settings";
        }
        try {
            representatives.changeSettings(form.getVersion(), months[0], months[1], form.isKeepImages());
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            form.setVersion(representatives.settings().getVersion());
            model.addAttribute("stale", true);
            return "visits/settings";
        }
        redirect.addFlashAttribute("saved", "visits.settings.saved");
        return "redirect:/manage/representatives";
    }
}
