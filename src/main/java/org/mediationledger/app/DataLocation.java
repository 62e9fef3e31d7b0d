package org.mediationledger.app;

import java.nio.file.Path;
import java.util.Locale;

/** Where the data file lives unless --db says otherwise: the user's own data folder. */
public final class DataLocation {
    public static final String FILE_NAME = "ledger.mv.db";

    private DataLocation() {
    }

    public static Path defaultFolder() {
        String override = System.getenv("MEDIATION_LEDGER_HOME");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String home = System.getProperty("user.home");
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return Path.of(appData != null ? appData : home, "MediationLedger");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "MediationLedger");
        }
        return Path.of(home, ".mediation-ledger");
    }

    public static Path defaultDatabase() {
        return defaultFolder().resolve(FILE_NAME);
    }
}
