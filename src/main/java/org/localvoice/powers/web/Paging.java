package org.localvoice.powers.web;

import org.springframework.data.domain.Page;
import org.springframework.ui.Model;

/** Previous and next links of a paged list, for the shared pager fragment. */
final class Paging {

    private Paging() {
    }

    static void add(Model model, Page<?> page, String base) {
        String join = base.contains("?") ? "&" : "?";
        model.addAttribute("page", page);
        model.addAttribute("previousHref", page.hasPrevious() ? base + join + "page=" + (page.getNumber() - 1) : null);
        model.addAttribute("nextHref", page.hasNext() ? base + join + "page=" + (page.getNumber() + 1) : null);
    }
}
