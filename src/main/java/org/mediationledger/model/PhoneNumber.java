package org.mediationledger.model;

import java.util.regex.Pattern;

/** Mobile (11 digits starting 13-19) and landline (area code 0xx(x), 7-8 digits, optional extension) numbers. */
public final class PhoneNumber {
    private static final Pattern MOBILE = Pattern.compile("(\\+?86)?1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("(0\\d{2,3}-?)?[2-9]\\d{6,7}(-\\d{1,6})?");

    private PhoneNumber() {
    }

    public static boolean isValid(String raw) {
        if (raw == null) {
            return false;
        }
        String s = raw.strip().replace(" ", "");
        return MOBILE.matcher(s).matches() || LANDLINE.matcher(s.replace("(", "").replace(")", "-")).matches();
    }
}
