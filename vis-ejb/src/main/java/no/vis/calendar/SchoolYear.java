package no.vis.calendar;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import no.vis.school.County;

/**
 * A county's school year, 1 August to 31 July: its first and last school day (skolerute), the first
 * day of its second half (halvårsskille), and how A and B weeks alternate.
 */
@Entity
@EntityListeners(no.vis.common.CachedDataListener.class)
@Cacheable
@Table(name = "school_year")
public class SchoolYear {

    @Id
    @SequenceGenerator(name = "school_year_seq", sequenceName = "school_year_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "school_year_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_id", nullable = false)
    private County county;

    @Column(name = "start_year", nullable = false)
    private int startYear;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "second_half_from", nullable = false)
    private LocalDate secondHalfFrom;

    @Enumerated(EnumType.STRING)
    @Column(name = "rotation", length = 12, nullable = false)
    private Rotation rotation;

    @Column(name = "rotation_anchor", nullable = false)
    private LocalDate rotationAnchor;

    @Version
    private long version;

    protected SchoolYear() {
        // for JPA
    }

    public SchoolYear(County county, int startYear, LocalDate firstDay, LocalDate lastDay, LocalDate secondHalfFrom,
                      Rotation rotation, LocalDate rotationAnchor) {
        this.county = Objects.requireNonNull(county, "county");
        this.startYear = startYear;
        change(firstDay, lastDay, secondHalfFrom, rotation, rotationAnchor);
    }

    /** @throws IllegalArgumentException when the days are not inside 1 August – 31 July in order */
    public final void change(LocalDate firstDay, LocalDate lastDay, LocalDate secondHalfFrom, Rotation rotation,
                             LocalDate rotationAnchor) {
        LocalDate yearStart = LocalDate.of(startYear, Month.AUGUST, 1);
        LocalDate yearEnd = LocalDate.of(startYear + 1, Month.JULY, 31);
        if (firstDay.isBefore(yearStart) || lastDay.isAfter(yearEnd) || !firstDay.isBefore(lastDay)
                || !secondHalfFrom.isAfter(firstDay) || !secondHalfFrom.isBefore(lastDay)) {
            throw new IllegalArgumentException("school year days out of order");
        }
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.secondHalfFrom = secondHalfFrom;
        this.rotation = Objects.requireNonNull(rotation, "rotation");
        this.rotationAnchor = SchoolCalendar.monday(Objects.requireNonNull(rotationAnchor, "rotationAnchor"));
    }

    public Long getId() {
        return id;
    }

    public County getCounty() {
        return county;
    }

    public int getStartYear() {
        return startYear;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public LocalDate getSecondHalfFrom() {
        return secondHalfFrom;
    }

    public Rotation getRotation() {
        return rotation;
    }

    public LocalDate getRotationAnchor() {
        return rotationAnchor;
    }

    @Override
    public String toString() {
        return "SchoolYear[" + startYear + "]";
    }
}
