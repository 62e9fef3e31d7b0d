package org.mediationledger.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jooq.ConnectionProvider;
import org.jooq.TransactionContext;
import org.jooq.TransactionProvider;
import org.jooq.exception.DataAccessException;
import org.mediationledger.model.DataFileException;

/**
 * Transactions bound to the thread: the outermost one takes a connection from the pool and every statement and every
 * nested transaction on that thread uses it (nested ones as savepoints), so a batch of saves — each written by a
 * repository as its own transaction — commits once, all or nothing.
 */
final class ThreadTransactions implements TransactionProvider, ConnectionProvider {
    private final javax.sql.DataSource pool;
    /** The file or the server, as sentences name it. */
    private final String file;
    /** A ledger on a server: it syncs its own commits, and its lost connections have their own sentence. */
    private final boolean server;
    private final ThreadLocal<Connection> bound = new ThreadLocal<>();
    private final ThreadLocal<Deque<Savepoint>> savepoints = ThreadLocal.withInitial(ArrayDeque::new);

    private final Runnable beforeOutermost;
    private final Runnable afterOutermostCommit;

    /**
     * @param beforeOutermost      runs before a save takes its connection (the disk guard); may refuse by throwing
     * @param afterOutermostCommit runs once a save is committed and synced (counts changes for the backup on close)
     */
    ThreadTransactions(javax.sql.DataSource pool, String file, boolean server, Runnable beforeOutermost,
                       Runnable afterOutermostCommit) {
        this.pool = pool;
        this.file = file;
        this.server = server;
        this.beforeOutermost = beforeOutermost;
        this.afterOutermostCommit = afterOutermostCommit;
    }

    // ConnectionProvider: the thread's transaction connection, or one from the pool for a single statement

    @Override
    public Connection acquire() {
        Connection c = bound.get();
        return c != null ? c : fromPool();
    }

    @Override
    public void release(Connection c) {
        if (c != bound.get()) {
            close(c);
        }
    }

    /**
     * A connection, retried for a few seconds while a shared file changes hands: when the program hosting it exits,
     * the others race to host it, and the losers are told "locked by another process" for a moment.
     */
    private Connection fromPool() {
        SQLException last = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                return pool.getConnection();
            } catch (SQLException e) {
                last = e;
                int code = e.getErrorCode();
                boolean handover = (code == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1
                        || code == org.h2.api.ErrorCode.CONNECTION_BROKEN_1) && !Database.noSpace(e);
                if (!handover) {
                    break;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        DataFileException d = Database.duringWork(last, file, server);
        throw d != null ? d : new DataAccessException("no connection to " + file, last);
    }

    // TransactionProvider

    @Override
    public void begin(TransactionContext ctx) {
        Connection c = bound.get();
        try {
            if (c == null) {
                beforeOutermost.run();
                c = fromPool();
                try {
                    c.setAutoCommit(false);
                } catch (SQLException e) {
                    close(c);
                    throw e;
                }
                bound.set(c);
                savepoints.get().clear();
            } else {
                savepoints.get().push(c.setSavepoint());
            }
        } catch (SQLException e) {
            throw translate("begin", e);
        }
    }

    @Override
    public void commit(TransactionContext ctx) {
        Connection c = bound.get();
        Deque<Savepoint> stack = savepoints.get();
        try {
            if (!stack.isEmpty()) {
                c.releaseSavepoint(stack.pop());
                return;
            }
            try {
                c.commit();
                if (!server) {
                    sync(c);
                }
            } finally {
                end(c);
            }
            afterOutermostCommit.run();
        } catch (SQLException e) {
            throw translate("commit", e);
        }
    }

    @Override
    public void rollback(TransactionContext ctx) {
        Connection c = bound.get();
        if (c == null) {
            return;
        }
        Deque<Savepoint> stack = savepoints.get();
        try {
            if (!stack.isEmpty()) {
                c.rollback(stack.pop());
                return;
            }
            try {
                c.rollback();
            } finally {
                end(c);
            }
        } catch (SQLException e) {
            throw translate("rollback", e);
        }
    }

    /**
     * WRITE_DELAY=0 has the commit written to the file when commit() returns, which survives the program being
     * killed; CHECKPOINT SYNC then asks the system to put it on the disk itself (fsync), which survives a power cut
     * as far as the disk keeps its word. About 0.3 ms here.
     */
    private void sync(Connection c) {
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        } catch (SQLException e) {
            org.slf4j.LoggerFactory.getLogger(ThreadTransactions.class).warn("the commit is written, but not synced to the disk", e);
        }
    }

    private void end(Connection c) {
        bound.remove();
        savepoints.get().clear();
        try {
            c.setAutoCommit(true);
        } catch (SQLException e) {
            // a broken connection (the shared file's host went away): the pool must not hand it out again
        }
        close(c);
    }

    private RuntimeException translate(String what, SQLException e) {
        DataFileException d = Database.duringWork(e, file, server);
        return d != null ? d : new DataAccessException("cannot " + what + " a transaction on " + file, e);
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // already closed
        }
    }
}
