package no.vis.guardianship;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One pupil's line in the office's list of what {@code guardian-age-removal} removed. */
@Entity
@Table(name = "guardian_removal")
public class GuardianRemoval {

    @Id
    @SequenceGenerator(name = "guardian_removal_seq", sequenceName = "guardian_removal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "guardian_removal_seq")
    private Long id;

    @Column(name = "job_execution_id", nullable = false)
    private long jobExecutionId;

    @Column(name = "removed_at", nullable = false)
    private OffsetDateTime removedAt;

    @Column(name = "student_id", nullable = false)
    private long pupilId;

    @Column(name = "eighteenth_birthday", nullable = false)
    private LocalDate eighteenthBirthday;

    @Column(name = "guardianships_ended", nullable = false)
    private int guardianshipsEnded;

    @Column(name = "guardians_deleted", nullable = false)
    private int guardiansDeleted;

    protected GuardianRemoval() {
        // for JPA
    }

    GuardianRemoval(long jobExecutionId, OffsetDateTime removedAt, long pupilId, LocalDate eighteenthBirthday,
                    int guardianshipsEnded, int guardiansDeleted) {
        this.jobExecutionId = jobExecutionId;
        this.removedAt = removedAt;
        this.pupilId = pupilId;
        this.eighteenthBirthday = eighteenthBirthday;
        this.guardianshipsEnded = guardianshipsEnded;
        this.guardiansDeleted = guardiansDeleted;
    }
}
