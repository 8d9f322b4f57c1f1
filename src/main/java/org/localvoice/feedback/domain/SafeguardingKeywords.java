package org.localvoice.feedback.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.localvoice.audit.AuditableChange;
import org.localvoice.shared.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The words that flag a new view as a possible safeguarding concern: the shipped defaults
 * ({@code feedback/safeguarding-keywords.txt}) and the current network's own. Whole words, any case.
 */
@Service
public class SafeguardingKeywords {

    public static final int MAX_LENGTH = 100;

    private final SafeguardingKeywordRepository keywords;
    private final ApplicationEventPublisher events;
    private final List<String> defaults;

    SafeguardingKeywords(SafeguardingKeywordRepository keywords, ApplicationEventPublisher events) {
        this.keywords = keywords;
        this.events = events;
        this.defaults = load();
    }

    public List<String> defaults() {
        return defaults;
    }

    @Transactional(readOnly = true)
    public List<SafeguardingKeyword> own() {
        return keywords.findAllByOrderByKeywordAsc();
    }

    /** The first keyword found in the text, if any. */
    @Transactional(readOnly = true)
    public Optional<String> firstIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return Stream.concat(defaults.stream(), own().stream().map(SafeguardingKeyword::getKeyword))
                .filter(k -> matches(lower, k)).findFirst();
    }

    @org.springframework.security.access.prepost.PreAuthorize("hasRole('HOST_MANAGER')")
    @Transactional
    public boolean add(String keyword) {
        String k = keyword.trim().toLowerCase(Locale.ROOT);
        if (k.isEmpty() || keywords.existsByKeyword(k)) {
            return false;
        }
        SafeguardingKeyword saved = keywords.save(new SafeguardingKeyword(k));
        events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "SafeguardingKeyword", saved.getId(),
                "added", k));
        return true;
    }

    @org.springframework.security.access.prepost.PreAuthorize("hasRole('HOST_MANAGER')")
    @Transactional
    public boolean remove(java.util.UUID id) {
        Optional<SafeguardingKeyword> found = keywords.findById(id).filter(k -> TenantContext.requireNetwork().equals(k.getNetworkId()));
        found.ifPresent(k -> {
            keywords.delete(k);
            events.publishEvent(new AuditableChange(TenantContext.requireNetwork(), "SafeguardingKeyword", id,
                    "removed", k.getKeyword()));
        });
        return found.isPresent();
    }

    static boolean matches(String lowerText, String keyword) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(keyword.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])")
                .matcher(lowerText);
        return m.find();
    }

    private static List<String> load() {
        try (InputStream in = new ClassPathResource("feedback/safeguarding-keywords.txt").getInputStream()) {
            return List.copyOf(new TreeSet<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT)).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
