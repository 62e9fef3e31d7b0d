package org.mediationledger.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ledger on a PostgreSQL server (issue 18): postgresql://user@host:5432/ledger, optionally with ?sslmode=verify-full
 * (TLS with the server's certificate checked: README, when the server is not on this PC) and ?schema=dongshan (one
 * township's ledger in a county database: each township is a schema of its own, with its own committees, numbers and
 * settings; decision 0014). The password is never part of it (it comes from ML_DB_PASSWORD or a prompt), so the address
 * can be shown, remembered and logged as it is.
 */
public record ServerAddress(String user, String host, int port, String database, String sslMode, String schema) {
    /** An address with the driver's default TLS handling ("prefer": TLS when the server offers it). */
    public ServerAddress(String user, String host, int port, String database) {
        this(user, host, port, database, null, null);
    }

    public static final int DEFAULT_PORT = 5432;

    /** A schema name as PostgreSQL folds it unquoted: lower-case latin letters, digits and underscores (e.g. dongshan). */
    private static final Pattern SCHEMA = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Pattern SSL_MODE = Pattern.compile("disable|require|verify-ca|verify-full");

    private static final Pattern FORM = Pattern.compile(
            "(?:postgresql|postgres)://(?:([^:@/]+)(:[^@/]*)?@)?(\\[[0-9a-fA-F:]+\\]|[^:/?#@]+)(?::(\\d{1,5}))?/([^/?#]+)"
                    + "(?:\\?([^#]*))?");

    /** Whether the text names a server rather than a data file (it starts with postgresql:// or postgres://). */
    public static boolean isServer(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return t.startsWith("postgresql://") || t.startsWith("postgres://");
    }

    /** Whether the name can be a township's schema (lower-case latin letters, digits, underscores; not pg_…). */
    public static boolean isSchemaName(String name) {
        return name != null && SCHEMA.matcher(name).matches() && !name.startsWith("pg_");
    }

    /**
     * Reads postgresql://user@host[:port]/database[?sslmode=…][&amp;schema=…]. A password written into the address, a
     * missing user or database, a port out of range, an unknown option or a schema name the server would fold is one
     * sentence (field "db").
     */
    public static ServerAddress parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw bad(text);
        }
        if (m.group(2) != null) {
            throw new ValidationException(List.of(Problem.error("db", "db.server.passwordInAddress")));
        }
        if (m.group(1) == null) {
            throw new ValidationException(List.of(Problem.error("db", "db.server.noUser", text)));
        }
        int port = m.group(4) == null ? DEFAULT_PORT : Integer.parseInt(m.group(4));
        if (port < 1 || port > 65535) {
            throw bad(text);
        }
        String sslMode = null;
        String schema = null;
        if (m.group(6) != null && !m.group(6).isEmpty()) {
            for (String option : m.group(6).split("&", -1)) {
                int eq = option.indexOf('=');
                String key = eq < 0 ? option : option.substring(0, eq);
                String value = eq < 0 ? "" : option.substring(eq + 1);
                if (key.equals("sslmode") && sslMode == null && SSL_MODE.matcher(value).matches()) {
                    sslMode = value;
                } else if (key.equals("schema") && schema == null) {
                    if (!isSchemaName(value)) {
                        throw new ValidationException(List.of(Problem.error("db", "db.server.badSchema", value)));
                    }
                    schema = value;
                } else {
                    throw bad(text);
                }
            }
        }
        return new ServerAddress(m.group(1), m.group(3), port, m.group(5), sslMode, schema);
    }

    private static ValidationException bad(String text) {
        return new ValidationException(List.of(Problem.error("db", "db.server.badAddress", String.valueOf(text))));
    }

    public static Optional<ServerAddress> of(String text) {
        return isServer(text) ? Optional.of(parse(text)) : Optional.empty();
    }

    /** The same server and database, another township's schema (null: the database's default schema, public). */
    public ServerAddress inSchema(String name) {
        if (name != null && !isSchemaName(name)) {
            throw new ValidationException(List.of(Problem.error("db", "db.server.badSchema", name)));
        }
        return new ServerAddress(user, host, port, database, sslMode, name);
    }

    /** The JDBC address (no user, no password: those go to the pool separately). */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + options("currentSchema");
    }

    private String options(String schemaKey) {
        StringBuilder o = new StringBuilder();
        if (sslMode != null) {
            o.append("?sslmode=").append(sslMode);
        }
        if (schema != null) {
            o.append(o.length() == 0 ? '?' : '&').append(schemaKey).append('=').append(schema);
        }
        return o.toString();
    }

    @Override
    public String toString() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + database + options("schema");
    }
}
