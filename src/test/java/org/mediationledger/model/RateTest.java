package org.mediationledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** The published check figures, both rounding rules, empty denominators, and the periods compared. */
class RateTest {

    @Test
    void publishedFigures() {
        assertThat(new Rate(473, 490).text(Rounding.HALF_UP, 1)).isEqualTo("96.5%");
        assertThat(new Rate(193, 195).text(Rounding.TRUNCATE, 1)).isEqualTo("98.9%");
        assertThat(new Rate(193, 195).text(Rounding.HALF_UP, 1)).isEqualTo("99.0%");
        assertThat(new Rate(842, 869).text(Rounding.HALF_UP, 1)).isEqualTo("96.9%");
        assertThat(new Rate(842, 869).text(Rounding.TRUNCATE, 1)).isEqualTo("96.8%");
        assertThat(new Rate(6217, 6368).explained(Rounding.HALF_UP, 1)).isEqualTo("6217/6368 = 97.6%");
        assertThat(new Rate(410942, 417242).text(Rounding.HALF_UP, 2)).isEqualTo("98.49%");
        assertThat(new Rate(490, 490).text(Rounding.TRUNCATE, 1)).isEqualTo("100.0%");
    }

    @Test
    void anEmptyDenominatorIsADashNeverNaNOrZero() {
        assertThat(new Rate(0, 0).text(Rounding.HALF_UP, 1)).isEqualTo("—");
        assertThat(new Rate(0, 0).percent(Rounding.TRUNCATE, 1)).isEmpty();
        assertThat(new Rate(0, 0).explained(Rounding.HALF_UP, 1)).isEqualTo("0/0 = —");
        assertThat(new Rate(0, 5).text(Rounding.HALF_UP, 1)).isEqualTo("0.0%");
        Figures none = new Figures(null, null, null, null, null, null);
        assertThat(none.successRate().text(Rounding.HALF_UP, 1)).isEqualTo("—");
        assertThat(none.handlingRate().text(Rounding.HALF_UP, 1)).isEqualTo("—");
    }

    @Test
    void periodsAndTheirComparisons() {
        Period oct = Period.month(YearMonth.of(2026, 10));
        assertThat(oct.previous()).isEqualTo(Period.month(YearMonth.of(2026, 9)));
        assertThat(oct.yearAgo()).isEqualTo(Period.month(YearMonth.of(2025, 10)));
        Period mar = Period.month(YearMonth.of(2026, 3));
        assertThat(mar.previous().to()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Period.month(YearMonth.of(2024, 2)).yearAgo().to()).isEqualTo(LocalDate.of(2023, 2, 28));
        Period q1 = Period.quarter(2026, 1);
        assertThat(q1.previous()).isEqualTo(Period.quarter(2025, 4));
        assertThat(Period.of(Period.Kind.HALF_YEAR, LocalDate.of(2026, 11, 26))).isEqualTo(Period.halfYear(2026, 2));
        assertThat(Period.custom(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 10)).previous())
                .isEqualTo(Period.custom(LocalDate.of(2026, 10, 22), LocalDate.of(2026, 10, 31)));
    }
}
