package org.localvoice.membership.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.localvoice.membership.OrganisationKind;
import org.localvoice.membership.ParticipantKind;
import org.localvoice.membership.domain.ContactDetails;
import org.localvoice.membership.domain.Interests;
import org.localvoice.membership.domain.JoinedVia;
import org.localvoice.membership.domain.Memberships;
import org.localvoice.membership.domain.NewParticipant;
import org.localvoice.membership.domain.Participant;
import org.localvoice.membership.domain.ParticipantStatus;
import org.localvoice.shared.PageRequestParams;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Staff API for the network's participants: list (name prefix, paged), read one, add one. */
@RestController
@RequestMapping("/api/v1/participants")
@Tag(name = "Participants", description = "The people and organisations taking part in the network (host staff)")
class ParticipantsApiController {

    private final Memberships memberships;
    private final MessageSource messages;

    ParticipantsApiController(Memberships memberships, MessageSource messages) {
        this.memberships = memberships;
        this.messages = messages;
    }

    record ParticipantItem(UUID id, String name, ParticipantKind kind, OrganisationKind organisationKind,
            ParticipantStatus status, long version) {
    }

    record ParticipantPage(List<ParticipantItem> items, int page, int size, long totalItems, int totalPages) {
    }

    record ParticipantDetails(ParticipantItem participant, ContactDetails contact, List<String> interests) {
    }

    /** A participant to add; staff adding someone is the decision to accept them. */
    record NewParticipantRequest(ParticipantKind kind, OrganisationKind organisationKind, String name, String email,
            String phone, String address, String postcode, Boolean byEmail, Boolean byPost, Boolean byPhone,
            Boolean largePrint, Boolean easyRead, Boolean braille, Boolean audio, Boolean interpreter,
            String interpreterLanguage, List<String> interests, String availability) {
    }

    @GetMapping
    @PreAuthorize("hasRole('HOST_STAFF')")
    @Operation(summary = "Participants whose name starts with q (any when blank), by name; status filters by membership status")
    ResponseEntity<?> list(@RequestParam(required = false) String q, @RequestParam(required = false) ParticipantStatus status,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        if ((page != null && page < 0) || (size != null && size < 1) || (q != null && q.length() > 200)) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid query", "page must be 0 or more, size 1 or more, q at most 200 characters.",
                    null);
        }
        Page<Participant> found = memberships.search(q, status, PageRequestParams.of(page, size, Sort.unsorted()));
        return ResponseEntity.ok(new ParticipantPage(found.map(ParticipantsApiController::item).getContent(), found.getNumber(),
                found.getSize(), found.getTotalElements(), found.getTotalPages()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasRole('HOST_STAFF')")
    @Operation(summary = "One participant with contact details, preferences and interests (404 for another network's)")
    ResponseEntity<?> read(@PathVariable UUID id) {
        return memberships.find(id).<ResponseEntity<?>>map(p -> ResponseEntity.ok(new ParticipantDetails(item(p),
                        memberships.contact(id).orElse(null), memberships.interests(id))))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "Not found", "No participant with id " + id + ".", null));
    }

    @PostMapping
    @PreAuthorize("hasRole('HOST_STAFF')")
    @Operation(summary = "Add a participant (accepted at once); 400 with the problem of each field when input is wrong")
    ResponseEntity<?> create(@RequestBody NewParticipantRequest body, Locale locale) {
        ParticipantForm form = form(body);
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(form, "participant");
        form.validateAll(errors);
        if (errors.hasErrors()) {
            List<java.util.Map<String, String>> fields = errors.getFieldErrors().stream()
                    .map(f -> java.util.Map.of("field", f.getField(), "message", messages.getMessage(f, locale))).toList();
            return problem(HttpStatus.BAD_REQUEST, "Invalid participant", "Some fields are missing or wrong.", fields);
        }
        Participant p = memberships.join(new NewParticipant(form.getKind(), form.getOrganisationKind(), form.getName(),
                form.contactDetails(), Interests.parse(body.interests() == null ? null : String.join(",", body.interests())),
                null), JoinedVia.STAFF, null);
        Participant saved = memberships.find(p.getId()).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/participants/" + p.getId())).body(item(saved));
    }

    private static ParticipantForm form(NewParticipantRequest b) {
        ParticipantForm f = new ParticipantForm();
        f.setKind(b.kind());
        f.setOrganisationKind(b.organisationKind());
        f.setName(b.name());
        f.fill(new ContactDetails(b.email(), b.phone(), b.address(), b.postcode(), yes(b.byEmail()), yes(b.byPost()),
                yes(b.byPhone()), yes(b.largePrint()), yes(b.easyRead()), yes(b.braille()), yes(b.audio()), yes(b.interpreter()),
                b.interpreterLanguage(), b.availability()));
        return f;
    }

    private static boolean yes(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    private static ParticipantItem item(Participant p) {
        return new ParticipantItem(p.getId(), p.getDisplayName(), p.getKind(), p.getOrganisationKind(), p.getStatus(),
                p.getVersion());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail, Object errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create("/api/v1/participants"));
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
