package org.localvoice.governance.web;

import java.time.LocalDate;
import java.util.UUID;
import org.localvoice.access.CurrentUser;
import org.localvoice.governance.NewSignOff;
import org.localvoice.governance.domain.Decisions;
import org.localvoice.governance.domain.RefusedException;
import org.localvoice.governance.domain.SignOffRequestRecord;
import org.localvoice.governance.domain.SignOffs;
import org.localvoice.shared.PageRequestParams;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The governing body's sign-off pages: subjects other modules have put before it, and the form a
 * governing member (or a host manager recording a meeting) uses to sign one off.
 */
@Controller
@RequestMapping("/governance/sign-offs")
class SignOffsController {

    private final SignOffs signOffs;
    private final Decisions decisions;

    SignOffsController(SignOffs signOffs, Decisions decisions) {
        this.signOffs = signOffs;
        this.decisions = decisions;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        Page<SignOffRequestRecord> awaiting = signOffs.awaiting(PageRequestParams.of(page, 25, Sort.unsorted()));
        model.addAttribute("awaiting", awaiting).addAttribute("recent", signOffs.recent(PageRequest.of(0, 10)));
        Pages.links(model, awaiting, "/governance/sign-offs");
        return "governance/sign-offs";
    }

    @GetMapping("/{requestId}")
    String form(@PathVariable UUID requestId, Model model) {
        SignOffRequestRecord request = request(requestId);
        SignOffForm form = new SignOffForm();
        LocalDate today = decisions.today();
        form.setSignedOnDay(String.valueOf(today.getDayOfMonth()));
        form.setSignedOnMonth(String.valueOf(today.getMonthValue()));
        form.setSignedOnYear(String.valueOf(today.getYear()));
        form.setSignedBy(CurrentUser.get().map(CurrentUser::displayName).orElse(""));
        model.addAttribute("signOffForm", form).addAttribute("request", request.toRequest());
        return "governance/sign-off";
    }

    @PostMapping("/{requestId}")
    String signOff(@PathVariable UUID requestId, @ModelAttribute("signOffForm") SignOffForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        SignOffRequestRecord request = request(requestId);
        model.addAttribute("request", request.toRequest());
        LocalDate on = DateParts.parse(form.getSignedOnDay(), form.getSignedOnMonth(), form.getSignedOnYear());
        if (on == null && !DateParts.allBlank(form.getSignedOnDay(), form.getSignedOnMonth(), form.getSignedOnYear())) {
            errors.rejectValue("signedOnDay", "governance.signOff.signedOn.invalid");
        }
        NewSignOff signOff = new NewSignOff(request.getSubjectType(), request.getSubjectId(), form.getSubjectLabel(), on,
                form.getSignedBy(), form.getMinuteReference());
        signOffs.check(signOff).stream().filter(p -> !errors.hasFieldErrors(p.field().equals("signedOn") ? "signedOnDay" : p.field()))
                .forEach(p -> Refusals.reject(errors, p));
        if (errors.hasErrors()) {
            return "governance/sign-off";
        }
        try {
            signOffs.record(signOff);
        } catch (RefusedException e) {
            Refusals.apply(e, errors);
            return "governance/sign-off";
        }
        redirect.addFlashAttribute("saved", "governance.signOff.saved");
        return "redirect:/governance/sign-offs";
    }

    private SignOffRequestRecord request(UUID id) {
        return signOffs.findRequest(id).orElseThrow(ProceduresController::notFound);
    }
}
