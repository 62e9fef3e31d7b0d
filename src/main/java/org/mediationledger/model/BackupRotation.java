package org.mediationledger.model;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which automatic backups to keep: one a day (today's is replaced while the day lasts), the newest keepDaily days,
 * and the newest of each of the newest keepWeekly ISO weeks. Backups made before an upgrade, by hand or before a
 * restore are not automatic and are never removed by rotation.
 */
public final class BackupRotation {
    private BackupRotation() {
    }

    /** @return the days whose automatic backup is kept */
    public static Set<LocalDate> keep(List<LocalDate> days, int keepDaily, int keepWeekly) {
        TreeSet<LocalDate> sorted = new TreeSet<>(Comparator.reverseOrder());
        sorted.addAll(days);
        Set<LocalDate> kept = new LinkedHashSet<>();
        sorted.stream().limit(Math.max(0, keepDaily)).forEach(kept::add);
        Set<String> weeks = new LinkedHashSet<>();
        for (LocalDate d : sorted) {
            String week = d.get(IsoFields.WEEK_BASED_YEAR) + "-" + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (!weeks.contains(week) && weeks.size() < keepWeekly) {
                weeks.add(week);
                kept.add(d);
            }
        }
        return kept;
    }
}
