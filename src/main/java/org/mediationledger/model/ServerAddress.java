package org.mediationledger.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ledger on a PostgreSQL server (issue 18): postgresql://user@host:5432/ledger, optionally ?sslmode=verify-full (TLS
 * with the server's certificate checked: README, when the server is not on this PC). The password is never part of it
 * (it comes from ML_DB_PASSWORD or a prompt), so the address can be shown, remembered and logged as it is.
 */
public record ServerAddress(String user, String host, int port, String database, String sslMode) {
    /** An address with the driver's default TLS handling ("prefer": TLS when the server offers it). */
    public ServerAddress(String user, String host, int port, String database) {
        this(user, host, port, database, null);
    }

    public static final int DEFAULT_PORT = 5432;

    private static final Pattern FORM = Pattern.compile(
            "(?:postgresql|postgres)://(?:([^:@/]+)(:[^@/]*)?@)?(\\[[0-9a-fA-F:]+\\]|[^:/?#@]+)(?::(\\d{1,5}))?/([^/?#]+)"
                    + "(?:\\?sslmode=(disable|require|verify-ca|verify-full))?");

    /** Whether the text names a server rather than a data file (it starts with postgresql:// or postgres://). */
    public static boolean isServer(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return t.startsWith("postgresql://") || t.startsWith("postgres://");
    }

    /**
     * Reads postgresql://user@host[:port]/database. A password written into the address, a missing user or database, or
     * a port out of range is one sentence (field "db").
     */
    public static ServerAddress parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new ValidationException(List.of(Problem.error("db", "db.server.badAddress", String.valueOf(text))));
        }
        if (m.group(2) != null) {
            throw new ValidationException(List.of(Problem.error("db", "db.server.passwordInAddress")));
        }
        if (m.group(1) == null) {
            throw new ValidationException(List.of(Problem.error("db", "db.server.noUser", text)));
        }
        int port = m.group(4) == null ? DEFAULT_PORT : Integer.parseInt(m.group(4));
        if (port < 1 || port > 65535) {
            throw new ValidationException(List.of(Problem.error("db", "db.server.badAddress", String.valueOf(text))));
        }
        return new ServerAddress(m.group(1), m.group(3), port, m.group(5), m.group(6));
    }

    public static Optional<ServerAddress> of(String text) {
        return isServer(text) ? Optional.of(parse(text)) : Optional.empty();
    }

    /** The JDBC address (no user, no password: those go to the pool separately). */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + (sslMode == null ? "" : "?sslmode=" + sslMode);
    }

    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database + (sslMode == null ? "" : "?sslmode=" + sslMode);
    }
}
