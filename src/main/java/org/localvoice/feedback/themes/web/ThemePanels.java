package org.localvoice.feedback.themes.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.localvoice.feedback.themes.domain.Sentiment;
import org.localvoice.feedback.themes.domain.Theme;
import org.localvoice.feedback.themes.domain.ThemeMark;
import org.localvoice.feedback.themes.domain.ThemeMarks;
import org.localvoice.feedback.themes.domain.Themes;
import org.springframework.stereotype.Component;

/**
 * What the themes panel on a view's moderation page shows: the themes already marked, then the model's
 * other suggestions (ticked until a moderator has confirmed the view's themes), and the other themes to
 * add by hand. Called from the template as {@code @themePanels.forView(id)}, so the page's controller
 * needs no change.
 */
@Component("themePanels")
public class ThemePanels {

    /** One theme row: tick box, name, sentiment radios, and why it was suggested. */
    public record Row(UUID themeId, String name, Sentiment sentiment, boolean checked, boolean suggested, boolean confirmed,
            Integer scorePercent, List<String> why) {
    }

    /** The whole panel. {@code found} is false for a view that is not the network's. */
    public record Panel(UUID experienceId, boolean found, List<Row> rows, List<Theme> others, List<Sentiment> sentiments) {
    }

    private final ThemeMarks marks;
    private final Themes themes;

    ThemePanels(ThemeMarks marks, Themes themes) {
        this.marks = marks;
        this.themes = themes;
    }

    public Panel forView(UUID experienceId) {
        String text = marks.viewText(experienceId).orElse(null);
        if (text == null) {
            return new Panel(experienceId, false, List.of(), List.of(), List.of());
        }
        List<ThemeMarks.MarkedTheme> marked = marks.marksOf(experienceId);
        boolean decided = marked.stream().anyMatch(m -> m.source() == ThemeMark.Source.CONFIRMED);
        List<Row> rows = new ArrayList<>();
        Set<UUID> shown = new HashSet<>();
        for (ThemeMarks.MarkedTheme m : marked) {
            rows.add(new Row(m.themeId(), m.name(), m.sentiment(), true, m.source() == ThemeMark.Source.SUGGESTED,
                    m.source() == ThemeMark.Source.CONFIRMED, null, List.of()));
            shown.add(m.themeId());
        }
        for (ThemeMarks.SuggestedTheme s : marks.suggest(text)) {
            if (shown.add(s.themeId())) {
                rows.add(new Row(s.themeId(), s.name(), s.sentiment(), !decided, true, false,
                        (int) Math.round(s.score() * 100), s.why()));
            }
        }
        List<Theme> others = themes.all().stream().filter(t -> t.isActive() && !t.isCategory() && !shown.contains(t.getId()))
                .toList();
        return new Panel(experienceId, true, rows, others, List.of(Sentiment.values()));
    }
}
