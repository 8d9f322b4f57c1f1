package org.localvoice.access.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The API's problem details, on a stand-alone controller that fails in each way. */
class ApiProblemsTests {

    @RestController
    static class FailingController {

        @GetMapping("/api/v1/boom")
        String boom() {
            throw new IllegalStateException("secret internal detail at com.example.Secret");
        }

        @GetMapping("/api/v1/missing")
        String missing() {
            throw new NoSuchElementException("row 42");
        }

        @GetMapping("/api/v1/stale")
        String stale() {
            throw new ObjectOptimisticLockingFailureException(Object.class, "id");
        }

        @GetMapping("/api/v1/forbidden")
        String forbidden() {
            throw new AccessDeniedException("no");
        }

        @GetMapping("/api/v1/number")
        String number(@RequestParam int n) {
            return "ok " + n;
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new FailingController())
            .setControllerAdvice(new ApiProblems()).build();

    @Test
    void anythingUnexpectedIsA500WithoutInternals() throws Exception {
        mvc.perform(get("/api/v1/boom"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(500))
                .andExpect(jsonPath("$.instance").value("/api/v1/boom"))
                .andExpect(content().string(not(containsString("secret"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }

    @Test
    void missingRecordsAreNotFound() throws Exception {
        mvc.perform(get("/api/v1/missing"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Not found"))
                .andExpect(content().string(not(containsString("row 42"))));
    }

    @Test
    void conflictingEditsAre409() throws Exception {
        mvc.perform(get("/api/v1/stale")).andExpect(status().isConflict()).andExpect(jsonPath("$.status").value(409));
    }

    @Test
    void refusalsAre403() throws Exception {
        mvc.perform(get("/api/v1/forbidden")).andExpect(status().isForbidden());
    }

    @Test
    void missingAndMalformedParametersAre400() throws Exception {
        mvc.perform(get("/api/v1/number"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/number?n=abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("n"));
    }
}
