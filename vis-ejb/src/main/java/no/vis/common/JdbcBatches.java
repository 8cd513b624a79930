package no.vis.common;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.sessions.Session;

/**
 * Rows that come by the hundred thousand (a county's memberships and lessons, demo absence) written
 * with plain JDBC batches in the caller's transaction — the container gives the transaction's own
 * connection — with ids from the entities' own sequences through EclipseLink, so that the rows are
 * exactly what the entities would have written. Through the persistence context each row would cost
 * an object, a change set and a clone.
 */
public final class JdbcBatches {

    private static final int BATCH = 1000;

    private final EntityManager em;
    private final DataSource dataSource;

    public JdbcBatches(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /** Binds one row's parameters, its new id given. */
    public interface Binder<T> {
        void bind(PreparedStatement statement, long id, T row) throws SQLException;
    }

    /**
     * Inserts the rows, each with a new id of the entity's sequence.
     *
     * @param idsOut when not null, receives each row's id (same length as {@code rows})
     */
    public <T> void insert(String sql, List<T> rows, Class<?> entity, Binder<T> binder, long[] idsOut) {
        if (rows.isEmpty()) {
            return;
        }
        Session session = em.unwrap(JpaEntityManager.class).getActiveSession();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int pending = 0;
            for (int i = 0; i < rows.size(); i++) {
                long id = ((Number) session.getNextSequenceNumberValue(entity)).longValue();
                if (idsOut != null) {
                    idsOut[i] = id;
                }
                binder.bind(s, id, rows.get(i));
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing " + entity.getSimpleName() + " rows failed", e);
        }
    }

    /** Rows without ids of their own (join tables), in batches. */
    public <T> void insertPlain(String sql, List<T> rows, Binder<T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(s, 0, row);
                s.addBatch();
                if (++pending == BATCH) {
                    s.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("writing rows failed", e);
        }
    }
}
