package org.mediationledger.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.mediationledger.model.DataFileException;

/** Checking a backup zip and putting one in place of the ledger. */
public final class Backups {
    private Backups() {
    }

    /**
     * Takes the data file out of a backup zip into a temporary file beside target, reads every row of it (refusing a
     * damaged, foreign or newer one) and returns what it holds. The caller deletes the file or moves it into place.
     */
    public static LedgerFiles.Inspection extractAndCheck(Path zip, Path extracted) {
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry e;
            boolean found = false;
            while ((e = in.getNextEntry()) != null) {
                if (!e.isDirectory() && e.getName().endsWith(LedgerFiles.SUFFIX)) {
                    Files.copy(in, extracted, StandardCopyOption.REPLACE_EXISTING);
                    found = true;
                    break;
                }
            }
            if (!found) {
                throw new DataFileException("db.error.notABackup", zip.toString(), null);
            }
        } catch (IOException ex) {
            throw new DataFileException("db.error.notABackup", zip.toString(), ex);
        }
        return LedgerFiles.inspect(extracted, true, Database.MIGRATIONS);
    }

    /**
     * Rewrites the data file inside a backup zip with only its live pages (H2's SHUTDOWN COMPACT on a private copy,
     * never on the open ledger): no value overwritten before the backup was taken stays in it.
     */
    static void compactInPlace(Path zip) throws IOException {
        Path work = Files.createTempDirectory(zip.toAbsolutePath().getParent(), ".compact-");
        try {
            String name = null;
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                ZipEntry e;
                while ((e = in.getNextEntry()) != null) {
                    if (!e.isDirectory() && e.getName().endsWith(LedgerFiles.SUFFIX)) {
                        name = e.getName();
                        Files.copy(in, work.resolve("copy" + LedgerFiles.SUFFIX));
                        break;
                    }
                }
            }
            if (name == null) {
                throw new IOException("no data file in " + zip);
            }
            try (java.sql.Connection c = java.sql.DriverManager.getConnection(H2.createUrl(work.resolve("copy")) + ";IFEXISTS=TRUE", H2.USER, H2.PASSWORD);
                 java.sql.Statement st = c.createStatement()) {
                st.execute("SHUTDOWN COMPACT");
            } catch (java.sql.SQLException e) {
                throw new IOException("could not compact the copy in " + zip, e);
            }
            Path rezipped = work.resolve("compacted.part");
            try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(rezipped))) {
                out.putNextEntry(new ZipEntry(name));
                Files.copy(work.resolve("copy" + LedgerFiles.SUFFIX), out);
                out.closeEntry();
            }
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(rezipped, java.nio.file.StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(rezipped, zip, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            try (java.util.stream.Stream<Path> left = Files.list(work)) {
                left.forEach(LedgerFiles::deleteQuietly);
            }
            LedgerFiles.deleteQuietly(work);
        }
    }

    /**
     * Replaces the ledger with the one in the backup: the backup is checked first, the current file is kept aside in
     * backups/ (…-before-restore-….mv.db), then the checked file is renamed into place in one step. The ledger must
     * not be open in any program.
     */
    public static LedgerFiles.Inspection restore(Path file, Path zip) {
        if (LedgerFiles.inUse(file)) {
            throw new DataFileException("db.error.restoreInUse", file.toString(), null);
        }
        Path tmp = file.resolveSibling(".restore-" + UUID.randomUUID() + LedgerFiles.SUFFIX);
        try {
            LedgerFiles.Inspection seen = extractAndCheck(zip, tmp);
            if (Files.exists(file)) {
                Path aside = file.resolveSibling("backups").resolve(file.getFileName().toString().replace(LedgerFiles.SUFFIX, "")
                        + "-before-restore-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"))
                        + LedgerFiles.SUFFIX);
                Files.createDirectories(aside.getParent());
                Files.copy(file, aside, StandardCopyOption.COPY_ATTRIBUTES);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            LedgerFiles.recordSeen(file, seen.count("AUDIT_LOG"), true);
            return seen;
        } catch (IOException e) {
            throw new DataFileException("db.error.io", file.toString(), e);
        } finally {
            LedgerFiles.deleteQuietly(tmp);
            LedgerFiles.deleteQuietly(Path.of(LedgerFiles.base(tmp) + ".trace.db"));
        }
    }
}
