package org.localvoice.access.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Minimum length and a check against shipped lists of commonly used passwords (NCSC guidance:
 * length and block-lists rather than composition rules). Returns a message key for the problem.
 * The lists come from SecLists (MIT); see NOTICE. Every non-empty line is a password, compared
 * without regard to case.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String[] LISTS = {"reference/common-passwords.txt", "reference/common-passwords-long.txt"};
    private final Set<String> common;

    public PasswordPolicy() {
        Set<String> words = new HashSet<>(64_000);
        for (String list : LISTS) {
            load(list, words);
        }
        this.common = Set.copyOf(words);
    }

    /** The problem with the password, as a message key, or empty when it is acceptable. */
    public Optional<String> check(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.tooCommon");
        }
        return Optional.empty();
    }

    /** How many distinct passwords the block-list holds. */
    int blockListSize() {
        return common.size();
    }

    private static void load(String path, Set<String> words) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new ClassPathResource(path).getInputStream(),
                StandardCharsets.UTF_8))) {
            in.lines().filter(l -> !l.isEmpty()).forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
