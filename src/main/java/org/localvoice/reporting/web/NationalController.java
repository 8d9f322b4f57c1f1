package org.localvoice.reporting.web;

import org.localvoice.reporting.NationalView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The national view page: networks by region with aggregate numbers only. */
@Controller
class NationalController {

    private final NationalView national;

    NationalController(NationalView national) {
        this.national = national;
    }

    @GetMapping("/national")
    String overview(Model model) {
        model.addAttribute("figures", national.figures());
        return "national/overview";
    }
}
