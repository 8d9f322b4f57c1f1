package org.localvoice.directory.web;

import java.util.Arrays;
import org.localvoice.directory.Directory;
import org.localvoice.directory.DirectorySearch;
import org.localvoice.directory.ServiceType;
import org.localvoice.shared.PageRequestParams;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public, read-only list of care services in a network's area. */
@Controller
class PublicServicesController {

    private final Directory directory;
    private final Networks networks;

    PublicServicesController(Directory directory, Networks networks) {
        this.directory = directory;
        this.networks = networks;
    }

    @GetMapping("/n/{slug}/services")
    String services(@PathVariable String slug, @RequestParam(required = false) String q,
            @RequestParam(required = false) String type, @RequestParam(required = false) Integer page, Model model) {
        NetworkSummary network = networks.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        ServiceType serviceType = ServiceType.fromCode(type).orElse(null);
        model.addAttribute("network", network)
                .addAttribute("q", q)
                .addAttribute("type", serviceType == null ? "" : serviceType.name())
                .addAttribute("serviceTypes", Arrays.asList(ServiceType.values()))
                .addAttribute("pageBase", PageLinks.base("/n/" + network.slug() + "/services", "q", q, "type",
                        serviceType == null ? null : serviceType.name()))
                .addAttribute("results", directory.search(new DirectorySearch(q, null, serviceType,
                        network.localAuthorityCode(), null), PageRequestParams.of(page, 25, Sort.unsorted())));
        return "directory/public-services";
    }
}
