package org.localvoice.administration.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.localvoice.access.Accounts;
import org.localvoice.tenancy.DuplicateSlugException;
import org.localvoice.tenancy.LocalAuthoritySummary;
import org.localvoice.tenancy.LocalAuthorityTakenException;
import org.localvoice.tenancy.NetworkContact;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.localvoice.tenancy.StaleNetworkException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform administration of networks: the list, creating one with its first host manager, contact details. */
@Controller
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class NetworkAdminController {

    private final Networks networks;
    private final Accounts accounts;
    private final NetworkProvisioning provisioning;

    NetworkAdminController(Networks networks, Accounts accounts, NetworkProvisioning provisioning) {
        this.networks = networks;
        this.accounts = accounts;
        this.provisioning = provisioning;
    }

    @GetMapping("/admin")
    String networks(Model model) {
        model.addAttribute("networks", networks.all());
        return "admin/networks";
    }

    @GetMapping("/admin/networks/new")
    String newNetwork(Model model) {
        return newNetworkForm(new NetworkForm(), model);
    }

    @PostMapping("/admin/networks")
    String create(@ModelAttribute("network") NetworkForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        List<LocalAuthoritySummary> available = networks.localAuthoritiesWithoutNetwork();
        Set<String> codes = available.stream().map(LocalAuthoritySummary::gssCode).collect(Collectors.toSet());
        form.validate(errors, codes, networks.slugInUse(form.normalisedSlug()), accounts);
        if (!errors.hasErrors()) {
            try {
                NetworkSummary created = provisioning.provision(form);
                redirect.addFlashAttribute("managerEmail", form.getManagerEmail().trim());
                return "redirect:/admin/networks/" + created.id() + "/created";
            } catch (DuplicateSlugException e) {
                errors.rejectValue("slug", "admin.network.slug.taken");
            } catch (LocalAuthorityTakenException e) {
                errors.rejectValue("localAuthorityCode", "admin.network.localAuthority.unavailable");
            }
        }
        form.forgetPassword();
        return newNetworkForm(form, model);
    }

    @GetMapping("/admin/networks/{id}/created")
    String created(@PathVariable UUID id, Model model) {
        model.addAttribute("summary", network(id));
        return "admin/network-created";
    }

    @GetMapping("/admin/networks/{id}")
    String network(@PathVariable UUID id, Model model) {
        model.addAttribute("summary", network(id));
        return "admin/network";
    }

    @GetMapping("/admin/networks/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        NetworkContact contact = networks.contact(id).orElseThrow(NetworkAdminController::notFound);
        model.addAttribute("contact", ContactForm.of(contact));
        model.addAttribute("summary", network(id));
        return "admin/network-edit";
    }

    @PostMapping("/admin/networks/{id}/edit")
    String update(@PathVariable UUID id, @ModelAttribute("contact") ContactForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        NetworkSummary summary = network(id);
        form.validate(errors);
        if (!errors.hasErrors()) {
            try {
                networks.updateContact(form.contact(id));
                redirect.addFlashAttribute("updated", true);
                return "redirect:/admin/networks/" + id;
            } catch (StaleNetworkException e) {
                NetworkContact current = networks.contact(id).orElseThrow(NetworkAdminController::notFound);
                model.addAttribute("stale", current);
                form.setVersion(Long.toString(current.version()));
            }
        }
        model.addAttribute("summary", summary);
        return "admin/network-edit";
    }

    private String newNetworkForm(NetworkForm form, Model model) {
        Map<String, List<LocalAuthoritySummary>> byRegion = new LinkedHashMap<>();
        for (LocalAuthoritySummary la : networks.localAuthoritiesWithoutNetwork()) {
            byRegion.computeIfAbsent(la.region() == null ? "" : la.region(), r -> new ArrayList<>()).add(la);
        }
        model.addAttribute("network", form);
        model.addAttribute("authoritiesByRegion", byRegion);
        return "admin/network-new";
    }

    private NetworkSummary network(UUID id) {
        return networks.findById(id).orElseThrow(NetworkAdminController::notFound);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
