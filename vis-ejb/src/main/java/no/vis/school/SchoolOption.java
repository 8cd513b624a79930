package no.vis.school;

import java.io.Serializable;

/** A school as a choice in a list: id and name. */
public record SchoolOption(long id, String name) implements Serializable {
}
