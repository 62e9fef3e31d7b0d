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
