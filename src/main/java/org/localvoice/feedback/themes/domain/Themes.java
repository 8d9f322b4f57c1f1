package org.localvoice.feedback.themes.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.audit.AuditableChange;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current network's theme taxonomy: listing, adding, renaming, retiring. Another network's theme is never found. */
@Service
public class Themes {

    private final ThemeRepository themes;
    private final ApplicationEventPublisher events;

    Themes(ThemeRepository themes, ApplicationEventPublisher events) {
        this.themes = themes;
        this.events = events;
    }

    /** Every theme of the network, categories and themes, in taxonomy order (a few dozen rows). */
    @Transactional(readOnly = true)
    public List<Theme> all() {
        return themes.findAllByOrderByPositionAscNameAsc();
    }

    @Transactional(readOnly = true)
    public Optional<Theme> find(UUID id) {
        UUID network = TenantContext.requireNetwork();
        return themes.findById(id).filter(t -> network.equals(t.getNetworkId()));
    }

    @Transactional(readOnly = true)
    public Optional<Theme> byCode(String code) {
        return themes.findByCode(code);
    }

    /** Adds a theme under a category (or a new category when {@code parentId} is null). */
    @Transactional
    public UUID add(String name, UUID parentId) {
        if (parentId != null && find(parentId).filter(Theme::isCategory).isEmpty()) {
            throw new IllegalArgumentException("No category " + parentId);
        }
        String code = ThemeCodes.of(name);
        for (int n = 2; themes.existsByCode(code); n++) {
            code = ThemeCodes.of(name) + "-" + n;
        }
        int position = all().stream().mapToInt(Theme::getPosition).max().orElse(0) + 1;
        Theme theme = themes.save(new Theme(code, name, null, parentId, position));
        audit(theme, "THEME_ADDED", name);
        return theme.getId();
    }

    @Transactional
    public void rename(UUID id, long version, String name) {
        Theme theme = current(id, version);
        String old = theme.getName();
        theme.rename(name);
        themes.saveAndFlush(theme);
        audit(theme, "THEME_RENAMED", old + " -> " + name);
    }

    /** Retires a theme (no longer suggested or offered) or brings it back. Its marks stay. */
    @Transactional
    public void setActive(UUID id, long version, boolean active) {
        Theme theme = current(id, version);
        theme.setActive(active);
        themes.saveAndFlush(theme);
        audit(theme, active ? "THEME_REINSTATED" : "THEME_RETIRED", theme.getName());
    }

    /** Adds the framework's entries the current network lacks; returns how many were added. */
    @Transactional
    public int seedFramework() {
        Map<String, UUID> ids = new HashMap<>();
        all().forEach(t -> ids.put(t.getCode(), t.getId()));
        int added = 0;
        int position = 0;
        for (ThemeFramework.Entry e : ThemeFramework.entries()) {
            position++;
            if (!ids.containsKey(e.code())) {
                UUID parent = e.parentCode() == null ? null : ids.get(e.parentCode());
                ids.put(e.code(), themes.save(new Theme(e.code(), e.name(), e.description(), parent, position)).getId());
                added++;
            }
        }
        return added;
    }

    private Theme current(UUID id, long version) {
        Theme theme = find(id).orElseThrow(() -> new IllegalArgumentException("No theme " + id));
        if (theme.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Theme.class, id);
        }
        return theme;
    }

    private void audit(Theme theme, String action, String detail) {
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "Theme", theme.getId(), action, detail));
    }
}
