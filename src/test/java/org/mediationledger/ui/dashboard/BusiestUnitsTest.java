package org.mediationledger.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediationledger.model.Figures;
import org.mediationledger.model.Measure;

/** A county's 300 villages on the dashboard's chart (issue 20): the busiest 20 in their usual order; a township's all. */
class BusiestUnitsTest {
    private static Figures accepted(long n) {
        return new Figures(Map.of(Measure.ACCEPTED, n), null, null, null, null, null);
    }

    @Test
    void aCountyShowsItsBusiestVillagesInTheirOrderAndATownshipAllOfThem() {
        Map<String, Figures> county = new LinkedHashMap<>();
        for (int i = 1; i <= 300; i++) {
            county.put("第" + i + "村", accepted(i % 7 == 0 ? 1000 + i : i % 50));
        }
        Map<String, Figures> shown = DashboardView.busiest(county);
        assertThat(shown).hasSize(DashboardView.CHART_UNITS);
        assertThat(shown.keySet()).allMatch(n -> Integer.parseInt(n.replaceAll("\\D", "")) % 7 == 0)
                .containsSubsequence("第168村", "第175村", "第294村").startsWith("第161村").doesNotContain("第154村");
        Map<String, Figures> township = new LinkedHashMap<>();
        for (int i = 1; i <= 8; i++) {
            township.put("村" + i, accepted(i));
        }
        assertThat(DashboardView.busiest(township)).isSameAs(township);
    }
}
