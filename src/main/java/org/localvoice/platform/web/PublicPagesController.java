package org.localvoice.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/** The platform's public pages: home, the list of networks, each network's home, and the statements. */
@Controller
class PublicPagesController {

    private final Networks networks;

    PublicPagesController(Networks networks) {
        this.networks = networks;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("networkCount", networks.all().size());
        return "platform/home";
    }

    @GetMapping("/networks")
    String networks(Model model) {
        Map<String, List<NetworkSummary>> byRegion = new LinkedHashMap<>();
        for (NetworkSummary n : networks.all()) {
            byRegion.computeIfAbsent(n.region(), r -> new java.util.ArrayList<>()).add(n);
        }
        model.addAttribute("regions", byRegion);
        return "platform/networks";
    }

    @GetMapping("/n/{slug}")
    String network(@PathVariable String slug, Model model) {
        NetworkSummary network = networks.findBySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("network", network);
        return "platform/network-home";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "platform/accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "platform/privacy";
    }
}
