package org.localvoice.feedback.insight.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.localvoice.feedback.insight.domain.Impact;
import org.localvoice.feedback.insight.domain.ImpactRecords;
import org.localvoice.shared.PageRequestParams;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The public "what changed" page: what services changed after people's views, with the published views behind it. */
@Controller
class WhatChangedController {

    private final Networks networks;
    private final ImpactRecords impacts;

    WhatChangedController(Networks networks, ImpactRecords impacts) {
        this.networks = networks;
        this.impacts = impacts;
    }

    @GetMapping("/n/{slug}/what-changed")
    String list(@PathVariable String slug, @RequestParam(required = false) Integer page, Model model) {
        NetworkSummary network = networks.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Page<Impact> records = impacts.list(PageRequestParams.of(page, 10, Sort.unsorted()));
        Map<UUID, List<ImpactRecords.LinkedView>> views = new LinkedHashMap<>();
        records.forEach(r -> views.put(r.getId(), impacts.views(r.getId(), true)));
        String base = "/n/" + network.slug() + "/what-changed?page=";
        model.addAttribute("network", network).addAttribute("records", records).addAttribute("views", views)
                .addAttribute("previousHref", records.hasPrevious() ? base + (records.getNumber() - 1) : null)
                .addAttribute("nextHref", records.hasNext() ? base + (records.getNumber() + 1) : null);
        return "feedback/insight/what-changed";
    }
}
