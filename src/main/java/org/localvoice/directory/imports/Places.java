package org.localvoice.directory.imports;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.localvoice.directory.domain.LocalAuthorityNames;
import org.localvoice.directory.domain.PostcodeDistricts;

/** Works out the local authority of premises from the authority named in a file and the postcode district. */
final class Places {

    private final LocalAuthorityNames names;
    private final Map<String, List<PostcodeDistricts.Evidence>> districts;

    Places(LocalAuthorityNames names, Map<String, List<PostcodeDistricts.Evidence>> districts) {
        this.names = names;
        this.districts = districts;
    }

    /**
     * The authority named (as CQC spells it), or when the name stands for several (an abolished council
     * that was split) the one of those the district's evidence favours; else the district's only authority.
     */
    String localAuthority(String name, String district) {
        Set<String> candidates = name == null ? Set.of() : names.resolve(name);
        if (candidates.size() == 1) {
            return candidates.iterator().next();
        }
        List<PostcodeDistricts.Evidence> evidence = district == null ? List.of() : districts.getOrDefault(district, List.of());
        if (candidates.size() > 1) {
            return evidence.stream().filter(e -> candidates.contains(e.gssCode())).map(PostcodeDistricts.Evidence::gssCode)
                    .findFirst().orElse(null);
        }
        return evidence.size() == 1 ? evidence.get(0).gssCode() : null;
    }

    /** Whether the code is a known GSS code of an English council (current or not). */
    boolean knownAuthority(String gss) {
        return names.isKnown(gss);
    }
}
