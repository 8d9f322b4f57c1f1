package org.localvoice.powers.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.localvoice.powers.domain.InformationRequests;
import org.localvoice.powers.domain.OscReferrals;
import org.localvoice.powers.domain.Reports;
import org.localvoice.tenancy.NetworkSummary;
import org.localvoice.tenancy.Networks;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Each public register as CSV, streamed page by page (never the whole table in memory): one line a
 * case with its reference, subject, who owes the answer, when it was due and where it stands.
 */
@Controller
class RegisterCsvController {

    private static final int PAGE = 500;
    private static final String[] HEADER = {"reference", "subject", "owed_by", "date", "due_on", "state"};

    private final Networks networks;
    private final InformationRequests requests;
    private final Reports reports;
    private final OscReferrals referrals;
    private final RegisterRows rows;

    RegisterCsvController(Networks networks, InformationRequests requests, Reports reports, OscReferrals referrals,
            RegisterRows rows) {
        this.networks = networks;
        this.requests = requests;
        this.reports = reports;
        this.referrals = referrals;
        this.rows = rows;
    }

    @GetMapping("/n/{slug}/registers/requests.csv")
    void requests(@PathVariable String slug, HttpServletResponse response) throws IOException {
        write(slug, "requests", p -> rows.requests(requests.list(p)), response);
    }

    @GetMapping("/n/{slug}/registers/reports.csv")
    void reports(@PathVariable String slug, HttpServletResponse response) throws IOException {
        write(slug, "reports", p -> rows.reports(reports.published(p)), response);
    }

    @GetMapping("/n/{slug}/registers/referrals.csv")
    void referrals(@PathVariable String slug, HttpServletResponse response) throws IOException {
        write(slug, "referrals", p -> rows.referrals(referrals.list(p)), response);
    }

    private void write(String slug, String kind, Function<Pageable, Page<RegisterRows.Row>> pages,
            HttpServletResponse response) throws IOException {
        NetworkSummary network = networks.findBySlug(slug)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"" + network.slug() + "-" + kind + ".csv\"");
        Writer out = response.getWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            Page<RegisterRows.Row> page;
            int number = 0;
            do {
                page = pages.apply(PageRequest.of(number++, PAGE));
                for (RegisterRows.Row r : page) {
                    csv.printRecord(r.reference(), r.subject(), r.party(), r.date(), r.dueOn(),
                            r.state() == null ? "" : r.state().name());
                }
                csv.flush();
            } while (page.hasNext());
        }
    }
}
