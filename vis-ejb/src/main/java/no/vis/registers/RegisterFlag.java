package no.vis.registers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Folkeregisteret says a pupil died or emigrated: for the school office to follow up. */
@Entity
@Table(name = "register_flag")
public class RegisterFlag {

    @Id
    @SequenceGenerator(name = "register_flag_seq", sequenceName = "register_flag_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "register_flag_seq")
    private Long id;

    @Column(name = "student_id", nullable = false)
    private long pupilId;

    @Column(name = "kind", length = 20, nullable = false)
    private String kind;

    @Column(name = "noted_on", nullable = false)
    private LocalDate notedOn;

    protected RegisterFlag() {
        // for JPA
    }

    public RegisterFlag(long pupilId, String kind, LocalDate notedOn) {
        this.pupilId = pupilId;
        this.kind = kind;
        this.notedOn = notedOn;
    }
}
