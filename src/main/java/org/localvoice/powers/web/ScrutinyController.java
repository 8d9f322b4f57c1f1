package org.localvoice.powers.web;

import java.util.UUID;
import org.localvoice.powers.domain.OscReferrals;
import org.localvoice.shared.PageRequestParams;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The scrutiny officers of the network's local authority record the committee's acknowledgement,
 * its updates and its decisions on referrals themselves.
 */
@Controller
@RequestMapping("/scrutiny/referrals")
@PreAuthorize("hasRole('SCRUTINY_OFFICER')")
class ScrutinyController extends CommitteeEntryMappings {

    static final String BASE = "/scrutiny/referrals";

    private final OscReferrals referrals;
    private final ReferralPages pages;

    ScrutinyController(OscReferrals referrals, ReferralPages pages) {
        super(pages, BASE);
        this.referrals = referrals;
        this.pages = pages;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        Paging.add(model, referrals.list(PageRequestParams.of(page, null, Sort.unsorted())), BASE);
        model.addAttribute("base", BASE);
        model.addAttribute("staff", false);
        return "powers/referrals";
    }

    @GetMapping("/{referralId}")
    String show(@PathVariable UUID referralId, Model model) {
        model.addAttribute("staff", false);
        return pages.show(BASE, referralId, model);
    }
}
