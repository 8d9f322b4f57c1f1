package org.localvoice.audit.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.localvoice.audit.AuditEntryView;
import org.localvoice.audit.AuditFilter;
import org.localvoice.audit.AuditTrail;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The audit trail viewer: a host manager's own network at {@code /manage/audit}, the platform-level
 * entries for a platform administrator at {@code /admin/audit}. The facade enforces both the role and the
 * network; another network's entry is simply not found.
 */
@Controller
class AuditPagesController {

    static final String MANAGE = "/manage/audit";
    static final String ADMIN = "/admin/audit";
    static final String MANAGER = "hasRole('HOST_MANAGER')";
    static final String PLATFORM_ADMIN = "hasRole('PLATFORM_ADMIN')";

    private final AuditTrail trail;

    AuditPagesController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping(MANAGE)
    @PreAuthorize(MANAGER)
    String networkTrail(@ModelAttribute("search") AuditSearchForm search, BindingResult errors,
            HttpServletRequest request, Locale locale, Model model) {
        return list(MANAGE, trail::networkEntries, search, errors, request, locale, model);
    }

    @GetMapping(MANAGE + "/{id}")
    @PreAuthorize(MANAGER)
    String networkEntry(@PathVariable UUID id, Locale locale, Model model) {
        return entry(MANAGE, trail::networkEntry, id, locale, model);
    }

    @GetMapping(ADMIN)
    @PreAuthorize(PLATFORM_ADMIN)
    String platformTrail(@ModelAttribute("search") AuditSearchForm search, BindingResult errors,
            HttpServletRequest request, Locale locale, Model model) {
        return list(ADMIN, trail::platformEntries, search, errors, request, locale, model);
    }

    @GetMapping(ADMIN + "/{id}")
    @PreAuthorize(PLATFORM_ADMIN)
    String platformEntry(@PathVariable UUID id, Locale locale, Model model) {
        return entry(ADMIN, trail::platformEntry, id, locale, model);
    }

    private String list(String base, BiFunction<AuditFilter, Integer, Page<AuditEntryView>> source,
            AuditSearchForm search, BindingResult errors, HttpServletRequest request, Locale locale, Model model) {
        search.validate(errors);
        Page<AuditEntryView> page = errors.hasErrors() ? Page.empty() : source.apply(search.filter(), search.pageIndex());
        DateTimeFormatter when = formatter(locale);
        model.addAttribute("base", base);
        model.addAttribute("platform", ADMIN.equals(base));
        model.addAttribute("filtered", search.anyFilter());
        model.addAttribute("page", page);
        model.addAttribute("rows", page.getContent().stream().map(e -> new Row(e, when.format(e.occurredAt()))).toList());
        model.addAttribute("previousHref", page.hasPrevious() ? pageHref(request, page.getNumber() - 1) : null);
        model.addAttribute("nextHref", page.hasNext() ? pageHref(request, page.getNumber() + 1) : null);
        model.addAttribute("firstShown", page.getTotalElements() == 0 ? 0 : page.getNumber() * (long) AuditTrail.PAGE_SIZE + 1);
        model.addAttribute("lastShown", page.getNumber() * (long) AuditTrail.PAGE_SIZE + page.getNumberOfElements());
        return "audit/list";
    }

    private String entry(String base, Function<UUID, Optional<AuditEntryView>> source, UUID id, Locale locale,
            Model model) {
        AuditEntryView entry = source.apply(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("base", base);
        model.addAttribute("platform", ADMIN.equals(base));
        model.addAttribute("row", new Row(entry, formatter(locale).format(entry.occurredAt())));
        return "audit/entry";
    }

    private static DateTimeFormatter formatter(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(AuditFilter.ZONE);
    }

    private static String pageHref(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("page", page).build().toUriString();
    }

    /** An entry with its time written for people. */
    public record Row(AuditEntryView entry, String when) {

        /** Whether the outcome was a refusal or an error (a failed sign-in, a 4xx or 5xx status). */
        public boolean failed() {
            String o = entry.outcome();
            return "failure".equals(o) || o.startsWith("4") || o.startsWith("5");
        }
    }
}
