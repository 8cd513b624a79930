package no.vis.absence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import no.vis.common.CachedData;

/**
 * A county's absence codes, kept in memory: every register opens and saves with them (the 08:00
 * peak). Codes are the county's published rules, not personal data. Kept as read from the database
 * and never changed (the county administrator's screen reads and writes its own); dropped when a
 * code is written, once that transaction ends ({@link no.vis.common.CachedDataListener}), and after
 * {@code vis.absence.codes.cache.minutes} (10) at most, for a change made by another VIS server or
 * by hand. A list read while a change commits is not kept.
 */
@ApplicationScoped
public class AbsenceCodeCache implements CachedData {

    private static final Object KEY = AbsenceCodeCache.class;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final AtomicLong generation = new AtomicLong();
    private Cache<Long, List<AbsenceCode>> counties;

    @PostConstruct
    void create() {
        long minutes = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getOptionalValue("vis.absence.codes.cache.minutes", Long.class).orElse(10L);
        counties = Caffeine.newBuilder().maximumSize(100).expireAfterWrite(Duration.ofMinutes(minutes)).build();
    }

    /** The county's codes, all of them in order: those kept, or from {@code load}. */
    List<AbsenceCode> codes(long countyId, LongFunction<List<AbsenceCode>> load) {
        List<AbsenceCode> kept = counties.getIfPresent(countyId);
        if (kept != null) {
            return kept;
        }
        long before = generation.get();
        List<AbsenceCode> loaded = List.copyOf(load.apply(countyId));
        // not what a transaction that changes codes reads: it is not committed
        boolean changing = transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE
                && transactions.getResource(KEY) != null;
        if (!changing && generation.get() == before) {
            counties.put(countyId, loaded);
            if (generation.get() != before) {
                counties.invalidate(countyId); // a change committed while it was put
            }
        }
        return loaded;
    }

    @Override
    public void changed() {
        CachedData.dropNowAndAfter(transactions, KEY, this::dropAll);
    }

    void dropAll() {
        generation.incrementAndGet();
        counties.invalidateAll();
    }
}
