package org.localvoice.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Friendly error pages in the layout, on a real server (MockMvc does not perform the error dispatch). */
@ServedApplication
class ErrorPagesTests {

    @LocalServerPort
    int port;

    Visitor visitor;

    @BeforeEach
    void newVisitor() {
        visitor = new Visitor(port);
    }

    @Test
    void unknownPageShowsNotFoundPageWithAWayHome() {
        HttpResponse<String> response = visitor.page("/n/trafford/no-such-page");

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Page not found");
        assertThat(page.select("main a[href=/]")).isNotEmpty();
    }

    @Test
    void notFoundUnderANetworkKeepsTheNetworksNameAndLinksBackToIt() {
        Document page = Jsoup.parse(visitor.page("/n/trafford/no-such-page").body());

        assertThat(page.select(".govuk-service-navigation__service-name").text()).isEqualTo("Trafford LINk");
        assertThat(page.select("main a[href=/n/trafford]").text()).contains("Trafford LINk");
        assertThat(page.select("footer").text()).contains("Drop-in on Wednesdays");
    }

    @Test
    void unknownNetworkShowsNotFoundPage() {
        HttpResponse<String> response = visitor.page("/n/nowhere");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(Jsoup.parse(response.body()).select("h1").text()).isEqualTo("Page not found");
    }

    @Test
    void failureShowsServerErrorPageWithoutAStackTrace() {
        HttpResponse<String> response = visitor.page("/n/trafford/test-only/failure");

        assertThat(response.statusCode()).isEqualTo(500);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("Sorry, there is a problem with the service");
        assertThat(response.body()).doesNotContain(FailingPages.SECRET, "IllegalStateException", "at org.localvoice",
                "Whitelabel");
    }

    @Test
    void errorPagesAreInTheVisitorsLanguage() {
        Document page = Jsoup.parse(visitor.page("/n/trafford/no-such-page?lang=ur").body());

        assertThat(page.select("html").attr("dir")).isEqualTo("rtl");
        assertThat(page.select("h1").text()).isEqualTo("صفحہ نہیں ملا");
        assertThat(page.select("a[hreflang=en]").attr("href")).isEqualTo("/n/trafford/no-such-page?lang=en");
    }

    @Test
    void forbiddenPageShowsWhoIsSignedIn() {
        assertThat(visitor.signIn("staff@trafford.example", "local-voice-demo").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/manage"));

        HttpResponse<String> response = visitor.page("/admin");

        assertThat(response.statusCode()).isEqualTo(403);
        Document page = Jsoup.parse(response.body());
        assertThat(page.select("h1").text()).isEqualTo("You cannot see this page");
        assertThat(page.select("form[action=/sign-out] button").text()).isEqualTo("Sign out");
    }

    @Test
    void apiFailureIsAProblemDocumentNotAPageEvenForBrowsers() {
        HttpResponse<String> response = visitor.page("/api/v1/public/test-only/failure");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(response.body()).doesNotContain("<html", FailingPages.SECRET).contains("\"status\":500");
    }

    @Test
    void unknownApiAddressIsNotAPage() {
        HttpResponse<String> html = visitor.page("/api/v1/public/no-such-thing");
        HttpResponse<String> json = visitor.get("/api/v1/public/no-such-thing", "application/json");

        assertThat(html.statusCode()).isEqualTo(404);
        assertThat(html.body()).doesNotContain("<html");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).doesNotContain("<html");
    }
}
