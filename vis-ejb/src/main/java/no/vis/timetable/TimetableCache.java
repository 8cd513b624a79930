package no.vis.timetable;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * What every reader of a week shares, kept in memory: a teaching group's week (its occurrences
 * with the calendar applied, its school's calendar, the names of its teachers and rooms) and the
 * subjects' titles. A pupil's week is then their memberships (read every time) and the weeks of
 * their groups, which the other pupils of the group read too.
 * <p>
 * Nothing here is personal data: a pupil's memberships, who may see what and the access log are
 * never cached. Everything is dropped when anything it is made of changes — a lesson, a dated change,
 * a group, the calendar, a room, a teacher's name, the subject catalogue — after that transaction
 * ends ({@link no.vis.common.CachedDataListener} for the entities, {@link #changed()} for bulk writes). A
 * week read while such a change commits is not kept (a generation count). Entries also expire
 * after {@code vis.timetable.cache.minutes} (10), which bounds what another VIS server in the same
 * database, or a change made in the database by hand, can leave stale.
 */
@ApplicationScoped
public class TimetableCache implements no.vis.common.CachedData {

    private static final Object KEY = TimetableCache.class;

    /** A group's week: its facts, its occurrences in order, its school's calendar and the names its lessons show. */
    public record GroupWeek(long groupId, long schoolId, String code, String subjectCode, java.util.List<Occurrence> occurrences,
                            no.vis.calendar.SchoolCalendar calendar, Map<Long, String> staffNames, Map<Long, String> roomCodes) {
    }

    private record WeekKey(long groupId, LocalDate monday) {
    }

    private record TitleKey(String code, String language) {
    }

    private record PlanKey(long groupId, LocalDate from, LocalDate until) {
    }

    private final AtomicLong generation = new AtomicLong();
    private Cache<WeekKey, GroupWeek> weeks;
    private Cache<TitleKey, String> titles;
    private Cache<PlanKey, GroupPlan> plans;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @PostConstruct
    void create() {
        var config = ConfigProvider.getConfig();
        Duration ttl = Duration.ofMinutes(config.getOptionalValue("vis.timetable.cache.minutes", Long.class).orElse(10L));
        long size = config.getOptionalValue("vis.timetable.cache.group-weeks", Long.class).orElse(20_000L);
        weeks = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(ttl).build();
        titles = Caffeine.newBuilder().maximumSize(50_000).expireAfterWrite(ttl).build();
        long planCount = config.getOptionalValue("vis.timetable.cache.group-plans", Long.class).orElse(100_000L);
        plans = Caffeine.newBuilder().maximumSize(planCount).expireAfterWrite(ttl).build();
    }

    /**
     * The weeks of the groups that begin on {@code monday}: those kept, and the others from
     * {@code load} (given the ids it is to load), which are kept unless something changed meanwhile.
     */
    public Map<Long, GroupWeek> groupWeeks(Collection<Long> groupIds, LocalDate monday,
                                           Function<Set<Long>, Map<Long, GroupWeek>> load) {
        return lookup(groupIds, id -> new WeekKey(id, monday), weeks, load);
    }

    /** The groups' plans for the period (a half-year, the year): those kept, and the others from {@code load}. */
    public Map<Long, GroupPlan> groupPlans(Collection<Long> groupIds, LocalDate from, LocalDate until,
                                           Function<Set<Long>, Map<Long, GroupPlan>> load) {
        return lookup(groupIds, id -> new PlanKey(id, from, until), plans, load);
    }

    /** The subjects' titles in the language, those kept and the others from {@code load}. */
    public Map<String, String> titles(Collection<String> codes, String language, Function<Set<String>, Map<String, String>> load) {
        return lookup(codes, code -> new TitleKey(code, language), titles, load);
    }

    private <I, K, V> Map<I, V> lookup(Collection<I> ids, Function<I, K> key, Cache<K, V> cache, Function<Set<I>, Map<I, V>> load) {
        long before = generation.get();
        Map<I, V> found = new HashMap<>();
        Set<I> missing = new LinkedHashSet<>();
        for (I id : ids) {
            V value = cache.getIfPresent(key.apply(id));
            if (value != null) {
                found.put(id, value);
            } else {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            Map<I, V> loaded = load.apply(missing);
            found.putAll(loaded);
            Map<K, V> put = new HashMap<>();
            loaded.forEach((id, value) -> put.put(key.apply(id), value));
            keep(before, put, cache);
        }
        return found;
    }

    private <K, V> void keep(long before, Map<K, V> put, Cache<K, V> cache) {
        if (generation.get() != before) {
            return; // read while a change committed: perhaps from before it
        }
        cache.putAll(put);
        if (generation.get() != before) {
            cache.invalidateAll(put.keySet()); // a change committed while they were put
        }
    }

    /**
     * Something the cached weeks are made of changes in the current transaction: everything is
     * dropped when the transaction ends (committed or not), and at once when there is none.
     */
    @Override
    public void changed() {
        no.vis.common.CachedData.dropNowAndAfter(transactions, KEY, this::dropAll);
    }

    /** Drops everything now. */
    public void dropAll() {
        generation.incrementAndGet();
        weeks.invalidateAll();
        titles.invalidateAll();
        plans.invalidateAll();
    }

    /** How many group weeks are kept (for the benchmark and tests). */
    public long groupWeeksKept() {
        weeks.cleanUp();
        return weeks.estimatedSize();
    }
}
