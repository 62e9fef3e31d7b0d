package org.mediationledger.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person of the office or a committee: clerk, mediator, leader, legal adviser or grid worker. Retired (left the
 * post) they stay in the history of what they did but are offered no more for new records.
 */
public record Staff(UUID id, String name, StaffRole role, UUID unitId, String phone, int version, LocalDate retiredOn) {

    public Staff(UUID id, String name, StaffRole role, UUID unitId, String phone, int version) {
        this(id, name, role, unitId, phone, version, null);
    }

    public boolean retired() {
        return retiredOn != null;
    }
}
