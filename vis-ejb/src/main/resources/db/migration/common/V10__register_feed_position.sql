-- VIS schema, version 10: where VIS is in Folkeregisteret's event feed. freg-delta reads from
-- next_sequence and moves it in the same transaction as the changes the events caused; the ETag of
-- the last (empty) page asked for at next_sequence lets a quiet night end with a 304. freg-import
-- notes the feed's latest sequence number when it starts (pending_sequence) and moves the position
-- past it when it completes. too_old_since: the register no longer keeps events from next_sequence
-- (406) - IT operations must run freg-import.
CREATE TABLE register_feed_position (
    feed_name        VARCHAR(40) NOT NULL PRIMARY KEY,
    next_sequence    BIGINT,
    etag             VARCHAR(200),
    pending_sequence BIGINT,
    too_old_since    TIMESTAMP WITH TIME ZONE,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    job_execution_id BIGINT
);
