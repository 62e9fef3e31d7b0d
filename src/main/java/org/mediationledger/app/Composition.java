package org.mediationledger.app;

import java.nio.file.Path;
import java.time.Clock;
import org.mediationledger.model.Messages;
import org.mediationledger.service.BackupService;
import org.mediationledger.service.CaseService;
import org.mediationledger.service.DemoDataService;
import org.mediationledger.service.LeaderService;
import org.mediationledger.service.PathService;
import org.mediationledger.service.ReceptionService;
import org.mediationledger.service.ReferenceService;
import org.mediationledger.service.ScreeningService;
import org.mediationledger.service.StatsService;
import org.mediationledger.service.Services;
import org.mediationledger.service.SettingsService;
import org.mediationledger.store.Audit;
import org.mediationledger.store.CaseRepository;
import org.mediationledger.store.CurrentUser;
import org.mediationledger.store.Database;
import org.mediationledger.store.ReceptionRepository;
import org.mediationledger.store.LeaderRepository;
import org.mediationledger.store.PathRepository;
import org.mediationledger.store.ScreeningRepository;
import org.mediationledger.store.DisputeTypeRepository;
import org.mediationledger.store.SettingsRepository;
import org.mediationledger.store.StaffRepository;
import org.mediationledger.store.UnitRepository;

/** The composition root: opens the data file and builds repositories and services, once, by constructor. */
public final class Composition {
    private Composition() {
    }

    /** Opens the file, creating it when there is none (tests and the demo). */
    public static Services open(Path dbFile, Messages messages, Clock clock) {
        return open(dbFile, messages, clock, true);
    }

    /** @param create whether a path with no file may become a new ledger; otherwise a missing file is an error */
    public static Services open(Path dbFile, Messages messages, Clock clock, boolean create) {
        return open(Database.open(dbFile, create ? Database.Mode.CREATE_IF_MISSING : Database.Mode.EXISTING), messages, clock);
    }

    /** The ledger on a PostgreSQL server (issue 18): the same services over a pool of connections to it. */
    public static Services openServer(org.mediationledger.model.ServerAddress address, String password, Messages messages, Clock clock) {
        return open(Database.openServer(address, password), messages, clock);
    }

    /** The schemas of a county database holding a township's ledger. */
    public static java.util.List<String> ledgersOn(org.mediationledger.model.ServerAddress address, String password) {
        return Database.ledgerSchemas(address, password);
    }

    private static Services open(Database database, Messages messages, Clock clock) {
        try {
            CurrentUser user = new CurrentUser(System.getProperty("user.name", "clerk"));
            Audit audit = new Audit(user, clock);
            var dsl = database.dsl();
            var keys = new org.mediationledger.store.DataKeys(dsl, audit, new org.mediationledger.store.FieldCipher(), database::markOldPagesStale);
            var cipher = keys.cipher();
            var session = new org.mediationledger.service.Session(user, cipher);
            SettingsService settings = new SettingsService(new SettingsRepository(dsl, audit), session);
            database.setMinFreeBytes(settings.minFreeMb() * 1024 * 1024);
            BackupService backups = new BackupService(database, settings, clock);
            var accounts = new org.mediationledger.service.AccountService(new org.mediationledger.store.AccountRepository(dsl, audit),
                    keys, session, backups::backupBeforeEncryption, clock);
            ReferenceService reference = new ReferenceService(new UnitRepository(dsl, audit), new StaffRepository(dsl, audit),
                    new DisputeTypeRepository(dsl, audit), settings, clock);
            CaseService cases = new CaseService(new CaseRepository(dsl, audit, cipher, messages), reference, settings, clock);
            LeaderRepository leaderRepo = new LeaderRepository(dsl, audit);
            ScreeningService screening = new ScreeningService(new ScreeningRepository(dsl, audit, cipher), leaderRepo, reference, settings,
                    cases, messages, clock);
            PathService path = new PathService(new PathRepository(dsl, audit, messages), cases, reference, settings, messages, clock);
            DemoDataService demo = new DemoDataService(reference, cases, screening, path, settings);
            reference.ensureDefaultTypes();
            LeaderService leader = new LeaderService(leaderRepo, reference, settings, clock);
            ReceptionService reception = new ReceptionService(new ReceptionRepository(dsl, audit, cipher), reference, clock);
            var statsRepo = new org.mediationledger.store.StatsRepository(dsl);
            StatsService stats = new StatsService(statsRepo, screening, leader, reception, settings, reference, clock);
            var reports = new org.mediationledger.service.ReportService(stats, statsRepo, reference, messages, settings);
            var county = new org.mediationledger.service.CountyScale(new org.mediationledger.store.CountyGenerator(dsl), settings, reference,
                    stats, reports, cases, screening, path);
            return new Services(database.file(), settings, reference, cases, screening, path, leader, reception, stats, reports, county,
                    new org.mediationledger.service.PaperService(cases, path, screening, reference, leader, messages), demo, backups,
                    accounts, new org.mediationledger.service.HistoryService(new org.mediationledger.store.HistoryRepository(dsl, audit), cases, session),
                    new org.mediationledger.service.exchange.ExchangeService(new org.mediationledger.store.ExchangeRepository(dsl, audit, cipher),
                            settings, reference, clock),
                    database::inTransaction, () -> closeWithBackup(backups, cipher, database));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Closing after changes writes the day's automatic backup first; a failed backup is logged, the file still closes. */
    private static void closeWithBackup(BackupService backups, org.mediationledger.store.FieldCipher cipher, Database database) {
        try {
            backups.autoBackupIfChanged();
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(Composition.class).error("automatic backup on close failed", e);
        } finally {
            backups.close();
            cipher.lock();
            database.close();
        }
    }
}
