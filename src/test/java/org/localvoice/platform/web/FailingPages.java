package org.localvoice.platform.web;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Test only: addresses that fail, to show the error pages. A {@link TestComponent}, so component
 * scanning leaves it out of every other test context; {@link ServedApplication} imports it.
 */
@TestComponent
@Controller
public class FailingPages {

    /** The secret that must never reach the visitor. */
    public static final String SECRET = "test-only failure: must not be shown";

    @GetMapping("/n/{slug}/test-only/failure")
    String page() {
        throw new IllegalStateException(SECRET);
    }

    @GetMapping("/api/v1/public/test-only/failure")
    @ResponseBody
    String api() {
        throw new IllegalStateException(SECRET);
    }
}
