package org.localvoice.feedback.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what is likely personal data in a view's text, for a moderator to redact: names after a title
 * or a job (Mr, Mrs, Dr, nurse ...), e-mail addresses, UK phone numbers, NHS numbers (only those that
 * pass the modulus 11 check), postcodes, street addresses and dates of birth. It suggests; the moderator
 * decides. Overlapping finds are merged into one span.
 */
public final class PersonalDataDetector {

    /** A stretch of text [start, end) and what it probably is. */
    public record Span(int start, int end, Kind kind) {
    }

    /** What kind of personal data a span probably holds. */
    public enum Kind {
        NAME, EMAIL, PHONE, NHS_NUMBER, POSTCODE, ADDRESS, DATE_OF_BIRTH
    }

    private static final String CAPITALISED = "[A-Z][a-zA-Z'\\-]+";
    private static final Pattern NAME = Pattern.compile("\\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?|(?i:doctor|nurse|sister|matron"
            + "|professor|carer|consultant|midwife|surgeon|receptionist|manager|sir|madam|dr))\\s+(" + CAPITALISED + "(?:\\s+"
            + CAPITALISED + ")?)");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\d+])(?:\\+44\\s?\\(?0?\\)?\\s?|\\(?0)\\d(?:[\\s\\-)]{0,2}\\d){8,9}(?![\\d])");
    private static final Pattern TEN_DIGITS = Pattern.compile("(?<![\\d])(\\d{3})[\\s\\-]?(\\d{3})[\\s\\-]?(\\d{4})(?![\\d])");
    private static final Pattern POSTCODE = Pattern.compile("\\b(?i:[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2})\\b");
    private static final Pattern ADDRESS = Pattern.compile("\\b\\d{1,4}[A-Za-z]?,?\\s+(?:" + CAPITALISED + "\\s+){1,3}(?i:road|rd|street"
            + "|st|avenue|ave|lane|close|drive|way|place|crescent|court|grove|terrace|gardens|walk|mews|square|row|hill|park)\\b");
    private static final Pattern DATE_OF_BIRTH = Pattern.compile("(?i:\\b(?:date of birth|d\\.?o\\.?b\\.?|born(?: on)?)[:\\s]+)"
            + "(\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{4})");

    /** The likely personal data in the text, in order, overlapping finds merged. */
    public List<Span> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        List<Span> found = new ArrayList<>();
        add(found, NAME.matcher(text), 1, Kind.NAME);
        add(found, EMAIL.matcher(text), 0, Kind.EMAIL);
        Matcher nhs = TEN_DIGITS.matcher(text);
        while (nhs.find()) {
            if (NhsNumbers.valid(nhs.group(1) + nhs.group(2) + nhs.group(3))) {
                found.add(new Span(nhs.start(), nhs.end(), Kind.NHS_NUMBER));
            }
        }
        add(found, PHONE.matcher(text), 0, Kind.PHONE);
        add(found, ADDRESS.matcher(text), 0, Kind.ADDRESS);
        add(found, POSTCODE.matcher(text), 0, Kind.POSTCODE);
        add(found, DATE_OF_BIRTH.matcher(text), 1, Kind.DATE_OF_BIRTH);
        return merge(found);
    }

    /** The text with every span replaced by {@code [removed]}. */
    public static String redact(String text, List<Span> spans) {
        StringBuilder out = new StringBuilder(text);
        List<Span> backwards = new ArrayList<>(spans);
        backwards.sort(Comparator.comparingInt(Span::start).reversed());
        for (Span s : backwards) {
            out.replace(s.start(), s.end(), REMOVED);
        }
        return out.toString();
    }

    /** What replaces redacted text. */
    public static final String REMOVED = "[removed]";

    private static void add(List<Span> found, Matcher m, int group, Kind kind) {
        while (m.find()) {
            found.add(new Span(m.start(group), m.end(group), kind));
        }
    }

    private static List<Span> merge(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> merged = new ArrayList<>();
        for (Span s : sorted) {
            Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s.start() < last.end()) {
                merged.set(merged.size() - 1, new Span(last.start(), Math.max(last.end(), s.end()), last.kind()));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }
}
