package org.localvoice.feedback.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.localvoice.feedback.domain.ViewImport;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Importing views taken offline from a CSV file: all rows or none, with a report of every row in error. */
@Controller
class ViewImportController {

    static final long MAX_BYTES = 5L * 1024 * 1024;

    private final ViewImport imports;

    ViewImportController(ViewImport imports) {
        this.imports = imports;
    }

    @GetMapping("/manage/views/import")
    String form(Model model) {
        model.addAttribute("columns", ViewImport.COLUMNS);
        return "feedback/import";
    }

    @PostMapping("/manage/views/import")
    String upload(@RequestParam(required = false) MultipartFile file, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        if (file == null || file.isEmpty() || file.getSize() > MAX_BYTES) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fileError", file == null || file.isEmpty() ? "feedback.import.error.noFile" : "feedback.import.error.tooBig");
            return form(model);
        }
        ViewImport.Result result;
        try (Reader in = withoutByteOrderMark(new java.io.BufferedReader(new InputStreamReader(file.getInputStream(),
                StandardCharsets.UTF_8)))) {
            result = imports.importCsv(in, LocalDate.now(PublicViewController.LONDON));
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("fileError", "feedback.import.error.unreadable");
            return form(model);
        }
        if (!result.errors().isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("rowErrors", result.errors().subList(0, Math.min(200, result.errors().size())))
                    .addAttribute("errorCount", result.errors().size());
            return form(model);
        }
        redirect.addFlashAttribute("imported", result.imported());
        return "redirect:/manage/views?status=AWAITING_MODERATION";
    }

    /** Spreadsheet programs often start a UTF-8 CSV file with a byte order mark: skip it. */
    static Reader withoutByteOrderMark(java.io.BufferedReader in) throws IOException {
        in.mark(1);
        if (in.read() != '\uFEFF') {
            in.reset();
        }
        return in;
    }
}
