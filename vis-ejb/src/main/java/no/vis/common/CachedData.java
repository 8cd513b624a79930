package no.vis.common;

/**
 * What keeps data read from the database in memory, to be told when the data changes
 * ({@link CachedDataListener} on the entities it is made of; bulk writes past the entities call it
 * themselves).
 */
public interface CachedData {

    /** Something kept changes in the current transaction (or now, when there is none). */
    void changed();

    /**
     * For {@link #changed()}: {@code dropAll} now — so that a reader cannot keep what it reads before
     * the commit either — and again when the transaction ends, committed or not; once a transaction
     * (its resource {@code key}); only now when there is no transaction.
     */
    static void dropNowAndAfter(jakarta.transaction.TransactionSynchronizationRegistry transactions, Object key, Runnable dropAll) {
        if (transactions == null || transactions.getTransactionStatus() != jakarta.transaction.Status.STATUS_ACTIVE) {
            dropAll.run();
            return;
        }
        if (transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, Boolean.TRUE);
        dropAll.run();
        try {
            transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    dropAll.run();
                }
            });
        } catch (IllegalStateException tooLate) {
            // the transaction is completing: dropped above; a reader racing the commit keeps at most until expiry
        }
    }
}
