package org.localvoice.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A visitor to the running application over HTTP, keeping cookies like a browser without JavaScript. */
public final class Visitor {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;

    public Visitor(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", accept).GET().build());
    }

    public HttpResponse<String> page(String path) {
        return get(path, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    public Document document(String path) {
        HttpResponse<String> response = page(path);
        return Jsoup.parse(response.body(), base + path);
    }

    /** Signs in with the form (and its CSRF token); returns the redirect after signing in. */
    public HttpResponse<String> signIn(String email, String password) {
        Document form = Jsoup.parse(page("/sign-in").body());
        String csrf = form.select("input[name=_csrf]").val();
        return post("/sign-in", Map.of("email", email, "password", password, "_csrf", csrf));
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
