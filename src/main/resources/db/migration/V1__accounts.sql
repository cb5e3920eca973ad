-- Accounts and organisational units. Ids come from sequences (allocation 50) so that several
-- nodes can insert without coordination, and H2 and PostgreSQL behave the same.

CREATE SEQUENCE unit_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE unit (
  id          BIGINT       NOT NULL PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  kind        VARCHAR(30)  NOT NULL,
  area        VARCHAR(200),
  CONSTRAINT unit_name_uk UNIQUE (name),
  CONSTRAINT unit_kind_ck CHECK (kind IN ('SCHOOL', 'DAYCARE', 'YOUTH_CLUB', 'ADMINISTRATION'))
);

CREATE SEQUENCE account_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE account (
  id               BIGINT       NOT NULL PRIMARY KEY,
  username         VARCHAR(100) NOT NULL,
  display_name     VARCHAR(200) NOT NULL,
  email            VARCHAR(320),
  unit_id          BIGINT REFERENCES unit (id),
  password_hash    VARCHAR(500),
  external_subject VARCHAR(500),
  active           BOOLEAN      NOT NULL,
  anonymised       BOOLEAN      NOT NULL,
  created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  version          BIGINT       NOT NULL,
  CONSTRAINT account_username_uk UNIQUE (username),
  CONSTRAINT account_email_uk UNIQUE (email),
  CONSTRAINT account_subject_uk UNIQUE (external_subject)
);

CREATE TABLE account_role (
  account_id BIGINT      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
  role       VARCHAR(20) NOT NULL,
  PRIMARY KEY (account_id, role),
  CONSTRAINT account_role_ck CHECK (role IN ('STAFF', 'LEADER', 'EDITOR', 'ADMIN'))
);
