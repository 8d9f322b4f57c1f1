package org.localvoice.feedback.themes.domain;

import java.util.List;
import java.util.UUID;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.Networks;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo moderation of themes: the demo networks' published views get the model's first two suggestions
 * confirmed, as a moderator would, so that the public pages by theme and the insight charts have something
 * to show. Once: only views with no confirmed theme are marked.
 */
@Component
@ConditionalOnProperty(name = "localvoice.demo-data", havingValue = "true")
class ThemesDemoData {

    static final int MARKS_PER_VIEW = 2;
    static final int MAX_VIEWS = 200;

    private final Networks networks;
    private final ThemeMarks marks;
    private final ViewTexts views;

    ThemesDemoData(Networks networks, ThemeMarks marks, ViewTexts views) {
        this.networks = networks;
        this.marks = marks;
        this.views = views;
    }

    /** After the demo views (order 10) and the theme framework (order 11). */
    @EventListener(ApplicationReadyEvent.class)
    @Order(12)
    void load() {
        for (String slug : List.of("trafford", "barnet")) {
            networks.findBySlug(slug).ifPresent(n -> TenantContext.runAs(n.id(), this::confirmSuggestions));
        }
    }

    private Void confirmSuggestions() {
        for (UUID view : views.publishedWithoutConfirmedThemes(MAX_VIEWS)) {
            String text = marks.viewText(view).orElse("");
            List<ThemeMarks.Mark> chosen = marks.suggest(text).stream().limit(MARKS_PER_VIEW)
                    .map(s -> new ThemeMarks.Mark(s.themeId(), s.sentiment())).toList();
            if (!chosen.isEmpty()) {
                marks.confirm(view, chosen);
            }
        }
        return null;
    }
}
