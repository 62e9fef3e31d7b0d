package org.mediationledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.h2.jdbcx.JdbcDataSource;
import org.mediationledger.model.DataFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looking at a ledger file before trusting it, rebuilding one written by an older H2, creating a new one and putting a
 * backup in place. Every step that replaces a file writes the new one beside it first and moves it in with one atomic
 * rename, so a crash at any moment leaves either the old file or the new one, never half of each.
 */
public final class LedgerFiles {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerFiles.class);
    public static final String SUFFIX = ".mv.db";
    /** Files whose schema is older than this were written by H2 2.3.232 and are rebuilt cleanly on their first open. */
    static final int REBUILT_FROM_VERSION = 13;
    /** The tables that make a file a ledger. */
    /** The tables every ledger has had since its first version (V1): a file of any version with them is a ledger. */
    private static final List<String> LEDGER_TABLES = List.of("UNIT", "MEDIATION_CASE", "PARTY", "AUDIT_LOG");

    private LedgerFiles() {
    }

    /** What a look at a file found: rows per table, the schema version, whether it needs the clean rebuild. */
    public record Inspection(Map<String, Long> counts, int schemaVersion, boolean needsRebuild) {
        public long count(String table) {
            return counts.getOrDefault(table, 0L);
        }
    }

    static Path base(Path file) {
        String s = file.toString();
        return Path.of(s.substring(0, s.length() - SUFFIX.length()));
    }

    /**
     * Opens the file read-only and checks that it is a ledger this program may open: an H2 file, the schema and its
     * Flyway history present and intact, not from a newer program, its tables readable. With fullRead every row of
     * every table is read (the `check` command); otherwise the row counts are read. Throws a DataFileException with
     * the reason; the file is never written.
     */
    public static Inspection inspect(Path file, boolean fullRead, String... migrationLocations) {
        if (!Files.exists(file)) {
            throw new DataFileException("db.error.missing", file.toString(), null);
        }
        if (inUse(file)) {
            throw new DataFileException("db.error.inUse", file.toString(), null);
        }
        removeStaleLock(file);
        checkHeader(file);
        String url = H2.readOnlyUrl(base(file));
        try (Connection c = DriverManager.getConnection(url, H2.USER, H2.PASSWORD)) {
            List<String> tables = tables(c);
            if (!tables.contains("flyway_schema_history") || !tables.containsAll(LEDGER_TABLES)) {
                LOG.warn("{} holds tables {}: not a ledger", file, tables);
                throw new DataFileException("db.error.corrupt", file.toString(), null);
            }
            int version = checkHistory(file, migrationLocations);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String t : tables) {
                counts.put(t, fullRead ? readAll(c, t) : count(c, t));
            }
            long seen = seenHistory(file);
            if (seen > counts.getOrDefault("AUDIT_LOG", 0L)) {
                // the history only grows: fewer entries than at the last close is a file cut short (H2 then falls
                // back to an older state of itself) or an older copy put in its place
                LOG.warn("{} holds {} history entries, {} when it was last closed: refused", file, counts.get("AUDIT_LOG"), seen);
                throw new DataFileException("db.error.older", file.toString(), null);
            }
            return new Inspection(counts, version, version < REBUILT_FROM_VERSION);
        } catch (SQLException e) {
            DataFileException d = Database.translate(e, file);
            // read-only, anything H2 cannot read through (an emptied header, a missing chunk) is a damaged file
            throw switch (d.reasonKey()) {
                case "db.error.locked", "db.error.password", "db.error.unreadable" -> d;
                default -> new DataFileException("db.error.corrupt", file.toString(), e);
            };
        } catch (RuntimeException e) {
            if (e instanceof DataFileException d) {
                throw d;
            }
            LOG.error("could not read {}", file, e);
            throw new DataFileException("db.error.corrupt", file.toString(), e);
        }
    }

    /** An H2 2.x file starts with a header block "H:2,…"; a PNG, a text file or an emptied file does not. */
    private static void checkHeader(Path file) {
        byte[] head = new byte[64];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new DataFileException("db.error.unreadable", file.toString(), e);
        }
        String text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
        if (!text.startsWith("H:2,")) {
            LOG.warn("{} does not start with an H2 header ({} bytes read)", file, n);
            throw new DataFileException("db.error.corrupt", file.toString(), null);
        }
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'PUBLIC' and table_type = 'BASE TABLE' "
                        + "order by table_name")) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    /** The schema version; refuses a file from a newer program and a history that failed or was altered. */
    private static int checkHistory(Path file, String[] locations) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(H2.readOnlyUrl(base(file)));
        ds.setUser(H2.USER);
        ds.setPassword(H2.PASSWORD);
        // pending migrations are this program's upgrade, not a fault; info() is not affected by the pattern
        Flyway flyway = Flyway.configure().dataSource(ds).locations(locations).ignoreMigrationPatterns("*:pending").load();
        var info = flyway.info();
        refuseNewer(info, file);
        int version = 0;
        for (MigrationInfo i : info.applied()) {
            if (i.getState().isFailed()) {
                LOG.warn("{}: migration {} is recorded as failed", file, i.getVersion());
                throw new DataFileException("db.error.corrupt", file.toString(), null);
            }
            if (i.getVersion() != null) {
                version = Math.max(version, Integer.parseInt(i.getVersion().getVersion().split("\\.")[0]));
            }
        }
        var result = flyway.validateWithResult();
        if (!result.validationSuccessful) {
            LOG.warn("{}: schema history does not match the program's migrations: {}", file, result.getAllErrorMessages());
            throw new DataFileException("db.error.corrupt", file.toString(), null);
        }
        return version;
    }

    /** A file whose schema history holds migrations this program does not know was made by a newer program. */
    static void refuseNewer(org.flywaydb.core.api.MigrationInfoService info, Path file) {
        for (MigrationInfo i : info.applied()) {
            if (i.getState() == MigrationState.FUTURE_SUCCESS || i.getState() == MigrationState.FUTURE_FAILED) {
                throw new DataFileException("db.error.newer", file.toString(), null);
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from \"" + table + "\"")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Reads every column of every row, so a damaged page anywhere in the table is found. */
    private static long readAll(Connection c, String table) throws SQLException {
        long rows = 0;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select * from \"" + table + "\"")) {
            int cols = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= cols; i++) {
                    r.getObject(i);
                }
                rows++;
            }
        }
        return rows;
    }

    /**
     * Creates a new ledger: made and migrated under a temporary name beside the target, closed, then renamed into
     * place, so a crash while creating leaves no half-made file where the ledger belongs.
     */
    static void create(Path file, String[] locations) {
        Path tmpBase = file.resolveSibling(".new-" + UUID.randomUUID());
        Path tmp = Path.of(tmpBase + SUFFIX);
        onTemporaries(file, () -> {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL(H2.createUrl(tmpBase));
            ds.setUser(H2.USER);
            ds.setPassword(H2.PASSWORD);
            try (Connection keepOpen = ds.getConnection()) {
                Flyway.configure().dataSource(ds).locations(locations).load().migrate();
                try (Statement s = keepOpen.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
            deleteQuietly(seenFile(file)); // left by an earlier ledger at this path: it says nothing of the new one
        }, tmp, Path.of(tmpBase + ".trace.db"));
    }

    /** Work on a ledger's files through temporary ones: its errors as the ledger's, the temporaries gone afterwards. */
    private static void onTemporaries(Path file, FileWork work, Path... temporaries) {
        try {
            work.run();
        } catch (SQLException e) {
            throw Database.translate(e, file);
        } catch (IOException e) {
            throw new DataFileException("db.error.io", file.toString(), e);
        } finally {
            for (Path t : temporaries) {
                deleteQuietly(t);
            }
        }
    }

    private interface FileWork {
        void run() throws SQLException, IOException;
    }

    /**
     * Rewrites a file written by an older H2 cleanly: every row exported with SCRIPT from the old file (read-only),
     * loaded into a new file, the rows of every table compared, the old file kept in backups/, the new one moved in.
     */
    static void rebuild(Path file, Inspection before) {
        Path dir = file.getParent();
        Path backups = dir.resolve("backups");
        Path tmpBase = dir.resolve(".rebuild-" + UUID.randomUUID());
        Path tmp = Path.of(tmpBase + SUFFIX);
        Path script = dir.resolve(".rebuild-" + UUID.randomUUID() + ".sql");
        onTemporaries(file, () -> {
            Files.createDirectories(backups);
            try (Connection c = DriverManager.getConnection(H2.readOnlyUrl(base(file)), H2.USER, H2.PASSWORD);
                 Statement s = c.createStatement()) {
                s.execute("SCRIPT TO '" + script.toString().replace("'", "''") + "' CHARSET 'UTF-8'");
            }
            Map<String, Long> after = new LinkedHashMap<>();
            try (Connection c = DriverManager.getConnection(H2.createUrl(tmpBase), H2.USER, H2.PASSWORD);
                 Statement s = c.createStatement()) {
                s.execute("RUNSCRIPT FROM '" + script.toString().replace("'", "''") + "' CHARSET 'UTF-8'");
                for (String t : tables(c)) {
                    after.put(t, count(c, t));
                }
                if (!after.equals(before.counts())) {
                    LOG.error("rebuild of {} gave other counts: before {} after {}", file, before.counts(), after);
                    throw new DataFileException("db.error.rebuild", file.toString(), null);
                }
                s.execute("SHUTDOWN");
            }
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path kept = backups.resolve(file.getFileName().toString().replace(SUFFIX, "") + "-before-rebuild-" + stamp + SUFFIX);
            Files.copy(file, kept, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LOG.info("rebuilt {} cleanly ({} tables, counts equal); the old file is kept as {}", file, after.size(), kept);
        }, tmp, script, Path.of(tmpBase + ".trace.db"));
    }

    /**
     * True while a program has the file open. H2 holds an operating-system lock on the data file while it has it
     * open for writing, and keeps a lock file beside it naming the address where it serves the file to other
     * programs (AUTO_SERVER). A program that was killed leaves the lock file behind, but no lock and no server.
     */
    public static boolean inUse(Path file) {
        if (Files.exists(file)) {
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.READ)) {
                java.nio.channels.FileLock l = ch.tryLock(0, Long.MAX_VALUE, true);
                if (l == null) {
                    return true;
                }
                l.release();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                // this program holds a lock on it: in use if it has the ledger open; H2 keeps the lock of a damaged
                // file it failed to open, which must not stop the restore of a backup in its place
                return Database.isOpenHere(file);
            } catch (IOException e) {
                LOG.debug("no lock test on {}", file, e);
            }
        }
        Path lock = lockFile(file);
        if (!Files.exists(lock)) {
            return false;
        }
        java.util.Properties p = new java.util.Properties();
        try (InputStream in = Files.newInputStream(lock)) {
            p.load(in);
        } catch (IOException e) {
            return true; // being written by the program that opens it right now
        }
        String server = p.getProperty("server");
        if (server == null || !server.contains(":")) {
            return false;
        }
        int colon = server.lastIndexOf(':');
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress(server.substring(0, colon), Integer.parseInt(server.substring(colon + 1))), 1000);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Beside the ledger: how many history entries it held when a program last closed it. */
    static Path seenFile(Path file) {
        return Path.of(base(file) + ".seen.properties");
    }

    static long seenHistory(Path file) {
        try {
            return Long.parseLong(readSeen(file).getProperty("auditRows", "-1"));
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not read {}", seenFile(file), e);
            return -1;
        }
    }

    /** Records what the ledger holds as it is closed (never less than recorded before, unless reset by a restore). */
    static synchronized void recordSeen(Path file, long auditRows, boolean reset) {
        recordSeen(file, auditRows, Optional.empty(), reset);
    }

    /**
     * Records what the ledger holds as it is closed, with the head of its sealed history: beside the file and, as a
     * second copy that outlives the first, in its backups folder.
     */
    static synchronized void recordSeen(Path file, long auditRows, Optional<AuditChain.Head> head, boolean reset) {
        if (!reset && auditRows <= seenHistory(file)) {
            return;
        }
        java.util.Properties p = new java.util.Properties();
        p.setProperty("auditRows", String.valueOf(auditRows));
        p.setProperty("at", LocalDateTime.now().toString());
        head.ifPresent(h -> {
            p.setProperty("auditSeq", String.valueOf(h.seq()));
            p.setProperty("auditHash", h.hash());
        });
        try {
            writeProperties(seenFile(file), p,
                    "Mediation Ledger: history entries in the data file when it was last closed (a file with fewer is refused)");
            if (head.isPresent() || reset) {
                Files.createDirectories(headCopy(file).getParent());
                writeProperties(headCopy(file), p, "Mediation Ledger: the head of the sealed history when the data file was last closed");
            }
        } catch (IOException e) {
            LOG.warn("could not write {}", seenFile(file), e);
        }
    }

    /** Files up to this size get a digest at close, so that an unchanged one opens without reading every row again. */
    static final long DIGEST_LIMIT = 32L * 1024 * 1024;

    /**
     * After a clean close: the SHA-256 of the whole file, beside it. The next open that finds the very same bytes knows
     * the file is the one this program closed (read in full when it was opened, written through H2 since) and skips
     * reading every row again (about 0.6 s of a 1.9 s command). Any change — a copy put in its place, damage, another
     * program's work, a crash after a write — gives other bytes and the full check.
     */
    static synchronized void recordDigest(Path file) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            if (Files.size(file) > DIGEST_LIMIT) {
                return;
            }
            java.util.Properties p = readSeen(file);
            p.setProperty("closedSha256", sha256(file));
            writeProperties(seenFile(file), p,
                    "Mediation Ledger: history entries in the data file when it was last closed (a file with fewer is refused)");
        } catch (IOException e) {
            LOG.warn("could not record the digest of {}", file, e);
        }
    }

    /** True when the file holds exactly the bytes it held when this program last closed it cleanly. */
    static boolean unchangedSinceClose(Path file) {
        try {
            String recorded = readSeen(file).getProperty("closedSha256");
            return recorded != null && Files.size(file) <= DIGEST_LIMIT && recorded.equals(sha256(file));
        } catch (IOException e) {
            return false;
        }
    }

    private static java.util.Properties readSeen(Path file) throws IOException {
        return readProperties(seenFile(file));
    }

    /** A small properties file as written by writeProperties; empty when there is none. */
    private static java.util.Properties readProperties(Path f) throws IOException {
        java.util.Properties p = new java.util.Properties();
        if (Files.exists(f)) {
            try (InputStream in = Files.newInputStream(f)) {
                p.load(in);
            }
        }
        return p;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The second copy of the history's head, in the backups folder. */
    static Path headCopy(Path file) {
        return file.resolveSibling("backups").resolve(file.getFileName().toString().replace(SUFFIX, "") + ".audit-head.properties");
    }

    /** The newest head of the sealed history recorded outside the file (beside it or in its backups folder), if any. */
    static Optional<AuditChain.Head> seenHead(Path file) {
        Optional<AuditChain.Head> best = Optional.empty();
        for (Path f : List.of(seenFile(file), headCopy(file))) {
            try {
                java.util.Properties p = readProperties(f);
                if (p.getProperty("auditSeq") != null && p.getProperty("auditHash") != null) {
                    AuditChain.Head h = new AuditChain.Head(Long.parseLong(p.getProperty("auditSeq")), p.getProperty("auditHash"));
                    if (best.isEmpty() || h.seq() > best.get().seq()) {
                        best = Optional.of(h);
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("could not read {}", f, e);
            }
        }
        return best;
    }

    /** A small properties file written whole or not at all: a temporary file, then one atomic rename. */
    public static void writeProperties(Path f, java.util.Properties p, String comment) throws IOException {
        Path tmp = Path.of(f + ".part");
        try (java.io.OutputStream out = Files.newOutputStream(tmp)) {
            p.store(out, comment);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw e;
        }
        Files.move(tmp, f, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static Path lockFile(Path file) {
        return Path.of(base(file) + ".lock.db");
    }

    /**
     * Removes the lock file a killed program left behind, which H2 would take over on a normal open anyway but which
     * stops a read-only look. Only when inUse() has found the file free.
     */
    static void removeStaleLock(Path file) {
        Path lock = lockFile(file);
        if (Files.exists(lock)) {
            LOG.info("removing the lock file {} left by a program that ended without closing the file", lock);
            deleteQuietly(lock);
        }
    }

    /**
     * A copy of the file taken just before it is opened for writing (files read in full at open only: a township's
     * years, up to 32 MB, copied in milliseconds). H2 writes to a file as it opens it; when damage that the read-only
     * look could not reach makes that open fail, the copy is put back, so a refused file is left exactly as it was.
     */
    static Path snapshotBeforeOpen(Path file, boolean small) {
        if (!small) {
            return null;
        }
        Path copy = file.resolveSibling(file.getFileName() + ".opening");
        try {
            Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return copy;
        } catch (IOException e) {
            LOG.warn("no copy of {} before opening it", file, e);
            deleteQuietly(copy);
            return null;
        }
    }

    /** The open failed: the file goes back to what it was before (see snapshotBeforeOpen). */
    static void putBack(Path snapshot, Path file) {
        if (snapshot == null || !Files.exists(snapshot)) {
            return;
        }
        try {
            Files.move(snapshot, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            LOG.info("{} put back as it was before the failed open", file);
        } catch (IOException e) {
            LOG.error("could not put {} back from {}; the copy stays there", file, snapshot, e);
        }
    }

    static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("could not delete {}", p, e);
        }
    }
}
