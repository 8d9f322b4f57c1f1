package org.localvoice.access.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.localvoice.access.AccountPrincipal;
import org.localvoice.access.Role;
import org.localvoice.access.domain.Profiles;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who am I: the account behind the API token, and changing its name and language. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Account", description = "The account the token belongs to")
class MeApiController {

    private final Profiles profiles;
    private final Networks networks;

    MeApiController(Profiles profiles, Networks networks) {
        this.profiles = profiles;
        this.networks = networks;
    }

    record Me(UUID id, String name, String email, String network, List<Role> roles, String preferredLanguage,
            boolean twoFactor, long version) {
    }

    record ProfileChange(
            @NotBlank @Size(max = 120) String name,
            @Pattern(regexp = "en|ur", message = "must be en or ur") String preferredLanguage,
            @NotNull Long version) {
    }

    @GetMapping
    @Operation(summary = "The signed-in account: id, name, network and roles")
    Me me(@AuthenticationPrincipal AccountPrincipal principal) {
        return toMe(profiles.get(principal.user().accountId()));
    }

    @PatchMapping
    @Operation(summary = "Change the account's name and language; send the version you read (409 when stale)")
    Me change(@AuthenticationPrincipal AccountPrincipal principal, @Valid @RequestBody ProfileChange change) {
        return toMe(profiles.update(principal.user().accountId(), change.name(), change.preferredLanguage(),
                change.version()));
    }

    private Me toMe(Profiles.Profile p) {
        String network = p.networkId() == null ? null
                : networks.findById(p.networkId()).map(NetworkSummary::slug).orElse(null);
        return new Me(p.id(), p.displayName(), p.email(), network, p.roles().stream().sorted().toList(),
                p.preferredLanguage(), p.twoFactor(), p.version());
    }
}
