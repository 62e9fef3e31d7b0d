package org.mediationledger.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Problem;

/** Reads values that files give by name: enums by constant or label (either language), reference data, dates. */
final class InputNames {
    private final Messages zh = Messages.forLanguage("zh");
    private final Messages en = Messages.forLanguage("en");

    <E extends Enum<E>> E enumOf(Class<E> type, String text, String field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        Optional<E> hit = Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(t) || zh.label(e).equals(t) || en.label(e).equalsIgnoreCase(t))
                .findFirst();
        if (hit.isEmpty()) {
            problems.add(Problem.error(field, "error.unknownValue", shown(t)));
        }
        return hit.orElse(null);
    }

    UUID lookup(String name, String field, List<Problem> problems,
                               Function<String, Optional<UUID>> find) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Optional<UUID> id = find.apply(name.strip());
        if (id.isEmpty()) {
            problems.add(Problem.error(field, "error.unknownValue", shown(name.strip())));
        }
        return id.orElse(null);
    }

    LocalDate date(String text, String field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(text.strip());
            if (d.getYear() < 1000 || d.getYear() > 9999) {
                problems.add(Problem.error(field, "error.dateFormat", shown(text.strip())));
                return null;
            }
            return d;
        } catch (DateTimeParseException e) {
            problems.add(Problem.error(field, "error.dateFormat", shown(text.strip())));
            return null;
        }
    }

    /** A value echoed in a sentence: at most 40 characters, control characters shown as '?'. */
    static String shown(String t) {
        StringBuilder b = new StringBuilder();
        t.codePoints().limit(40).forEach(cp -> b.appendCodePoint(Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE
                || Character.getType(cp) == Character.FORMAT ? '?' : cp));
        return t.codePointCount(0, t.length()) > 40 ? b + "…" : b.toString();
    }
}
