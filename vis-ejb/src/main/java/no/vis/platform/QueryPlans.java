package no.vis.platform;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL's plans for the statements of one transaction. VIS leaves PostgreSQL its default: a
 * prepared statement's generic plan is reused once it is no worse than one made with the values, so
 * a page's queries are not planned again at every request. Where a generic plan goes wrong the
 * transaction asks for plans made with the values:
 * <ul>
 *   <li>a name search: a generic plan uses the trigram index even for a two-letter name, where a
 *       scan is four times faster;</li>
 *   <li>a job's existence checks on a table it fills ({@code fodselsnummer IN (...)} chunk by
 *       chunk): a generic plan made while the table was empty scans it, ever longer.</li>
 * </ul>
 * Nothing on other databases.
 */
public final class QueryPlans {

    private static volatile Boolean postgresql;

    private QueryPlans() {
    }

    /** This transaction's statements are planned with their values (PostgreSQL: {@code SET LOCAL plan_cache_mode}). */
    public static void withTheValues(EntityManager em) {
        Boolean onPostgresql = postgresql;
        if (onPostgresql == null) {
            try {
                onPostgresql = "PostgreSQL".equals(em.unwrap(Connection.class).getMetaData().getDatabaseProductName());
            } catch (SQLException e) {
                throw new IllegalStateException("the database did not say what it is", e);
            }
            postgresql = onPostgresql;
        }
        if (onPostgresql) {
            em.createNativeQuery("SET LOCAL plan_cache_mode = force_custom_plan").executeUpdate();
        }
    }
}
