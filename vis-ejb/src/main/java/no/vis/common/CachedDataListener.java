package no.vis.common;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import java.util.List;

/**
 * On the entities that data kept in memory is made of ({@link CachedData}; the timetable's group
 * weeks: lessons, dated changes, groups, the calendar, periods, rooms, schools, staff, the subject
 * catalogue): a write of any of them tells every keeper, which drops what it keeps when the
 * transaction ends.
 */
public class CachedDataListener {

    private static volatile List<CachedData> keepers;

    @PrePersist
    @PreUpdate
    @PreRemove
    @PostPersist
    @PostUpdate
    @PostRemove
    void changed(Object entity) {
        List<CachedData> all = keepers;
        if (all == null) {
            try {
                all = CDI.current().select(CachedData.class).stream().toList();
            } catch (IllegalStateException noContainer) {
                return; // JPA outside the server (unit tests): nothing is kept to drop
            }
            keepers = all; // the application's proxies, for this deployment's classes
        }
        all.forEach(CachedData::changed);
    }
}
