package org.mediationledger.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user's language: Chinese (the base bundle) by default, English beside it. No fallback to the JVM's locale,
 * so an English-speaking PC still shows Chinese unless English is chosen.
 */
public final class Messages {
    public static final String BUNDLE = "i18n/messages";
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages forLanguage(String lang) {
        return new Messages("en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE);
    }

    public Locale locale() {
        return locale;
    }

    public boolean isEnglish() {
        return "en".equals(locale.getLanguage());
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    public String label(Enum<?> value) {
        return value == null ? "" : get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /**
     * A value written into the history as the label of a state, level, result … in the language of the day it was
     * written ("调解中", or "村级 成功" for an attempt) shown in this language; other text comes back as it is.
     */
    public String relabel(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        java.util.Map<String, String> keys = LabelKeys.ALL;
        String whole = keys.get(text);
        if (whole != null) {
            return get(whole);
        }
        String[] words = text.split(" ");
        for (int i = 1; i < words.length; i++) {
            String a = keys.get(String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)));
            String b = keys.get(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
            if (a != null && b != null) {
                return get(a) + " " + get(b);
            }
        }
        return text;
    }

    /**
     * Every enum label of every language -> its key ("调解中" and "In mediation" -> enum.CaseStatus.IN_MEDIATION), and a
     * constant's own name when no other enum shares it (ROUTINE -> enum.ScreeningKind.ROUTINE).
     */
    private static final class LabelKeys {
        static final java.util.Map<String, String> ALL = load();

        private static java.util.Map<String, String> load() {
            java.util.Map<String, String> m = new java.util.HashMap<>();
            java.util.Map<String, java.util.Set<String>> names = new java.util.HashMap<>();
            for (Locale l : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                ResourceBundle b = ResourceBundle.getBundle(BUNDLE, l,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                for (String k : java.util.Collections.list(b.getKeys())) {
                    if (k.startsWith("enum.")) {
                        m.putIfAbsent(b.getString(k), k);
                        names.computeIfAbsent(k.substring(k.lastIndexOf('.') + 1), x -> new java.util.HashSet<>()).add(k);
                    }
                }
            }
            // a value the history wrote as the constant's name (ROUTINE) reads as its label, when only one enum has it
            names.forEach((name, ks) -> {
                if (ks.size() == 1 && name.matches("[A-Z][A-Z_]+")) {
                    m.putIfAbsent(name, ks.iterator().next());
                }
            });
            return java.util.Map.copyOf(m);
        }
    }

    /** A number of days as a legal paper writes it: 三十 in Chinese (1–99), thirty in English (1–99); else digits. */
    public String numberInWords(int n) {
        if (n < 1 || n > 99) {
            return String.valueOf(n);
        }
        if (isEnglish()) {
            String[] ones = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
            String[] tens = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
            return n < 20 ? ones[n] : tens[n / 10] + (n % 10 == 0 ? "" : "-" + ones[n % 10]);
        }
        String digits = "〇一二三四五六七八九";
        int t = n / 10;
        int o = n % 10;
        return (t == 0 ? "" : (t == 1 ? "" : String.valueOf(digits.charAt(t))) + "十") + (o == 0 ? "" : String.valueOf(digits.charAt(o)));
    }

    public String problem(Problem p) {
        return get(p.messageKey(), p.args().stream().map(a -> a instanceof Enum<?> e ? label(e) : a).toArray());
    }

    /**
     * "parties[1].idNumber" -> "当事人2 · 身份证号码"; "findings[0].parties[1].phone" -> "发现1 · 当事人2 · 联系电话";
     * "summary" -> "纠纷简要情况".
     */
    /** A refusal for who is asking as one sentence; enums among its arguments (a role, a permission) by their labels. */
    public String access(AccessRefused a) {
        Object[] args = a.args();
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Enum<?> e) {
                args[i] = label(e);
            }
        }
        return get(a.messageKey(), args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    public String fieldLabel(String path) {
        if (bundle.containsKey("field." + path)) {
            return get("field." + path); // a label of its own, e.g. "matter.visitorName" in the reception dialogs
        }
        java.util.List<String> words = new java.util.ArrayList<>();
        String parent = null;
        for (String seg : path.split("\\.")) {
            int open = seg.indexOf('[');
            if (open > 0) {
                String list = seg.substring(0, open);
                int index = Integer.parseInt(seg.substring(open + 1, seg.indexOf(']')));
                parent = singular(list);
                words.add(get("field." + parent + "N", index + 1));
            } else {
                String key = parent == null ? "field." + seg : "field." + parent + "." + seg;
                words.add(bundle.containsKey(key) ? get(key) : bundle.containsKey("field." + seg) ? get("field." + seg) : seg);
            }
        }
        return String.join(" · ", words);
    }

    private static String singular(String list) {
        return switch (list) {
            case "parties" -> "party";
            case "findings" -> "finding";
            case "matters" -> "matter";
            default -> list;
        };
    }
}
