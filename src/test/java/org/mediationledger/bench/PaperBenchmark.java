package org.mediationledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mediationledger.TestData;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.service.Services;

/**
 * How fast the papers are: the median of rendering one case summary warm (beside loading the same case and path
 * alone, the data part), and 1,000 summaries written into one folder. Not part of `mvn verify`; run with:
 * mvn test -Dgroups=benchmark -DexcludedGroups= -Dtest=PaperBenchmark
 */
@Tag("benchmark")
class PaperBenchmark {
    static final int RUNS = 21;

    @Test
    void caseSummaries() throws Exception {
        Path dir = Files.createTempDirectory("ledger-paper-bench");
        try (Services s = TestData.withDemo(dir)) {
            List<UUID> ids = s.cases().search(CaseFilter.all(), 0, 50).rows().stream().map(r -> r.id()).toList();
            for (int i = 0; i < 30; i++) {
                s.papers().caseSummary(ids.get(i % ids.size()), false);
            }
            List<Double> render = new ArrayList<>();
            List<Double> data = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                UUID id = ids.get(i % ids.size());
                long t0 = System.nanoTime();
                s.cases().get(id);
                s.path().timeline(s.path().path(id));
                data.add((System.nanoTime() - t0) / 1e6);
                long t1 = System.nanoTime();
                s.papers().caseSummary(id, false);
                render.add((System.nanoTime() - t1) / 1e6);
            }
            Path out = Files.createDirectories(dir.resolve("summaries"));
            long t2 = System.nanoTime();
            for (int i = 0; i < 1000; i++) {
                UUID id = ids.get(i % ids.size());
                Files.write(out.resolve(String.format("summary-%04d.pdf", i)), s.papers().caseSummary(id, false));
            }
            double thousand = (System.nanoTime() - t2) / 1e9;
            long bytes;
            try (var files = Files.list(out)) {
                bytes = files.mapToLong(p -> p.toFile().length()).sum();
            }
            System.out.printf("case summary PDF, median of %d warm runs: %.1f ms (baseline: loading the case and its path alone %.1f ms)%n",
                    RUNS, median(render), median(data));
            System.out.printf("1,000 case summaries into one folder: %.1f s, %.1f MB%n", thousand, bytes / 1e6);
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }
}
