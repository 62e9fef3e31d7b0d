package org.mediationledger.service;

import java.nio.file.Path;

/** The use cases of one open data file, as the window and the command line see them. */
public record Services(Path databaseFile, SettingsService settings, ReferenceService reference, CaseService cases,
                       ScreeningService screening, PathService path, LeaderService leader, ReceptionService reception, StatsService stats, ReportService reports, CountyScale county, PaperService papers,
                       DemoDataService demo, BackupService backups, AccountService accounts, HistoryService history,
                       org.mediationledger.service.exchange.ExchangeService exchange, Transactions transactions,
                       AutoCloseable resources) implements AutoCloseable {

    /** Where the ledger is, as sentences name it: the data file, or the server's address (databaseFile is then null). */
    public String location() {
        return backups.ledgerLocation();
    }


    /** Units and grids from a spreadsheet (the first day, or a township that grows). */
    public UnitImport unitImport() {
        return new UnitImport(reference, transactions);
    }

    /** Case registers and screening ledgers from the workbooks offices kept before (issue 19). */
    public RegisterImport registerImport() {
        return new RegisterImport(cases, path, screening, reference, settings, transactions);
    }

    @Override
    public void close() {
        try {
            resources.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the data file failed", e);
        }
    }
}
