package org.localvoice.directory.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.localvoice.access.CurrentUser;
import org.localvoice.directory.imports.ImportJob;
import org.localvoice.directory.imports.ImportJobs;
import org.localvoice.directory.imports.ImportKind;
import org.localvoice.shared.PageRequestParams;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * Platform administrators upload directory files; the import runs in the background and its page shows
 * progress (refreshing itself through a {@code Refresh} header, which needs no script) and the row errors.
 */
@Controller
@RequestMapping("/admin/directory/imports")
class ImportAdminController {

    static final int ERRORS_PER_PAGE = 100;
    private final ImportJobs imports;

    ImportAdminController(ImportJobs imports) {
        this.imports = imports;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("jobs", imports.recent(PageRequestParams.of(page, 25, Sort.unsorted())));
        model.addAttribute("kinds", Arrays.asList(ImportKind.values()));
        return "directory/imports";
    }

    @PostMapping
    String upload(@RequestParam(required = false) String kind, @RequestParam(required = false) MultipartFile file,
            Model model, HttpServletResponse response) throws IOException {
        var importKind = ImportKind.fromArgument(kind);
        boolean noFile = file == null || file.isEmpty();
        if (importKind.isEmpty() || noFile) {
            model.addAttribute("kindError", importKind.isEmpty());
            model.addAttribute("fileError", noFile);
            model.addAttribute("kind", kind);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return list(0, model);
        }
        Path temp = Files.createTempFile("localvoice-import-", ".csv");
        file.transferTo(temp);
        String actor = CurrentUser.get().map(CurrentUser::email).orElse("admin");
        ImportJob job = imports.startInBackground(importKind.get(), file.getOriginalFilename(), temp, actor);
        return "redirect:/admin/directory/imports/" + job.getId();
    }

    @GetMapping("/{id}")
    String job(@PathVariable UUID id, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String refresh, Model model, HttpServletResponse response) {
        ImportJob job = imports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int p = page == null || page < 0 ? 0 : page;
        int errorCount = imports.errorCount(id);
        boolean autoRefresh = !job.getStatus().finished() && !"off".equals(refresh);
        if (autoRefresh) {
            response.setHeader("Refresh", "3");
        }
        java.time.ZoneId london = java.time.ZoneId.of("Europe/London");
        model.addAttribute("startedAt", job.getStartedAt() == null ? null : job.getStartedAt().atZone(london));
        model.addAttribute("finishedAt", job.getFinishedAt() == null ? null : job.getFinishedAt().atZone(london));
        model.addAttribute("job", job)
                .addAttribute("autoRefresh", autoRefresh)
                .addAttribute("errors", imports.errors(id, p * ERRORS_PER_PAGE, ERRORS_PER_PAGE))
                .addAttribute("errorCount", errorCount)
                .addAttribute("errorPage", p)
                .addAttribute("errorPages", Math.max(1, (errorCount + ERRORS_PER_PAGE - 1) / ERRORS_PER_PAGE));
        return "directory/import-job";
    }

    /** Progress as JSON, for a script that polls. */
    @GetMapping(value = "/{id}/progress", produces = "application/json")
    @ResponseBody
    Map<String, Object> progress(@PathVariable UUID id) {
        ImportJob job = imports.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Map.of("status", job.getStatus().name(), "percent", job.percent(), "rowsRead", job.getRowsRead(),
                "rowsOk", job.getRowsOk(), "rowsFailed", job.getRowsFailed(), "rowsSkipped", job.getRowsSkipped());
    }
}
