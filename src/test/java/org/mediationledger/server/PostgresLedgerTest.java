package org.mediationledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.model.AttemptResult;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.model.MediationAttempt;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.MediationKind;
import org.mediationledger.model.MediationLevel;
import org.mediationledger.model.Measure;
import org.mediationledger.model.Period;
import org.mediationledger.model.ServerAddress;
import org.mediationledger.service.Services;

/**
 * The same services on a real PostgreSQL server (issue 18) as on the embedded file: the same figures for the same
 * work, the mediation path, search and the sealed history, and numbers that stay gapless and unique with many clients.
 */
class PostgresLedgerTest {
    @TempDir
    Path dir;

    private static Services open(ServerAddress db) {
        return Composition.openServer(db, PgServer.PASSWORD, TestData.ZH, TestData.CLOCK);
    }

    /** A ledger on the server holding the demo township (loaded there once per test JVM, then copied). */
    private static ServerAddress demo() {
        return PgServer.copyOf("demo", db -> {
            try (Services s = open(db)) {
                s.demo().load();
            }
        });
    }

    @Test
    void theDemoTownshipOnTheServerHasTheSameCasesAndFiguresAsInAFile() throws Exception {
        ServerAddress db = demo(); // the demo loaded on the server once per test JVM (migrate-to's test starts from empty)
        try (Services server = open(db);
             Services file = Composition.open(dir.resolve("ledger"), TestData.ZH, TestData.CLOCK)) {
            file.demo().load();
            assertThat(server.databaseFile()).isNull();
            assertThat(server.cases().countAll()).isEqualTo(file.cases().countAll()).isPositive();
            assertThat(server.cases().search(CaseFilter.all(), 0, 100).rows()).extracting(c -> c.caseNumber())
                    .containsExactlyElementsOf(file.cases().search(CaseFilter.all(), 0, 100).rows().stream().map(c -> c.caseNumber()).toList());
            Period year = Period.year(TestData.TODAY.getYear());
            var onServer = server.stats().figures(year, null, null);
            var inFile = file.stats().figures(year, null, null);
            var recount = server.stats().recount(year, null);
            for (Measure m : Measure.values()) {
                assertThat(onServer.count(m)).as("%s", m).isEqualTo(inFile.count(m)).isEqualTo(recount.count(m));
            }
            assertThat(server.backups().verifyHistory().whole()).isTrue();
        }
        // written where the server keeps it: the program's own tables, lower case, in the database named
        assertThat(PgServer.count(db, "select count(*) from mediation_case")).isPositive();
        assertThat(PgServer.count(db, "select count(*) from flyway_schema_history where success")).isGreaterThan(20);
    }

    @Test
    void aCaseGoesAlongItsPathAndIsFoundAndItsHistoryIsWhole() {
        try (Services s = open(demo())) {
            var ref = s.reference().load();
            CaseDraft d = TestData.draft(ref, "两户因宅基地界址发生争执", "司马光", "欧阳修");
            MediationCase c = s.cases().register(d);
            MediationCase edited = s.cases().update(c.id(), c.version(), c.draft().withSummary("两户因宅基地界址和荷花塘发生争执"));
            assertThat(edited.version()).isGreaterThan(c.version());
            var state = s.path().attempt(c.id(), new MediationAttempt(null, MediationLevel.VILLAGE, MediationKind.PEOPLES,
                    d.receivedDate(), "村委会调解室", List.of(ref.staff().get(0).id()), "村民代表", "要求拆墙", "同意",
                    "围墙越界半米", AttemptResult.SUCCESS, null));
            assertThat(state.resolutionLevel()).contains(MediationLevel.VILLAGE);
            // search by a party's name and by a word of the summary (ILIKE on the server)
            assertThat(s.cases().search(new CaseFilter(null, null, null, null, null, null, "欧阳"), 0, 10).rows())
                    .extracting(x -> x.id()).containsExactly(c.id());
            assertThat(s.cases().search(new CaseFilter(null, null, null, null, null, null, "荷花塘"), 0, 10).rows())
                    .extracting(x -> x.id()).containsExactly(c.id());
            assertThat(s.cases().history(c.id())).extracting(e -> e.action()).contains("INSERT", "UPDATE");
            var year = Period.year(TestData.TODAY.getYear());
            assertThat(s.stats().figures(year, null, null).count(Measure.SUCCESS_AT_VILLAGE))
                    .isEqualTo(s.stats().recount(year, null).count(Measure.SUCCESS_AT_VILLAGE));
            assertThat(s.backups().verifyHistory().whole()).isTrue();
        }
    }

    @Test
    void aServerThatDropsTheConnectionMidSaveLeavesNothingHalfSavedAndTheNextSaveGoesThrough() throws Exception {
        ServerAddress db = demo();
        try (Services s = open(db)) {
            CaseDraft d = TestData.draft(s.reference().load(), "连接中断时登记的纠纷", "张三", "李四");
            int before = s.cases().countAll();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.transactions().inOne(() -> {
                s.cases().register(d);
                try {
                    // the server ends this program's sessions (a restart, a cut network) between two saves of one batch
                    PgServer.asAdmin(db, "select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                            + db.database() + "' and usename = '" + PgServer.USER + "'");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
                return s.cases().register(d);
            })).isInstanceOfSatisfying(org.mediationledger.model.DataFileException.class,
                    e -> assertThat(TestData.ZH.get(e.reasonKey(), e.location())).contains("连接中断", "没有保存一半", db.toString()));
            assertThat(s.cases().countAll()).as("nothing of the batch").isEqualTo(before);
            // the pool replaces the dead connections: the next save goes through without reopening anything
            assertThat(s.cases().register(d).caseNumber()).isNotBlank();
            assertThat(s.cases().countAll()).isEqualTo(before + 1);
        }
    }

    @Test
    void aDayToDayRoleWithOnlyRowRightsWorksAndOneWithoutIsASentence() throws Exception {
        ServerAddress db = demo();
        // docs/server-setup.sql: the clerks' role may read and write rows, nothing else
        PgServer.asAdmin(db, "do $$ begin if not exists (select from pg_roles where rolname = 'ledger_clerk') then "
                + "create role ledger_clerk login password '" + PgServer.PASSWORD + "'; end if; "
                + "if not exists (select from pg_roles where rolname = 'ledger_nobody') then "
                + "create role ledger_nobody login password '" + PgServer.PASSWORD + "'; end if; end $$");
        PgServer.asAdmin(db, "grant usage on schema public to ledger_clerk");
        PgServer.asAdmin(db, "grant select, insert, update, delete on all tables in schema public to ledger_clerk");
        PgServer.asAdmin(db, "grant usage, select on all sequences in schema public to ledger_clerk");
        ServerAddress asClerk = new ServerAddress("ledger_clerk", db.host(), db.port(), db.database());
        try (Services s = open(asClerk)) {
            MediationCase c = s.cases().register(TestData.draft(s.reference().load(), "只有读写权限的账户登记的纠纷", "甲", "乙"));
            assertThat(s.cases().get(c.id())).isPresent();
            assertThat(s.backups().verifyHistory().whole()).isTrue();
        }
        PgServer.asAdmin(db, "revoke all on schema public from public");
        ServerAddress asNobody = new ServerAddress("ledger_nobody", db.host(), db.port(), db.database());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> open(asNobody))
                .isInstanceOfSatisfying(org.mediationledger.model.DataFileException.class,
                        e -> assertThat(TestData.ZH.get(e.reasonKey(), e.location())).contains("没有所需的权限"));
    }

    @Test
    void twentyClientsSavingFiftyCasesEachGetGaplessUniqueNumbersAndNoneIsLost() throws Exception {
        ServerAddress db = demo();
        CaseDraft draft;
        try (Services first = open(db)) {
            draft = TestData.draft(first.reference().load(), "同时登记的纠纷", "张三", "李四");
        }
        int clients = 20;
        int each = 50;
        List<Services> opened = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            opened.add(open(db));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<String>>> saved = new ArrayList<>();
            for (Services s : opened) {
                saved.add(pool.submit(() -> {
                    List<String> numbers = new ArrayList<>();
                    for (int k = 0; k < each; k++) {
                        numbers.add(s.cases().register(draft).caseNumber());
                    }
                    return numbers;
                }));
            }
            Set<String> numbers = new HashSet<>();
            int confirmed = 0;
            for (Future<List<String>> f : saved) {
                for (String n : f.get()) {
                    confirmed++;
                    numbers.add(n);
                }
            }
            assertThat(confirmed).isEqualTo(clients * each);
            assertThat(numbers).as("no number given twice").hasSize(clients * each);
        } finally {
            pool.shutdownNow();
            opened.forEach(Services::close);
        }
        try (Services s = open(db)) {
            var page = s.cases().search(new CaseFilter(null, null, null, null, null, null, "同时登记"), 0, 5000);
            assertThat(page.total()).as("every confirmed case is there").isEqualTo(clients * each);
            // gapless: the sequence numbers of the year are 1..N with nothing missing (the demo's cases first)
            long max = PgServer.count(db, "select max(case_seq) from mediation_case where case_year = " + TestData.TODAY.getYear());
            long count = PgServer.count(db, "select count(distinct case_seq) from mediation_case where case_year = " + TestData.TODAY.getYear());
            assertThat(count).isEqualTo(max);
        }
    }
}
