package no.vis.privacy;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.eclipse.persistence.sessions.Session;

/**
 * The access-log lines of one transaction, written just before it commits: its changes (and
 * refusals) as one JDBC batch in the transaction, so that they commit with what they log or not at
 * all; its reads through the {@link LogGroupCommit} together with other transactions' reads, the
 * transaction going on only when they are committed (a read is logged whether or not the
 * transaction that read commits). A page that logs five lines pays one statement, not five entities
 * with their change sets.
 */
final class PendingLines implements Synchronization {

    static final Object KEY = PendingLines.class;

    private static final int BATCH = 1000;
    static final String INSERT = "INSERT INTO access_log (id, at, actor, actor_role, subject_kind, subject_id, category,"
            + " action, purpose) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    record Line(OffsetDateTime at, String actor, String actorRole, SubjectKind kind, Long subjectId, DataCategory category,
                AccessAction action, String purpose) {
    }

    private final Session session;
    private final DataSource dataSource;
    private final LogGroupCommit reads;
    private final AccessLogIds ids;
    private final List<Line> lines = new ArrayList<>();
    private String lastActor;
    private String lastRole;

    PendingLines(Session session, DataSource dataSource, LogGroupCommit reads, AccessLogIds ids) {
        this.session = session;
        this.ids = ids;
        this.dataSource = dataSource;
        this.reads = reads;
    }

    /** The actor's role, asked of the container once per actor and transaction. */
    String roleOf(String actor, Supplier<String> role) {
        if (!actor.equals(lastActor)) {
            lastActor = actor;
            lastRole = role.get();
        }
        return lastRole;
    }

    void add(Line line) {
        lines.add(line);
    }

    @Override
    public void beforeCompletion() {
        if (lines.isEmpty()) {
            return;
        }
        List<LogGroupCommit.Row> read = new ArrayList<>();
        List<LogGroupCommit.Row> others = new ArrayList<>();
        long[] ids;
        try {
            ids = this.ids.take(lines.size(), session);
        } catch (SQLException e) {
            throw new IllegalStateException("the access log could not be written", e);
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            (line.action() == AccessAction.READ ? read : others).add(new LogGroupCommit.Row(ids[i], line));
        }
        lines.clear();
        reads.write(read);
        if (others.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            insert(c, others);
        } catch (SQLException e) {
            // the transaction must not commit without its log lines
            throw new IllegalStateException("the access log could not be written", e);
        }
    }

    /** Inserts the rows on the connection, in JDBC batches of at most {@value #BATCH}. */
    static void insert(Connection c, List<LogGroupCommit.Row> rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            int pending = 0;
            for (LogGroupCommit.Row row : rows) {
                bind(s, row.id(), row.line());
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        }
    }

    /** Sets the insert's parameters to the line's. */
    static void bind(PreparedStatement s, long id, Line line) throws SQLException {
        s.setLong(1, id);
        s.setObject(2, line.at());
        s.setString(3, line.actor());
        s.setString(4, line.actorRole());
        s.setString(5, line.kind() == null ? null : line.kind().name());
        if (line.subjectId() == null) {
            s.setNull(6, Types.BIGINT);
        } else {
            s.setLong(6, line.subjectId());
        }
        s.setString(7, line.category() == null ? null : line.category().name());
        s.setString(8, line.action().name());
        s.setString(9, line.purpose());
    }

    @Override
    public void afterCompletion(int status) {
        if (status != Status.STATUS_COMMITTED) {
            lines.clear();
        }
    }
}
