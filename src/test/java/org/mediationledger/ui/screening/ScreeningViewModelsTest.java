package org.mediationledger.ui.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.model.LedgerRow;
import org.mediationledger.model.ScreeningRound;
import org.mediationledger.model.Unit;
import org.mediationledger.service.Services;
import org.mediationledger.ui.SameThreadExecutor;

/** The screening view models on a real ledger, with work run on the test's thread (no window). */
class ScreeningViewModelsTest {
    @TempDir
    Path dir;

    @Test
    void aRoundFormSnapshotComesBackWholeAndSaves() {
        try (Services s = TestData.withDemo(dir)) {
            var ref = s.reference().load();
            Unit east = ref.units().get(0);
            RoundFormViewModel vm = new RoundFormViewModel(s.screening(), new SameThreadExecutor(), TestData.ZH, ref, east);
            assertThat(vm.hasUnsavedInput()).isFalse();
            vm.grid.set(ref.activeGridsOf(east.id()).get(1));
            vm.lead.set(ref.activeStaff().get(0));
            vm.notes.set("走访了三户");
            vm.addFinding();
            FindingModel f = vm.findings.get(0);
            f.summary.set("两户因排水沟发生口角");
            f.type.set(ref.activeTypes().get(1));
            f.people.set("3");
            f.amount.set("1500");
            f.parties.get(0).name.set("王甲");
            f.parties.get(0).phone.set("13812345678");
            assertThat(vm.hasUnsavedInput()).isTrue();

            var snapshot = vm.snapshot();
            RoundFormViewModel again = new RoundFormViewModel(s.screening(), new SameThreadExecutor(), TestData.ZH, ref, null);
            again.restore(snapshot);
            assertThat(again.snapshot()).isEqualTo(snapshot);
            assertThat(again.unit.get()).isEqualTo(east);
            assertThat(again.findings.get(0).parties.get(0).name.get()).isEqualTo("王甲");
            // a draft mangled on disk is read as far as it goes, never a failure
            RoundFormViewModel mangled = new RoundFormViewModel(s.screening(), new SameThreadExecutor(), TestData.ZH, ref, null);
            mangled.restore(java.util.Map.of("unit", "not-a-uuid", "kind", "NO_SUCH_KIND", "findings", "not a list", "date", "昨天"));
            assertThat(mangled.unit.get()).isNull();
            assertThat(mangled.dateText.get()).isEqualTo("昨天");
            assertThat(mangled.date.get()).isNull();

            AtomicReference<ScreeningRound> saved = new AtomicReference<>();
            again.save(saved::set);
            assertThat(saved.get()).isNotNull();
            assertThat(saved.get().findings()).hasSize(1);
            assertThat(saved.get().notes()).isEqualTo("走访了三户");
        }
    }

    @Test
    void aRoundFormWithAnErrorKeepsEverythingAndSaysHowManyToFix() {
        try (Services s = TestData.withDemo(dir)) {
            var ref = s.reference().load();
            RoundFormViewModel vm = new RoundFormViewModel(s.screening(), new SameThreadExecutor(), TestData.ZH, ref, null);
            vm.addFinding();
            vm.findings.get(0).people.set("三个");
            AtomicReference<ScreeningRound> saved = new AtomicReference<>();
            vm.save(saved::set);
            assertThat(saved.get()).isNull();
            assertThat(vm.errors).containsKeys("unit", "findings[0].peopleInvolved");
            assertThat(vm.status.get()).contains("处需要更正");
            assertThat(vm.findings.get(0).people.get()).isEqualTo("三个");
        }
    }

    @Test
    void theLedgerDeletesARoundAndUndoBringsItBack() {
        try (Services s = TestData.withDemo(dir)) {
            LedgerViewModel vm = new LedgerViewModel(s.screening(), new SameThreadExecutor(), TestData.ZH, (d, id) -> { }, r -> { });
            vm.from.set(TestData.TODAY.minusDays(30));
            vm.load();
            int before = vm.rows.size();
            LedgerRow row = vm.rows.stream().filter(r -> r.findingId() != null && r.caseId() == null).findFirst().orElseThrow();
            vm.deleteRound(null, () -> { });
            assertThat(vm.message.get()).isEqualTo(TestData.ZH.get("ledger.chooseRound"));
            vm.deleteRound(row, vm::load);
            assertThat(vm.rows).noneMatch(r -> r.roundId().equals(row.roundId()));
            assertThat(vm.undoable.get()).isEqualTo(row);
            assertThat(vm.message.get()).contains(row.unit()).contains("撤销");
            vm.undoDelete(vm::load);
            assertThat(vm.rows).hasSize(before);
            assertThat(vm.undoable.get()).isNull();
            assertThat(vm.message.get()).contains("已恢复");
        }
    }
}
