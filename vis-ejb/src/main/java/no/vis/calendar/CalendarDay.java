package no.vis.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;

/** A day of the skolerute that is not a plain weekday; with a school, that school's exception. */
@Entity
@EntityListeners(no.vis.common.CachedDataListener.class)
@Table(name = "calendar_day")
public class CalendarDay {

    public static final int NOTE_MAX = 200;

    @Id
    @SequenceGenerator(name = "calendar_day_seq", sequenceName = "calendar_day_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "calendar_day_seq")
    private Long id;

    @Column(name = "school_year_id", nullable = false)
    private long schoolYearId;

    /** null: the county's rute */
    @Column(name = "school_id")
    private Long schoolId;

    @Column(name = "on_day", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 16, nullable = false)
    private DayKind kind;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    @Version
    private long version;

    protected CalendarDay() {
        // for JPA
    }

    public CalendarDay(long schoolYearId, Long schoolId, LocalDate day, DayKind kind, String note) {
        this.schoolYearId = schoolYearId;
        this.schoolId = schoolId;
        this.day = Objects.requireNonNull(day, "day");
        change(kind, note);
    }

    public final void change(DayKind kind, String note) {
        if (!kind.storable()) {
            throw new IllegalArgumentException("not a skolerute kind: " + kind);
        }
        this.kind = kind;
        this.note = note == null || note.isBlank() ? null : note.strip();
        if (this.note != null && this.note.length() > NOTE_MAX) {
            throw new IllegalArgumentException("note too long");
        }
    }

    public Long getId() {
        return id;
    }

    public long getSchoolYearId() {
        return schoolYearId;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public LocalDate getDay() {
        return day;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public SchoolCalendar.Entry entry() {
        return new SchoolCalendar.Entry(kind, note);
    }
}
