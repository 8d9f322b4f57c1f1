package org.localvoice.directory.web;

import java.util.List;
import java.util.Optional;
import org.localvoice.directory.Directory;
import org.localvoice.directory.domain.Postcodes;
import org.localvoice.tenancy.LocalAuthoritySummary;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Find your LINk: a postcode leads to its district, the district to its local authority (or a choice of
 * several), and the authority to its network's page; where an authority has no network on this site the
 * person is told so and sent to the list of all networks. No account needed; GET forms only.
 */
@Controller
class FindYourLinkController {

    private final Directory directory;
    private final Networks networks;

    FindYourLinkController(Directory directory, Networks networks) {
        this.directory = directory;
        this.networks = networks;
    }

    @GetMapping("/find")
    String find(@RequestParam(required = false) String postcode, Model model) {
        if (postcode == null) {
            return "directory/find";
        }
        model.addAttribute("postcode", postcode);
        if (postcode.isBlank()) {
            model.addAttribute("postcodeError", "directory.find.error.required");
            return "directory/find";
        }
        Optional<String> normalised = Postcodes.normalise(postcode);
        if (normalised.isEmpty()) {
            model.addAttribute("postcodeError", "directory.find.error.invalid");
            return "directory/find";
        }
        List<String> authorities = directory.localAuthoritiesForPostcode(normalised.get());
        if (authorities.isEmpty()) {
            model.addAttribute("postcodeError", "directory.find.error.unknown");
            model.addAttribute("unknownDistrict", Postcodes.district(normalised.get()));
            return "directory/find";
        }
        if (authorities.size() > 1) {
            return choose(normalised.get(), authorities, model);
        }
        return outcome(authorities.get(0), model);
    }

    @GetMapping("/find/choose")
    String chosen(@RequestParam(required = false) String postcode, @RequestParam(required = false) String authority,
            Model model) {
        Optional<String> normalised = Postcodes.normalise(postcode);
        if (normalised.isEmpty()) {
            return "redirect:/find";
        }
        List<String> authorities = directory.localAuthoritiesForPostcode(normalised.get());
        if (authority == null || !authorities.contains(authority)) {
            model.addAttribute("choiceError", true);
            return choose(normalised.get(), authorities, model);
        }
        return outcome(authority, model);
    }

    private String choose(String postcode, List<String> gssCodes, Model model) {
        model.addAttribute("postcode", postcode);
        model.addAttribute("choices", gssCodes.stream().map(networks::localAuthority).flatMap(Optional::stream).toList());
        return "directory/find-choose";
    }

    private String outcome(String gss, Model model) {
        Optional<NetworkSummary> network = networks.all().stream()
                .filter(n -> n.active() && gss.equals(n.localAuthorityCode())).findFirst();
        if (network.isPresent()) {
            return "redirect:/n/" + network.get().slug();
        }
        model.addAttribute("authority", networks.localAuthority(gss).map(LocalAuthoritySummary::name).orElse(gss));
        return "directory/find-no-network";
    }
}
