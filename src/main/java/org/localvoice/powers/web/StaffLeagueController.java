package org.localvoice.powers.web;

import org.localvoice.powers.domain.LeagueTables;
import org.localvoice.shared.PageRequestParams;
import org.localvoice.shared.TenantContext;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The league table of who answered on time, for staff. */
@Controller
class StaffLeagueController {

    private final LeagueTables league;

    StaffLeagueController(LeagueTables league) {
        this.league = league;
    }

    @GetMapping("/manage/powers/league")
    String league(@RequestParam(required = false) Integer page, Model model) {
        Paging.add(model, league.of(TenantContext.requireNetwork(), PageRequestParams.of(page, null, Sort.unsorted())),
                "/manage/powers/league");
        model.addAttribute("staff", true);
        return "powers/league";
    }
}
