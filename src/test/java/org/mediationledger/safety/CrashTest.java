package org.mediationledger.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.service.BackupService;
import org.mediationledger.service.Services;

/**
 * kill -9 at random moments: every save the program confirmed is in the file afterwards, numbers stay gapless and
 * unique, no case lacks its parties or its history. The figures are printed for the README.
 */
class CrashTest {
    @TempDir
    Path dir;

    @Test
    void everyConfirmedSaveSurvivesKillDashNine() throws Exception {
        Path db = dir.resolve("ledger.mv.db");
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, true)) {
            s.demo().load();
        }
        Random random = new Random(20261129);
        List<String> confirmed = new ArrayList<>();
        int kills = 10;
        for (int round = 0; round < kills; round++) {
            try (ChildJvm writer = ChildJvm.start(dir, CrashWriter.class.getName(), db.toString(), "第" + round + "轮", "100000")) {
                assertThat(writer.awaitLine(l -> l.equals("OPEN"), 60_000)).as(writer.output()).isTrue();
                Thread.sleep(200 + random.nextInt(1500));
                writer.kill();
                writer.lines.stream().filter(l -> l.startsWith("SAVED\t")).forEach(confirmed::add);
                assertThat(writer.output()).doesNotContain("Exception");
            }
            LedgerFacts facts = LedgerFacts.read(db);
            facts.assertHasAll(confirmed);
            facts.assertSound();
        }
        LedgerFacts last = LedgerFacts.read(db);
        assertThat(BackupService.check(db).get("MEDIATION_CASE")).isEqualTo((long) last.numbers.size());
        assertThat(confirmed).hasSizeGreaterThan(kills);
        System.out.printf("crash test: %d kills, %d confirmed saves, %d lost, %d cases in the file%n", kills, confirmed.size(),
                confirmed.stream().filter(l -> !last.numbers.containsKey(l.split("\t")[2])).count(), last.numbers.size());
    }

    @Test
    void aCommandLineBatchIsAllOrNothingAndItsPrintedLinesAreOnDisk() throws Exception {
        Path db = dir.resolve("ledger.mv.db");
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, true)) {
            s.demo().load();
        }
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 300; i++) {
            batch.append(i == 0 ? "" : ",").append(org.mediationledger.cli.CliTestData.VALID.replace("欧阳锋", "批量" + i));
        }
        Path file = dir.resolve("batch.json");
        Files.writeString(file, batch.append("]").toString());

        // killed right after the last "已登记" line: all 300 printed cases are in the file
        try (ChildJvm cli = ChildJvm.start(dir, "org.mediationledger.app.Main", "cases", "add", "--file", file.toString(),
                "--db", db.toString())) {
            assertThat(cli.awaitLine(l -> cli.count(x -> x.startsWith("已登记")) == 300, 120_000)).as(cli.output()).isTrue();
            cli.kill();
        }
        LedgerFacts after = LedgerFacts.read(db);
        after.assertSound();
        assertThat(after.numbers).hasSize(12 + 300);

        // killed at random moments while saving: either the whole batch is there or none of it
        Random random = new Random(7);
        int before = after.numbers.size();
        for (int round = 0; round < 3; round++) {
            try (ChildJvm cli = ChildJvm.start(dir, "org.mediationledger.app.Main", "cases", "add", "--file", file.toString(),
                    "--db", db.toString())) {
                Thread.sleep(1500 + random.nextInt(2500));
                cli.kill();
                long printed = cli.count(l -> l.startsWith("已登记"));
                int now = LedgerFacts.read(db).numbers.size();
                assertThat(now - before).as("printed %d", printed).isIn(0, 300);
                if (printed > 0) {
                    assertThat(now - before).isEqualTo(300);
                }
                before = now;
            }
            LedgerFacts.read(db).assertSound();
        }
    }

    /** `units import` killed at random moments: all the sheet's villages with all their grids are in the ledger, or none. */
    @Test
    void aUnitImportIsAllOrNothingUnderKillDashNine() throws Exception {
        Path db = dir.resolve("ledger.mv.db");
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, true)) {
            s.settings().setTownship("白沙镇");
        }
        StringBuilder sheet = new StringBuilder("村（居）,类型,网格\n");
        for (int i = 0; i < 400; i++) {
            for (int g = 1; g <= 3; g++) {
                sheet.append("导入村").append(i).append(",村委会,导入村").append(i).append("第").append(g).append("网格\n");
            }
        }
        Path file = dir.resolve("units.csv");
        Files.writeString(file, sheet.toString());
        // killed early, in the middle of the import (about 4-5 s here in all), and once after it finished
        int[] killAfterMs = {2500, 3500, 4200, 15000};
        boolean done = false;
        for (int round = 0; round < killAfterMs.length && !done; round++) {
            try (ChildJvm cli = ChildJvm.start(dir, "org.mediationledger.app.Main", "units", "import", "--file", file.toString(),
                    "--db", db.toString())) {
                long until = System.currentTimeMillis() + killAfterMs[round];
                while (System.currentTimeMillis() < until && cli.count(l -> l.contains("已导入")) == 0) {
                    Thread.sleep(50);
                }
                cli.kill();
                done = cli.count(l -> l.contains("已导入")) > 0;
            }
            try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, false)) {
                var ref = s.reference().load();
                assertThat(ref.units().size()).as("round %d", round).isIn(0, 400);
                assertThat(ref.grids()).hasSize(ref.units().size() * 3);
                System.out.printf("unit import crash test: round %d, killed %s, %d units and %d grids in the file%n", round,
                        done ? "after it finished" : "while importing", ref.units().size(), ref.grids().size());
                if (done) {
                    assertThat(ref.units()).hasSize(400);
                }
            }
        }
    }

    /** `cases path --file` killed at random moments: every step of the file is in the ledger, or none. */
    @Test
    void aBatchOfPathStepsIsAllOrNothingUnderKillDashNine() throws Exception {
        Path db = dir.resolve("ledger.mv.db");
        java.util.List<java.util.UUID> ids = new java.util.ArrayList<>();
        StringBuilder steps = new StringBuilder("[");
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, true)) {
            s.demo().load();
            var ref = s.reference().load();
            for (int i = 0; i < 100; i++) {
                var c = s.cases().register(TestData.draft(ref, "批量调解" + i, "甲" + i, "乙" + i));
                ids.add(c.id());
                String n = c.caseNumber();
                steps.append(i == 0 ? "" : ",").append("""
                        {"case": "%s", "step": "attempt", "level": "VILLAGE", "date": "2026-11-25", "result": "FAILURE"},
                        {"case": "%s", "step": "escalate", "date": "2026-11-25", "toLevel": "TOWNSHIP", "reason": "村级调解不成"},
                        {"case": "%s", "step": "attempt", "level": "TOWNSHIP", "date": "2026-11-26", "result": "SUCCESS"}
                        """.formatted(n, n, n));
            }
        }
        Path file = dir.resolve("steps.json");
        Files.writeString(file, steps.append("]").toString());
        Random random = new Random(11);
        for (int round = 0; round < 3; round++) {
            try (ChildJvm cli = ChildJvm.start(dir, "org.mediationledger.app.Main", "cases", "path", "--file", file.toString(),
                    "--db", db.toString())) {
                Thread.sleep(1500 + random.nextInt(3000));
                cli.kill();
                long printed = cli.count(l -> l.startsWith("第 "));
                int attempts = 0;
                try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, false)) {
                    for (var id : ids) {
                        attempts += s.path().path(id).attempts().size();
                    }
                }
                System.out.printf("path crash round %d: %d lines printed, %d attempts in the file%n", round, printed, attempts);
                assertThat(attempts).as("round %d, %d lines printed", round, printed).isIn(0, 200);
                if (printed > 0) {
                    assertThat(attempts).isEqualTo(200);
                }
            }
            LedgerFacts.read(db).assertSound();
        }
        // killed right after the last line: all 300 steps are in the file
        try (ChildJvm cli = ChildJvm.start(dir, "org.mediationledger.app.Main", "cases", "path", "--file", file.toString(),
                "--db", db.toString())) {
            assertThat(cli.awaitLine(l -> l.startsWith("共保存 300 步"), 120_000)).as(cli.output()).isTrue();
            cli.kill();
        }
        int attempts = 0;
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, false)) {
            for (var id : ids) {
                attempts += s.path().path(id).attempts().size();
            }
            assertThat(s.path().path(ids.get(99)).resolutionLevel()).contains(org.mediationledger.model.MediationLevel.TOWNSHIP);
        }
        assertThat(attempts).isEqualTo(200);
        LedgerFacts.read(db).assertSound();
    }
}
