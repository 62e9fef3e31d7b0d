package org.mediationledger.model;

import java.util.UUID;

/** A dispute type of one list version. Cases keep pointing at the row of the version they were made with. */
public record DisputeType(UUID id, UUID listId, String name, int sortOrder, int version) {
}
