package no.vis.school;

import java.io.Serializable;

/** Identifies a class and its school by ids and by business keys, for matching imported data. */
public record ClassRef(long classId, long schoolId, String schoolOrgNumber, String code) implements Serializable {
}
