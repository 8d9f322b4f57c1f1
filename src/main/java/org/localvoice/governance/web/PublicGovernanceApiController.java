package org.localvoice.governance.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.function.Supplier;
import org.localvoice.governance.DecisionCategory;
import org.localvoice.governance.domain.Decisions;
import org.localvoice.governance.domain.Procedures;
import org.localvoice.governance.web.GovernanceApiDtos.DecisionDto;
import org.localvoice.governance.web.GovernanceApiDtos.PageDto;
import org.localvoice.governance.web.GovernanceApiDtos.ProcedureVersionDto;
import org.localvoice.shared.PageRequestParams;
import org.localvoice.shared.TenantContext;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The open API of a network's published decisions and required procedures. Nothing unpublished. */
@RestController
@RequestMapping("/api/v1/public/networks/{slug}")
@Tag(name = "Public governance", description = "A LINk's published decisions and required procedures")
class PublicGovernanceApiController {

    private final Networks networks;
    private final Decisions decisions;
    private final Procedures procedures;

    PublicGovernanceApiController(Networks networks, Decisions decisions, Procedures procedures) {
        this.networks = networks;
        this.decisions = decisions;
        this.procedures = procedures;
    }

    @GetMapping("/decisions")
    @Operation(summary = "Published decisions with their reasons, newest first", description = "category: a letter a to h")
    ResponseEntity<?> decisions(@PathVariable String slug, @RequestParam(required = false) String category,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        DecisionCategory c = DecisionsController.category(category);
        if (category != null && !category.isBlank() && c == null) {
            return GovernanceApiController.problem(HttpStatus.BAD_REQUEST, "Invalid category",
                    "category must be a letter a to h.", "/api/v1/public/networks/" + slug + "/decisions", List.of());
        }
        return inNetwork(slug, "/decisions", () -> ResponseEntity.ok(PageDto.of(decisions.published(c,
                PageRequestParams.of(page, size, Sort.unsorted())).map(DecisionDto::of))));
    }

    @GetMapping("/procedures")
    @Operation(summary = "Published versions of required procedures, newest first")
    ResponseEntity<?> procedures(@PathVariable String slug, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return inNetwork(slug, "/procedures", () -> ResponseEntity.ok(PageDto.of(procedures.published(
                PageRequestParams.of(page, size, Sort.unsorted())).map(ProcedureVersionDto::of))));
    }

    private ResponseEntity<?> inNetwork(String slug, String path, Supplier<ResponseEntity<?>> work) {
        NetworkSummary network = networks.findBySlug(slug).orElse(null);
        if (network == null) {
            return GovernanceApiController.problem(HttpStatus.NOT_FOUND, "Not found", "No network " + slug + ".",
                    "/api/v1/public/networks/" + slug + path, List.of());
        }
        return TenantContext.runAs(network.id(), work);
    }
}
