package org.mediationledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The idle lock's clock: input keeps it open; the set minutes without input lock it; zero never locks. */
class IdleLockTest {
    @Test
    void locksAfterTheLimitWithoutInputOnly() {
        AtomicLong now = new AtomicLong(0);
        IdleLock lock = new IdleLock(now::get, Duration.ofMinutes(15));
        now.addAndGet(Duration.ofMinutes(14).toNanos());
        assertThat(lock.idle()).isFalse();
        lock.touch();
        now.addAndGet(Duration.ofMinutes(14).toNanos());
        assertThat(lock.idle()).as("input 14 minutes ago").isFalse();
        now.addAndGet(Duration.ofMinutes(1).toNanos());
        assertThat(lock.idle()).isTrue();
        IdleLock never = new IdleLock(now::get, Duration.ZERO);
        now.addAndGet(Duration.ofDays(1).toNanos());
        assertThat(never.idle()).isFalse();
    }
}
