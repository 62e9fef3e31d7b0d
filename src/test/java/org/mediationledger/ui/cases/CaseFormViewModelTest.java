package org.mediationledger.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.service.Services;

/** The intake form's view model on a blank ledger and on the demo township (no window needed). */
class CaseFormViewModelTest {
    @TempDir
    Path dir;

    @Test
    void withNoVillageTheFormSaysWhereToAddThem() {
        try (Services s = TestData.open(dir)) {
            CaseFormViewModel vm = new CaseFormViewModel(s.cases(), null, TestData.ZH, s.reference().load(), null);
            assertThat(vm.warnings.get("unit")).contains("设置 → 村（居）与网格");
            assertThat(vm.hasUnsavedInput()).isFalse();
            // trying to save keeps the hint in place of the bare "required"
            assertThat(vm.validate()).isFalse();
            assertThat(vm.warnings.get("unit")).contains("设置 → 村（居）与网格");
        }
    }

    @Test
    void typingMakesTheFormDirtyAndAnUntouchedOneIsNot() {
        try (Services s = TestData.withDemo(dir)) {
            CaseFormViewModel vm = new CaseFormViewModel(s.cases(), null, TestData.ZH, s.reference().load(), null);
            assertThat(vm.warnings).doesNotContainKey("unit");
            assertThat(vm.hasUnsavedInput()).isFalse();
            vm.parties.get(0).name.set("甲");
            assertThat(vm.hasUnsavedInput()).isTrue();
            var existing = s.cases().byShortNumber("1").orElseThrow();
            CaseFormViewModel edit = new CaseFormViewModel(s.cases(), null, TestData.ZH, s.reference().load(), existing);
            assertThat(edit.hasUnsavedInput()).isFalse();
        }
    }
}
