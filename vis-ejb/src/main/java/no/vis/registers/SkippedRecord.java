package no.vis.registers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A record a job could not use, with the reason, for IT operations. Named by a pseudonymous reference only. */
@Entity
@Table(name = "job_skipped_record")
public class SkippedRecord {

    public static final int REASON_MAX = 300;

    @Id
    @SequenceGenerator(name = "job_skipped_record_seq", sequenceName = "job_skipped_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_skipped_record_seq")
    private Long id;

    @Column(name = "job_execution_id", nullable = false)
    private long jobExecutionId;

    @Column(name = "job_name", length = 50, nullable = false)
    private String jobName;

    @Column(name = "record_ref", length = 64, nullable = false)
    private String recordRef;

    @Column(name = "reason", length = REASON_MAX, nullable = false)
    private String reason;

    @Column(name = "noted_at", nullable = false)
    private OffsetDateTime notedAt;

    protected SkippedRecord() {
        // for JPA
    }

    public SkippedRecord(long jobExecutionId, String jobName, String recordRef, String reason) {
        this.jobExecutionId = jobExecutionId;
        this.jobName = jobName;
        this.recordRef = recordRef;
        this.reason = reason.length() > REASON_MAX ? reason.substring(0, REASON_MAX) : reason;
        this.notedAt = OffsetDateTime.now();
    }
}
