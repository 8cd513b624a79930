package no.vis.school;

import java.io.Serializable;

/** A class to create: its code, level and programme. */
public record ClassSpec(String code, SchoolClass.Level level, String programme) implements Serializable {
}
