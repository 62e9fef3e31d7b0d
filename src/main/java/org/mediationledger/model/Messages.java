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

    public String problem(Problem p) {
        return get(p.messageKey(), p.args().toArray());
    }

    /** "parties[1].idNumber" -> "当事人2 · 身份证号"; "summary" -> "纠纷简要情况". */
    public String fieldLabel(String path) {
        if (path.startsWith("parties[")) {
            int close = path.indexOf(']');
            int index = Integer.parseInt(path.substring(8, close));
            String rest = close + 2 <= path.length() ? path.substring(close + 2) : "";
            String who = get("field.partyN", index + 1);
            return rest.isEmpty() ? who : who + " · " + get("field.party." + rest);
        }
        return get("field." + path);
    }
}
