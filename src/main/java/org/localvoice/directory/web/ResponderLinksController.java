package org.localvoice.directory.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.localvoice.access.Accounts;
import org.localvoice.access.CurrentUser;
import org.localvoice.directory.Directory;
import org.localvoice.directory.ProviderSummary;
import org.localvoice.directory.domain.ResponderLink;
import org.localvoice.directory.domain.ResponderLinks;
import org.localvoice.shared.PageRequestParams;
import org.localvoice.shared.TenantContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Host staff link service-responder accounts to the providers they answer for, and record a provider's
 * contact e-mail. Another network's link gives 404.
 */
@Controller
class ResponderLinksController {

    private final ResponderLinks links;
    private final Directory directory;
    private final Accounts accounts;

    ResponderLinksController(ResponderLinks links, Directory directory, Accounts accounts) {
        this.links = links;
        this.directory = directory;
        this.accounts = accounts;
    }

    /** One row of the list: the link with the names behind its ids. */
    record Row(UUID id, String account, String email, ProviderSummary provider) {
    }

    @GetMapping("/manage/responders")
    String list(@RequestParam(required = false) String page, Model model) {
        Integer index = page != null && page.matches("\\d{1,6}") ? Integer.valueOf(page) : null;
        Page<ResponderLink> result = links.page(PageRequestParams.of(index, PageRequestParams.DEFAULT_SIZE, Sort.unsorted()));
        UUID network = TenantContext.requireNetwork();
        List<Row> rows = new ArrayList<>();
        for (ResponderLink link : result) {
            var account = accounts.find(link.getAccountId()).filter(a -> network.equals(a.networkId()));
            rows.add(new Row(link.getId(), account.map(CurrentUser::displayName).orElse(""),
                    account.map(CurrentUser::email).orElse(""), directory.provider(link.getProviderId()).orElse(null)));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("page", result);
        model.addAttribute("previousHref", result.hasPrevious() ? "/manage/responders?page=" + (result.getNumber() - 1) : null);
        model.addAttribute("nextHref", result.hasNext() ? "/manage/responders?page=" + (result.getNumber() + 1) : null);
        return "directory/responders";
    }

    @GetMapping("/manage/responders/new")
    String newLink(@RequestParam(required = false) String q, Model model) {
        ResponderLinkForm form = new ResponderLinkForm();
        form.setQ(q);
        return form(form, model);
    }

    @PostMapping("/manage/responders")
    String link(@ModelAttribute("linkForm") ResponderLinkForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        form.validate(errors);
        if (!errors.hasErrors()) {
            links.link(form.getEmail().trim(), form.getProviderId())
                    .ifPresent(problem -> errors.rejectValue(problem == ResponderLinks.Problem.NO_SUCH_PROVIDER ? "providerId" : "email",
                            "directory.responders.error." + problem.name()));
        }
        if (errors.hasErrors()) {
            return form(form, model);
        }
        redirect.addFlashAttribute("linked", true);
        return "redirect:/manage/responders";
    }

    @PostMapping("/manage/responders/{id}/remove")
    String unlink(@PathVariable UUID id, RedirectAttributes redirect) {
        if (!links.unlink(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("unlinked", true);
        return "redirect:/manage/responders";
    }

    @GetMapping("/manage/responders/providers/{providerId}/contact")
    String contact(@PathVariable UUID providerId, Model model) {
        ProviderSummary provider = linkedProvider(providerId);
        ContactForm form = new ContactForm();
        form.setEmail(provider.email());
        model.addAttribute("contactForm", form);
        model.addAttribute("provider", provider);
        return "directory/provider-contact";
    }

    @PostMapping("/manage/responders/providers/{providerId}/contact")
    String saveContact(@PathVariable UUID providerId, @ModelAttribute("contactForm") ContactForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        ProviderSummary provider = linkedProvider(providerId);
        form.validate(errors);
        if (errors.hasErrors()) {
            model.addAttribute("provider", provider);
            return "directory/provider-contact";
        }
        links.setContactEmail(providerId, form.getEmail());
        redirect.addFlashAttribute("contactSaved", true);
        return "redirect:/manage/responders";
    }

    /** Only providers the network links responders to have a contact page here: others are not its business. */
    private ProviderSummary linkedProvider(UUID providerId) {
        if (directory.responderAccountsOf(TenantContext.requireNetwork(), providerId).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return directory.provider(providerId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String form(ResponderLinkForm form, Model model) {
        model.addAttribute("linkForm", form);
        String q = form.getQ() == null ? "" : form.getQ().trim();
        model.addAttribute("providers", q.isEmpty() ? List.of()
                : directory.searchProviders(q, null, PageRequest.of(0, 20)).getContent());
        return "directory/responder-new";
    }
}
