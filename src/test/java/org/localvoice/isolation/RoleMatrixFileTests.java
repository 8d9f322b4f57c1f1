package org.localvoice.isolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.localvoice.support.Endpoints.Endpoint;
import org.localvoice.support.Endpoints.Kind;
import org.localvoice.support.RoleMatrix;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;

/** The role matrix file is read strictly, and path patterns are expanded as the app-wide tests need. */
class RoleMatrixFileTests {

    static final String HEADER = "endpoint, anonymous, PARTICIPANT, AUTHORISED_REPRESENTATIVE, GOVERNING_MEMBER, HOST_STAFF, "
            + "HOST_MANAGER, SERVICE_RESPONDER, SCRUTINY_OFFICER, CONTRACT_MANAGER, NATIONAL_VIEWER, PLATFORM_ADMIN\n";

    @Test
    void readsRowsByEndpointAndCaller() {
        RoleMatrix m = RoleMatrix.parse("# comment\n" + HEADER
                + "GET /manage, signin, forbidden, forbidden, forbidden, ok, ok, forbidden, forbidden, forbidden, forbidden, forbidden\n");
        assertThat(m.rows().get("GET /manage")).containsEntry("anonymous", "signin").containsEntry("HOST_STAFF", "ok");
        assertThat(m.line("GET /x", m.rows().get("GET /manage"))).startsWith("GET /x, signin, forbidden");
    }

    @Test
    void rejectsAMissingRoleColumnAnUnknownCellAndADuplicateRow() {
        assertThatThrownBy(() -> RoleMatrix.parse(HEADER.replace(", PLATFORM_ADMIN", "")))
                .hasMessageContaining("add a column for each of [PLATFORM_ADMIN]");
        assertThatThrownBy(() -> RoleMatrix.parse(HEADER + "GET /, ok, ok, ok, ok, ok, ok, ok, ok, ok, ok, maybe\n"))
                .hasMessageContaining("cell 'maybe' for PLATFORM_ADMIN");
        assertThatThrownBy(() -> RoleMatrix.parse(HEADER + "GET /, ok, ok, ok, ok, ok, ok, ok, ok, ok, ok\n"))
                .hasMessageContaining("11 cells, expected 12");
        String row = "GET /, ok, ok, ok, ok, ok, ok, ok, ok, ok, ok, ok\n";
        assertThatThrownBy(() -> RoleMatrix.parse(HEADER + row + row)).hasMessageContaining("duplicate row");
    }

    @Test
    void classifiesPathVariablesAndExpandsPatterns() throws Exception {
        HandlerMethod handler = new HandlerMethod(new Sample(), Sample.class.getDeclaredMethod("show", String.class,
                UUID.class, String.class, int.class));
        Endpoint e = new Endpoint("GET", "/n/{slug}/things/{thing:[0-9a-f-]+}/parts/{partId}/{page}", handler);
        assertThat(e.variables()).containsExactly("slug", "thing", "partId", "page");
        assertThat(e.kind("slug")).isEqualTo(Kind.SLUG);
        assertThat(e.kind("thing")).as("UUID-typed").isEqualTo(Kind.ID);
        assertThat(e.kind("partId")).as("named ...Id").isEqualTo(Kind.ID);
        assertThat(e.kind("page")).isEqualTo(Kind.OTHER);
        assertThat(e.sample("page")).isEqualTo("1");
        assertThat(e.expand(v -> v.toUpperCase())).isEqualTo("/n/SLUG/things/THING/parts/PARTID/PAGE");
        assertThat(e.publicNetworkPage()).isTrue();
    }

    static class Sample {
        String show(@PathVariable String slug, @PathVariable("thing") UUID thing, @PathVariable String partId,
                @PathVariable int page) {
            return slug + thing + partId + page;
        }
    }
}
