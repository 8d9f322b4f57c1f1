package org.localvoice.feedback.themes.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.localvoice.access.CurrentUser;
import org.localvoice.audit.AuditableChange;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Themes on the current network's views: what the model suggests for a text, and what the moderator
 * confirms. Only the network's own active themes are suggested or accepted.
 */
@Service
public class ThemeMarks {

    /** A suggested theme of the network, with the model's sentiment, score and reasons. */
    public record SuggestedTheme(UUID themeId, String name, Sentiment sentiment, double score, List<String> why) {
    }

    /** A theme a moderator decided on, with what the view says about it. */
    public record Mark(UUID themeId, Sentiment sentiment) {
    }

    /** A theme marked on a view. */
    public record MarkedTheme(UUID themeId, String name, Sentiment sentiment, ThemeMark.Source source) {
    }

    private final ThemeMarkRepository marks;
    private final Themes themes;
    private final ThemeSuggester suggester;
    private final ViewTexts views;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ThemeMarks(ThemeMarkRepository marks, Themes themes, ThemeSuggester suggester, ViewTexts views,
            ApplicationEventPublisher events, Clock clock) {
        this.marks = marks;
        this.themes = themes;
        this.suggester = suggester;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    /** Themes for a text, most likely first; only the network's active themes. */
    @Transactional(readOnly = true)
    public List<SuggestedTheme> suggest(String text) {
        Map<String, Theme> active = activeByCode();
        List<SuggestedTheme> suggested = new ArrayList<>();
        for (Suggestion s : suggester.suggest(TenantContext.requireNetwork(), text)) {
            Theme theme = active.get(s.themeCode());
            if (theme != null) {
                suggested.add(new SuggestedTheme(theme.getId(), theme.getName(), s.sentiment(), s.score(), s.why()));
            }
        }
        return suggested;
    }

    /** The view's text, when it is the current network's view. */
    @Transactional(readOnly = true)
    public Optional<String> viewText(UUID experienceId) {
        return views.text(experienceId);
    }

    @Transactional(readOnly = true)
    public List<MarkedTheme> marksOf(UUID experienceId) {
        Map<UUID, Theme> all = themes.all().stream().collect(Collectors.toMap(Theme::getId, t -> t));
        return marks.findByExperienceId(experienceId).stream().filter(m -> all.containsKey(m.getThemeId()))
                .map(m -> new MarkedTheme(m.getThemeId(), all.get(m.getThemeId()).getName(), m.getSentiment(), m.getSource()))
                .toList();
    }

    /** Stores the model's suggestions for a view that has none yet (when it comes in). */
    @Transactional
    public void recordSuggestions(UUID experienceId) {
        String text = views.text(experienceId).orElseThrow(() -> new NoSuchElementException("No view " + experienceId));
        if (!marks.findByExperienceId(experienceId).isEmpty()) {
            return;
        }
        for (SuggestedTheme s : suggest(text)) {
            marks.save(new ThemeMark(experienceId, s.themeId(), s.sentiment(), ThemeMark.Source.SUGGESTED, null, clock.instant()));
        }
    }

    /**
     * The moderator's decision: the view's themes become exactly these, confirmed by the signed-in user.
     *
     * @throws NoSuchElementException   when the view is not the current network's
     * @throws IllegalArgumentException when a theme is not one of the network's active themes
     */
    @Transactional
    public void confirm(UUID experienceId, List<Mark> decided) {
        views.text(experienceId).orElseThrow(() -> new NoSuchElementException("No view " + experienceId));
        Map<UUID, Mark> wanted = new LinkedHashMap<>();
        decided.forEach(m -> wanted.put(m.themeId(), m));
        Map<UUID, Theme> usable = new HashMap<>();
        themes.all().stream().filter(Theme::isActive).forEach(t -> usable.put(t.getId(), t));
        Map<UUID, ThemeMark> existing = new HashMap<>();
        marks.findByExperienceId(experienceId).forEach(m -> existing.put(m.getThemeId(), m));
        for (Mark m : wanted.values()) {
            if (!usable.containsKey(m.themeId()) && !existing.containsKey(m.themeId())) {
                throw new IllegalArgumentException("Not a theme in use: " + m.themeId());
            }
        }
        UUID by = CurrentUser.get().map(CurrentUser::accountId).orElse(null);
        existing.values().stream().filter(m -> !wanted.containsKey(m.getThemeId())).forEach(marks::delete);
        for (Mark m : wanted.values()) {
            ThemeMark mark = existing.get(m.themeId());
            if (mark == null) {
                marks.save(new ThemeMark(experienceId, m.themeId(), m.sentiment(), ThemeMark.Source.CONFIRMED, by, clock.instant()));
            } else {
                mark.mark(m.sentiment(), ThemeMark.Source.CONFIRMED, by, clock.instant());
            }
        }
        String detail = wanted.values().stream()
                .map(m -> Optional.ofNullable(usable.get(m.themeId())).map(Theme::getCode).orElse(m.themeId().toString())
                        + " " + m.sentiment())
                .collect(Collectors.joining(", "));
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "Experience", experienceId, "THEMES_CONFIRMED",
                detail.isEmpty() ? "no themes" : detail.length() > 480 ? detail.substring(0, 480) : detail));
    }

    private Map<String, Theme> activeByCode() {
        Map<String, Theme> active = new HashMap<>();
        themes.all().stream().filter(Theme::isActive).forEach(t -> active.put(t.getCode(), t));
        return active;
    }
}
