package org.mediationledger.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.mediationledger.model.BackupRotation;
import org.mediationledger.model.DataFileException;
import org.mediationledger.store.Backups;
import org.mediationledger.store.Database;
import org.mediationledger.store.LedgerFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups that exist before they are needed: written automatically when the file is closed after changes and at most
 * daily while it stays open, by hand ("立即备份", `backup`), before every upgrade (Database). Each is a consistent
 * snapshot (H2 BACKUP TO), checked after writing by reading every row of it, described by a small file beside it
 * (when, what kind, how many cases, rounds and findings), copied to a second folder when one is set, and rotated.
 */
public final class BackupService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final Pattern AUTO = Pattern.compile(".*-auto-(\\d{8})\\.zip");

    public enum Kind { AUTO, MANUAL, UPGRADE, OTHER }

    /** One backup as the settings page and the command line list it. */
    public record Backup(Path file, Kind kind, LocalDateTime made, long bytes, long cases, long rounds, long findings) {
    }

    private final Database database;
    private final SettingsService settings;
    private final Clock clock;
    private volatile long commitsAtLastBackup;
    private volatile LocalDateTime lastAuto;
    private ScheduledExecutorService daily;

    public BackupService(Database database, SettingsService settings, Clock clock) {
        this.database = database;
        this.settings = settings;
        this.clock = clock;
        this.commitsAtLastBackup = database.commits();
    }

    /**
     * Moving in (issue 18): this ledger copied whole into an empty database on a PostgreSQL server, in one transaction,
     * and compared table by table (rows and a checksum of their values). A target holding anything is refused.
     */
    public List<org.mediationledger.model.TableCopy> copyToServer(org.mediationledger.model.ServerAddress target,
                                                                            String password) {
        settings.session().require(org.mediationledger.model.Permission.MAKE_BACKUP);
        try (Database to = Database.openServer(target, password, false)) {
            List<org.mediationledger.model.TableCopy> copied =
                    org.mediationledger.store.LedgerCopy.copy(database.dsl(), to.dsl(), target.toString());
            LOG.info("{} copied to {}: {} tables, {} rows", database.where(), target, copied.size(),
                    copied.stream().mapToLong(org.mediationledger.model.TableCopy::targetRows).sum());
            return copied;
        }
    }

    /** Where the ledger is, as sentences name it: its data file, or its server's address (no password). */
    public String ledgerLocation() {
        return database.where();
    }

    public Path folder() {
        if (onServer()) {
            throw new DataFileException("db.server.backupByServer", database.where(), null);
        }
        return database.file().resolveSibling("backups");
    }

    /** A ledger on a server is backed up by the server's own tools (pg_dump, README); the program keeps none of it. */
    private boolean onServer() {
        return database.server().isPresent();
    }

    private String stem() {
        return database.file().getFileName().toString().replace(Database.SUFFIX, "");
    }

    /** Writes a backup now ("立即备份" / `backup`), or to the given file. */
    public Backup backupNow(Optional<Path> to) {
        settings.session().require(org.mediationledger.model.Permission.MAKE_BACKUP);
        Path target = to.orElseGet(() -> folder().resolve(stem() + "-manual-" + LocalDateTime.now(clock).format(STAMP) + ".zip"));
        return write(target, Kind.MANUAL);
    }

    /** The backup's data file, read row by row, as a private copy in the folder given (to look into before restoring). */
    public static Path checkedCopy(Path zip, Path folder) {
        Path copy = folder.resolve("check" + Database.SUFFIX);
        org.mediationledger.store.Backups.extractAndCheck(zip, copy);
        return copy;
    }

    /** The backup before a ledger's numbers are sealed in place (the first administrator turns encryption on). */
    public Backup backupBeforeEncryption() {
        if (onServer()) {
            LOG.info("{}: the server's own backup keeps the numbers as they were before sealing", database.where());
            return null;
        }
        return write(folder().resolve(stem() + "-before-encryption-" + LocalDateTime.now(clock).format(STAMP) + ".zip"), Kind.UPGRADE);
    }

    /** The automatic backup: one file a day, replaced while the day lasts, then rotated. Only when something changed. */
    public synchronized Optional<Backup> autoBackupIfChanged() {
        if (onServer() || database.commits() == commitsAtLastBackup) {
            return Optional.empty();
        }
        Backup b = write(folder().resolve(stem() + "-auto-" + LocalDate.now(clock).format(DAY) + ".zip"), Kind.AUTO);
        lastAuto = LocalDateTime.now(clock);
        rotate(folder());
        settings.backupSecondFolder().ifPresent(second -> copyToSecond(b, Path.of(second)));
        return Optional.of(b);
    }

    /** While the window stays open: every hour, an automatic backup when the last is a day old and something changed. */
    public synchronized void startDailyWhileOpen() {
        if (daily != null || onServer()) {
            return;
        }
        lastAuto = LocalDateTime.now(clock);
        daily = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "daily-backup");
            t.setDaemon(true);
            return t;
        });
        daily.scheduleWithFixedDelay(() -> {
            try {
                backupIfADayHasPassed();
            } catch (RuntimeException e) {
                LOG.error("daily backup failed", e);
            }
        }, 1, 1, TimeUnit.HOURS);
    }

    /** What the hourly check does: an automatic backup when the last one is a day old and something changed since. */
    public synchronized Optional<Backup> backupIfADayHasPassed() {
        if (lastAuto == null) {
            lastAuto = LocalDateTime.now(clock);
        }
        if (Duration.between(lastAuto, LocalDateTime.now(clock)).toHours() < 24) {
            return Optional.empty();
        }
        return autoBackupIfChanged();
    }

    private Backup write(Path target, Kind kind) {
        database.backupTo(target);
        long commits = database.commits();
        Backup checked = verify(target, kind);
        commitsAtLastBackup = commits;
        LOG.info("backup {} written and checked: {} cases, {} rounds, {} findings", target, checked.cases(), checked.rounds(),
                checked.findings());
        return checked;
    }

    /** Reads every row of the backup just written; a backup that does not read back is removed and reported. */
    private Backup verify(Path zip, Kind kind) {
        Path tmp = zip.resolveSibling(".verify-" + UUID.randomUUID() + Database.SUFFIX);
        try {
            LedgerFiles.Inspection seen = Backups.extractAndCheck(zip, tmp);
            Backup b = new Backup(zip, kind, LocalDateTime.now(clock), size(zip), seen.count("MEDIATION_CASE"),
                    seen.count("SCREENING_ROUND"), seen.count("FINDING"));
            describe(b);
            return b;
        } catch (DataFileException e) {
            LOG.error("backup {} did not read back", zip, e);
            deleteQuietly(zip);
            throw new DataFileException("db.error.backupWrite", zip.toString(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static void describe(Backup b) {
        Properties p = new Properties();
        p.setProperty("kind", b.kind().name());
        p.setProperty("made", b.made().toString());
        p.setProperty("cases", String.valueOf(b.cases()));
        p.setProperty("rounds", String.valueOf(b.rounds()));
        p.setProperty("findings", String.valueOf(b.findings()));
        try {
            LedgerFiles.writeProperties(sidecar(b.file()), p, "Mediation Ledger backup, checked after writing");
        } catch (IOException e) {
            LOG.warn("could not describe {}", b.file(), e);
        }
    }

    private static Path sidecar(Path zip) {
        return zip.resolveSibling(zip.getFileName() + ".properties");
    }

    /** The backups in the folder, newest first. */
    /**
     * Checks the sealed history from its first entry to its head, and against the head recorded outside the file at
     * the last close: whole, or the first entry that was changed, deleted or slipped in.
     */
    public org.mediationledger.model.AuditCheck verifyHistory() {
        settings.session().require(org.mediationledger.model.Permission.VIEW_HISTORY);
        return database.verifyHistory();
    }

    public List<Backup> list() {
        return list(folder());
    }

    public static List<Backup> list(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".zip")).toList()) {
                out.add(read(f));
            }
        } catch (IOException e) {
            LOG.warn("could not list {}", folder, e);
        }
        out.sort(Comparator.comparing(Backup::made).reversed());
        return out;
    }

    private static Backup read(Path zip) {
        Properties p = new Properties();
        Path side = sidecar(zip);
        if (Files.exists(side)) {
            try (InputStream in = Files.newInputStream(side)) {
                p.load(in);
            } catch (IOException e) {
                LOG.warn("could not read {}", side, e);
            }
        }
        String name = zip.getFileName().toString();
        Kind kind = p.containsKey("kind") ? Kind.valueOf(p.getProperty("kind"))
                : name.contains("-before-") ? Kind.UPGRADE : AUTO.matcher(name).matches() ? Kind.AUTO : Kind.OTHER;
        LocalDateTime made;
        try {
            made = p.containsKey("made") ? LocalDateTime.parse(p.getProperty("made"))
                    : LocalDateTime.ofInstant(Files.getLastModifiedTime(zip).toInstant(), java.time.ZoneId.systemDefault());
        } catch (IOException | RuntimeException e) {
            made = LocalDateTime.MIN;
        }
        return new Backup(zip, kind, made, size(zip), Long.parseLong(p.getProperty("cases", "-1")),
                Long.parseLong(p.getProperty("rounds", "-1")), Long.parseLong(p.getProperty("findings", "-1")));
    }

    /** Removes the automatic backups the rotation no longer keeps (never the others). */
    void rotate(Path folder) {
        Map<LocalDate, Path> autos = new java.util.HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(f -> {
                Matcher m = AUTO.matcher(f.getFileName().toString());
                if (m.matches()) {
                    autos.put(LocalDate.parse(m.group(1), DAY), f);
                }
            });
        } catch (IOException e) {
            LOG.warn("could not rotate {}", folder, e);
            return;
        }
        Set<LocalDate> keep = BackupRotation.keep(new ArrayList<>(autos.keySet()), settings.backupKeepDaily(),
                settings.backupKeepWeekly());
        autos.forEach((day, f) -> {
            if (!keep.contains(day)) {
                deleteQuietly(f);
                deleteQuietly(sidecar(f));
                LOG.info("rotation removed {}", f);
            }
        });
    }

    private void copyToSecond(Backup b, Path second) {
        try {
            Files.createDirectories(second);
            Path to = second.resolve(b.file().getFileName());
            Path part = second.resolve(b.file().getFileName() + ".part");
            Files.copy(b.file(), part, StandardCopyOption.REPLACE_EXISTING);
            Files.move(part, to, StandardCopyOption.REPLACE_EXISTING);
            Files.copy(sidecar(b.file()), sidecar(to), StandardCopyOption.REPLACE_EXISTING);
            rotate(second);
        } catch (IOException | RuntimeException e) {
            // the backup in the first folder is written and checked; a missing USB stick must not stop the work
            LOG.warn("could not copy {} to the second folder {}", b.file(), second, e);
        }
    }

    /** The schema version of a data file (read-only). */
    public static int schemaVersion(Path file) {
        return LedgerFiles.inspect(Database.withSuffix(file.toAbsolutePath().normalize()), false, Database.MIGRATIONS)
                .schemaVersion();
    }

    /** Checks a data file without changing it: reads every row of every table. */
    public static Map<String, Long> check(Path file) {
        return LedgerFiles.inspect(Database.withSuffix(file.toAbsolutePath().normalize()), true, Database.MIGRATIONS).counts();
    }

    /** Puts a backup in place of the (closed) ledger; the current file is kept aside first. Returns what it holds. */
    public static Map<String, Long> restore(Path file, Path zip) {
        return Backups.restore(Database.withSuffix(file.toAbsolutePath().normalize()), zip).counts();
    }

    /** What a backup holds, read from the backup itself (for the restore dialog). */
    public static Map<String, Long> peek(Path zip) {
        Path tmp;
        try {
            tmp = Files.createTempDirectory("ledger-peek").resolve("peek" + Database.SUFFIX);
        } catch (IOException e) {
            throw new DataFileException("db.error.io", zip.toString(), e);
        }
        try {
            return Backups.extractAndCheck(zip, tmp).counts();
        } finally {
            deleteQuietly(tmp);
            deleteQuietly(tmp.getParent());
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.warn("could not delete {}", p, e);
        }
    }

    @Override
    public synchronized void close() {
        if (daily != null) {
            daily.shutdownNow();
        }
    }
}
