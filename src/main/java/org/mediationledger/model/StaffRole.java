package org.mediationledger.model;

public enum StaffRole {
    CLERK, MEDIATOR, LEADER, LEGAL_ADVISER, GRID_WORKER
}
