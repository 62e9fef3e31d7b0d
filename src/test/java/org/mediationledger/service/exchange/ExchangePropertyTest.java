package org.mediationledger.service.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.model.AttemptResult;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.model.ExchangeConflict;
import org.mediationledger.model.Measure;
import org.mediationledger.model.MediationAttempt;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.MediationKind;
import org.mediationledger.model.MediationLevel;
import org.mediationledger.model.Period;
import org.mediationledger.model.RiskLevel;
import org.mediationledger.model.Unit;
import org.mediationledger.service.Services;

/**
 * A township and three villages on real H2 files. In each round every ledger makes random edits without seeing the
 * others' (new cases, edits of the same and of different fields, deletes, path steps, zero reports); then files go
 * between the township and the villages in random order, some imported twice, some after a newer one, conflicts
 * decided at random as they appear, until nobody has anything new. Then: every ledger holds the same rows for each
 * village as the township; a field edited on one side only has that value everywhere; a field edited on both sides to
 * different values was shown as a conflict with both values, and ends as one of them; case numbers never collide;
 * the figures equal a recount; every history still checks. No edit is lost or silently overwritten.
 */
class ExchangePropertyTest {
    @TempDir
    Path dir;

    private static final String[] SUMMARIES = {"宅基地边界", "婚姻家庭", "邻里噪音", "劳务工资"};
    private static final RiskLevel[] RISKS = {RiskLevel.BLUE, RiskLevel.YELLOW, RiskLevel.ORANGE};

    private Services township;
    private final List<Services> villages = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final Random random = new Random(Long.getLong("exchange.seed", 2026));
    /** Files each side wrote, per direction, to import again out of order later. */
    private final Map<String, List<Path>> written = new HashMap<>();
    private int files;


    /** One field of one case as edited in this round: by whom (0 township, 1..3 villages) and to what. */
    private record Edit(UUID caseId, String field, int node, String value) {
    }

    @Test
    void everyEditEndsEverywhereOrAsAConflictAPersonDecided() throws Exception {
        township = TestData.withDemo(dir.resolve("t"));
        for (int i = 0; i < 3; i++) {
            Unit u = township.reference().load().units().get(i);
            units.add(u);
            Path setup = dir.resolve("setup" + i + ".mlnode");
            String code = township.exchange().createNode(u.name(), setup);
            Services v = Composition.open(dir.resolve("v" + i).resolve("ledger"), TestData.ZH, TestData.CLOCK);
            v.exchange().join(setup, code);
            villages.add(v);
        }
        try {
            int conflictsSeen = 0;
            for (int round = 0; round < 6; round++) {
                List<Edit> edits = new ArrayList<>();
                for (int node = 0; node <= 3; node++) {
                    for (int k = 0; k < 4; k++) {
                        edit(node, edits);
                    }
                }
                Set<String> decided = settle();
                conflictsSeen += decided.size();
                check(edits, decided);
            }
            // and one round where they surely meet (a seed whose random edits never did still tests a conflict):
            // the township and the first village change the summary of the same case of that village
            CaseFilter ofFirst = new CaseFilter(units.get(0).id(), null, null, null, null, null, null);
            if (villages.get(0).cases().search(ofFirst, 0, 1).rows().isEmpty()) {
                CaseDraft d = TestData.draft(villages.get(0).reference().load(), SUMMARIES[0], "甲", "乙");
                villages.get(0).cases().register(new CaseDraft(d.source(), d.disputeTypeId(), units.get(0).id(), null, d.summary(),
                        d.requests(), d.peopleInvolved(), d.amountInvolved(), d.riskLevel(), d.receivedDate(), null, d.parties()));
                settle();
            }
            UUID shared = villages.get(0).cases().search(ofFirst, 0, 1).rows().get(0).id();
            List<Edit> met = new ArrayList<>();
            for (int node = 0; node <= 1; node++) {
                Services s = node(node);
                MediationCase c = s.cases().get(shared).orElseThrow();
                String summary = "两边都改了的摘要·" + node;
                s.cases().update(shared, c.version(), c.draft().withSummary(summary));
                met.add(new Edit(shared, "summary", node, summary));
            }
            Set<String> decidedLast = settle();
            assertThat(decidedLast).as("the same field changed on both sides").isNotEmpty();
            conflictsSeen += decidedLast.size();
            check(met, decidedLast);
            assertThat(conflictsSeen).as("the edits met on the same field at least once").isPositive();
            Period year = Period.year(TestData.TODAY.getYear());
            for (Services s : all()) {
                var fast = s.stats().figures(year, null, null);
                var recount = s.stats().recount(year, null);
                for (Measure m : Measure.values()) {
                    assertThat(fast.count(m)).as("%s", m).isEqualTo(recount.count(m));
                }
                assertThat(s.backups().verifyHistory().whole()).isTrue();
            }
            List<String> numbers = township.cases().search(new CaseFilter(null, null, null, null, null, null, null), 0, 10_000).rows()
                    .stream().map(c -> c.caseNumber()).toList();
            assertThat(numbers).doesNotHaveDuplicates();
        } finally {
            villages.forEach(Services::close);
            township.close();
        }
    }

    private List<Services> all() {
        List<Services> out = new ArrayList<>(List.of(township));
        out.addAll(villages);
        return out;
    }

    private Services node(int n) {
        return n == 0 ? township : villages.get(n - 1);
    }

    /** One random piece of work on a ledger, in one of the three villages' units. */
    private void edit(int node, List<Edit> edits) {
        Services s = node(node);
        Unit unit = node == 0 ? units.get(random.nextInt(3)) : units.get(node - 1);
        List<MediationCase> cases = s.cases().search(new CaseFilter(unit.id(), null, null, null, null, null, null), 0, 500).rows().stream()
                .map(c -> s.cases().get(c.id()).orElseThrow()).toList();
        int what = random.nextInt(10);
        if (what == 0 || cases.isEmpty()) {
            CaseDraft d = TestData.draft(s.reference().load(), SUMMARIES[random.nextInt(SUMMARIES.length)], "甲" + random.nextInt(9), "乙");
            s.cases().register(new CaseDraft(d.source(), d.disputeTypeId(), unit.id(), null, d.summary(), d.requests(), d.peopleInvolved(),
                    d.amountInvolved(), d.riskLevel(), d.receivedDate(), null, d.parties()));
            return;
        }
        if (what == 1) {
            try {
                s.screening().recordZeroReport(unit.id(), TestData.TODAY.minusDays(random.nextInt(20)), null);
            } catch (org.mediationledger.model.ValidationException alreadyThatDay) {
                // a zero report for that unit and day is there already: no edit
            }
            return;
        }
        MediationCase c = cases.get(random.nextInt(cases.size()));
        if (edits.stream().anyMatch(e -> e.caseId().equals(c.id()) && e.field().equals("deleted"))) {
            return; // deleted here this round
        }
        if (what == 2) {
            try {
                s.path().attempt(c.id(), new MediationAttempt(null, MediationLevel.VILLAGE, MediationKind.PEOPLES, TestData.TODAY, "村委会",
                        List.of(), null, null, null, null, AttemptResult.PARTIAL, null));
            } catch (RuntimeException refused) {
                // a step the case's state does not allow: no edit
            }
            return;
        }
        if (what == 4 && random.nextInt(2) == 0) {
            // a leader's matter on the case: assigned, or supervised when it has one here
            var active = s.leader().board(null).stream().filter(a -> c.id().equals(a.caseId()) && !a.closed()).findFirst();
            var leader = s.reference().load().staff().stream().filter(x -> x.role() == org.mediationledger.model.StaffRole.LEADER)
                    .findFirst().orElseThrow();
            if (active.isPresent()) {
                s.leader().supervise(active.get().id(), new org.mediationledger.model.SupervisionEntry(null, TestData.TODAY, leader.id(),
                        "督办 " + node, null, null));
            } else {
                s.leader().assign(new org.mediationledger.model.LeaderAssignment(null, c.id(), null, leader.id(), null, null, null,
                        "包案 " + node, TestData.TODAY, s.leader().defaultDeadline(TestData.TODAY), false, null, null, null, null, null));
            }
            return;
        }
        if (what == 3 && random.nextInt(3) == 0) {
            s.cases().delete(c.id());
            edits.add(new Edit(c.id(), "deleted", node, "true"));
            return;
        }
        CaseDraft d = c.draft();
        String summary = d.summary();
        int people = d.peopleInvolved();
        RiskLevel risk = d.riskLevel();
        switch (random.nextInt(3)) {
            case 0 -> summary = SUMMARIES[random.nextInt(SUMMARIES.length)] + "·" + node;
            case 1 -> people = 1 + random.nextInt(4);
            default -> risk = RISKS[random.nextInt(RISKS.length)];
        }
        // an edit is a change: a value set to what it was is no edit
        if (!summary.equals(d.summary())) {
            edits.add(new Edit(c.id(), "summary", node, summary));
        } else if (people != d.peopleInvolved()) {
            edits.add(new Edit(c.id(), "people_involved", node, String.valueOf(people)));
        } else if (risk != d.riskLevel()) {
            edits.add(new Edit(c.id(), "risk_level", node, risk.name()));
        } else {
            return;
        }
        s.cases().update(c.id(), c.version(), new CaseDraft(d.source(), d.disputeTypeId(), d.unitId(), d.gridId(), summary, d.requests(),
                people, d.amountInvolved(), risk, d.receivedDate(), d.mediatorId(), d.parties()));
    }

    /**
     * Files between the township and the villages in random order (some imported twice, some after a newer one), each
     * open conflict decided at random where it appears, until a whole pass sends nothing. Returns "row/field" of every
     * conflict decided.
     */
    private Set<String> settle() throws Exception {
        Set<String> decided = new HashSet<>();
        for (int pass = 0; pass < 30; pass++) {
            int rows = 0;
            List<Integer> order = new ArrayList<>(List.of(1, 2, 3, -1, -2, -3));
            java.util.Collections.shuffle(order, random);
            for (int step : order) {
                int v = Math.abs(step);
                Services from = step > 0 ? node(v) : township;
                Services to = step > 0 ? township : node(v);
                Path f = dir.resolve("x" + (files++) + ".mlx");
                rows += from.exchange().export(step > 0 ? null : units.get(v - 1).name(), f);
                List<Path> sent = written.computeIfAbsent(step + "", k -> new ArrayList<>());
                sent.add(f);
                if (random.nextInt(5) == 0) {
                    continue; // lost on the way: what it held travels in the next one
                }
                to.exchange().importFile(f);
                if (random.nextInt(3) == 0) {
                    Path again = sent.get(random.nextInt(sent.size())); // twice, or an older one after a newer
                    ExchangeService.Result r = to.exchange().importFile(again);
                    if (!again.equals(f)) {
                        assertThat(r.alreadyImported()).isTrue();
                    }
                }
                for (ExchangeConflict c : to.exchange().conflicts(true)) {
                    decided.add(c.rowId() + "/" + c.field() + "/" + c.mine() + "/" + c.theirs());
                    to.exchange().resolve(c.id(), random.nextBoolean());
                }
            }
            if (rows == 0 && all().stream().allMatch(s -> s.exchange().conflicts(true).isEmpty())) {
                return decided;
            }
        }
        throw new AssertionError("the ledgers did not settle in 30 passes");
    }

    /** After a round has settled: the same rows everywhere, and each edit where the rule says it must be. */
    private void check(List<Edit> edits, Set<String> decided) {
        for (int i = 0; i < 3; i++) {
            Map<String, Map<String, String>> atTownship = township.exchange().snapshot(units.get(i).id());
            Map<String, Map<String, String>> atVillage = villages.get(i).exchange().snapshot(units.get(i).id());
            assertThat(atVillage.keySet()).isEqualTo(atTownship.keySet());
            for (String key : atTownship.keySet()) {
                assertThat(atVillage.get(key)).as(key).isEqualTo(atTownship.get(key));
            }
        }
        // the last value each ledger gave each field this round
        Map<String, Map<Integer, String>> last = new LinkedHashMap<>();
        for (Edit e : edits) {
            last.computeIfAbsent(e.caseId() + "/" + e.field(), k -> new LinkedHashMap<>()).put(e.node(), e.value());
        }
        for (var entry : last.entrySet()) {
            String[] key = entry.getKey().split("/");
            Map<String, String> row = township.exchange().snapshot(null).get("mediation_case/" + key[0]);
            String end = row.get(key[1]);
            Set<String> values = new HashSet<>(entry.getValue().values());
            if (values.size() == 1 && key[1].equals("deleted")) {
                // deleted on one side: deleted everywhere, unless the other side edited it and a person kept it
                assertThat(end).as(entry.getKey()).isIn(deletedAgainstEdit(key[0], decided) ? List.of("true", "false") : List.of("true"));
            } else if (values.size() == 1) {
                // changed on one side only (or alike on both): that value everywhere
                if (!Objects.equals(end, values.iterator().next())) {
                    for (Services n : all()) {
                        try {
                            System.out.println("HISTORY at " + n.exchange().self().orElseThrow().name());
                            n.cases().history(UUID.fromString(key[0])).forEach(h -> System.out.println("  " + h.at() + " " + h.action() + " " + h.changes()));
                        } catch (RuntimeException x) {
                            System.out.println("  -");
                        }
                    }
                    System.out.println("DECIDED " + decided);
                }
                assertThat(end).as("%s edited by %s", entry.getKey(), entry.getValue().keySet()).isEqualTo(values.iterator().next());
            } else {
                boolean shown = decided.stream().anyMatch(d -> d.startsWith(key[0] + "/" + key[1] + "/"));
                assertThat(shown).as("%s changed differently by %s: shown as a conflict", entry.getKey(), entry.getValue()).isTrue();
                assertThat(end).as(entry.getKey()).isIn(values);
            }
        }
    }

    private static boolean deletedAgainstEdit(String caseId, Set<String> decided) {
        return decided.stream().anyMatch(d -> d.startsWith(caseId + "/deleted/"));
    }
}
