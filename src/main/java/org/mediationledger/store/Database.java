package org.mediationledger.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.atomic.AtomicLong;
import org.mediationledger.model.DataFileException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 file. Before it is trusted it is looked at read-only (LedgerFiles.inspect): a damaged, foreign or
 * newer file is refused and left as it was. A file written by the old H2 is rebuilt cleanly on its first open; the
 * schema is migrated by the Flyway scripts of db/migration (backed up first). Every save is one transaction bound to
 * its thread (nested work joins it), written to the file before it returns (H2.url), and refused with a sentence
 * when the disk is nearly full.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    public static final String SUFFIX = LedgerFiles.SUFFIX;
    public static final long DEFAULT_MIN_FREE_BYTES = 200L * 1024 * 1024;

    /** Whether opening may create the file: only the demo, an explicit --create and the window after asking. */
    public enum Mode { EXISTING, CREATE_IF_MISSING }

    /** The embedded file, or null for a ledger on a server. */
    private final Path file;
    /** The server, or null for the embedded file. */
    private final org.mediationledger.model.ServerAddress server;
    private final javax.sql.DataSource pool;
    private final Runnable disposePool;
    private final DSLContext dsl;
    private final Path lastBackup;
    /** Whether Flyway looked at the schema when this file was opened (not when it was already at NEWEST_SCHEMA). */
    private final boolean byFlyway;
    private final AtomicLong commits = new AtomicLong();
    private volatile long minFreeBytes = DEFAULT_MIN_FREE_BYTES;
    private volatile boolean oldPagesStale;
    private static final java.util.Set<Path> OPEN_HERE = java.util.concurrent.ConcurrentHashMap.newKeySet();

    static boolean isOpenHere(Path file) {
        return OPEN_HERE.contains(file.toAbsolutePath().normalize());
    }

    private Database(Path file, JdbcConnectionPool pool, Path lastBackup, boolean byFlyway) {
        this(file, null, pool, pool::dispose, lastBackup, byFlyway);
    }

    private Database(Path file, org.mediationledger.model.ServerAddress server, javax.sql.DataSource pool, Runnable disposePool,
                     Path lastBackup, boolean byFlyway) {
        this.byFlyway = byFlyway;
        this.file = file;
        this.server = server;
        this.pool = pool;
        this.disposePool = disposePool;
        this.lastBackup = lastBackup;
        String where = where();
        DefaultConfiguration cfg = new DefaultConfiguration();
        if (server == null) {
            cfg.set(SQLDialect.H2);
        } else {
            // the generated names are H2's upper case: unquoted, PostgreSQL folds them to the lower case of the scripts
            cfg.set(SQLDialect.POSTGRES);
            cfg.set(new org.jooq.conf.Settings().withRenderQuotedNames(org.jooq.conf.RenderQuotedNames.NEVER));
        }
        ThreadTransactions tx = new ThreadTransactions(pool, where, server != null, this::refuseIfDiskLow, commits::incrementAndGet);
        cfg.set((ConnectionProvider) tx);
        cfg.set((org.jooq.TransactionProvider) tx);
        cfg.set(new ExecuteListener() {
            @Override
            public void exception(ExecuteContext ctx) {
                if (ctx.sqlException() != null) {
                    DataFileException d = duringWork(ctx.sqlException(), where, server != null);
                    if (d != null) {
                        ctx.exception(d);
                    } else {
                        refusedValue(ctx.sqlException()).ifPresent(ctx::exception);
                    }
                }
            }
        });
        this.dsl = DSL.using(cfg);
    }

    /** Opens an existing ledger; a path with no file is an error (see open(Path, Mode, String...)). */
    public static Database open(Path location) {
        return open(location, Mode.EXISTING, MIGRATIONS);
    }

    public static Database open(Path location, Mode mode) {
        return open(location, mode, MIGRATIONS);
    }

    /**
     * Where the product's own migration scripts are for the embedded file: the scripts both engines share, and the few
     * written for H2 alone (db/h2; their PostgreSQL twins are in db/postgresql, decision 0013).
     */
    public static final String[] MIGRATIONS = {"classpath:db/migration", "classpath:db/h2"};

    /** The product's own migrations and others beside them (tests use this to simulate an upgrade). */
    public static String[] withMigrations(String... more) {
        String[] all = Arrays.copyOf(MIGRATIONS, MIGRATIONS.length + more.length);
        System.arraycopy(more, 0, all, MIGRATIONS.length, more.length);
        return all;
    }

    /** With other migration locations beside the product's (tests use this to simulate an upgrade). */
    public static Database open(Path location, String... migrationLocations) {
        return open(location, Mode.CREATE_IF_MISSING, migrationLocations);
    }

    public static Database open(Path location, Mode mode, String... migrationLocations) {
        Path file = withSuffix(location.toAbsolutePath().normalize());
        checkLocation(file);
        Path snapshot = null;
        if (!Files.exists(file)) {
            if (mode != Mode.CREATE_IF_MISSING) {
                throw new DataFileException("db.error.missing", file.toString(), null);
            }
            LedgerFiles.create(file, migrationLocations);
        } else if (!LedgerFiles.inUse(file)) {
            // with another program already working on it (a shared file), that program has looked at it already
            if (LedgerFiles.unchangedSinceClose(file)) {
                LedgerFiles.removeStaleLock(file); // the very bytes this program closed cleanly: read in full then
            } else {
                LedgerFiles.Inspection seen = LedgerFiles.inspect(file, readInFullAtOpen(file), migrationLocations);
                if (seen.needsRebuild()) {
                    LedgerFiles.rebuild(file, seen);
                }
            }
            snapshot = LedgerFiles.snapshotBeforeOpen(file, readInFullAtOpen(file));
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(H2.url(LedgerFiles.base(file)), H2.USER, H2.PASSWORD);
        try {
            try (Connection c = pool.getConnection()) {
                c.isValid(1);
            }
            // a file already at the newest schema needs no Flyway (it scanned and validated every script: ~0.3 s)
            boolean byFlyway = !(java.util.Set.of(migrationLocations).equals(java.util.Set.of(MIGRATIONS)) && atNewestSchema(pool));
            Path backup = byFlyway ? migrate(pool, file, migrationLocations) : null;
            OPEN_HERE.add(file);
            LedgerFiles.deleteQuietly(snapshot);
            Database db = new Database(file, pool, backup, byFlyway);
            AuditChain.sealIfNew(db.dsl);
            return db;
        } catch (SQLException e) {
            pool.dispose();
            LedgerFiles.putBack(snapshot, file);
            throw translate(e, file);
        } catch (RuntimeException e) {
            pool.dispose();
            LedgerFiles.putBack(snapshot, file);
            if (e instanceof DataFileException d) {
                throw d;
            }
            Optional<SQLException> sql = sqlCause(e);
            if (sql.isPresent()) {
                throw translate(sql.get(), file);
            }
            throw new DataFileException("db.error.migration", file.toString(), e);
        }
    }

    /** Where the product's migration scripts are for a ledger on PostgreSQL (decision 0013). */
    public static final String[] SERVER_MIGRATIONS = {"classpath:db/migration", "classpath:db/postgresql"};

    /**
     * Opens the ledger on a PostgreSQL server (issue 18): a pool of connections with timeouts, the schema migrated by
     * the same scripts (and the PostgreSQL twins of the few that differ). Nothing of the file's safety machinery
     * applies there: the server keeps its own log, and its backup (pg_dump) is the way to back it up (README).
     */
    public static Database openServer(org.mediationledger.model.ServerAddress address, String password) {
        return openServer(address, password, true);
    }

    /**
     * @param sealHistory whether an empty history gets its sealed head now (as every opening does); not for a database
     *                    about to receive a whole ledger with its own sealed history (LedgerCopy)
     */
    public static Database openServer(org.mediationledger.model.ServerAddress address, String password, boolean sealHistory) {
        // every connection is checked as it is handed out (HikariCP skips that for one used in the last 500 ms): after
        // a server restart the next save finds a live connection, not the dead one it used a moment ago
        if (System.getProperty("com.zaxxer.hikari.aliveBypassWindowMs") == null) {
            System.setProperty("com.zaxxer.hikari.aliveBypassWindowMs", "0");
        }
        com.zaxxer.hikari.HikariConfig c = new com.zaxxer.hikari.HikariConfig();
        c.setJdbcUrl(address.jdbcUrl());
        c.setUsername(address.user());
        c.setPassword(password);
        c.setPoolName("ledger");
        c.setMaximumPoolSize(Integer.getInteger("mediation.ledger.serverPool", 4));
        c.setMinimumIdle(1);
        c.setConnectionTimeout(10_000); // no server within 10 s: one sentence, not a window that hangs
        c.setValidationTimeout(3_000);
        c.setInitializationFailTimeout(-1); // the first connection is made below, where its failure becomes a sentence
        c.addDataSourceProperty("connectTimeout", "10");
        c.addDataSourceProperty("ApplicationName", "mediation-ledger");
        // a save waits up to 10 s for another's lock (the case number counter row), as on the file
        c.setConnectionInitSql("set lock_timeout = 10000");
        // one plain connection first: a refused port, a wrong password or a missing database fails at once with the
        // server's own reason (the pool would retry until its timeout and report only that it timed out)
        try (Connection conn = plainConnection(address, password)) {
            conn.isValid(3);
        } catch (SQLException e) {
            throw translateServer(e, address);
        }
        com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource(c);
        try {
            // a server already at the newest schema needs no Flyway (as for the file; a test keeps NEWEST_SCHEMA right)
            boolean byFlyway = !atNewestSchema(pool);
            if (byFlyway) {
                var flyway = Flyway.configure().dataSource(pool).locations(SERVER_MIGRATIONS).baselineOnMigrate(false);
                if (address.schema() != null) {
                    // one township of a county database: its ledger, history table included, in its own schema
                    // (created here when the owner may; decision 0014)
                    flyway.schemas(address.schema()).defaultSchema(address.schema()).createSchemas(true);
                }
                flyway.load().migrate();
            }
            Database db = new Database(null, address, pool, pool::close, null, byFlyway);
            if (sealHistory) {
                AuditChain.sealIfNew(db.dsl);
            }
            return db;
        } catch (SQLException e) {
            pool.close();
            throw translateServer(e, address);
        } catch (RuntimeException e) {
            pool.close();
            if (e instanceof DataFileException d) {
                throw d;
            }
            Optional<SQLException> sql = sqlCause(e);
            if (sql.isPresent()) {
                throw translateServer(sql.get(), address);
            }
            throw new DataFileException("db.error.migration", address.toString(), e);
        }
    }

    /**
     * The townships' ledgers in a county database (issue 18; decision 0014): the schemas holding a ledger (its schema
     * history and its settings table), in name order; "public" among them when a ledger was opened without a schema.
     * Only what the role may see is listed.
     */
    public static java.util.List<String> ledgerSchemas(org.mediationledger.model.ServerAddress address, String password) {
        try (Connection conn = plainConnection(address.inSchema(null), password);
             Statement st = conn.createStatement();
             ResultSet r = st.executeQuery("""
                     select h.table_schema from information_schema.tables h
                     join information_schema.tables s on s.table_schema = h.table_schema and s.table_name = 'app_setting'
                     where h.table_name = 'flyway_schema_history' order by 1""")) {
            java.util.List<String> schemas = new java.util.ArrayList<>();
            while (r.next()) {
                schemas.add(r.getString(1));
            }
            return schemas;
        } catch (SQLException e) {
            throw translateServer(e, address);
        }
    }

    /** One connection outside the pool, failing at once with the server's own reason (10 s to answer). */
    private static Connection plainConnection(org.mediationledger.model.ServerAddress address, String password) throws SQLException {
        java.util.Properties p = new java.util.Properties();
        p.setProperty("user", address.user());
        p.setProperty("password", password);
        p.setProperty("connectTimeout", "10");
        p.setProperty("ApplicationName", "mediation-ledger");
        return java.sql.DriverManager.getConnection(address.jdbcUrl(), p);
    }

    /** Why a server could not be opened, as a sentence key: no answer, a wrong password, no such database. */
    static DataFileException translateServer(SQLException e, org.mediationledger.model.ServerAddress address) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String key = state.startsWith("08") ? "db.server.unreachable"
                : state.equals("28P01") || state.equals("28000") ? "db.server.password"
                : state.equals("3D000") ? "db.server.noDatabase"
                : state.equals("42501") ? "db.server.noRights"
                : "db.server.error";
        LOG.error("could not open {} (state {})", address, state, e);
        return new DataFileException(key, address.toString(), e);
    }

    /**
     * A file of up to 32 MB (a township's years of work) is read row by row before it is trusted, so damage anywhere
     * is found before a clerk sees a partial ledger; a larger one (county scale) has its tables counted at open, and
     * `check` and every backup read it in full.
     */
    private static boolean readInFullAtOpen(Path file) {
        try {
            return Files.size(file) <= 32L * 1024 * 1024;
        } catch (java.io.IOException e) {
            return false;
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

    /**
     * The newest migration script this program carries (db/migration/V{n}__…). A ledger already at it opens without
     * Flyway scanning and validating every script (about 0.3 s of each start); a test keeps this equal to the scripts.
     */
    public static final int NEWEST_SCHEMA = 22;

    private static Path migrate(JdbcConnectionPool pool, Path file, String[] locations) throws SQLException {
        Flyway flyway = Flyway.configure().dataSource(pool).locations(locations)
                .baselineOnMigrate(false).load();
        MigrationInfoService info = flyway.info();
        LedgerFiles.refuseNewer(info, file); // also for a shared file that another program opened and checked first
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

    /** True when the file's schema history ends, successfully, at the newest script and nothing failed on the way. */
    private static boolean atNewestSchema(javax.sql.DataSource pool) throws SQLException {
        // versions with a point (V0_1, PostgreSQL's own types) run before V1 and do not count for the newest
        try (Connection c = pool.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select max(cast(\"version\" as int)), min(case when \"success\" then 1 else 0 end) "
                     + "from \"flyway_schema_history\" where \"version\" is not null and \"version\" not like '%.%'")) {
            return r.next() && r.getInt(1) == NEWEST_SCHEMA && r.getInt(2) == 1;
        } catch (SQLException e) {
            return false; // no history table (a new file is created with one) or another shape: Flyway decides
        }
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
        String key = noSpace(e) ? "db.error.diskFull" : looksDamaged(e, file) ? "db.error.corrupt" : switch (e.getErrorCode()) {
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

    /** The disk is full (the system's words are in one of the causes). */
    static boolean noSpace(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String m = String.valueOf(c.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk full") || m.contains("not enough space")) {
                return true;
            }
        }
        return false;
    }

    /** A readable file that H2 cannot read through (cut short, or not an H2 file at all) is a damaged file. */
    private static boolean looksDamaged(SQLException e, Path file) {
        if (e.getErrorCode() != ErrorCode.IO_EXCEPTION_1 && e.getErrorCode() != ErrorCode.IO_EXCEPTION_2
                && e.getErrorCode() != ErrorCode.GENERAL_ERROR_1) {
            return false; // a general error too: a page H2 cannot read comes as one ("Unable to read the page …")
        }
        if (!Files.isReadable(file)) {
            return false;
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof java.io.EOFException || c instanceof java.nio.BufferUnderflowException) {
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

    /** The data file, or null for a ledger on a server. */
    public Path file() {
        return file;
    }

    /** The server, when the ledger is on one. */
    public Optional<org.mediationledger.model.ServerAddress> server() {
        return Optional.ofNullable(server);
    }

    /** The file or the server as a sentence names it (a server's address has no password). */
    public String where() {
        return server != null ? server.toString() : file.toString();
    }

    /** The backup made before the last migration at start-up, if one was needed. */
    public Optional<Path> backupBeforeMigration() {
        return Optional.ofNullable(lastBackup);
    }

    /** Whether opening went through Flyway (an older file, or other scripts beside the product's). */
    boolean schemaCheckedByFlyway() {
        return byFlyway;
    }

    /**
     * A consistent copy of the whole database as a zip (H2's BACKUP TO, taken while the file stays in use), written
     * under a temporary name and renamed into place.
     */
    public void backupTo(Path zip) {
        if (server != null) {
            throw new DataFileException("db.server.backupByServer", server.toString(), null);
        }
        Path tmp = zip.resolveSibling(zip.getFileName() + ".part");
        try {
            Files.createDirectories(zip.toAbsolutePath().getParent());
            Files.deleteIfExists(tmp);
            dsl.execute("BACKUP TO " + DSL.inline(tmp.toAbsolutePath().toString()));
            if (oldPagesStale) {
                Backups.compactInPlace(tmp);
            }
            Files.move(tmp, zip, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (java.io.IOException e) {
            LedgerFiles.deleteQuietly(tmp);
            throw new DataFileException("db.error.backupWrite", zip.toString(), e);
        } catch (RuntimeException e) {
            LedgerFiles.deleteQuietly(tmp);
            throw e;
        }
    }

    /** Runs work as one transaction: everything in it is saved together or not at all. Nested calls join it. */
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return dsl.transactionResult(cfg -> work.get());
    }

    /**
     * The numbers were just sealed in place: their clear values of before may still sit in old pages of the file until
     * H2 reuses them. From now on every backup is compacted (on a private copy) before it is kept, and the file is
     * compacted when it closes. Compacting the open file itself was tried: H2 2.4's online compactFile failed an
     * internal assertion and closed the database under load, so the live file is never compacted while in use.
     */
    public void markOldPagesStale() {
        this.oldPagesStale = true;
    }

    /** How many transactions this program has committed since the file was opened (for backups on close). */
    public long commits() {
        return commits.get();
    }

    /** Below this much free space on the file's disk, new saves are refused (a setting; default 200 MB). */
    public void setMinFreeBytes(long bytes) {
        this.minFreeBytes = Math.max(0, bytes);
    }

    public long minFreeBytes() {
        return minFreeBytes;
    }

    /** Free space on the disk that holds the file, or -1 when the system cannot tell. */
    public long usableSpace() {
        if (server != null) {
            return -1; // the server refuses a save itself when its disk is full (a sentence, nothing half-saved)
        }
        try {
            return Files.getFileStore(file.getParent()).getUsableSpace();
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        if (server != null) {
            disposePool.run();
            return;
        }
        try {
            // the head kept outside moves on only while the file still holds the entry it names: a history rewritten
            // behind the program's back must not overwrite the witness against it
            Optional<AuditChain.Head> outside = LedgerFiles.seenHead(file);
            if (outside.isEmpty() || AuditChain.holds(dsl, outside.get())) {
                LedgerFiles.recordSeen(file, dsl.fetchCount(org.mediationledger.store.generated.Tables.AUDIT_LOG),
                        AuditChain.head(dsl), false);
            } else {
                LOG.error("{} no longer holds history entry {} as recorded outside it: the record is kept, not overwritten",
                        file, outside.get().seq());
            }
        } catch (RuntimeException e) {
            LOG.warn("could not record what {} holds at close", file, e);
        }
        if (oldPagesStale) {
            compactAtClose();
        }
        disposePool.run();
        OPEN_HERE.remove(file);
        if (!LedgerFiles.inUse(file)) {
            LedgerFiles.recordDigest(file); // closed for good (not a shared file another program still works on)
        }
    }

    /**
     * SHUTDOWN COMPACT: the whole file rewritten with only its live pages (after sealing, so no clear value of before
     * stays in an old page) — only when no other program is connected to a shared file.
     */
    private void compactAtClose() {
        try (java.sql.Connection c = pool.getConnection(); java.sql.Statement st = c.createStatement()) {
            // this program's own pooled connections have no client address; another PC's (through AUTO_SERVER) have one
            try (java.sql.ResultSet r = st.executeQuery("select count(*) from information_schema.sessions where client_addr is not null")) {
                if (r.next() && r.getInt(1) > 0) {
                    LOG.info("{}: other programs are connected; its old pages are compacted at a later close", file);
                    return;
                }
            }
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException | RuntimeException e) {
            LOG.warn("could not compact {} at close", file, e);
        }
    }

    /** Checks the sealed history from its first entry to its head, and against the head last recorded outside the file. */
    public org.mediationledger.model.AuditCheck verifyHistory() {
        return AuditChain.verify(dsl, server != null ? Optional.empty() : LedgerFiles.seenHead(file));
    }

    /** Before a save starts (the outermost transaction): refused with a sentence when the disk is nearly full. */
    private void refuseIfDiskLow() {
        long free = usableSpace();
        if (free >= 0 && free < minFreeBytes) {
            LOG.warn("refusing a save: {} bytes free on the disk of {}, {} required", free, file, minFreeBytes);
            throw new DataFileException("db.error.diskLow", file.getParent().toString(), null);
        }
    }

    /**
     * The last guard behind the validators: a value the database refuses (too long for its column, a number out of
     * range) becomes a sentence naming the field, never an "unexpected error". Nothing was saved: the transaction
     * rolls back.
     */
    static Optional<org.mediationledger.model.ValidationException> refusedValue(SQLException e) {
        String msg = String.valueOf(e.getMessage());
        Matcher col = COLUMN.matcher(msg);
        String field = col.find() ? camel(col.group(1)) : "value";
        org.mediationledger.model.Problem p = switch (e.getErrorCode()) {
            case ErrorCode.VALUE_TOO_LONG_2 -> {
                Matcher len = LENGTH.matcher(msg);
                yield org.mediationledger.model.Problem.error(field, "error.tooLong", len.find() ? Integer.parseInt(len.group(1)) : 0);
            }
            case ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE_1, ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE_2 ->
                    org.mediationledger.model.Problem.error(field, "error.amountTooLarge");
            case ErrorCode.DATA_CONVERSION_ERROR_1, ErrorCode.INVALID_DATETIME_CONSTANT_2 ->
                    org.mediationledger.model.Problem.error(field, "error.unknownValue", "");
            default -> null;
        };
        if (p == null) {
            return Optional.empty();
        }
        LOG.warn("the database refused a value the validators let through (field {}): {}", field, msg);
        return Optional.of(new org.mediationledger.model.ValidationException(java.util.List.of(p)));
    }

    private static final Pattern COLUMN = Pattern.compile("column \"([A-Z_]+)");
    private static final Pattern LENGTH = Pattern.compile("VARYING\\((\\d+)\\)");

    private static String camel(String column) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : column.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }

    /**
     * A failure while working with an open file that is the file's or the disk's fault, as a sentence key: a disk
     * that is full or gone, the shared file's host program that exited. Null for other failures (programming errors).
     */
    static DataFileException duringWork(SQLException e, String file, boolean onServer) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String key;
        if (noSpace(e) || state.equals("53100")) {
            key = "db.error.diskFull";
        } else if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03") || e.getErrorCode() == ErrorCode.CONNECTION_BROKEN_1
                || e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
                || e.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED || e.getErrorCode() == ErrorCode.DATABASE_CALLED_AT_SHUTDOWN) {
            // a server that went away (restarted, the network cut): the pool reconnects once it answers again
            key = onServer ? "db.server.connectionLost" : "db.error.connectionLost";
        } else if (e.getErrorCode() == ErrorCode.IO_EXCEPTION_1 || e.getErrorCode() == ErrorCode.IO_EXCEPTION_2
                || e.getErrorCode() == ErrorCode.FILE_CORRUPTED_1 || e.getErrorCode() == ErrorCode.GENERAL_ERROR_1) {
            key = "db.error.writeFailed";
        } else if (e.getErrorCode() == ErrorCode.LOCK_TIMEOUT_1 || state.equals("55P03") || state.equals("57014")) {
            key = "db.error.busy"; // PostgreSQL: lock not available, or the statement ran past its timeout
        } else if (onServer && state.equals("42501")) {
            key = "db.server.noRights"; // a role that may only read (the county's reader) asked to write
        } else {
            return null;
        }
        LOG.error("working with {} failed (error {}, state {})", file, e.getErrorCode(), state, e);
        return new DataFileException(key, file, e);
    }
}
