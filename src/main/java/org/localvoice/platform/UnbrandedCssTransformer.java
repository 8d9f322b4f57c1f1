package org.localvoice.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

/**
 * GOV.UK Frontend's compiled CSS declares the GDS Transport typeface, which only GOV.UK services may
 * use. This strips its font faces and family name so text falls back to Arial / system sans-serif.
 */
class UnbrandedCssTransformer implements ResourceTransformer {

    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\{font-family:\"?GDS Transport\"?;[^}]*}");
    private static final Pattern FAMILY = Pattern.compile("\"?GDS Transport\"?,");

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
            throws IOException {
        Resource transformed = chain.transform(request, resource);
        String name = transformed.getFilename();
        if (name == null || !name.endsWith(".css")) {
            return transformed;
        }
        String css = new String(transformed.getContentAsByteArray(), StandardCharsets.UTF_8);
        return new TransformedResource(transformed, unbrand(css).getBytes(StandardCharsets.UTF_8));
    }

    static String unbrand(String css) {
        return FAMILY.matcher(FONT_FACE.matcher(css).replaceAll("")).replaceAll("");
    }
}
