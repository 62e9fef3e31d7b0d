package org.mediationledger.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.mediationledger.model.ServerAddress;

/**
 * A real PostgreSQL server process for the tests (its binaries from Maven Central; not H2's PostgreSQL mode), started
 * once per test JVM. The program's role "clerk" logs in with a password over TCP (scram-sha-256), as at a county;
 * only the tests' own set-up uses the superuser.
 */
public final class PgServer {
    public static final String USER = "clerk";
    public static final String PASSWORD = "台账-secret-2026";
    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private PgServer() {
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "200")
                        // a throw-away server for tests: no waiting for the disk on each commit (the program's
                        // durability on a real server is the server's own settings, left at their defaults there)
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setDataDirectoryCustomizer(dir -> {
                            try {
                                Files.writeString(dir.toPath().resolve("pg_hba.conf"), """
                                        local all all trust
                                        host all postgres 127.0.0.1/32 trust
                                        host all postgres ::1/128 trust
                                        host all all 127.0.0.1/32 scram-sha-256
                                        host all all ::1/128 scram-sha-256
                                        """);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }).start();
                admin("create role " + USER + " login password '" + PASSWORD + "'");
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("no PostgreSQL for the tests", e);
            }
        }
        return server;
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** A new, empty database owned by the program's role: the address the program is given (it migrates it). */
    public static ServerAddress emptyDatabase() {
        return create("");
    }

    /**
     * A new database already migrated by the product's scripts: a copy of a template the scripts migrated once per
     * test JVM (PostgreSQL copies a template in milliseconds; running 21 scripts for each test's ledger took seconds).
     */
    public static ServerAddress newDatabase() {
        return templateCopy("migrated", PgServer::emptyDatabase, db -> {
            org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
            ds.setUrl(db.jdbcUrl());
            ds.setUser(USER);
            ds.setPassword(PASSWORD);
            org.flywaydb.core.Flyway.configure().dataSource(ds)
                    .locations(org.mediationledger.store.Database.SERVER_MIGRATIONS).load().migrate();
        });
    }

    /**
     * A new database holding what the loader put into a migrated one (the demo township): the loader runs once per test
     * JVM, and that database then serves as the template of every later copy (the demo's thousands of single saves over
     * the network took seconds per test).
     */
    public static ServerAddress copyOf(String what, java.util.function.Consumer<ServerAddress> loader) {
        return templateCopy(what, PgServer::newDatabase, loader);
    }

    /** A copy of the template named what, made the first time from a fresh database the loader filled. */
    private static ServerAddress templateCopy(String what, java.util.function.Supplier<ServerAddress> fresh,
                                              java.util.function.Consumer<ServerAddress> loader) {
        String template = "ledger_" + what + "_" + ProcessHandle.current().pid();
        synchronized (PgServer.class) {
            if (!TEMPLATES.contains(what)) {
                ServerAddress first = fresh.get();
                loader.accept(first);
                try {
                    admin("alter database " + first.database() + " rename to " + template);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                TEMPLATES.add(what);
            }
        }
        return create(" template " + template);
    }

    private static final java.util.Set<String> TEMPLATES = new java.util.HashSet<>();

    private static ServerAddress create(String how) {
        EmbeddedPostgres pg = server();
        String name = "ledger_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try {
            admin("create database " + name + " owner " + USER + how);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new ServerAddress(USER, "localhost", pg.getPort(), name);
    }

    /** Runs SQL as the superuser in one database (to look at what the program wrote, or to break things). */
    public static void asAdmin(ServerAddress db, String sql) throws SQLException {
        try (Connection c = server().getDatabase("postgres", db.database()).getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    public static long count(ServerAddress db, String sql) throws SQLException {
        try (Connection c = server().getDatabase("postgres", db.database()).getConnection(); Statement s = c.createStatement();
             var r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
