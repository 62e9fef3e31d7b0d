package org.mediationledger.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.service.Services;
import org.mediationledger.service.UnitImport;
import org.mediationledger.ui.SameThreadExecutor;

/** The settings view model on a real ledger, with work run on the test's thread (no window). */
class SettingsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void basicsAreCheckedThenSavedAndTheWindowIsTold() {
        try (Services s = TestData.open(dir)) {
            AtomicInteger changed = new AtomicInteger();
            SettingsViewModel vm = new SettingsViewModel(s.settings(), s.reference(), new SameThreadExecutor(), TestData.ZH,
                    d -> changed.incrementAndGet());
            vm.load();
            vm.township.set(" ");
            vm.userName.set("王文书");
            vm.saveBasics();
            assertThat(vm.townshipError.get()).isEqualTo(TestData.ZH.get("error.required"));
            assertThat(changed).hasValue(0);
            vm.township.set("白沙镇");
            vm.saveBasics();
            assertThat(vm.townshipError.get()).isEmpty();
            assertThat(s.settings().township()).isEqualTo("白沙镇");
            assertThat(s.settings().userName()).isEqualTo("王文书");
            assertThat(changed).hasValue(1);
            assertThat(vm.message.get()).isEqualTo(TestData.ZH.get("settings.saved"));
        }
    }

    @Test
    void aSheetIsPlannedThenImportedAndABadFileIsASentence() throws Exception {
        Path sheet = dir.resolve("村居.csv");
        Files.writeString(sheet, "村（居）,网格\n东村,东村第1网格\n东村,东村第2网格\n");
        Path bad = dir.resolve("照片.xlsx");
        Files.writeString(bad, "not a workbook");
        try (Services s = TestData.open(dir.resolve("l"))) {
            SettingsViewModel vm = new SettingsViewModel(s.settings(), s.reference(), new SameThreadExecutor(), TestData.ZH, d -> { });
            vm.setUnitImport(s.unitImport());
            AtomicReference<UnitImport.Plan> plan = new AtomicReference<>();
            vm.planImport(bad, plan::set);
            assertThat(plan.get()).isNull();
            assertThat(vm.message.get()).contains("照片.xlsx");
            vm.planImport(sheet, plan::set);
            assertThat(plan.get().newGrids()).isEqualTo(2);
            assertThat(vm.defaultEstablished()).isEqualTo(TestData.TODAY.withDayOfYear(1));
            vm.applyImport(plan.get(), vm.defaultEstablished());
            assertThat(vm.data.get().units()).hasSize(1);
            assertThat(vm.message.get()).isEqualTo("已导入 1 个村（居）、2 个网格；0 行有错误，未导入。");
        }
    }
}
