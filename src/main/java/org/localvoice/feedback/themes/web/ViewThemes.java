package org.localvoice.feedback.themes.web;

import java.util.List;
import java.util.UUID;
import org.localvoice.feedback.themes.domain.PublishedThemes;
import org.springframework.stereotype.Component;

/** The confirmed themes under a published view, for the fragment {@code feedback/themes/view-themes :: themes(id, slug)}. */
@Component("viewThemes")
public class ViewThemes {

    private final PublishedThemes published;

    ViewThemes(PublishedThemes published) {
        this.published = published;
    }

    public List<PublishedThemes.ConfirmedTheme> of(UUID experienceId) {
        return published.confirmedOn(experienceId);
    }
}
