package no.vis.archfixture;

/** Writes an entity's field from outside: breaks "entity state is written only by its own class". */
public class FixtureEntityWriter {

    void overwrite(FixtureEntity entity) {
        entity.note = "changed behind the entity's back";
    }
}
