package org.localvoice.governance.web;

import org.springframework.data.domain.Page;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/** Previous and next links for a paged list, keeping the list's other parameters. */
final class Pages {

    private Pages() {
    }

    static void links(Model model, Page<?> page, String path, Object... params) {
        model.addAttribute("previousHref", page.hasPrevious() ? href(path, page.getNumber() - 1, params) : null);
        model.addAttribute("nextHref", page.hasNext() ? href(path, page.getNumber() + 1, params) : null);
    }

    static String href(String path, int page, Object... params) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        for (int i = 0; i + 1 < params.length; i += 2) {
            if (params[i + 1] != null && !params[i + 1].toString().isEmpty()) {
                b.queryParam(params[i].toString(), params[i + 1]);
            }
        }
        return b.queryParam("page", page).build().encode().toUriString();
    }
}
