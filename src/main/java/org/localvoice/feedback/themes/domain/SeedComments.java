package org.localvoice.feedback.themes.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * The 6,492 Friends and Family Test comments (two NHS trusts, 2021–22) that NHS England's coders labelled
 * with framework sub-categories and sentiment, shipped in {@code reference/feedback/fft-comments.csv}.
 * Labels from older framework versions are mapped by {@code label-aliases.csv}; labels with no place in
 * version 7 are dropped. "Labelling not possible" leaves a comment with no theme, which the model learns too.
 */
final class SeedComments {

    private SeedComments() {
    }

    static List<LabelledView> all() {
        Map<String, String> codesByLabel = new HashMap<>();
        ThemeFramework.entries().forEach(e -> codesByLabel.put(e.name(), e.code()));
        for (CSVRecord r : read("reference/feedback/label-aliases.csv")) {
            codesByLabel.put(r.get("label"), r.get("code"));
        }
        List<LabelledView> views = new ArrayList<>();
        for (CSVRecord r : read("reference/feedback/fft-comments.csv")) {
            Set<String> codes = new LinkedHashSet<>();
            for (String label : r.get("labels").split("\\|")) {
                String code = codesByLabel.get(label.trim());
                if (code != null) {
                    codes.add(code);
                }
            }
            views.add(new LabelledView(r.get("comment_id"), r.get("text"), Set.copyOf(codes), Sentiment.ofFftScale(r.get("sentiment"))));
        }
        return List.copyOf(views);
    }

    private static List<CSVRecord> read(String resource) {
        try (Reader in = new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
