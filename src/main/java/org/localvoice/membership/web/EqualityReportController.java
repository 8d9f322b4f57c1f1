package org.localvoice.membership.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.localvoice.membership.domain.EqualityMonitoring;
import org.localvoice.membership.domain.EqualityQuestion;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The equality report (aggregates only, small numbers suppressed) against the local population
 * profile, and where host managers enter or import that profile from a published source.
 */
@Controller
@RequestMapping("/manage/participants/equality")
class EqualityReportController {

    private final EqualityMonitoring equality;

    EqualityReportController(EqualityMonitoring equality) {
        this.equality = equality;
    }

    @GetMapping
    String report(Model model) {
        model.addAttribute("reports", equality.report()).addAttribute("profile", equality.populationProfile())
                .addAttribute("questions", EqualityQuestion.values()).addAttribute("threshold", EqualityMonitoring.THRESHOLD);
        return "membership/equality-report";
    }

    @PostMapping("/population")
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('HOST_MANAGER')")
    String share(@RequestParam(required = false) String category, @RequestParam(required = false) String share,
            @RequestParam(required = false) String source, @RequestParam(required = false) String year, Model model,
            RedirectAttributes redirect) {
        String problem = setShare(category, share, source, year);
        if (problem != null) {
            model.addAttribute("problem", problem).addAttribute("category", category).addAttribute("share", share)
                    .addAttribute("source", source).addAttribute("year", year);
            return report(model);
        }
        redirect.addFlashAttribute("saved", "membership.population.saved");
        return "redirect:/manage/participants/equality";
    }

    /** CSV with a header line: question,category,share,source,year (for example AGE,AGE_65_74,9.8,Census 2021 TS007A,2021). */
    @PostMapping("/population/import")
    @org.springframework.security.access.prepost.PreAuthorize("hasRole('HOST_MANAGER')")
    String importCsv(@RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("importProblem", "membership.population.error.file");
            return report(model);
        }
        int rows = 0;
        try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get().parse(in)) {
                String problem = r.size() < 5 ? "membership.population.error.columns"
                        : setShare(r.get("question") + "/" + r.get("category"), r.get("share"), r.get("source"), r.get("year"));
                if (problem != null) {
                    model.addAttribute("importProblem", problem).addAttribute("importLine", r.getRecordNumber() + 1);
                    return report(model);
                }
                rows++;
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            model.addAttribute("importProblem", "membership.population.error.columns");
            return report(model);
        }
        redirect.addFlashAttribute("saved", "membership.population.imported").addFlashAttribute("rows", rows);
        return "redirect:/manage/participants/equality";
    }

    /** Sets one share from typed text; a message key when something is wrong. */
    private String setShare(String category, String share, String source, String year) {
        String[] qc = category == null ? new String[0] : category.split("/", 2);
        EqualityQuestion question = null;
        try {
            question = qc.length == 2 ? EqualityQuestion.valueOf(qc[0].strip()) : null;
        } catch (IllegalArgumentException e) {
            question = null;
        }
        if (question == null || !question.categories().contains(qc[1].strip())) {
            return "membership.population.error.category";
        }
        BigDecimal percent;
        try {
            percent = new BigDecimal(share.strip());
        } catch (RuntimeException e) {
            return "membership.population.error.share";
        }
        if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0 || percent.scale() > 2) {
            return "membership.population.error.share";
        }
        if (source == null || source.isBlank() || source.strip().length() > 300) {
            return "membership.population.error.source";
        }
        int y;
        try {
            y = Integer.parseInt(year.strip());
        } catch (RuntimeException e) {
            return "membership.population.error.year";
        }
        if (y < 1801 || y > 2100) {
            return "membership.population.error.year";
        }
        equality.setPopulationShare(question, qc[1].strip(), percent, source, y);
        return null;
    }
}
