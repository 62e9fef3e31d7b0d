package org.mediationledger.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mediationledger.model.DisputeType;
import org.mediationledger.model.DisputeTypeList;
import org.mediationledger.model.MicroGrid;
import org.mediationledger.model.PhoneNumber;
import org.mediationledger.model.Problem;
import org.mediationledger.model.Staff;
import org.mediationledger.model.Unit;
import org.mediationledger.model.ValidationException;
import org.mediationledger.store.DisputeTypeRepository;
import org.mediationledger.store.StaffRepository;
import org.mediationledger.store.UnitRepository;

/** Reference data edited in Settings: units and grids, staff, dispute-type lists. */
public final class ReferenceService {
    /** The Ministry of Justice list (docs/domain.md), version 1. */
    public static final List<String> MOJ_TYPES = List.of("婚姻家庭", "邻里", "房屋宅基地", "合同", "生产经营", "损害赔偿",
            "山林土地", "征地拆迁", "环境污染", "劳动争议", "消费", "医疗", "道路交通事故", "物业", "其他");
    public static final String MOJ_TITLE = "司法部人民调解案件类型";

    private final UnitRepository units;
    private final StaffRepository staff;
    private final DisputeTypeRepository types;
    private final SettingsService settings;
    private final java.time.Clock clock;

    public ReferenceService(UnitRepository units, StaffRepository staff, DisputeTypeRepository types, SettingsService settings,
                            java.time.Clock clock) {
        this.clock = clock;
        this.units = units;
        this.staff = staff;
        this.types = types;
        this.settings = settings;
    }

    /** Who works with the ledger now (the settings keep it). */
    public Session session() {
        return settings.session();
    }

    public ReferenceData load() {
        return new ReferenceData(settings.township(), units.units(), units.grids(), staff.all(), types.lists(), types.all());
    }

    /** A data file with no type list gets the Ministry list as version 1. */
    public void ensureDefaultTypes() {
        if (types.lists().isEmpty()) {
            types.createList(MOJ_TITLE, MOJ_TYPES);
        }
    }

    public Unit saveUnit(Unit u) {
        settings.session().require(org.mediationledger.model.Permission.EDIT_REFERENCE);
        requireName("name", u.name());
        if (u.kind() == null) {
            throw new ValidationException(List.of(Problem.error("kind", "error.required")));
        }
        if (u.establishedOn() != null) {
            checkedDay("establishedOn", u.establishedOn());
            // set up after its first record would leave that record outside the unit's life
            java.time.LocalDate first = u.id() == null ? null : units.firstRecord(u.id());
            if (first != null && first.isBefore(u.establishedOn())) {
                throw new ValidationException(List.of(Problem.error("establishedOn", "error.establishedAfterRecords", first.toString())));
            }
        }
        return units.save(u);
    }

    public java.time.LocalDate today() {
        return java.time.LocalDate.now(clock);
    }

    /** A set-up day is not in the future (nor before the earliest date the ledger takes). */
    private java.time.LocalDate checkedDay(String field, java.time.LocalDate day) {
        List<Problem> p = new ArrayList<>();
        if (day == null) {
            p.add(Problem.error(field, "error.required"));
        } else if (day.isAfter(today())) {
            p.add(Problem.error(field, "error.dateInFuture", today().toString()));
        } else if (day.isBefore(org.mediationledger.model.Limits.EARLIEST)) {
            p.add(Problem.error(field, "error.dateTooEarly", org.mediationledger.model.Limits.EARLIEST.toString()));
        }
        if (!p.isEmpty()) {
            throw new ValidationException(p);
        }
        return day;
    }

    /** The unit was merged or renamed away on that day: it keeps its history, its weeks before it, and takes nothing new. */
    public Unit retireUnit(UUID id, java.time.LocalDate day) {
        settings.session().require(org.mediationledger.model.Permission.EDIT_REFERENCE);
        return units.retireUnit(id, checkedDay("retiredOn", day));
    }

    public MicroGrid retireGrid(UUID id, java.time.LocalDate day) {
        settings.session().require(org.mediationledger.model.Permission.EDIT_REFERENCE);
        return units.retireGrid(id, checkedDay("retiredOn", day));
    }

    public Staff retireStaff(UUID id, java.time.LocalDate day) {
        settings.session().require(org.mediationledger.model.Permission.EDIT_REFERENCE);
        return staff.retire(id, checkedDay("retiredOn", day));
    }

    public void deleteUnit(UUID id) {
        settings.session().require(org.mediationledger.model.Permission.EDIT_REFERENCE);
        units.deleteUnit(id);
    }

    public MicroGrid saveGrid(MicroGrid g) {
        settings.session().require(org.mediationledger.model.Permission.EDIT_REFERENCE);
        requireName("name", g.name());
        if (g.unitId() == null) {
            throw new ValidationException(List.of(Problem.error("unit", "error.required")));
        }
        return units.saveGrid(g);
    }

    public void deleteGrid(UUID id) {
        settings.session().require(org.mediationledger.model.Permission.EDIT_REFERENCE);
        units.deleteGrid(id);
    }

    public Staff saveStaff(Staff s) {
        settings.session().require(org.mediationledger.model.Permission.EDIT_REFERENCE);
        List<Problem> problems = new ArrayList<>();
        if (s.name() == null || s.name().isBlank()) {
            problems.add(Problem.error("name", "error.required"));
        }
        if (s.role() == null) {
            problems.add(Problem.error("role", "error.required"));
        }
        if (s.phone() != null && !s.phone().isBlank() && !PhoneNumber.isValid(s.phone())) {
            problems.add(Problem.error("phone", "error.phoneFormat"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return staff.save(new Staff(s.id(), s.name().strip(), s.role(), s.unitId(),
                s.phone() == null || s.phone().isBlank() ? null : s.phone().strip(), s.version()));
    }

    public void deleteStaff(UUID id) {
        settings.session().require(org.mediationledger.model.Permission.EDIT_REFERENCE);
        staff.delete(id);
    }

    public DisputeType saveType(DisputeType t) {
        settings.session().require(org.mediationledger.model.Permission.EDIT_REFERENCE);
        requireName("name", t.name());
        return types.save(t);
    }

    public void deleteType(UUID id) {
        settings.session().require(org.mediationledger.model.Permission.EDIT_REFERENCE);
        types.delete(id);
    }

    /** Starts a new version of the list as a copy of the active one; old cases keep their types. */
    public DisputeTypeList newTypeListVersion(String title) {
        settings.session().require(org.mediationledger.model.Permission.EDIT_REFERENCE);
        requireName("title", title);
        List<String> names = load().activeTypes().stream().map(DisputeType::name).toList();
        return types.createList(title.strip(), names.isEmpty() ? MOJ_TYPES : names);
    }

    private static void requireName(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationException(List.of(Problem.error(field, "error.required")));
        }
    }
}
