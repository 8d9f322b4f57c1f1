package org.localvoice.feedback.themes.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.localvoice.feedback.themes.domain.Theme;

/** The taxonomy as the page shows it: each category with the themes under it. */
record ThemeTree(Theme category, List<Theme> themes) {

    static List<ThemeTree> of(List<Theme> all) {
        Map<UUID, ThemeTree> byCategory = new LinkedHashMap<>();
        all.stream().filter(Theme::isCategory).forEach(c -> byCategory.put(c.getId(), new ThemeTree(c, new ArrayList<>())));
        all.stream().filter(t -> !t.isCategory() && byCategory.containsKey(t.getParentId()))
                .forEach(t -> byCategory.get(t.getParentId()).themes().add(t));
        return List.copyOf(byCategory.values());
    }
}
