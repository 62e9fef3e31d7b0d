package org.mediationledger.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mediationledger.model.DisputeType;
import org.mediationledger.model.DisputeTypeList;
import org.mediationledger.model.MicroGrid;
import org.mediationledger.model.Staff;
import org.mediationledger.model.StaffRole;
import org.mediationledger.model.Unit;

/** A snapshot of the reference data that forms and filters choose from, loaded in one go. */
public record ReferenceData(String township, List<Unit> units, List<MicroGrid> grids, List<Staff> staff,
                            List<DisputeTypeList> typeLists, List<DisputeType> allTypes) {

    /** Units a new record can take: those not retired. Lists and filters keep showing every unit. */
    public List<Unit> activeUnits() {
        return units.stream().filter(u -> !u.retired()).toList();
    }

    /** Grids of the unit a new record can take. */
    /** Grids in use (not retired). */
    public List<MicroGrid> activeGrids() {
        return grids.stream().filter(g -> !g.retired()).toList();
    }

    public List<MicroGrid> activeGridsOf(UUID unitId) {
        return gridsOf(unitId).stream().filter(g -> !g.retired()).toList();
    }

    /** Staff a new record can name: those still in post. */
    public List<Staff> activeStaff() {
        return staff.stream().filter(s -> !s.retired()).toList();
    }

    public List<MicroGrid> gridsOf(UUID unitId) {
        return grids.stream().filter(g -> g.unitId().equals(unitId)).toList();
    }

    public Optional<DisputeTypeList> activeList() {
        return typeLists.stream().filter(DisputeTypeList::active).findFirst();
    }

    /** Types a new case can take: those of the active list. */
    public List<DisputeType> activeTypes() {
        return activeList().map(l -> allTypes.stream().filter(t -> t.listId().equals(l.id())).toList()).orElse(List.of());
    }

    /** Staff in post for a chooser: those of the given roles first (in that order), then everyone else. */
    public List<Staff> activeStaffFirst(StaffRole... first) {
        List<StaffRole> order = List.of(first);
        return activeStaff().stream().sorted(java.util.Comparator.comparingInt(s -> order.contains(s.role())
                ? order.indexOf(s.role()) : order.size())).toList();
    }

    /** Staff in post with one of the roles (for new records). */
    public List<Staff> withRole(StaffRole... roles) {
        List<StaffRole> r = List.of(roles);
        return staff.stream().filter(s -> !s.retired() && r.contains(s.role())).toList();
    }

    public Optional<Unit> unit(UUID id) {
        return units.stream().filter(u -> u.id().equals(id)).findFirst();
    }

    public Optional<DisputeType> type(UUID id) {
        return allTypes.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<MicroGrid> grid(UUID id) {
        return grids.stream().filter(g -> g.id().equals(id)).findFirst();
    }

    public Optional<Staff> staffMember(UUID id) {
        return staff.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Map<UUID, String> unitNames() {
        return units.stream().collect(Collectors.toMap(Unit::id, Unit::name));
    }

    public Map<UUID, Unit> unitsById() {
        return units.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
    }
}
