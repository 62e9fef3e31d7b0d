package org.mediationledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both bundles have the same keys, and every key is used by the code (or made from an enum constant or field). */
class I18nBundlesTest {
    static final Path ZH = Path.of("src/main/resources/i18n/messages.properties");
    static final Path EN = Path.of("src/main/resources/i18n/messages_en.properties");

    static Properties load(Path p) throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> zh = load(ZH).stringPropertyNames();
        Set<String> en = load(EN).stringPropertyNames();
        assertThat(new TreeSet<>(zh)).as("keys missing in English").isEqualTo(new TreeSet<>(en));
        assertThat(zh).hasSizeGreaterThan(200);
    }

    @Test
    void noValueIsEmptyAndPatternsAreValid() throws IOException {
        for (Path p : new Path[] {ZH, EN}) {
            Properties props = load(p);
            for (String k : props.stringPropertyNames()) {
                assertThat(props.getProperty(k)).as(p + " " + k).isNotBlank();
                new java.text.MessageFormat(props.getProperty(k)); // throws on a broken pattern
            }
        }
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        StringBuilder code = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                code.append(Files.readString(f));
            }
        }
        String all = code.toString();
        Set<String> prefixes = new HashSet<>();
        Matcher m = Pattern.compile("\"([a-zA-Z.]+\\.)\" *\\+").matcher(all);
        while (m.find()) {
            prefixes.add(m.group(1)); // keys built in code, e.g. "nav." + area
        }
        Set<String> unused = new TreeSet<>();
        for (String key : load(ZH).stringPropertyNames()) {
            boolean literal = all.contains("\"" + key + "\"");
            boolean built = prefixes.stream().anyMatch(key::startsWith) && usedSuffix(key, all);
            boolean enumLabel = key.startsWith("enum.") && enumExists(key);
            boolean field = key.startsWith("field.") && all.contains("\"" + key.substring(key.lastIndexOf('.') + 1));
            // "field.matterN": Messages.fieldLabel builds it for "matters[i]" from its singular mapping ("matters" -> "matter")
            boolean listItem = key.matches("field\\.[a-z]+N") && all.contains("-> \"" + key.substring(6, key.length() - 1) + "\";");
            if (!(literal || built || enumLabel || field || listItem)) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    /**
     * The other way round: a literal in the code shaped like a key of the bundles ("error.unitRetired", a first word
     * the bundles use) names a key that exists — a typo shows as "!key!" on screen, so it fails here first. Literals
     * of that shape that are no keys: the names of the settings stored in the ledger (SettingsService) and file names.
     */
    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> keys = load(ZH).stringPropertyNames();
        Set<String> firstWords = new HashSet<>();
        keys.forEach(k -> firstWords.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".java")).toList()) {
                if (f.getFileName().toString().equals("SettingsService.java")) {
                    continue; // its dotted literals are the names of stored settings ("stats.rounding")
                }
                Matcher m = Pattern.compile("\"([a-zA-Z]+(?:\\.[a-zA-Z0-9]+)+)\"").matcher(Files.readString(f));
                while (m.find()) {
                    String k = m.group(1);
                    boolean fileName = k.matches(".*\\.(db|xlsx|json|csv|pdf|dir|log|png|properties)");
                    if (firstWords.contains(k.substring(0, k.indexOf('.'))) && !keys.contains(k) && !fileName) {
                        missing.add(k + " (" + f.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys the code uses that the bundles lack").isEmpty();
    }

    private static boolean usedSuffix(String key, String code) {
        String last = key.substring(key.lastIndexOf('.') + 1);
        return code.contains(last) || code.contains(last.toUpperCase());
    }

    private static boolean enumExists(String key) {
        String[] parts = key.split("\\.");
        try {
            Class<?> type;
            try {
                type = Class.forName("org.mediationledger.model." + parts[1]);
            } catch (ClassNotFoundException e) {
                type = Class.forName("org.mediationledger.model.Compliance$" + parts[1]);
            }
            for (Object c : type.getEnumConstants()) {
                if (((Enum<?>) c).name().equals(parts[2])) {
                    return true;
                }
            }
        } catch (ClassNotFoundException e) {
            return false;
        }
        return false;
    }
}
