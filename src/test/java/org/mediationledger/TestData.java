package org.mediationledger;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.mediationledger.app.Composition;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.CaseSource;
import org.mediationledger.model.Gender;
import org.mediationledger.model.IdNumber;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Party;
import org.mediationledger.model.PartyRole;
import org.mediationledger.model.RiskLevel;
import org.mediationledger.model.Unit;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.Services;

/** Real ledgers for tests (data files, or a PostgreSQL server: ENGINE), migrated by the real scripts, optionally with the demo township. */
public final class TestData {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    public static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    public static final Messages ZH = Messages.forLanguage("zh");

    private TestData() {
    }

    /**
     * The engine the tests' ledgers are on: the embedded file (default), or "postgresql" — the same tests then run
     * against a real PostgreSQL server (the pom's second test run, issue 18), one new database per test folder.
     */
    public static final String ENGINE = System.getProperty("ledger.test.engine", "h2");

    private static final java.util.Map<Path, org.mediationledger.model.ServerAddress> SERVER_LEDGERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether the tests run on the server (a test of the file itself, its backups or its path, runs on the file only). */
    public static boolean onServer() {
        return ENGINE.equals("postgresql");
    }

    public static Services open(Path dir) {
        if (onServer()) {
            // the same folder opened again is the same ledger, as a file would be
            var db = SERVER_LEDGERS.computeIfAbsent(dir.toAbsolutePath(), d -> org.mediationledger.server.PgServer.newDatabase());
            return Composition.openServer(db, org.mediationledger.server.PgServer.PASSWORD, ZH, CLOCK);
        }
        return Composition.open(dir.resolve("ledger"), ZH, CLOCK);
    }

    /** The ledger of this folder opened again (a new start of the program), never created. */
    public static Services reopen(Path dir, Clock clock) {
        if (onServer()) {
            return Composition.openServer(SERVER_LEDGERS.get(dir.toAbsolutePath()), org.mediationledger.server.PgServer.PASSWORD, ZH, clock);
        }
        return Composition.open(dir.resolve("ledger"), ZH, clock, false);
    }

    /** What --db names for the ledger of this folder on the command line: its file, or its server's address. */
    public static String dbArgument(Path dir) {
        return onServer() ? SERVER_LEDGERS.get(dir.toAbsolutePath()).toString() : dir.resolve("ledger.mv.db").toString();
    }

    /** The command line's opener over the tests' ledgers: data files, and the server's (given the clock). */
    public static org.mediationledger.service.Opener opener(Clock clock) {
        return new org.mediationledger.service.Opener() {
            @Override
            public Services open(Path db, Messages messages, boolean create) {
                return Composition.open(db, messages, clock, create);
            }

            @Override
            public Services openServer(org.mediationledger.model.ServerAddress address, char[] password, Messages messages) {
                return Composition.openServer(address, new String(password), messages, clock);
            }

            @Override
            public java.util.List<String> ledgersOn(org.mediationledger.model.ServerAddress address, char[] password, Messages messages) {
                return Composition.ledgersOn(address, new String(password));
            }
        };
    }

    /** The command line's environment for a test: the given variables and the server's password. */
    public static java.util.function.Function<String, String> environment(java.util.Map<String, String> variables) {
        return name -> name.equals("ML_DB_PASSWORD") ? org.mediationledger.server.PgServer.PASSWORD : variables.get(name);
    }

    public static Services withDemo(Path dir) {
        if (onServer()) {
            // the demo township loaded once on the server, each test's ledger a copy of it (PgServer.copyOf)
            SERVER_LEDGERS.computeIfAbsent(dir.toAbsolutePath(), d -> org.mediationledger.server.PgServer.copyOf("demo", db -> {
                try (Services s = Composition.openServer(db, org.mediationledger.server.PgServer.PASSWORD, ZH, CLOCK)) {
                    s.demo().load();
                }
            }));
            return open(dir);
        }
        Services s = open(dir);
        s.demo().load();
        return s;
    }

    /**
     * The demo's villages were set up twelve weeks back; a test that records older work says they existed since the
     * given day (as a clerk sets it in Settings).
     */
    public static void unitsSince(Services s, LocalDate day) {
        for (var u : s.reference().load().units()) {
            s.reference().saveUnit(u.withDates(day, null));
        }
    }

    /**
     * The demo township in a file of its own, and a village ledger for its first unit set up from it (the set-up file
     * beside them), both closed again; returns the village's unit.
     */
    public static Unit townshipWithVillage(Path township, Path village) {
        try (Services t = Composition.open(township, ZH, CLOCK, true)) {
            t.demo().load();
            Unit unit = t.reference().load().units().get(0);
            Path setup = township.resolveSibling("setup.mlnode");
            String code = t.exchange().createNode(unit.name(), setup);
            try (Services v = Composition.open(village, ZH, CLOCK, true)) {
                v.exchange().join(setup, code);
            }
            return unit;
        }
    }

    /** A valid 18-digit ID number for a birth date and gender. */
    public static String id(LocalDate born, Gender g) {
        String first17 = "110105" + born.toString().replace("-", "") + (g == Gender.MALE ? "123" : "124");
        return first17 + IdNumber.checkDigit(first17);
    }

    public static Party party(PartyRole role, String name) {
        LocalDate born = LocalDate.of(1980, 5, 17);
        return new Party(null, role, name, Gender.MALE, "汉族", born, null, "农民", "13812345678", "青山镇东山村",
                id(born, Gender.MALE));
    }

    /** A complete, valid case in the demo township's first unit. */
    public static CaseDraft draft(ReferenceData ref, String summary, String applicant, String respondent) {
        return new CaseDraft(CaseSource.PARTY_APPLICATION, ref.activeTypes().get(1).id(), ref.units().get(0).id(), null,
                summary, "赔偿损失", 2, new BigDecimal("1200.50"), RiskLevel.YELLOW, TODAY.minusDays(1), null,
                List.of(party(PartyRole.APPLICANT, applicant), party(PartyRole.RESPONDENT, respondent)));
    }

    /** A clock a test moves by hand (a lock's fifteen minutes, a day passing while the window stays open). */
    public static final class MovingClock extends Clock {
        private volatile Instant now = CLOCK.instant();

        public void advance(java.time.Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
