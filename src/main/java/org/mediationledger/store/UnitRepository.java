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
                tx.insertInto(UNIT).set(UNIT.ID, id).set(UNIT.NAME, u.name()).set(UNIT.KIND, u.kind().name())
                        .set(UNIT.SORT_ORDER, u.sortOrder()).set(UNIT.CREATED_AT, now).set(UNIT.UPDATED_AT, now).execute();
                audit.record(tx, "unit", id, "INSERT", List.of(new FieldChange("name", "", u.name()),
                        new FieldChange("kind", "", u.kind().name())));
                return new Unit(id, u.name(), u.kind(), u.sortOrder(), 1);
            }
            UnitRecord old = tx.selectFrom(UNIT).where(UNIT.ID.eq(u.id())).forUpdate().fetchSingle();
            List<FieldChange> changes = new ArrayList<>();
            change(changes, "name", old.getName(), u.name());
            change(changes, "kind", old.getKind(), u.kind().name());
            change(changes, "sortOrder", old.getSortOrder(), u.sortOrder());
            if (!changes.isEmpty()) {
                tx.update(UNIT).set(UNIT.NAME, u.name()).set(UNIT.KIND, u.kind().name()).set(UNIT.SORT_ORDER, u.sortOrder())
                        .set(UNIT.UPDATED_AT, now).set(UNIT.VERSION, UNIT.VERSION.plus(1)).where(UNIT.ID.eq(u.id())).execute();
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
        return new Unit(r.getId(), r.getName(), UnitKind.valueOf(r.getKind()), r.getSortOrder(), r.getVersion());
    }

    private static MicroGrid grid(MicroGridRecord r) {
        return new MicroGrid(r.getId(), r.getUnitId(), r.getName(), r.getSortOrder(), r.getVersion());
    }
}
