package org.mediationledger.ui;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * When the window has had no input for a while: the time of the last key or mouse input, and whether the limit has
 * passed since. The window checks it twice a minute; a limit of zero never locks.
 */
public final class IdleLock {
    private final LongSupplier nanoTime;
    private final long limitNanos;
    private volatile long last;

    public IdleLock(LongSupplier nanoTime, Duration limit) {
        this.nanoTime = nanoTime;
        this.limitNanos = limit.toNanos();
        this.last = nanoTime.getAsLong();
    }

    /** Input happened now. */
    public void touch() {
        last = nanoTime.getAsLong();
    }

    /** True when there was no input for the whole limit (never with a limit of zero). */
    public boolean idle() {
        return limitNanos > 0 && nanoTime.getAsLong() - last >= limitNanos;
    }
}
