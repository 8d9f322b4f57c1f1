package org.localvoice.reporting.web;

import org.localvoice.reporting.NationalFigures;
import org.localvoice.reporting.NationalView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/national/networks}: the national view's figures as JSON. */
@RestController
class NationalApiController {

    private final NationalView national;

    NationalApiController(NationalView national) {
        this.national = national;
    }

    @GetMapping("/api/v1/national/networks")
    NationalFigures networks() {
        return national.figures();
    }
}
