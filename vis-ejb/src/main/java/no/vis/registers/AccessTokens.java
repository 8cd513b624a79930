package no.vis.registers;

/** Access tokens for a register's API (Maskinporten in production). */
public interface AccessTokens {

    /** A valid token, from the cache while it lasts. */
    String token();

    /** Forgets the cached token (the register refused it). */
    void invalidate();
}
