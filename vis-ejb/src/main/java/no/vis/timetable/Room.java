package no.vis.timetable;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Locale;

/** A room of a school: a short code (as on the timetable), a name, a capacity (informational) and a kind. */
@Entity
@EntityListeners(no.vis.common.CachedDataListener.class)
@Cacheable
@Table(name = "room")
public class Room {

    public static final int CODE_MAX = 10;

    @Id
    @SequenceGenerator(name = "room_seq", sequenceName = "room_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "room_seq")
    private Long id;

    @Column(name = "school_id", nullable = false)
    private long schoolId;

    @Column(name = "code", length = CODE_MAX, nullable = false)
    private String code;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "capacity")
    private Integer capacity;

    @Column(name = "kind", length = 20, nullable = false)
    private String kind;

    @Version
    private long version;

    protected Room() {
        // for JPA
    }

    public Room(long schoolId, String code, String name, Integer capacity, String kind) {
        if (code == null || code.isBlank() || code.strip().length() > CODE_MAX) {
            throw new IllegalArgumentException("a room code is 1-" + CODE_MAX + " characters");
        }
        if (capacity != null && (capacity < 1 || capacity > 2000)) {
            throw new IllegalArgumentException("capacity out of range");
        }
        this.schoolId = schoolId;
        this.code = code.strip().toUpperCase(Locale.ROOT);
        this.name = name == null || name.isBlank() ? this.code : name.strip();
        this.capacity = capacity;
        this.kind = kind == null ? "CLASSROOM" : kind;
    }

    public Long getId() {
        return id;
    }

    public long getSchoolId() {
        return schoolId;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public String getKind() {
        return kind;
    }
}
