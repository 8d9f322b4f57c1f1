package org.localvoice.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestActionsTests {

    static final String ID = "0192f1a0-1111-7abc-8def-0123456789ab";

    @Test
    void postingToACollectionCreates() {
        var target = RequestActions.describe("POST", "/manage/people", "/manage/people", Map.of());
        assertThat(target.action()).isEqualTo("manage.people.create");
        assertThat(target.entityId()).isNull();
    }

    @Test
    void aVerbAfterAnIdentifierNamesTheActionAndTheEntity() {
        var target = RequestActions.describe("POST", "/manage/people/{id}/disable", "/manage/people/" + ID + "/disable",
                Map.of("id", ID));
        assertThat(target.action()).isEqualTo("manage.people.disable");
        assertThat(target.entityType()).isEqualTo("people");
        assertThat(target.entityId()).isEqualTo(ID);
    }

    @Test
    void withoutAHandlerTheRawPathIsReadTheSameWay() {
        var target = RequestActions.describe("POST", null, "/manage/people/" + ID + "/disable", Map.of());
        assertThat(target.action()).isEqualTo("manage.people.disable");
        assertThat(target.entityId()).isEqualTo(ID);
    }

    @Test
    void signingInAndOutAreNamedAsThemselves() {
        assertThat(RequestActions.describe("POST", null, "/sign-in", Map.of()).action()).isEqualTo("sign-in");
        assertThat(RequestActions.describe("POST", null, "/sign-out", Map.of()).action()).isEqualTo("sign-out");
    }

    @Test
    void apiPrefixIsDroppedAndMethodsNameUpdatesAndDeletes() {
        assertThat(RequestActions.describe("POST", "/api/v1/experiences", "/api/v1/experiences", Map.of()).action())
                .isEqualTo("experiences.create");
        assertThat(RequestActions.describe("PUT", "/api/v1/experiences/{id}", "/api/v1/experiences/" + ID,
                Map.of("id", ID)).action()).isEqualTo("experiences.update");
        assertThat(RequestActions.describe("DELETE", "/api/v1/experiences/{id}", "/api/v1/experiences/" + ID,
                Map.of("id", ID)).action()).isEqualTo("experiences.delete");
    }

    @Test
    void tokenLikeSegmentsAreRedactedFromTheKeptPath() {
        assertThat(RequestActions.safePath("/password/reset/Zx8fQ2mN7pL4rT9wK3vB6yH1cJ5dG0sA"))
                .isEqualTo("/password/reset/" + RequestActions.REDACTED);
        assertThat(RequestActions.safePath("/manage/people/" + ID + "/disable"))
                .isEqualTo("/manage/people/" + ID + "/disable");
        assertThat(RequestActions.safePath("/sign-in;jsessionid=ABC")).isEqualTo("/sign-in");
    }
}
