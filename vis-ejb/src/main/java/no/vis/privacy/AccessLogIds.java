package no.vis.privacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import javax.sql.DataSource;
import org.eclipse.persistence.internal.databaseaccess.DatasourcePlatform;
import org.eclipse.persistence.sessions.Session;

/**
 * Ids for the access log's lines, many at once. The sequence {@code access_log_seq} moves by
 * {@value #INCREMENT}: each {@code nextval} hands out the block that ends at its value, as EclipseLink
 * takes it for {@link AccessLogEntry} (refusals), so that the two never hand out the same id. Taking a
 * page's thirty ids here is one short lock (and a round trip to the database per fifty ids),
 * where asking EclipseLink's sequencing id by id took its lock thirty times — under the 08:00 peak,
 * a tenth of the server's time went to waiting for it.
 */
@ApplicationScoped
public class AccessLogIds {

    static final int INCREMENT = 50;
    private static final int MIN_BLOCKS = 4;

    @Resource(lookup = "java:jboss/datasources/VisDS")
    DataSource dataSource;

    /** The database's statement for the sequence's next value, as EclipseLink's platform writes it. */
    private String nextValue;

    /** Blocks not used up yet: {next, last}. */
    private final ArrayDeque<long[]> blocks = new ArrayDeque<>();

    /** {@code n} unused ids; the session tells the database's dialect. */
    synchronized long[] take(int n, Session session) throws SQLException {
        if (nextValue == null) {
            nextValue = ((DatasourcePlatform) session.getDatasourcePlatform()).buildSelectQueryForSequenceObject("access_log_seq", INCREMENT)
                    .getSQLString();
        }
        long[] ids = new long[n];
        int i = 0;
        while (i < n) {
            long[] block = blocks.peekFirst();
            if (block == null) {
                fetch(Math.max(MIN_BLOCKS, (n - i + INCREMENT - 1) / INCREMENT));
                continue;
            }
            while (i < n && block[0] <= block[1]) {
                ids[i++] = block[0]++;
            }
            if (block[0] > block[1]) {
                blocks.removeFirst();
            }
        }
        return ids;
    }

    private void fetch(int count) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(nextValue)) {
            for (int i = 0; i < count; i++) {
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    long last = r.getLong(1);
                    blocks.addLast(new long[] {last - INCREMENT + 1, last});
                }
            }
        }
    }
}
