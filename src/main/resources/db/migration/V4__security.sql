-- Sign-in throttling, the audit log, and forced password change for invited accounts.

-- Failed sign-ins per account ("account:<name>") and per address ("address:<ip>"), shared by all
-- nodes so an attacker cannot spread attempts over them.
CREATE TABLE login_throttle (
  throttle_key VARCHAR(300) NOT NULL PRIMARY KEY,
  failures     INTEGER      NOT NULL,
  window_start TIMESTAMP WITH TIME ZONE NOT NULL,
  locked_until TIMESTAMP WITH TIME ZONE,
  version      BIGINT       NOT NULL
);

-- Who created, changed, published or deleted what, and when. Actors are user names; anonymised
-- accounts keep their rows under the anonymised name.
CREATE SEQUENCE audit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_event (
  id          BIGINT       NOT NULL PRIMARY KEY,
  occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
  actor       VARCHAR(100),
  action      VARCHAR(40)  NOT NULL,
  target_type VARCHAR(20),
  target_id   BIGINT,
  summary     VARCHAR(500)
);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_actor_idx ON audit_event (actor);

ALTER TABLE account ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
