package org.localvoice.governance.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.localvoice.governance.domain.Procedure;
import org.localvoice.governance.domain.ProcedureText;
import org.localvoice.governance.domain.ProcedureVersion;
import org.localvoice.governance.domain.Procedures;
import org.localvoice.governance.domain.PublishedVersionImmutableException;
import org.localvoice.governance.domain.RefusedException;
import org.localvoice.shared.PageRequestParams;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
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
 * Staff pages for required procedures: everyone on the staff reads them; host managers draft, edit
 * drafts and publish. Another network's procedure gives 404.
 */
@Controller
@RequestMapping("/manage/procedures")
class ProceduresController {

    private final Procedures procedures;
    private final ProcedureText text;

    ProceduresController(Procedures procedures, ProcedureText text) {
        this.procedures = procedures;
        this.text = text;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        Page<Procedure> result = procedures.list(PageRequestParams.of(page, 25, Sort.unsorted()));
        model.addAttribute("procedures", result);
        Pages.links(model, result, "/manage/procedures");
        return "governance/manage-procedures";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('HOST_MANAGER')")
    String newProcedure(Model model) {
        model.addAttribute("procedureForm", new ProcedureForm());
        return "governance/procedure-new";
    }

    @PostMapping("/new")
    @PreAuthorize("hasRole('HOST_MANAGER')")
    String create(@ModelAttribute("procedureForm") ProcedureForm form, BindingResult errors, RedirectAttributes redirect) {
        try {
            ProcedureVersion v = procedures.create(form.getTitle(), form.getBody());
            redirect.addFlashAttribute("saved", "governance.procedure.draftSaved");
            return "redirect:/manage/procedures/" + v.getProcedureId();
        } catch (RefusedException e) {
            Refusals.apply(e, errors);
            return "governance/procedure-new";
        }
    }

    @GetMapping("/{procedureId}")
    String procedure(@PathVariable UUID procedureId, Model model) {
        Procedure p = procedures.find(procedureId).orElseThrow(ProceduresController::notFound);
        model.addAttribute("procedure", p).addAttribute("versions", procedures.versionsOf(p.getId()));
        return "governance/manage-procedure";
    }

    @GetMapping("/{procedureId}/versions/new")
    @PreAuthorize("hasRole('HOST_MANAGER')")
    String newVersion(@PathVariable UUID procedureId, Model model) {
        Procedure p = procedures.find(procedureId).orElseThrow(ProceduresController::notFound);
        ProcedureVersion latest = procedures.versionsOf(p.getId()).get(0);
        if (!latest.isPublished()) {
            return "redirect:/manage/procedures/versions/" + latest.getId() + "/edit";
        }
        ProcedureForm form = new ProcedureForm();
        form.setTitle(latest.getTitle());
        form.setBody(latest.getBody());
        model.addAttribute("procedureForm", form).addAttribute("procedure", p);
        return "governance/version-new";
    }

    @PostMapping("/{procedureId}/versions/new")
    @PreAuthorize("hasRole('HOST_MANAGER')")
    String draftNext(@PathVariable UUID procedureId, @ModelAttribute("procedureForm") ProcedureForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        Procedure p = procedures.find(procedureId).orElseThrow(ProceduresController::notFound);
        try {
            procedures.draftNext(p.getId(), form.getTitle(), form.getBody(), form.getChangeNote());
            redirect.addFlashAttribute("saved", "governance.procedure.draftSaved");
            return "redirect:/manage/procedures/" + p.getId();
        } catch (RefusedException e) {
            Refusals.apply(e, errors);
            model.addAttribute("procedure", p);
            return "governance/version-new";
        }
    }

    @GetMapping("/versions/{versionId}")
    String version(@PathVariable UUID versionId, Model model) {
        ProcedureVersion v = procedures.version(versionId).orElseThrow(ProceduresController::notFound);
        model.addAttribute("v", v).addAttribute("bodyHtml", text.html(v.getBody()));
        return "governance/manage-version";
    }

    @GetMapping("/versions/{versionId}/edit")
    @PreAuthorize("hasRole('HOST_MANAGER')")
    String edit(@PathVariable UUID versionId, Model model) {
        ProcedureVersion v = procedures.version(versionId).orElseThrow(ProceduresController::notFound);
        if (v.isPublished()) {
            return "redirect:/manage/procedures/versions/" + v.getId();
        }
        ProcedureForm form = new ProcedureForm();
        form.setTitle(v.getTitle());
        form.setBody(v.getBody());
        form.setChangeNote(v.getChangeNote());
        form.setVersion(v.getVersion());
        model.addAttribute("procedureForm", form).addAttribute("v", v);
        return "governance/version-edit";
    }

    @PostMapping("/versions/{versionId}/edit")
    @PreAuthorize("hasRole('HOST_MANAGER')")
    String save(@PathVariable UUID versionId, @ModelAttribute("procedureForm") ProcedureForm form, BindingResult errors,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        ProcedureVersion v = procedures.version(versionId).orElseThrow(ProceduresController::notFound);
        model.addAttribute("v", v);
        try {
            procedures.editDraft(v.getId(), form.getVersion(), form.getTitle(), form.getBody(), form.getChangeNote());
        } catch (RefusedException e) {
            Refusals.apply(e, errors);
            return "governance/version-edit";
        } catch (PublishedVersionImmutableException e) {
            model.addAttribute("stale", true).addAttribute("v", procedures.version(versionId).orElseThrow());
            return "governance/version-edit";
        } catch (ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("stale", true).addAttribute("v", procedures.version(versionId).orElseThrow());
            form.setVersion(procedures.version(versionId).orElseThrow().getVersion());
            return "governance/version-edit";
        }
        redirect.addFlashAttribute("saved", "governance.procedure.draftSaved");
        return "redirect:/manage/procedures/" + v.getProcedureId();
    }

    @PostMapping("/versions/{versionId}/publish")
    @PreAuthorize("hasRole('HOST_MANAGER')")
    String publish(@PathVariable UUID versionId, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        ProcedureVersion v = procedures.version(versionId).orElseThrow(ProceduresController::notFound);
        if (version == null) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        try {
            procedures.publish(v.getId(), version);
            redirect.addFlashAttribute("saved", "governance.procedure.published");
        } catch (ObjectOptimisticLockingFailureException | PublishedVersionImmutableException e) {
            redirect.addFlashAttribute("problem", "governance.procedure.stale");
        }
        return "redirect:/manage/procedures/" + v.getProcedureId();
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
