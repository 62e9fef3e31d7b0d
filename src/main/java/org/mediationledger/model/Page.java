package org.mediationledger.model;

import java.util.List;

/** One page of a longer result: the rows, where they start and how many there are in all. */
public record Page<T>(List<T> rows, int offset, int limit, long total) {

    public int pageCount() {
        return limit <= 0 ? 1 : (int) Math.max(1, (total + limit - 1) / limit);
    }

    public int pageIndex() {
        return limit <= 0 ? 0 : offset / limit;
    }
}
