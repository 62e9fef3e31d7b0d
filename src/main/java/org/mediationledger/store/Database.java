package org.mediationledger.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.mediationledger.model.DataFileException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 file: opened with AUTO_SERVER so two clerks of one office can share it, migrated at start-up
 * by the Flyway scripts of db/migration (backed up first when a migration is about to change an existing file).
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String SUFFIX = ".mv.db";

    private final Path file;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final Path lastBackup;

    private Database(Path file, JdbcConnectionPool pool, Path lastBackup) {
        this.file = file;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2);
        this.lastBackup = lastBackup;
    }

    /** @param location the data file, with or without the ".mv.db" ending */
    public static Database open(Path location) {
        return open(location, "classpath:db/migration");
    }

    /** With other migration locations beside the product's (tests use this to simulate an upgrade). */
    public static Database open(Path location, String... migrationLocations) {
        Path file = withSuffix(location.toAbsolutePath().normalize());
        checkLocation(file);
        String base = file.toString().substring(0, file.toString().length() - SUFFIX.length());
        String url = "jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        try {
            try (Connection c = pool.getConnection()) {
                c.isValid(1);
            }
            Path backup = migrate(pool, file, migrationLocations);
            return new Database(file, pool, backup);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e, file);
        } catch (RuntimeException e) {
            pool.dispose();
            Optional<SQLException> sql = sqlCause(e);
            if (sql.isPresent()) {
                throw translate(sql.get(), file);
            }
            throw new DataFileException("db.error.migration", file.toString(), e);
        }
    }

    public static Path withSuffix(Path p) {
        return p.getFileName().toString().endsWith(SUFFIX) ? p : p.resolveSibling(p.getFileName() + SUFFIX);
    }

    private static void checkLocation(Path file) {
        if (Files.isDirectory(file)) {
            throw new DataFileException("db.error.isDirectory", file.toString(), null);
        }
        Path dir = file.getParent();
        try {
            Files.createDirectories(dir);
        } catch (Exception e) {
            throw new DataFileException("db.error.folder", dir.toString(), e);
        }
        if (Files.exists(file) && !Files.isReadable(file)) {
            throw new DataFileException("db.error.unreadable", file.toString(), null);
        }
        if (!Files.isWritable(dir) || (Files.exists(file) && !Files.isWritable(file))) {
            throw new DataFileException("db.error.readOnly", file.toString(), null);
        }
    }

    private static Path migrate(JdbcConnectionPool pool, Path file, String[] locations) throws SQLException {
        Flyway flyway = Flyway.configure().dataSource(pool).locations(locations)
                .baselineOnMigrate(false).load();
        MigrationInfoService info = flyway.info();
        Path backup = null;
        if (info.pending().length > 0 && info.applied().length > 0) {
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            String name = file.getFileName().toString().replace(SUFFIX, "") + "-before-v"
                    + info.pending()[info.pending().length - 1].getVersion() + "-" + stamp + ".zip";
            backup = file.resolveSibling("backups").resolve(name);
            try {
                Files.createDirectories(backup.getParent());
            } catch (Exception e) {
                throw new DataFileException("db.error.backup", backup.toString(), e);
            }
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + backup.toString().replace("'", "''") + "'");
            }
            LOG.info("backed up {} to {} before migrating", file, backup);
        }
        flyway.migrate();
        return backup;
    }

    private static Optional<SQLException> sqlCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    static DataFileException translate(SQLException e, Path file) {
        String key = looksDamaged(e, file) ? "db.error.corrupt" : switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1, ErrorCode.DATABASE_IS_IN_EXCLUSIVE_MODE,
                 ErrorCode.LOCK_TIMEOUT_1 -> "db.error.locked";
            case ErrorCode.FILE_CORRUPTED_1 -> "db.error.corrupt";
            case ErrorCode.FILE_VERSION_ERROR_1 -> "db.error.version";
            case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD -> "db.error.password";
            case ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.FILE_CREATION_FAILED_1 -> "db.error.io";
            default -> "db.error.unknown";
        };
        LOG.error("could not open {} (H2 error {})", file, e.getErrorCode(), e);
        return new DataFileException(key, file.toString(), e);
    }

    /** A readable file that H2 cannot read through (cut short, or not an H2 file at all) is a damaged file. */
    private static boolean looksDamaged(SQLException e, Path file) {
        if (e.getErrorCode() != ErrorCode.IO_EXCEPTION_1 && e.getErrorCode() != ErrorCode.IO_EXCEPTION_2) {
            return false;
        }
        if (!Files.isReadable(file)) {
            return false;
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.io.EOFException) {
                return true;
            }
            if (c instanceof org.h2.mvstore.MVStoreException m
                    && (m.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_FILE_CORRUPT
                    || m.getErrorCode() == org.h2.mvstore.DataUtils.ERROR_READING_FAILED)) {
                return true;
            }
        }
        return false;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public Path file() {
        return file;
    }

    /** The backup made before the last migration at start-up, if one was needed. */
    public Optional<Path> backupBeforeMigration() {
        return Optional.ofNullable(lastBackup);
    }

    /** A consistent copy of the whole database as a zip, while it stays in use. */
    public void backupTo(Path zip) {
        dsl.execute("BACKUP TO " + DSL.inline(zip.toAbsolutePath().toString()));
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
