package org.localvoice.feedback.insight.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.localvoice.feedback.insight.domain.Impact;
import org.localvoice.feedback.insight.domain.ImpactRecords;
import org.localvoice.shared.PageRequestParams;
import org.springframework.data.domain.Page;
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

/** Staff record what services changed after people's views, correct the records, and link or unlink the views that led to it. */
@Controller
@RequestMapping("/manage/impact")
class ImpactController {

    private final ImpactRecords impacts;

    ImpactController(ImpactRecords impacts) {
        this.impacts = impacts;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        Page<Impact> records = impacts.list(PageRequestParams.of(page, 20, Sort.unsorted()));
        model.addAttribute("records", records)
                .addAttribute("previousHref", records.hasPrevious() ? "/manage/impact?page=" + (records.getNumber() - 1) : null)
                .addAttribute("nextHref", records.hasNext() ? "/manage/impact?page=" + (records.getNumber() + 1) : null);
        if (!model.containsAttribute("impactForm")) {
            model.addAttribute("impactForm", new ImpactForm());
        }
        return "feedback/insight/impact-list";
    }

    @PostMapping
    String record(@ModelAttribute("impactForm") ImpactForm form, BindingResult errors, Model model) {
        LocalDate changedOn = form.validate(errors);
        if (errors.hasErrors()) {
            return list(null, model);
        }
        UUID id = impacts.record(form.getTitle().trim(), form.getWhatChanged().trim(), changedOn,
                form.getEvidence() == null || form.getEvidence().isBlank() ? null : form.getEvidence().trim());
        return "redirect:/manage/impact/" + id;
    }

    @GetMapping("/{impactId}")
    String one(@PathVariable UUID impactId, Model model) {
        model.addAttribute("impact", impacts.find(impactId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)))
                .addAttribute("views", impacts.views(impactId, false));
        return "feedback/insight/impact";
    }

    @GetMapping("/{impactId}/edit")
    String edit(@PathVariable UUID impactId, Model model) {
        Impact impact = impact(impactId);
        ImpactForm form = new ImpactForm();
        form.setTitle(impact.getTitle());
        form.setWhatChanged(impact.getWhatChanged());
        form.setChangedOn(impact.getChangedOn().toString());
        form.setEvidence(impact.getEvidence());
        form.setVersion(impact.getVersion());
        model.addAttribute("impactForm", form);
        return editPage(impact, model);
    }

    @PostMapping("/{impactId}/edit")
    String save(@PathVariable UUID impactId, @ModelAttribute("impactForm") ImpactForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Impact impact = impact(impactId);
        LocalDate changedOn = form.validate(errors);
        if (errors.hasErrors() || form.getVersion() == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            if (form.getVersion() == null) {
                form.setVersion(impact.getVersion());
            }
            return editPage(impact, model);
        }
        try {
            impacts.edit(impactId, form.getVersion(), form.getTitle().trim(), form.getWhatChanged().trim(), changedOn, form.cleanEvidence());
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            Impact current = impact(impactId);
            form.setVersion(current.getVersion());
            model.addAttribute("stale", true);
            return editPage(current, model);
        }
        redirect.addFlashAttribute("edited", true);
        return "redirect:/manage/impact/" + impactId;
    }

    @PostMapping("/{impactId}/views/{viewId}/remove")
    String unlink(@PathVariable UUID impactId, @PathVariable UUID viewId, RedirectAttributes redirect) {
        impact(impactId);
        String reference = impacts.unlinkView(impactId, viewId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        redirect.addFlashAttribute("unlinked", reference);
        return "redirect:/manage/impact/" + impactId;
    }

    private String editPage(Impact impact, Model model) {
        model.addAttribute("impact", impact);
        return "feedback/insight/impact-edit";
    }

    private Impact impact(UUID impactId) {
        return impacts.find(impactId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @PostMapping("/{impactId}/views")
    String link(@PathVariable UUID impactId, @RequestParam(required = false) String reference, Model model,
            RedirectAttributes redirect) {
        impacts.find(impactId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String ref = reference == null ? "" : reference.trim().toUpperCase(java.util.Locale.ROOT);
        try {
            impacts.linkView(impactId, ref);
        } catch (IllegalArgumentException e) {
            model.addAttribute("referenceError", true).addAttribute("reference", reference);
            return one(impactId, model);
        } catch (NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("linked", ref);
        return "redirect:/manage/impact/" + impactId;
    }
}
