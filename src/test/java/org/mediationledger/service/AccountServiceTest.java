package org.mediationledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.model.AccessRefused;
import org.mediationledger.model.AccountRole;
import org.mediationledger.model.AuditEntry;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.Permission;
import org.mediationledger.model.ScreeningKind;
import org.mediationledger.model.ScreeningRound;
import org.mediationledger.model.UnitKind;

/** Accounts on a real ledger: the first administrator, logins and locks, passwords, and every role at every gate. */
class AccountServiceTest {
    @TempDir
    Path dir;

    private static final char[] ADMIN_PW = "admin-pass-1".toCharArray();

    @Test
    void firstAdministratorTurnsAccountsOnAndTheHistoryWritesAccountNames() {
        try (Services s = TestData.withDemo(dir)) {
            assertThat(s.accounts().enabled()).isFalse();
            s.settings().setTownship("青山镇"); // without accounts, as before: anyone at the PC
            s.accounts().createFirstAdmin("王所长", ADMIN_PW);
            assertThat(s.accounts().enabled()).isTrue();
            assertThatThrownBy(() -> s.accounts().createFirstAdmin("李四", ADMIN_PW)).isInstanceOf(AccessRefused.class);
            assertThatThrownBy(() -> s.settings().setUserName("随便写")).isInstanceOf(AccessRefused.class);
        }
        try (Services s = TestData.reopen(dir, TestData.CLOCK)) {
            // a new start: nothing before a login, not even reading the history
            assertThatThrownBy(() -> s.settings().setTownship("x")).isInstanceOf(AccessRefused.class)
                    .extracting(e -> ((AccessRefused) e).messageKey()).isEqualTo("access.loginFirst");
            s.accounts().login("王所长", ADMIN_PW);
            s.accounts().add("陈书记", AccountRole.CLERK, null, null, "temp-pass-1".toCharArray());
            s.accounts().login("陈书记", "temp-pass-1".toCharArray());
            // an administrator's password must be changed before anything else
            assertThatThrownBy(() -> s.settings().setTownship("x")).extracting(e -> ((AccessRefused) e).messageKey())
                    .isEqualTo("access.mustChange");
            s.accounts().changePassword("temp-pass-1".toCharArray(), "own-pass-22".toCharArray());
            var c = s.cases().register(TestData.draft(s.reference().load(), "邻里纠纷", "甲", "乙"));
            List<AuditEntry> h = s.cases().history(c.id());
            assertThat(h).extracting(AuditEntry::userName).containsOnly("陈书记");
            assertThat(s.backups().verifyHistory().whole()).isTrue();
        }
    }

    @Test
    void aMediatorRecordsTheirOwnCasesAndALeaderWorksOnTheirOwnMattersWhenTheirAccountNamesThem() {
        try (Services s = TestData.withDemo(dir)) {
            s.accounts().createFirstAdmin("王所长", ADMIN_PW);
        }
        try (Services s = TestData.reopen(dir, TestData.CLOCK)) {
            s.accounts().login("王所长", ADMIN_PW);
            var ref = s.reference().load();
            var mediators = ref.withRole(org.mediationledger.model.StaffRole.MEDIATOR);
            assertThat(mediators).hasSizeGreaterThanOrEqualTo(2);
            var open = s.cases().search(new org.mediationledger.model.CaseFilter(null, null, org.mediationledger.model.CaseStatus.REGISTERED,
                    null, null, null, null), 0, 100).rows();
            assertThat(open).hasSizeGreaterThanOrEqualTo(2);
            // one open case is the first mediator's, another the second's
            var mine = s.cases().get(open.get(0).id()).orElseThrow();
            var theirs = s.cases().get(open.get(1).id()).orElseThrow();
            s.cases().update(mine.id(), mine.version(), mine.draft().withMediator(mediators.get(0).id()));
            s.cases().update(theirs.id(), theirs.version(), theirs.draft().withMediator(mediators.get(1).id()));
            s.accounts().add("李调解", AccountRole.MEDIATOR, null, mediators.get(0).id(), "first-pass-1".toCharArray());
            var leaders = ref.withRole(org.mediationledger.model.StaffRole.LEADER);
            var matters = s.leader().matters(null);
            var notHis = matters.stream().filter(x -> x.assignment().leaderId() != null
                    && !x.assignment().leaderId().equals(leaders.get(0).id())).findFirst();
            s.accounts().add("张书记", AccountRole.LEADER, null, leaders.get(0).id(), "first-pass-1".toCharArray());

            s.accounts().login("李调解", "first-pass-1".toCharArray());
            s.accounts().changePassword("first-pass-1".toCharArray(), "own-pass-22".toCharArray());
            var theirsNow = s.cases().get(theirs.id()).orElseThrow();
            assertThatThrownBy(() -> s.path().withdraw(theirs.id())).isInstanceOf(AccessRefused.class)
                    .extracting(e -> ((AccessRefused) e).messageKey()).isEqualTo("access.notYourCase");
            assertThatThrownBy(() -> s.cases().update(theirs.id(), theirsNow.version(), theirsNow.draft()))
                    .isInstanceOf(AccessRefused.class);
            var mineNow = s.cases().get(mine.id()).orElseThrow();
            s.cases().update(mine.id(), mineNow.version(), mineNow.draft().withSummary(mineNow.draft().summary() + "（补充）"));
            s.path().withdraw(mine.id());
            assertThat(s.cases().get(mine.id()).orElseThrow().status()).isEqualTo(org.mediationledger.model.CaseStatus.WITHDRAWN);

            s.accounts().login("张书记", "first-pass-1".toCharArray());
            s.accounts().changePassword("first-pass-1".toCharArray(), "own-pass-22".toCharArray());
            if (notHis.isPresent()) {
                var entry = new org.mediationledger.model.SupervisionEntry(null, TestData.TODAY, leaders.get(0).id(), "督办", "进展", null);
                assertThatThrownBy(() -> s.leader().supervise(notHis.get().assignment().id(), entry)).isInstanceOf(AccessRefused.class)
                        .extracting(e -> ((AccessRefused) e).messageKey()).isEqualTo("access.notYourMatter");
            }
        }
    }

    @Test
    void aVillageUserSeesOnlyTheirOwnVillagesCasesAndRounds() {
        java.util.UUID east;
        java.util.UUID otherCase;
        try (Services s = TestData.withDemo(dir)) {
            east = s.reference().load().units().get(0).id();
            java.util.UUID eastId = east;
            otherCase = s.cases().search(org.mediationledger.model.CaseFilter.all(), 0, 100).rows().stream()
                    .filter(c -> !c.unitName().equals(s.reference().load().unit(eastId).orElseThrow().name()))
                    .findFirst().orElseThrow().id();
            s.accounts().createFirstAdmin("王所长", ADMIN_PW);
            s.accounts().add("东山村", AccountRole.VILLAGE, east, null, "first-pass-1".toCharArray());
        }
        try (Services s = TestData.reopen(dir, TestData.CLOCK)) {
            s.accounts().login("王所长", ADMIN_PW);
            long all = s.cases().search(org.mediationledger.model.CaseFilter.all(), 0, 100).total();
            int allRounds = s.screening().rounds(java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.of(2100, 1, 1), null).size();
            s.accounts().login("东山村", "first-pass-1".toCharArray());
            s.accounts().changePassword("first-pass-1".toCharArray(), "own-pass-22".toCharArray());
            var mine = s.cases().search(org.mediationledger.model.CaseFilter.all(), 0, 100);
            assertThat(mine.total()).isPositive().isLessThan(all);
            java.util.UUID eastId = east;
            assertThat(mine.rows()).allSatisfy(c -> assertThat(s.cases().get(c.id()).orElseThrow().draft().unitId()).isEqualTo(eastId));
            java.util.UUID west = s.reference().load().units().get(1).id();
            assertThat(s.cases().search(org.mediationledger.model.CaseFilter.all().inUnit(west), 0, 100).rows())
                    .as("another unit asked for: nothing").isEmpty();
            assertThatThrownBy(() -> s.cases().get(otherCase)).isInstanceOf(AccessRefused.class)
                    .extracting(e -> ((AccessRefused) e).messageKey()).isEqualTo("access.otherUnit");
            assertThatThrownBy(() -> s.cases().history(otherCase)).isInstanceOf(AccessRefused.class);
            var rounds = s.screening().rounds(java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.of(2100, 1, 1), null);
            assertThat(rounds).isNotEmpty().allSatisfy(r -> assertThat(r.unitId()).isEqualTo(eastId));
            assertThat(rounds.size()).isLessThan(allRounds);
            assertThat(s.screening().ledger(java.time.LocalDate.of(2000, 1, 1), java.time.LocalDate.of(2100, 1, 1), null))
                    .allSatisfy(row -> assertThat(row.unit()).isEqualTo(s.reference().load().unit(eastId).orElseThrow().name()));
        }
    }

    @Test
    void wrongPasswordsLockTheAccountForAWhileAndAnAdministratorCanReset() {
        TestData.MovingClock clock = new TestData.MovingClock();
        try (Services s = TestData.withDemo(dir)) {
            s.accounts().createFirstAdmin("王所长", ADMIN_PW);
            s.accounts().add("李调解", AccountRole.MEDIATOR, null, null, "first-pass-1".toCharArray());
        }
        try (Services s = TestData.reopen(dir, clock)) {
            for (int i = 1; i < AccountService.MAX_FAILURES; i++) {
                int left = AccountService.MAX_FAILURES - i;
                assertThatThrownBy(() -> s.accounts().login("李调解", "wrong-pass".toCharArray()))
                        .satisfies(e -> assertThat(TestData.ZH.access((AccessRefused) e)).contains("再错 " + left + " 次"));
            }
            assertThatThrownBy(() -> s.accounts().login("李调解", "wrong-pass".toCharArray()))
                    .satisfies(e -> assertThat(TestData.ZH.access((AccessRefused) e)).contains("已锁定", "10:15"));
            // locked: even the right password waits
            assertThatThrownBy(() -> s.accounts().login("李调解", "first-pass-1".toCharArray()))
                    .extracting(e -> ((AccessRefused) e).messageKey()).isEqualTo("access.locked");
            // an unknown name gets the same sentence as a wrong password
            assertThatThrownBy(() -> s.accounts().login("没有这人", "x".toCharArray()))
                    .extracting(e -> ((AccessRefused) e).messageKey()).isEqualTo("access.wrongPassword");
            clock.advance(java.time.Duration.ofSeconds(AccountService.LOCK_MINUTES * 60L + 1));
            assertThat(s.accounts().login("李调解", "first-pass-1".toCharArray()).name()).isEqualTo("李调解");

            // locked again, then an administrator's reset unlocks it at once
            for (int i = 0; i < AccountService.MAX_FAILURES; i++) {
                assertThatThrownBy(() -> s.accounts().login("李调解", "wrong-pass".toCharArray())).isInstanceOf(AccessRefused.class);
            }
            s.accounts().login("王所长", ADMIN_PW);
            s.accounts().resetPassword("李调解", "reset-pass-9".toCharArray());
            assertThat(s.accounts().login("李调解", "reset-pass-9".toCharArray()).mustChange()).isTrue();
            // the owner changes it; the old one no longer works
            s.accounts().changePassword("reset-pass-9".toCharArray(), "mine-pass-77".toCharArray());
            assertThatThrownBy(() -> s.accounts().login("李调解", "reset-pass-9".toCharArray())).isInstanceOf(AccessRefused.class);
            assertThat(s.accounts().login("李调解", "mine-pass-77".toCharArray()).mustChange()).isFalse();
            assertThatThrownBy(() -> s.backups().verifyHistory()).as("a mediator may not check the history")
                    .extracting(e -> ((AccessRefused) e).messageKey()).isEqualTo("access.refused");
        }
    }

    /** Every role at every gate of the services: refused exactly when the permission table says so. */
    @Test
    void everyRoleAtEveryGate() {
        try (Services s = TestData.withDemo(dir)) {
            var ref = s.reference().load();
            UUID east = ref.units().get(0).id();
            UUID west = ref.units().get(1).id();
            CaseDraft ownUnit = TestData.draft(ref, "本村纠纷", "甲", "乙");
            CaseDraft otherUnit = new CaseDraft(ownUnit.source(), ownUnit.disputeTypeId(), west, null, ownUnit.summary(),
                    ownUnit.requests(), ownUnit.peopleInvolved(), ownUnit.amountInvolved(), ownUnit.riskLevel(),
                    ownUnit.receivedDate(), ownUnit.mediatorId(), ownUnit.parties());
            ScreeningRound ownRound = new ScreeningRound(null, TestData.TODAY, east, null, ScreeningKind.ROUTINE, null, null, "", null, 0);
            UUID any = UUID.randomUUID();
            s.accounts().createFirstAdmin("admin", ADMIN_PW);
            for (AccountRole role : AccountRole.values()) {
                if (role != AccountRole.ADMIN) {
                    s.accounts().add(role.name().toLowerCase(), role, role == AccountRole.VILLAGE ? east : null, null,
                            "first-pass-1".toCharArray());
                }
            }
            Map<String, Gate> gates = new LinkedHashMap<>();
            gates.put("cases.register", new Gate(Permission.REGISTER_CASE, x -> x.cases().register(ownUnit)));
            gates.put("cases.update", new Gate(Permission.EDIT_CASE, x -> x.cases().update(any, 1, ownUnit)));
            gates.put("cases.delete", new Gate(Permission.DELETE_CASE, x -> x.cases().delete(any)));
            gates.put("cases.recordFullView", new Gate(Permission.SHOW_FULL_NUMBERS, x -> x.cases().recordFullView(any)));
            gates.put("cases.recordFullPrint", new Gate(Permission.SHOW_FULL_NUMBERS, x -> x.cases().recordFullPrint(any, "p")));
            gates.put("path.attempt", new Gate(Permission.RECORD_PATH, x -> x.path().attempt(any, null)));
            gates.put("path.escalate", new Gate(Permission.RECORD_PATH, x -> x.path().escalate(any, null)));
            gates.put("path.agree", new Gate(Permission.RECORD_PATH, x -> x.path().agree(any, null)));
            gates.put("path.close", new Gate(Permission.RECORD_PATH, x -> x.path().close(any)));
            gates.put("path.archive", new Gate(Permission.RECORD_PATH, x -> x.path().archive(any)));
            gates.put("screening.record", new Gate(Permission.RECORD_SCREENING, x -> x.screening().record(ownRound)));
            gates.put("screening.zero", new Gate(Permission.RECORD_SCREENING, x -> x.screening().recordZeroReport(east, TestData.TODAY, null)));
            gates.put("screening.delete", new Gate(Permission.RECORD_SCREENING, x -> x.screening().delete(any)));
            gates.put("screening.period", new Gate(Permission.CHANGE_SETTINGS, x -> x.screening().saveSensitivePeriod(null)));
            gates.put("leader.assign", new Gate(Permission.ASSIGN_LEADER, x -> x.leader().assign(null)));
            gates.put("leader.supervise", new Gate(Permission.LEADER_WORK, x -> x.leader().supervise(any, null)));
            gates.put("leader.close", new Gate(Permission.LEADER_WORK, x -> x.leader().close(any, null, null, null)));
            gates.put("reception.add", new Gate(Permission.RECEPTION, x -> x.reception().add(null)));
            gates.put("reception.progress", new Gate(Permission.RECEPTION, x -> x.reception().progress(null)));
            gates.put("reference.saveUnit", new Gate(Permission.EDIT_REFERENCE, x -> x.reference().saveUnit(null)));
            gates.put("reference.saveStaff", new Gate(Permission.EDIT_REFERENCE, x -> x.reference().saveStaff(null)));
            gates.put("reference.retireGrid", new Gate(Permission.EDIT_REFERENCE, x -> x.reference().retireGrid(any, null)));
            gates.put("reference.saveType", new Gate(Permission.EDIT_REFERENCE, x -> x.reference().saveType(null)));
            gates.put("settings.township", new Gate(Permission.CHANGE_SETTINGS, x -> x.settings().setTownship("")));
            gates.put("settings.mediationDays", new Gate(Permission.CHANGE_SETTINGS, x -> x.settings().setMediationDays(0)));
            gates.put("settings.roundsPerWeek", new Gate(Permission.CHANGE_SETTINGS, x -> x.settings().setRoundsPerWeek(UnitKind.VILLAGE, 0)));
            gates.put("settings.backupRules", new Gate(Permission.CHANGE_SETTINGS, x -> x.settings().setBackupRules(0, 0, "", 0)));
            gates.put("backups.now", new Gate(Permission.MAKE_BACKUP, x -> x.backups().backupNow(java.util.Optional.of(dir.resolve("nope/../x.zip")))));
            gates.put("backups.verifyHistory", new Gate(Permission.VIEW_HISTORY, x -> x.backups().verifyHistory()));
            gates.put("import.plan", new Gate(Permission.IMPORT_REGISTERS,
                    x -> x.registerImport().plan(dir.resolve("none.xlsx"), org.mediationledger.service.RegisterImport.Kind.CASES)));
            gates.put("import.remember", new Gate(Permission.IMPORT_REGISTERS,
                    x -> x.registerImport().rememberMapping(org.mediationledger.service.RegisterImport.Kind.CASES, Map.of("地点", "unit"))));
            gates.put("accounts.list", new Gate(Permission.MANAGE_ACCOUNTS, x -> x.accounts().list()));
            gates.put("accounts.reset", new Gate(Permission.MANAGE_ACCOUNTS, x -> x.accounts().resetPassword("nobody", null)));

            List<String> wrong = new ArrayList<>();
            for (AccountRole role : AccountRole.values()) {
                login(s, role);
                gates.forEach((name, gate) -> {
                    boolean refused = refused(() -> gate.call().accept(s));
                    if (refused == gate.permission().allows(role)) {
                        wrong.add(role + " at " + name + (refused ? " refused" : " let through"));
                    }
                });
                // a village user: their own village only
                if (role == AccountRole.VILLAGE) {
                    assertThat(refused(() -> s.cases().register(otherUnit))).as("another village's case").isTrue();
                    assertThat(refused(() -> s.screening().recordZeroReport(west, TestData.TODAY, null))).isTrue();
                }
            }
            assertThat(wrong).isEmpty();
            s.accounts().session().logout();
            assertThat(refused(() -> s.cases().register(ownUnit))).as("logged out").isTrue();
        }
    }

    private static void login(Services s, AccountRole role) {
        if (role == AccountRole.ADMIN) {
            s.accounts().login("admin", ADMIN_PW);
            return;
        }
        String name = role.name().toLowerCase();
        try {
            s.accounts().login(name, "first-pass-1".toCharArray());
            s.accounts().changePassword("first-pass-1".toCharArray(), "own-pass-22".toCharArray());
        } catch (AccessRefused e) {
            s.accounts().login(name, "own-pass-22".toCharArray());
        }
    }

    private record Gate(Permission permission, Consumer<Services> call) {
    }

    /** True when the call was refused for who is asking; anything else (done, or a broken rule past the gate) is not. */
    private static boolean refused(Runnable call) {
        try {
            call.run();
            return false;
        } catch (AccessRefused e) {
            return true;
        } catch (RuntimeException past) {
            return false;
        }
    }
}
