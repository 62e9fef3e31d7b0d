package org.mediationledger.service;

import java.util.List;
import org.mediationledger.store.CurrentUser;
import org.mediationledger.store.SettingsRepository;

/** Settings kept in the data file: township name and the user name written to the audit trail. */
public final class SettingsService {
    public static final String TOWNSHIP = "township.name";
    public static final String USER = "user.name";
    /** On a village ledger (issue 17): the unit whose committee numbers this ledger's cases, and its name. */
    public static final String COMMITTEE = "numbering.committee";
    public static final String COMMITTEE_NAME = "numbering.committeeName";
    private final SettingsRepository repo;
    private final CurrentUser currentUser;
    private final Session session;

    public SettingsService(SettingsRepository repo, Session session) {
        this.repo = repo;
        this.session = session;
        this.currentUser = session.user();
        repo.get(USER).ifPresent(currentUser::set);
    }

    /** Who works with the ledger now, and what they may do. */
    public Session session() {
        return session;
    }

    public String township() {
        return repo.get(TOWNSHIP).orElse("");
    }

    /**
     * The series this ledger gives numbers in: the township committee's (named after the township), or on a village
     * ledger set up from the township, the village committee's own (（2026）东山村人调字第003号).
     */
    public org.mediationledger.model.CaseNumber.Series series() {
        return repo.get(COMMITTEE).filter(k -> !k.isBlank())
                .map(k -> new org.mediationledger.model.CaseNumber.Series(k, repo.get(COMMITTEE_NAME).orElse("")))
                .orElseGet(() -> new org.mediationledger.model.CaseNumber.Series(org.mediationledger.model.CaseNumber.Series.TOWNSHIP, township()));
    }

    /** A village ledger set up from the township (issue 17): the township's name, and the village committee's series. */
    public void joined(String township, java.util.UUID unitId, String unitName) {
        repo.put(TOWNSHIP, requireText(township));
        repo.put(COMMITTEE, unitId.toString());
        repo.put(COMMITTEE_NAME, requireText(unitName));
    }

    public void setTownship(String name) {
        session.require(org.mediationledger.model.Permission.CHANGE_SETTINGS);
        repo.put(TOWNSHIP, requireText(name));
    }

    public String userName() {
        return currentUser.get();
    }

    /** The name the history writes, on a ledger without accounts (with accounts it is the account's name). */
    public void setUserName(String name) {
        if (session.accountsOn()) {
            throw new org.mediationledger.model.AccessRefused("access.nameFromAccount");
        }
        repo.put(USER, requireText(name));
        currentUser.set(name.strip());
    }

    /** Minutes without input after which the window locks and asks for the password again (with accounts; 0: never). */
    public int idleMinutes() {
        return repo.get("accounts.idleMinutes").map(Integer::valueOf).orElse(15);
    }

    public void setIdleMinutes(int minutes) {
        session.require(org.mediationledger.model.Permission.CHANGE_SETTINGS);
        if (minutes < 0 || minutes > 480) {
            throw new org.mediationledger.model.ValidationException(java.util.List.of(
                    org.mediationledger.model.Problem.error("idleMinutes", "error.idleMinutes")));
        }
        repo.put("accounts.idleMinutes", String.valueOf(minutes));
    }

    /** Rounds each unit of a level owes per ISO week (the source report's rule: at least one). */
    public int roundsPerWeek(org.mediationledger.model.UnitKind kind) {
        return repo.get("screening.roundsPerWeek." + kind.name()).map(Integer::valueOf).orElse(1);
    }

    public void setRoundsPerWeek(org.mediationledger.model.UnitKind kind, int rounds) {
        session.require(org.mediationledger.model.Permission.CHANGE_SETTINGS);
        if (rounds < 1 || rounds > 7) {
            throw new org.mediationledger.model.ValidationException(java.util.List.of(
                    org.mediationledger.model.Problem.error("roundsPerWeek", "error.roundsPerWeek")));
        }
        repo.put("screening.roundsPerWeek." + kind.name(), String.valueOf(rounds));
    }

    /** Days within which mediation is normally concluded after acceptance (30 unless set). */
    public int mediationDays() {
        return repo.get("mediation.days").map(Integer::valueOf).orElse(org.mediationledger.model.CasePath.DEFAULT_MEDIATION_DAYS);
    }

    public void setMediationDays(int days) {
        session.require(org.mediationledger.model.Permission.CHANGE_SETTINGS);
        if (days < 1 || days > 365) {
            throw new org.mediationledger.model.ValidationException(java.util.List.of(
                    org.mediationledger.model.Problem.error("mediationDays", "error.mediationDays")));
        }
        repo.put("mediation.days", String.valueOf(days));
    }

    /** Calendar months a leader gets for an assigned matter unless the assignment sets another deadline (3 unless set). */
    public int leaderMonths() {
        return repo.get("leader.months").map(Integer::valueOf).orElse(3);
    }

    /** The longest extension a leader matter may be given at once (30 days unless set). */
    public int leaderMaxExtensionDays() {
        return repo.get("leader.maxExtensionDays").map(Integer::valueOf).orElse(30);
    }

    public void setLeaderTerms(int months, int maxExtensionDays) {
        session.require(org.mediationledger.model.Permission.CHANGE_SETTINGS);
        List<org.mediationledger.model.Problem> problems = new java.util.ArrayList<>();
        if (months < 1 || months > 24) {
            problems.add(org.mediationledger.model.Problem.error("leaderMonths", "error.leaderMonths"));
        }
        if (maxExtensionDays < 1 || maxExtensionDays > 180) {
            problems.add(org.mediationledger.model.Problem.error("leaderMaxExtensionDays", "error.leaderMaxExtensionDays"));
        }
        if (!problems.isEmpty()) {
            throw new org.mediationledger.model.ValidationException(problems);
        }
        repo.put("leader.months", String.valueOf(months));
        repo.put("leader.maxExtensionDays", String.valueOf(maxExtensionDays));
    }

    /** How rates are cut to one decimal in figures and reports (rounded half up unless set). */
    public org.mediationledger.model.Rounding rounding() {
        return repo.get("stats.rounding").map(org.mediationledger.model.Rounding::valueOf).orElse(org.mediationledger.model.Rounding.HALF_UP);
    }

    public void setRounding(org.mediationledger.model.Rounding r) {
        session.require(org.mediationledger.model.Permission.CHANGE_SETTINGS);
        repo.put("stats.rounding", r.name());
    }

    /** Automatic backups kept: the newest this many days (7 unless set). */
    public int backupKeepDaily() {
        return repo.get("backup.keepDaily").map(Integer::valueOf).orElse(7);
    }

    /** …and the newest of each of this many weeks (4 unless set). */
    public int backupKeepWeekly() {
        return repo.get("backup.keepWeekly").map(Integer::valueOf).orElse(4);
    }

    /** A second folder that every automatic backup is copied to (a USB stick, a network share), if set. */
    public java.util.Optional<String> backupSecondFolder() {
        return repo.get("backup.secondFolder").filter(f -> !f.isBlank());
    }

    /**
     * The columns a clerk mapped by hand for imports of a register (issue 19): normalised column name -> field, so the
     * next file with that column is read without asking again.
     */
    public java.util.Map<String, String> importMapping(String register) {
        java.util.Map<String, String> out = new java.util.TreeMap<>();
        lines("import.mapping." + register, 2).forEach(p -> out.put(p[0], p[1]));
        return out;
    }

    public void setImportMapping(String register, java.util.Map<String, String> mapping) {
        List<String[]> lines = new java.util.ArrayList<>();
        mapping.forEach((name, field) -> lines.add(new String[] {name, field}));
        putLines("import.mapping." + register, lines);
    }

    /** Names in old registers read as the ledger's own (issue 19): field -> name -> the ledger's name. */
    public java.util.Map<String, java.util.Map<String, String>> importNames() {
        java.util.Map<String, java.util.Map<String, String>> out = new java.util.TreeMap<>();
        lines("import.names", 3).forEach(p -> out.computeIfAbsent(p[0], k -> new java.util.TreeMap<>()).put(p[1], p[2]));
        return out;
    }

    public void setImportNames(java.util.Map<String, java.util.Map<String, String>> names) {
        List<String[]> lines = new java.util.ArrayList<>();
        names.forEach((field, m) -> m.forEach((name, ours) -> lines.add(new String[] {field, name, ours})));
        putLines("import.names", lines);
    }

    /** A setting kept as lines of tab-separated values; lines of another width are skipped. */
    private List<String[]> lines(String key, int width) {
        List<String[]> out = new java.util.ArrayList<>();
        repo.get(key).ifPresent(text -> {
            for (String line : text.split("\n")) {
                String[] p = line.split("\t", -1);
                if (p.length == width) {
                    out.add(p);
                }
            }
        });
        return out;
    }

    private void putLines(String key, List<String[]> lines) {
        session.require(org.mediationledger.model.Permission.IMPORT_REGISTERS);
        StringBuilder b = new StringBuilder();
        for (String[] line : lines) {
            b.append(String.join("\t", java.util.Arrays.stream(line).map(v -> v.replace('\t', ' ').replace('\n', ' ')).toList()))
                    .append('\n');
        }
        if (b.length() > 4000) {
            throw new org.mediationledger.model.ValidationException(List.of(
                    org.mediationledger.model.Problem.error("mapping", "error.import.mappingTooLong")));
        }
        repo.put(key, b.toString());
    }

    /** Below this many MB free on the data file's disk, new saves are refused (200 unless set). */
    public long minFreeMb() {
        return repo.get("disk.minFreeMb").map(Long::valueOf).orElse(200L);
    }

    public void setBackupRules(int keepDaily, int keepWeekly, String secondFolder, long minFreeMb) {
        session.require(org.mediationledger.model.Permission.CHANGE_SETTINGS);
        List<org.mediationledger.model.Problem> problems = new java.util.ArrayList<>();
        if (keepDaily < 1 || keepDaily > 366) {
            problems.add(org.mediationledger.model.Problem.error("backupKeepDaily", "error.backupKeepDaily"));
        }
        if (keepWeekly < 0 || keepWeekly > 520) {
            problems.add(org.mediationledger.model.Problem.error("backupKeepWeekly", "error.backupKeepWeekly"));
        }
        if (minFreeMb < 0 || minFreeMb > 1_000_000) {
            problems.add(org.mediationledger.model.Problem.error("minFreeMb", "error.minFreeMb"));
        }
        if (!problems.isEmpty()) {
            throw new org.mediationledger.model.ValidationException(problems);
        }
        repo.put("backup.keepDaily", String.valueOf(keepDaily));
        repo.put("backup.keepWeekly", String.valueOf(keepWeekly));
        repo.put("backup.secondFolder", secondFolder == null ? "" : secondFolder.strip());
        repo.put("disk.minFreeMb", String.valueOf(minFreeMb));
    }

    private static String requireText(String s) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("empty setting");
        }
        return s.strip();
    }
}
