package org.localvoice.directory.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.localvoice.directory.Directory;
import org.localvoice.directory.DirectorySearch;
import org.localvoice.directory.PremisesSummary;
import org.localvoice.directory.ServiceType;
import org.localvoice.directory.domain.Postcodes;
import org.localvoice.shared.PageRequestParams;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The open directory API: search premises and read one. Bad input gives RFC 9457 problem details. */
@RestController
@RequestMapping("/api/v1/public/directory/premises")
class DirectoryApiController {

    private static final Pattern GSS = Pattern.compile("^[EWSN][0-9]{8}$");
    private static final int MAX_QUERY = 200;

    private final Directory directory;

    DirectoryApiController(Directory directory) {
        this.directory = directory;
    }

    /** A page of premises. With {@code moreThanTotal}, there are more than {@code totalItems} matches. */
    record PremisesPage(List<PremisesSummary> items, int page, int size, long totalItems, int totalPages,
            boolean moreThanTotal) {
    }

    @GetMapping
    ResponseEntity<?> search(@RequestParam(required = false) String q, @RequestParam(required = false) String postcode,
            @RequestParam(required = false) String type, @RequestParam(required = false) String la,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        if (q != null && q.length() > MAX_QUERY) {
            return problem(HttpStatus.BAD_REQUEST, "Query too long", "q must be at most " + MAX_QUERY + " characters.");
        }
        if (postcode != null && !postcode.isBlank() && Postcodes.searchTerm(postcode).isEmpty()) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid postcode",
                    "postcode must be a full postcode (M33 7ZF), a sector (M33 7) or a district (M33).");
        }
        ServiceType serviceType = null;
        if (type != null && !type.isBlank()) {
            serviceType = ServiceType.fromCode(type).orElse(null);
            if (serviceType == null) {
                return problem(HttpStatus.BAD_REQUEST, "Invalid service type", "type must be one of "
                        + java.util.Arrays.toString(ServiceType.values()) + ".");
            }
        }
        if (la != null && !la.isBlank() && !GSS.matcher(la.trim()).matches()) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid local authority", "la must be a GSS code such as E08000009.");
        }
        Integer p = number(page);
        Integer s = number(size);
        if ((page != null && (p == null || p < 0)) || (size != null && (s == null || s < 1))) {
            return problem(HttpStatus.BAD_REQUEST, "Invalid paging", "page must be 0 or more and size 1 or more.");
        }
        Page<PremisesSummary> result = directory.search(new DirectorySearch(q, postcode, serviceType,
                la == null || la.isBlank() ? null : la.trim(), null), PageRequestParams.of(p, s, Sort.unsorted()));
        boolean more = result.getTotalElements() > Directory.COUNT_CAP;
        return ResponseEntity.ok(new PremisesPage(result.getContent(), result.getNumber(), result.getSize(),
                Math.min(result.getTotalElements(), Directory.COUNT_CAP), result.getTotalPages(), more));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> premises(@PathVariable UUID id) {
        return directory.premises(id).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "Not found", "No premises with id " + id + "."));
    }

    private static Integer number(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(URI.create("/api/v1/public/directory/premises"));
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
