package org.localvoice.powers.web;

import org.localvoice.powers.domain.ClockViews;
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

    PowersOverviewController(ClockViews clocks) {
        this.clocks = clocks;
    }

    @GetMapping("/manage/powers")
    String overview(@RequestParam(required = false) Integer page, Model model) {
        Paging.add(model, clocks.dueAndOverdue(PageRequestParams.of(page, null, Sort.unsorted())), "/manage/powers");
        return "powers/overview";
    }
}
