package org.mediationledger.ui.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.model.AttemptResult;
import org.mediationledger.model.CaseAction;
import org.mediationledger.model.CaseStatus;
import org.mediationledger.model.MediationAttempt;
import org.mediationledger.model.MediationKind;
import org.mediationledger.model.MediationLevel;
import org.mediationledger.service.Services;
import org.mediationledger.ui.SameThreadExecutor;

/** The case page's view model: which steps are open, the state sentence, and steps taken (no window). */
class CaseDetailViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aFailedAttemptLeavesTheCaseInMediationAndOpensTheNextSteps() {
        try (Services s = TestData.withDemo(dir)) {
            var ref = s.reference().load();
            var c = s.cases().register(TestData.draft(ref, "两户因排水沟发生口角", "甲", "乙"));
            CaseDetailViewModel vm = new CaseDetailViewModel(s.cases(), s.screening(), new SameThreadExecutor(), TestData.ZH);
            vm.setPathService(s.path());
            vm.load(c.id());
            assertThat(vm.path.get().status()).isEqualTo(CaseStatus.REGISTERED);
            assertThat(CaseDetailViewModel.enabled(vm.path.get(), CaseAction.ATTEMPT)).isTrue();
            assertThat(CaseDetailViewModel.enabled(vm.path.get(), CaseAction.TERMINATE)).isFalse();
            assertThat(CaseDetailViewModel.extendable(vm.path.get())).isTrue();
            assertThat(vm.pathSentence(vm.path.get())).contains("已受理").contains("调解期限");

            vm.take(CaseAction.ATTEMPT, new MediationAttempt(null, MediationLevel.VILLAGE, MediationKind.PEOPLES, TestData.TODAY,
                    "村委会", List.of(), "", "", "", "双方各执一词", AttemptResult.FAILURE, ""));
            assertThat(vm.message.get()).isEqualTo(TestData.ZH.get("settings.saved"));
            assertThat(vm.path.get().status()).isEqualTo(CaseStatus.IN_MEDIATION);
            assertThat(vm.pathSentence(vm.path.get())).contains("请记录下一步");
            // the next step is owed: end it, or take it up a level (the same button also refers it out)
            assertThat(CaseDetailViewModel.enabled(vm.path.get(), CaseAction.TERMINATE)).isTrue();
            assertThat(CaseDetailViewModel.enabled(vm.path.get(), CaseAction.ESCALATE)).isTrue();
            assertThat(CaseDetailViewModel.enabled(vm.path.get(), CaseAction.ARCHIVE)).isFalse();
            assertThat(vm.timeline).hasSize(2);

            // a step the path refuses is one sentence, and nothing changes
            vm.take(CaseAction.ARCHIVE, Boolean.TRUE);
            assertThat(vm.message.get()).isNotEqualTo(TestData.ZH.get("settings.saved")).doesNotContain("Exception");
            assertThat(s.cases().get(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.IN_MEDIATION);

            // seeing the numbers in full is recorded in the case's history (once per choice), hiding them is not
            int before = vm.history.size();
            vm.showFullNumbers.set(true);
            assertThat(vm.history).hasSize(before + 1);
            assertThat(vm.history.get(vm.history.size() - 1).action()).isEqualTo("SHOW_FULL");
            assertThat(TestData.ZH.get("audit.action.SHOW_FULL", TestData.ZH.get("audit.table.mediation_case"))).isEqualTo("查看案件的完整号码");
            vm.showFullNumbers.set(false);
            assertThat(s.cases().history(c.id())).hasSize(before + 1);
            assertThat(s.backups().verifyHistory().whole()).isTrue();
        }
    }
}
