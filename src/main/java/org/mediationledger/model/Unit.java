package org.mediationledger.model;

import java.util.UUID;

/** A village or residents' committee of the township. */
public record Unit(UUID id, String name, UnitKind kind, int sortOrder, int version) {
}
