package org.mediationledger.store;

import static org.mediationledger.store.generated.Tables.MICRO_GRID;
import static org.mediationledger.store.generated.Tables.UNIT;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jooq.DSLContext;
import org.mediationledger.model.FieldChange;
import org.mediationledger.model.MicroGrid;
import org.mediationledger.model.Unit;
import org.mediationledger.model.UnitKind;
import org.mediationledger.store.generated.tables.records.MicroGridRecord;
import org.mediationledger.store.generated.tables.records.UnitRecord;

/** Units (villages, residents' committees) and their micro-grids. */
public final class UnitRepository {
    private final DSLContext dsl;
    private final Audit audit;

    public UnitRepository(DSLContext dsl, Audit audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    public List<Unit> units() {
        return dsl.selectFrom(UNIT).where(UNIT.DELETED.isFalse()).orderBy(UNIT.SORT_ORDER, UNIT.NAME).fetch(UnitRepository::unit);
    }

    public List<MicroGrid> grids() {
        return dsl.selectFrom(MICRO_GRID).where(MICRO_GRID.DELETED.isFalse())
                .orderBy(MICRO_GRID.SORT_ORDER, MICRO_GRID.NAME).fetch(UnitRepository::grid);
    }

    /** Saves a new unit (id null) or changes one; returns it as stored. */
    public Unit save(Unit u) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            LocalDateTime now = audit.now();
            if (u.id() == null) {
                UUID id = UUID.randomUUID();
                java.time.LocalDate established = u.establishedOn() != null ? u.establishedOn() : now.toLocalDate();
                tx.insertInto(UNIT).set(UNIT.ID, id).set(UNIT.NAME, u.name()).set(UNIT.KIND, u.kind())
                        .set(UNIT.SORT_ORDER, u.sortOrder()).set(UNIT.ESTABLISHED_ON, established)
                        .set(UNIT.CREATED_AT, now).set(UNIT.UPDATED_AT, now).execute();
                audit.record(tx, "unit", id, "INSERT", List.of(new FieldChange("name", "", u.name()),
                        new FieldChange("kind", "", u.kind().name()), new FieldChange("establishedOn", "", established.toString())));
                return new Unit(id, u.name(), u.kind(), u.sortOrder(), 1, established, null);
            }
            UnitRecord old = tx.selectFrom(UNIT).where(UNIT.ID.eq(u.id())).forUpdate().fetchSingle();
            List<FieldChange> changes = new ArrayList<>();
            change(changes, "name", old.getName(), u.name());
            change(changes, "kind", old.getKind(), u.kind());
            change(changes, "sortOrder", old.getSortOrder(), u.sortOrder());
            java.time.LocalDate established = u.establishedOn() != null ? u.establishedOn() : old.getEstablishedOn();
            change(changes, "establishedOn", old.getEstablishedOn(), established);
            if (!changes.isEmpty()) {
                tx.update(UNIT).set(UNIT.NAME, u.name()).set(UNIT.KIND, u.kind()).set(UNIT.SORT_ORDER, u.sortOrder())
                        .set(UNIT.ESTABLISHED_ON, established).set(UNIT.UPDATED_AT, now).set(UNIT.VERSION, UNIT.VERSION.plus(1)).where(UNIT.ID.eq(u.id())).execute();
                audit.record(tx, "unit", u.id(), "UPDATE", changes);
            }
            return unit(tx.selectFrom(UNIT).where(UNIT.ID.eq(u.id())).fetchSingle());
        });
    }

    public MicroGrid saveGrid(MicroGrid g) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            LocalDateTime now = audit.now();
            if (g.id() == null) {
                UUID id = UUID.randomUUID();
                tx.insertInto(MICRO_GRID).set(MICRO_GRID.ID, id).set(MICRO_GRID.UNIT_ID, g.unitId())
                        .set(MICRO_GRID.NAME, g.name()).set(MICRO_GRID.SORT_ORDER, g.sortOrder())
                        .set(MICRO_GRID.CREATED_AT, now).set(MICRO_GRID.UPDATED_AT, now).execute();
                audit.record(tx, "micro_grid", id, "INSERT", List.of(new FieldChange("name", "", g.name())));
                return new MicroGrid(id, g.unitId(), g.name(), g.sortOrder(), 1);
            }
            MicroGridRecord old = tx.selectFrom(MICRO_GRID).where(MICRO_GRID.ID.eq(g.id())).forUpdate().fetchSingle();
            List<FieldChange> changes = new ArrayList<>();
            change(changes, "name", old.getName(), g.name());
            change(changes, "unit", old.getUnitId(), g.unitId());
            if (!changes.isEmpty()) {
                tx.update(MICRO_GRID).set(MICRO_GRID.NAME, g.name()).set(MICRO_GRID.UNIT_ID, g.unitId())
                        .set(MICRO_GRID.UPDATED_AT, now).set(MICRO_GRID.VERSION, MICRO_GRID.VERSION.plus(1))
                        .where(MICRO_GRID.ID.eq(g.id())).execute();
                audit.record(tx, "micro_grid", g.id(), "UPDATE", changes);
            }
            return grid(tx.selectFrom(MICRO_GRID).where(MICRO_GRID.ID.eq(g.id())).fetchSingle());
        });
    }

    /**
     * Retires a unit (merged or renamed away) from the given day: it keeps its history and its weeks before that day
     * but takes no new records. The day must not be before the unit was set up nor before its last record.
     */
    public Unit retireUnit(UUID id, java.time.LocalDate day) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            UnitRecord old = tx.selectFrom(UNIT).where(UNIT.ID.eq(id)).forUpdate().fetchSingle();
            java.time.LocalDate last = recordSpan(tx, id)[1];
            java.time.LocalDate notBefore = last != null && last.isAfter(old.getEstablishedOn()) ? last.plusDays(1) : old.getEstablishedOn();
            if (day.isBefore(notBefore)) {
                throw new org.mediationledger.model.ValidationException(List.of(
                        org.mediationledger.model.Problem.error("retiredOn", "error.notBefore", notBefore.toString())));
            }
            tx.update(UNIT).set(UNIT.RETIRED_ON, day).set(UNIT.UPDATED_AT, audit.now()).set(UNIT.VERSION, UNIT.VERSION.plus(1))
                    .where(UNIT.ID.eq(id)).execute();
            audit.record(tx, "unit", id, "UPDATE", List.of(new FieldChange("retiredOn",
                    old.getRetiredOn() == null ? "" : old.getRetiredOn().toString(), day.toString())));
            return unit(tx.selectFrom(UNIT).where(UNIT.ID.eq(id)).fetchSingle());
        });
    }

    /** The days of the unit's earliest and latest screening round or case receipt ({null, null} without any). */
    private static java.time.LocalDate[] recordSpan(DSLContext tx, UUID unitId) {
        var r = org.mediationledger.store.generated.Tables.SCREENING_ROUND;
        var c = org.mediationledger.store.generated.Tables.MEDIATION_CASE;
        var rounds = tx.select(org.jooq.impl.DSL.min(r.ROUND_DATE), org.jooq.impl.DSL.max(r.ROUND_DATE)).from(r)
                .where(r.UNIT_ID.eq(unitId).and(r.DELETED.isFalse())).fetchOne();
        var kases = tx.select(org.jooq.impl.DSL.min(c.RECEIVED_DATE), org.jooq.impl.DSL.max(c.RECEIVED_DATE)).from(c)
                .where(c.UNIT_ID.eq(unitId).and(c.DELETED.isFalse())).fetchOne();
        java.util.function.BinaryOperator<java.time.LocalDate> earlier = (a, b) -> a == null ? b : b == null || a.isBefore(b) ? a : b;
        java.util.function.BinaryOperator<java.time.LocalDate> later = (a, b) -> a == null ? b : b == null || a.isAfter(b) ? a : b;
        return new java.time.LocalDate[] {earlier.apply(rounds.value1(), kases.value1()), later.apply(rounds.value2(), kases.value2())};
    }

    /** The day of the unit's earliest screening round or case receipt, or null. */
    public java.time.LocalDate firstRecord(UUID unitId) {
        return recordSpan(dsl, unitId)[0];
    }

    /** Retires a micro-grid from the given day: kept in the history, offered no more. */
    public MicroGrid retireGrid(UUID id, java.time.LocalDate day) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.update(MICRO_GRID).set(MICRO_GRID.RETIRED_ON, day).set(MICRO_GRID.UPDATED_AT, audit.now())
                    .set(MICRO_GRID.VERSION, MICRO_GRID.VERSION.plus(1)).where(MICRO_GRID.ID.eq(id)).execute();
            audit.record(tx, "micro_grid", id, "UPDATE", List.of(new FieldChange("retiredOn", "", day.toString())));
            return grid(tx.selectFrom(MICRO_GRID).where(MICRO_GRID.ID.eq(id)).fetchSingle());
        });
    }

    /** Soft delete: the row stays (old cases still name it) but no longer appears in lists. */
    public void deleteUnit(UUID id) {
        dsl.transaction(cfg -> {
            refuseIfUsed(cfg.dsl(), "UNIT", "unit", id);
            LocalDateTime now = audit.now();
            cfg.dsl().update(UNIT).set(UNIT.DELETED, true).set(UNIT.UPDATED_AT, now).set(UNIT.VERSION, UNIT.VERSION.plus(1))
                    .where(UNIT.ID.eq(id)).execute();
            audit.record(cfg.dsl(), "unit", id, "DELETE", List.of());
        });
    }

    public void deleteGrid(UUID id) {
        dsl.transaction(cfg -> {
            refuseIfUsed(cfg.dsl(), "MICRO_GRID", "grid", id);
            LocalDateTime now = audit.now();
            cfg.dsl().update(MICRO_GRID).set(MICRO_GRID.DELETED, true).set(MICRO_GRID.UPDATED_AT, now)
                    .set(MICRO_GRID.VERSION, MICRO_GRID.VERSION.plus(1)).where(MICRO_GRID.ID.eq(id)).execute();
            audit.record(cfg.dsl(), "micro_grid", id, "DELETE", List.of());
        });
    }

    /**
     * Reference data that any record points at (a case, a round, a grid of the village, a leader matter …) is part of
     * the history and of the figures of its periods: it is not deleted. Only one nobody used can go.
     */
    static void refuseIfUsed(DSLContext tx, String table, String field, UUID id) {
        long used = References.count(tx, table, id);
        if (used > 0) {
            throw new org.mediationledger.model.ValidationException(List.of(
                    org.mediationledger.model.Problem.error(field, "error.inUseCannotDelete", used)));
        }
    }

    static void change(List<FieldChange> out, String field, Object old, Object now) {
        if (!Objects.equals(old, now)) {
            out.add(new FieldChange(field, old == null ? "" : old.toString(), now == null ? "" : now.toString()));
        }
    }

    private static Unit unit(UnitRecord r) {
        return new Unit(r.getId(), r.getName(), r.getKind(), r.getSortOrder(), r.getVersion(),
                r.getEstablishedOn(), r.getRetiredOn());
    }

    private static MicroGrid grid(MicroGridRecord r) {
        return new MicroGrid(r.getId(), r.getUnitId(), r.getName(), r.getSortOrder(), r.getVersion(), r.getRetiredOn());
    }
}
