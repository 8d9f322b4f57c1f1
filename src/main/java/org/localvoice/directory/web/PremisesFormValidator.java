package org.localvoice.directory.web;

import java.util.UUID;
import java.util.regex.Pattern;
import org.localvoice.directory.ServiceType;
import org.localvoice.directory.domain.Postcodes;
import org.localvoice.directory.domain.PremisesEditor;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/** Field-level checks of the premises form, including regulator ids already used by other entries. */
@Component
class PremisesFormValidator {

    private static final Pattern ODS = Pattern.compile("^[A-Z0-9]{3,10}$");
    private static final Pattern CQC = Pattern.compile("^[0-9]-[0-9]{1,15}$");

    private final PremisesEditor editor;
    private final LocalAuthorityNamesView authorities;

    PremisesFormValidator(PremisesEditor editor, LocalAuthorityNamesView authorities) {
        this.editor = editor;
        this.authorities = authorities;
    }

    void validate(PremisesForm f, UUID self, Errors errors) {
        String name = PremisesForm.blank(f.getName());
        if (name == null) {
            errors.rejectValue("name", "directory.form.error.name.required");
        }
        length(errors, "name", f.getName(), 200);
        length(errors, "alsoKnownAs", f.getAlsoKnownAs(), 200);
        length(errors, "address", f.getAddress(), 300);
        if (PremisesForm.blank(f.getPostcode()) == null) {
            errors.rejectValue("postcode", "directory.form.error.postcode.required");
        } else if (Postcodes.normalise(f.getPostcode()).isEmpty()) {
            errors.rejectValue("postcode", "directory.form.error.postcode.invalid");
        }
        String la = PremisesForm.blank(f.getLocalAuthority());
        if (la != null && !authorities.names().containsKey(la)) {
            errors.rejectValue("localAuthority", "directory.form.error.localAuthority");
        }
        length(errors, "phone", f.getPhone(), 40);
        String website = PremisesForm.blank(f.getWebsite());
        if (website != null && (website.length() > 300 || !NoteForm.isWebAddress(website))) {
            errors.rejectValue("website", "directory.form.error.website");
        }
        length(errors, "communalAreas", f.getCommunalAreas(), 2000);
        if (f.getServiceTypes().isEmpty()) {
            errors.rejectValue("serviceTypes", "directory.form.error.serviceTypes.required");
        } else if (f.getServiceTypes().stream().anyMatch(t -> ServiceType.fromCode(t).isEmpty())) {
            errors.rejectValue("serviceTypes", "directory.form.error.serviceTypes.invalid");
        }
        String ods = PremisesForm.blank(f.getOdsCode());
        if (ods != null) {
            ods = ods.toUpperCase(java.util.Locale.ROOT);
            if (!ODS.matcher(ods).matches()) {
                errors.rejectValue("odsCode", "directory.form.error.odsCode.invalid");
            } else if (editor.otherWithOdsCode(ods, self).isPresent()) {
                errors.rejectValue("odsCode", "directory.form.error.odsCode.taken");
            }
        }
        String cqc = PremisesForm.blank(f.getCqcLocationId());
        if (cqc != null) {
            if (!CQC.matcher(cqc).matches()) {
                errors.rejectValue("cqcLocationId", "directory.form.error.cqcLocationId.invalid");
            } else if (editor.otherWithCqcId(cqc, self).isPresent()) {
                errors.rejectValue("cqcLocationId", "directory.form.error.cqcLocationId.taken");
            }
        }
        provider(errors, "controller", f.getControllerReference(), f.getControllerName(), f.getControllerKind(), true);
        provider(errors, "owner", f.getOwnerReference(), f.getOwnerName(), f.getOwnerKind(), false);
    }

    private void provider(Errors errors, String role, String reference, String name, String kind, boolean required) {
        String ref = PremisesForm.blank(reference);
        String n = PremisesForm.blank(name);
        if (ref != null) {
            if (editor.provider(ref).isEmpty()) {
                errors.rejectValue(role + "Reference", "directory.form.error.provider.unknown");
            }
            return;
        }
        if (n == null) {
            if (required) {
                errors.rejectValue(role + "Reference", "directory.form.error." + role + ".required");
            }
            return;
        }
        length(errors, role + "Name", name, 200);
        if (PremisesForm.blank(kind) == null
                || java.util.Arrays.stream(org.localvoice.directory.ProviderKind.values()).noneMatch(k -> k.name().equals(kind))) {
            errors.rejectValue(role + "Kind", "directory.form.error.provider.kind");
        }
    }

    private static void length(Errors errors, String field, String value, int max) {
        if (value != null && value.trim().length() > max) {
            errors.rejectValue(field, "directory.form.error.tooLong", new Object[] {max}, null);
        }
    }
}
