package org.localvoice.audit.web;

import java.util.List;
import java.util.stream.Collectors;
import org.localvoice.audit.AuditEntryView;
import org.localvoice.audit.AuditTrail;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit}: the host manager's own network's trail, filtered and paged like the page. */
@RestController
class AuditApiController {

    private final AuditTrail trail;
    private final MessageSource messages;

    AuditApiController(AuditTrail trail, MessageSource messages) {
        this.trail = trail;
        this.messages = messages;
    }

    @GetMapping("/api/v1/audit")
    @PreAuthorize("hasRole('HOST_MANAGER')")
    AuditEntries entries(@ModelAttribute AuditSearchForm search) {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(search, "search");
        search.validate(errors);
        if (errors.hasErrors()) {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
            problem.setTitle("Invalid filter");
            problem.setDetail(errors.getFieldErrors().stream()
                    .map(e -> e.getField() + ": " + messages.getMessage(e, LocaleContextHolder.getLocale()))
                    .collect(Collectors.joining("; ")));
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        Page<AuditEntryView> page = trail.networkEntries(search.filter(), search.pageIndex());
        return new AuditEntries(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }

    /** One page of entries, newest first. */
    record AuditEntries(List<AuditEntryView> items, int page, int size, long totalItems, int totalPages) {
    }
}
