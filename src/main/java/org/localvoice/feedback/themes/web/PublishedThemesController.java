package org.localvoice.feedback.themes.web;

import java.util.UUID;
import org.localvoice.feedback.themes.domain.PublishedThemes;
import org.localvoice.feedback.themes.domain.Sentiment;
import org.localvoice.feedback.themes.domain.Theme;
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

/**
 * Published views by theme, for the public: the themes moderators confirmed on published views, with how
 * many views praise or criticise each, and the views about one theme (of one sentiment when chosen).
 */
@Controller
class PublishedThemesController {

    static final int PAGE_SIZE = 20;

    private final Networks networks;
    private final PublishedThemes published;

    PublishedThemesController(Networks networks, PublishedThemes published) {
        this.networks = networks;
        this.published = published;
    }

    @GetMapping("/n/{slug}/views/themes")
    String themes(@PathVariable String slug, Model model) {
        model.addAttribute("network", network(slug)).addAttribute("tallies", published.tallies());
        return "feedback/themes/published-themes";
    }

    @GetMapping("/n/{slug}/views/themes/{themeId}")
    String theme(@PathVariable String slug, @PathVariable String themeId, @RequestParam(required = false) String sentiment,
            @RequestParam(required = false) Integer page, Model model) {
        NetworkSummary network = network(slug);
        Theme theme = published.theme(uuid(themeId)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Sentiment chosen = sentiment(sentiment);
        Page<PublishedThemes.ThemedView> views = published.views(theme.getId(), chosen, PageRequestParams.of(page, PAGE_SIZE, Sort.unsorted()));
        String base = "/n/" + network.slug() + "/views/themes/" + theme.getId() + "?"
                + (chosen == null ? "" : "sentiment=" + chosen + "&");
        model.addAttribute("network", network).addAttribute("theme", theme).addAttribute("views", views)
                .addAttribute("sentiment", chosen).addAttribute("sentiments", Sentiment.values())
                .addAttribute("previousHref", views.hasPrevious() ? base + "page=" + (views.getNumber() - 1) : null)
                .addAttribute("nextHref", views.hasNext() ? base + "page=" + (views.getNumber() + 1) : null);
        return "feedback/themes/published-theme";
    }

    private NetworkSummary network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Sentiment sentiment(String value) {
        for (Sentiment s : Sentiment.values()) {
            if (s.name().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return s;
            }
        }
        return null;
    }

    private static UUID uuid(String s) {
        try {
            return s == null ? null : UUID.fromString(s.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
