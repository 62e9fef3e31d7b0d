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
        return LedgerFiles.inspect(extracted, true, "classpath:db/migration");
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
