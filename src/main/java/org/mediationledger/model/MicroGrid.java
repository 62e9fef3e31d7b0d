package org.mediationledger.model;

import java.util.UUID;

/** 微网格: a micro-grid inside a unit. */
public record MicroGrid(UUID id, UUID unitId, String name, int sortOrder, int version) {
}
