package org.localvoice.powers.web;

import org.localvoice.powers.domain.ClockViews;
import org.localvoice.powers.domain.VisitReferrals;
import org.localvoice.shared.PageRequestParams;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Staff overview of statutory deadlines: everything due soon or overdue, across every power, soonest first. */
@Controller
class PowersOverviewController {

    private final ClockViews clocks;
    private final VisitReferrals visitReferrals;

    PowersOverviewController(ClockViews clocks, VisitReferrals visitReferrals) {
        this.clocks = clocks;
        this.visitReferrals = visitReferrals;
    }

    @GetMapping("/manage/powers")
    String overview(@RequestParam(required = false) Integer page, Model model) {
        Paging.add(model, clocks.dueAndOverdue(PageRequestParams.of(page, null, Sort.unsorted())), "/manage/powers");
        model.addAttribute("pendingVisits", visitReferrals.pending(org.springframework.data.domain.PageRequest.of(0, 5)));
        return "powers/overview";
    }
}
