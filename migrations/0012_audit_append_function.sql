-- An audit event is appended in one call: the chain's lock, the previous hash and the insert used to
-- be three round trips, and the lock is held from the first until the transaction commits, so every
-- round trip while holding it was time all other writers waited (docs/performance.md). The hash is the
-- same as before (ADR 008): sha256 of the previous hash, a newline and the event's canonical JSON,
-- which the application still writes (safe-stable-stringify) and passes in.
-- A VOLATILE plpgsql function takes a new snapshot for each statement: the previous hash is read after
-- the lock is granted, so it is the latest committed one.
CREATE FUNCTION append_audit_event(
  p_occurred_at timestamptz, p_actor_id uuid, p_actor_username text, p_action text, p_entity_type text,
  p_entity_id text, p_before jsonb, p_after jsonb, p_request_id text, p_ip text, p_canonical text
) RETURNS void
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  previous text;
BEGIN
  PERFORM pg_advisory_xact_lock(7311046276);
  SELECT hash INTO previous FROM audit_events ORDER BY seq DESC LIMIT 1;
  previous := coalesce(previous, repeat('0', 64));
  INSERT INTO audit_events (occurred_at, actor_id, actor_username, action, entity_type, entity_id,
    before, after, request_id, ip, prev_hash, hash)
  VALUES (p_occurred_at, p_actor_id, p_actor_username, p_action, p_entity_type, p_entity_id,
    p_before, p_after, p_request_id, p_ip, previous,
    encode(sha256(convert_to(previous || E'\n' || p_canonical, 'UTF8')), 'hex'));
END;
$$;
