package org.localvoice.directory.bench;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/**
 * Writes a synthetic CQC care directory CSV of N locations, drawn from the shipped 2016 sample: each row
 * takes its place (address, postcode district, local authority, region, service types) from one real row,
 * and its name from the first words of one real name and the last words of another. Inward codes are
 * random (valid form), location ids unique, provider ids from a pool. Seeded, so reproducible.
 */
public final class SyntheticDirectory {

    private SyntheticDirectory() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        Path out = Path.of(args.length > 1 ? args[1] : "target/bench/cqc-synthetic-" + rows + ".csv");
        write(rows, out);
        System.out.println("Wrote " + rows + " locations to " + out);
    }

    static void write(int rows, Path out) throws IOException {
        List<CSVRecord> sample = new ArrayList<>();
        List<String> header;
        try (Reader reader = new InputStreamReader(new ClassPathResource("reference/directory/cqc-directory-2016-sample.csv")
                .getInputStream(), StandardCharsets.UTF_8)) {
            var parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
            header = parser.getHeaderNames();
            parser.forEach(sample::add);
        }
        Random random = new Random(20261125L);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (int i = 0; i < rows; i++) {
                CSVRecord place = sample.get(random.nextInt(sample.size()));
                String name = name(sample.get(random.nextInt(sample.size())).get("Name"),
                        sample.get(random.nextInt(sample.size())).get("Name"), random);
                String district = place.get("Postcode").split(" ")[0];
                String postcode = district + " " + random.nextInt(10) + (char) ('A' + random.nextInt(26))
                        + (char) ('A' + random.nextInt(26));
                String locationId = "1-" + (900_000_000L + i);
                String providerId = "1-" + (800_000_000L + random.nextInt(Math.max(1, rows / 3)));
                CSVRecord provider = sample.get(random.nextInt(sample.size()));
                printer.printRecord(name, "", place.get("Address"), postcode, place.get("Phone number"),
                        place.get("Service's website (if available)"), place.get("Service types"),
                        place.get("Date of latest check"), place.get("Specialisms/services"), provider.get("Provider name"),
                        place.get("Local authority"), place.get("Region"), "https://www.cqc.org.uk/location/" + locationId,
                        locationId, providerId);
            }
        }
    }

    private static String name(String first, String second, Random random) {
        String[] a = first.split(" ");
        String[] b = second.split(" ");
        int takeA = Math.max(1, Math.min(a.length, 1 + random.nextInt(2)));
        int takeB = Math.max(1, Math.min(b.length - 1, 2));
        StringBuilder n = new StringBuilder();
        for (int i = 0; i < takeA; i++) {
            n.append(a[i]).append(' ');
        }
        for (int i = b.length - takeB; i < b.length; i++) {
            n.append(b[i]).append(' ');
        }
        String s = n.toString().trim();
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
