package no.vis.common;

/**
 * What keeps data read from the database in memory, to be told when the data changes
 * ({@link CachedDataListener} on the entities it is made of; bulk writes past the entities call it
 * themselves).
 */
public interface CachedData {

    /** Something kept changes in the current transaction (or now, when there is none). */
    void changed();
}
