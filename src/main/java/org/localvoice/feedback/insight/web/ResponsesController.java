package org.localvoice.feedback.insight.web;

import org.localvoice.feedback.insight.domain.Replies;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Public response-rate figures: how often and how fast each provider replies to the network's published views. */
@Controller
class ResponsesController {

    private final Networks networks;
    private final Replies replies;

    ResponsesController(Networks networks, Replies replies) {
        this.networks = networks;
        this.replies = replies;
    }

    @GetMapping("/n/{slug}/views/responses")
    String rates(@PathVariable String slug, Model model) {
        NetworkSummary network = networks.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("network", network).addAttribute("rates", replies.rates());
        return "feedback/insight/responses";
    }
}
