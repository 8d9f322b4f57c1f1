package org.localvoice.feedback.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.localvoice.directory.PremisesSummary;
import org.localvoice.feedback.ViewChannel;
import org.localvoice.feedback.ViewStatus;
import org.localvoice.feedback.domain.Experience;
import org.localvoice.feedback.domain.Experiences;
import org.localvoice.feedback.domain.References;
import org.localvoice.feedback.domain.SubmissionLimiter;
import org.localvoice.shared.PageRequestParams;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The open views API of a network: give a view (rate-limited), read published views. Errors are RFC 9457 problems. */
@RestController
@RequestMapping("/api/v1/public/networks/{slug}/views")
@Tag(name = "People's views (public)", description = "Give a view of a care service; read published, anonymised views")
class PublicViewsApiController {

    private final Networks networks;
    private final Experiences experiences;
    private final ServiceChoice services;
    private final SubmissionLimiter limiter;
    private final MessageSource messages;

    PublicViewsApiController(Networks networks, Experiences experiences, ServiceChoice services, SubmissionLimiter limiter,
            MessageSource messages) {
        this.networks = networks;
        this.experiences = experiences;
        this.services = services;
        this.limiter = limiter;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Give a view: 201 with its reference; 400 with the fields in error; 429 when this client sent too many this hour")
    ResponseEntity<?> submit(@PathVariable String slug, @RequestBody ViewDtos.SubmitView body, HttpServletRequest request) {
        NetworkSummary network = network(slug);
        return TenantContext.runAs(network.id(), () -> {
            ViewForm form = form(body);
            Optional<PremisesSummary> premises = services.premises(form.premisesUuid());
            BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "view");
            form.validate(errors, premises.isPresent(), LocalDate.now(PublicViewController.LONDON));
            if (errors.hasErrors()) {
                ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid view", "Some fields are not valid.", request);
                problem.setProperty("errors", errors.getFieldErrors().stream().map(e -> Map.of("field", apiField(e.getField()),
                        "message", messages.getMessage(e, LocaleContextHolder.getLocale()))).toList());
                return respond(problem);
            }
            if (!limiter.tryAcquire(network.id(), request.getRemoteAddr())) {
                return respond(problem(HttpStatus.TOO_MANY_REQUESTS, "Too many views",
                        "This client has sent " + limiter.perHour() + " views in the last hour. Try again later.", request));
            }
            Experience saved = experiences.record(form.toNewExperience(premises.map(PremisesSummary::id).orElse(null),
                    premises.map(ServiceChoice::providerOf).orElse(null),
                    premises.map(PremisesSummary::name).orElse(form.getServiceName() == null ? null : form.getServiceName().trim()),
                    ViewChannel.API, LocalDate.now(PublicViewController.LONDON)));
            return ResponseEntity.created(URI.create(request.getRequestURI() + "/" + saved.getReference()))
                    .body(new ViewDtos.Submitted(saved.getReference(), saved.getStatus().name()));
        });
    }

    @GetMapping
    @Operation(summary = "Published views, newest first; service = a premises id to filter by")
    ViewDtos.Page<ViewDtos.PublishedView> list(@PathVariable String slug, @RequestParam(required = false) UUID service,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        NetworkSummary network = network(slug);
        return TenantContext.runAs(network.id(), () -> ViewDtos.Page.of(experiences.published(service,
                PageRequestParams.of(page, size, PublishedViewsController.NEWEST_PUBLISHED)), ViewDtos.PublishedView::of));
    }

    @GetMapping("/{reference}")
    @Operation(summary = "One published view by its reference")
    ViewDtos.PublishedView one(@PathVariable String slug, @PathVariable String reference) {
        NetworkSummary network = network(slug);
        String ref = References.normalise(reference);
        return TenantContext.runAs(network.id(), () -> (References.valid(ref) ? experiences.findByReference(ref) : Optional.<Experience>empty())
                .filter(v -> v.getStatus() == ViewStatus.PUBLISHED).map(ViewDtos.PublishedView::of)
                .orElseThrow(() -> new java.util.NoSuchElementException("No published view " + reference)));
    }

    static ViewForm form(ViewDtos.SubmitView b) {
        ViewForm f = new ViewForm();
        f.setPremisesId(b.premisesId() == null ? null : b.premisesId().toString());
        f.setServiceName(b.serviceName());
        f.setText(b.text());
        if (b.happened() != null) {
            String[] parts = b.happened().trim().split("-");
            f.setWhenYear(parts[0]);
            f.setWhenMonth(parts.length > 1 ? parts[1] : "");
            f.setWhenDay(parts.length > 2 ? parts[2] : null);
        }
        f.setRating(b.rating() == null ? null : String.valueOf(b.rating()));
        f.setIdentity(b.name() == null || b.name().isBlank() ? "ANONYMOUS" : "NAMED");
        f.setName(b.name());
        f.setContact(Boolean.TRUE.equals(b.mayContact()) ? "YES" : "NO");
        f.setContactBy(b.contactBy());
        f.setEmail(b.email());
        f.setPhone(b.phone());
        f.setConsent(b.consent());
        return f;
    }

    private static String apiField(String field) {
        return switch (field) {
            case "whenMonth" -> "happened";
            case "identity" -> "name";
            case "contact" -> "mayContact";
            default -> field;
        };
    }

    private NetworkSummary network(String slug) {
        return networks.findBySlug(slug).orElseThrow(() -> new java.util.NoSuchElementException("No network " + slug));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
