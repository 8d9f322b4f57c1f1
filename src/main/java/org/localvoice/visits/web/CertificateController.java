package org.localvoice.visits.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.localvoice.visits.domain.AuthorisedRepresentative;
import org.localvoice.visits.domain.CertificateImage;
import org.localvoice.visits.domain.CertificateImages;
import org.localvoice.visits.domain.RefusedException;
import org.localvoice.visits.domain.Representatives;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Uploading an image of a representative's certificate (when the network keeps them) and, for host managers, reading it. */
@Controller
@RequestMapping("/manage/representatives/{id}/certificate")
class CertificateController {

    private final Representatives representatives;
    private final CertificateImages images;
    private final RepresentativePage page;

    CertificateController(Representatives representatives, CertificateImages images, RepresentativePage page) {
        this.representatives = representatives;
        this.images = images;
        this.page = page;
    }

    @PostMapping
    String upload(@PathVariable UUID id, @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect,
            HttpServletResponse response) throws IOException {
        AuthorisedRepresentative r = load(id);
        try {
            images.upload(id, file == null ? null : file.getBytes());
        } catch (RefusedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("certificateError", e.key());
            return page.show(r, model, new ActionForm());
        }
        redirect.addFlashAttribute("saved", "visits.certificate.uploaded");
        return "redirect:/manage/representatives/" + id;
    }

    @GetMapping
    ResponseEntity<byte[]> read(@PathVariable UUID id) {
        load(id);
        CertificateImage image = images.read(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String extension = switch (image.getContentType()) {
            case "application/pdf" -> "pdf";
            case "image/png" -> "png";
            default -> "jpg";
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("certificate." + extension).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(image.getContent());
    }

    private AuthorisedRepresentative load(UUID id) {
        return representatives.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
