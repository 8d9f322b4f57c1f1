package org.localvoice.membership.web;

import org.springframework.web.util.UriComponentsBuilder;

/** The address of a list page without its page number, ready for "page=N" to be appended. */
final class PageLinks {

    private PageLinks() {
    }

    static String base(String path, String... namesAndValues) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                b.queryParam(namesAndValues[i], value);
            }
        }
        String uri = b.encode().build().toUriString();
        return uri + (uri.contains("?") ? "&" : "?");
    }
}
