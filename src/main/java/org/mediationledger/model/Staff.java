package org.mediationledger.model;

import java.util.UUID;

/** A person of the office or a committee: clerk, mediator, leader, legal adviser or grid worker. */
public record Staff(UUID id, String name, StaffRole role, UUID unitId, String phone, int version) {
}
