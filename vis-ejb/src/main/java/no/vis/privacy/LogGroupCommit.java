package no.vis.privacy;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Group commit of access-log reads: the read lines of many pages are written and committed
 * together by one writer, on a connection of its own, and each page waits until its lines are
 * committed before it goes on. So no page is shown whose reads are not in the log, while a busy
 * server pays one commit (one WAL flush) for the reads of many pages rather than one each — a
 * page's own transaction, having only read, commits for nothing.
 * <p>
 * While the writer writes one group, the next gathers: at low load a page waits for its own lines
 * only; under load, for at most one write before its own. When the write fails, every page of the
 * group fails with it (nothing is shown that was not logged). On shutdown what is queued is
 * written first.
 */
@ApplicationScoped
public class LogGroupCommit {

    private static final Logger LOG = Logger.getLogger(LogGroupCommit.class.getName());
    private static final int MAX_ROWS = 5000;
    private static final long WAIT_SECONDS = 30;

    /** One access-log row, with its id. */
    record Row(long id, PendingLines.Line line) {
    }

    private record Group(List<Row> rows, CompletableFuture<Void> written) {
    }

    private final BlockingQueue<Group> queue = new LinkedBlockingQueue<>();
    private final Object start = new Object();
    private volatile boolean stopping;
    private volatile Thread writer;
    private Connection connection;

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threads;

    /** Writes the rows with others' and returns when they are committed; throws when they could not be. */
    void write(List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Group group = new Group(rows, new CompletableFuture<>());
        queue.add(group);
        startWriter();
        try {
            group.written().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the access log could not be written", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the access log was not written in " + WAIT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the access log was written", e);
        }
    }

    private void startWriter() {
        Thread running = writer;
        if (running != null && running.isAlive()) {
            return;
        }
        synchronized (start) {
            if ((writer == null || !writer.isAlive()) && !stopping) {
                Thread t = threads.newThread(this::run);
                t.setName("vis-access-log-writer");
                t.setDaemon(true);
                t.start();
                writer = t;
            }
        }
    }

    private void run() {
        while (!stopping || !queue.isEmpty()) {
            Group first;
            try {
                first = queue.poll(200, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                if (stopping) {
                    continue;
                }
                Thread.currentThread().interrupt();
                return;
            }
            if (first == null) {
                continue;
            }
            List<Group> groups = new ArrayList<>();
            groups.add(first);
            int rows = first.rows().size();
            while (rows < MAX_ROWS) {
                Group next = queue.poll();
                if (next == null) {
                    break;
                }
                groups.add(next);
                rows += next.rows().size();
            }
            try {
                insert(groups);
                groups.forEach(g -> g.written().complete(null));
            } catch (SQLException | RuntimeException e) {
                LOG.log(Level.SEVERE, "access-log lines of " + groups.size() + " transactions could not be written: "
                        + e.getClass().getName());
                closeConnection();
                groups.forEach(g -> g.written().completeExceptionally(e));
            }
        }
        closeConnection();
    }

    private void insert(List<Group> groups) throws SQLException {
        if (connection == null) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
        }
        try {
            List<Row> rows = new ArrayList<>();
            groups.forEach(g -> rows.addAll(g.rows()));
            PendingLines.insert(connection, rows);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the connection is closed below
            }
            throw e;
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // a broken connection: a new one next time
            }
            connection = null;
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        Thread t = writer;
        if (t != null) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (Group g; (g = queue.poll()) != null; ) {
            g.written().completeExceptionally(new IllegalStateException("VIS is stopping"));
        }
    }
}
