package org.localvoice.membership.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.localvoice.membership.domain.PersonalData;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** A participant's personal data as a download: JSON (everything, nested) or CSV (one line per item). */
@Component
class PersonalDataFiles {

    private final JsonMapper json;

    PersonalDataFiles(JsonMapper json) {
        this.json = json;
    }

    ResponseEntity<byte[]> json(PersonalData data) {
        byte[] body = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(data);
        return download(body, MediaType.APPLICATION_JSON, "my-data.json");
    }

    ResponseEntity<byte[]> csv(PersonalData data) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("section", "item", "value").get())) {
            csv.printRecord("participant", "name", data.name());
            csv.printRecord("participant", "kind", data.kind());
            csv.printRecord("participant", "organisation kind", data.organisationKind());
            csv.printRecord("participant", "status", data.status());
            csv.printRecord("participant", "joined via", data.joinedVia());
            csv.printRecord("participant", "recorded at", data.recordedAt());
            if (data.contact() != null) {
                var c = data.contact();
                csv.printRecord("contact", "email", c.email());
                csv.printRecord("contact", "phone", c.phone());
                csv.printRecord("contact", "address", c.address());
                csv.printRecord("contact", "postcode", c.postcode());
                csv.printRecord("preferences", "contact by email", c.byEmail());
                csv.printRecord("preferences", "contact by post", c.byPost());
                csv.printRecord("preferences", "contact by phone", c.byPhone());
                csv.printRecord("formats", "large print", c.largePrint());
                csv.printRecord("formats", "easy read", c.easyRead());
                csv.printRecord("formats", "braille", c.braille());
                csv.printRecord("formats", "audio", c.audio());
                csv.printRecord("formats", "interpreter", c.interpreter() ? c.interpreterLanguage() : "no");
                csv.printRecord("availability", "availability", c.availability());
            }
            for (String i : data.interests()) {
                csv.printRecord("interest", "tag", i);
            }
            for (PersonalData.Role r : data.volunteerRoles()) {
                csv.printRecord("volunteer role", r.role(), r.from() + " to " + (r.to() == null ? "now" : r.to()));
            }
            for (String o : data.represents()) {
                csv.printRecord("represents", "organisation", o);
            }
            for (String o : data.representatives()) {
                csv.printRecord("representative", "person", o);
            }
            for (PersonalData.ConsentRecord c : data.consents()) {
                csv.printRecord("consent", c.purpose() + (c.given() ? " given " : " withdrawn ") + c.recordedAt(), c.wording());
            }
            for (PersonalData.Step s : data.membershipHistory()) {
                csv.printRecord("membership", s.outcome() + " " + s.at(), s.reason());
            }
            for (PersonalData.Request r : data.dataRequests()) {
                csv.printRecord("data request", r.kind() + " received " + r.receivedOn(), r.status() + ", due " + r.dueOn());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return download(out.toString().getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "my-data.csv");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }
}
