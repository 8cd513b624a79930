package no.vis.registers.freg;

import java.io.Serializable;

/** One event of Folkeregisteret's feed: its sequence number, whose it is, and what happened ({@code hendelsetype}). */
public record FeedEvent(long sequence, String identity, String type) implements Serializable {

    @Override
    public String toString() {
        return "FeedEvent[" + sequence + ", " + type + "]"; // never the number
    }
}
