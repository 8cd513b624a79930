package no.vis.archfixture;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** An entity with a public setter, whose field {@link FixtureEntityWriter} writes from outside. */
@Entity
public class FixtureEntity {

    @Id
    Long id;

    String name;

    String note;

    /** Breaks "entities have no public setters". */
    public void setName(String name) {
        this.name = name;
    }

    /** Its own behaviour method, and its own nested class writing its state: both allowed. */
    public void rename(String name) {
        new Renamer().rename(this, name);
    }

    private static final class Renamer {
        void rename(FixtureEntity entity, String name) {
            entity.name = name;
        }
    }
}
