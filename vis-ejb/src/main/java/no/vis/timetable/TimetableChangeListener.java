package no.vis.timetable;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;

/**
 * On the entities the {@link TimetableCache} is made of (lessons, dated changes, groups, the
 * calendar, periods, rooms, schools, staff, the subject catalogue): a write of any of them drops
 * the cache when its transaction ends.
 */
public class TimetableChangeListener {

    @PrePersist
    @PreUpdate
    @PreRemove
    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        TimetableCache cache = TimetableChangeListener.cache;
        if (cache == null) {
            try {
                cache = CDI.current().select(TimetableCache.class).get();
            } catch (IllegalStateException noContainer) {
                return; // JPA outside the server (unit tests): nothing is kept to drop
            }
            TimetableChangeListener.cache = cache; // the application's proxy, for this deployment's classes
        }
        cache.changed();
    }

    private static volatile TimetableCache cache;
}
