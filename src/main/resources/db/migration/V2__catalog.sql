-- Learning packages, practice stories, themes, their files and the search index queue.

-- Every searchable item (package, story, and later thread, post, course module) takes its id from
-- this one sequence, so an item id is unique across types: /api/items/{id} needs no type prefix.
CREATE SEQUENCE item_seq START WITH 50 INCREMENT BY 50;

CREATE SEQUENCE theme_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE theme (
  id          BIGINT        NOT NULL PRIMARY KEY,
  slug        VARCHAR(80)   NOT NULL,
  name        VARCHAR(200)  NOT NULL,
  description VARCHAR(2000),
  kind        VARCHAR(20)   NOT NULL,
  position    INTEGER       NOT NULL,
  version     BIGINT        NOT NULL,
  CONSTRAINT theme_slug_uk UNIQUE (slug),
  CONSTRAINT theme_kind_ck CHECK (kind IN ('THEME', 'PILLAR'))
);

CREATE TABLE learning_package (
  id          BIGINT        NOT NULL PRIMARY KEY,
  title       VARCHAR(300)  NOT NULL,
  summary     VARCHAR(4000),
  audience    VARCHAR(20)   NOT NULL,
  unit_id     BIGINT        REFERENCES unit (id),
  language    VARCHAR(10)   NOT NULL,
  origin_id   BIGINT        REFERENCES learning_package (id) ON DELETE SET NULL,
  source_key  VARCHAR(200),
  created_by  BIGINT        REFERENCES account (id) ON DELETE SET NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  version     BIGINT        NOT NULL,
  CONSTRAINT package_source_key_uk UNIQUE (source_key),
  CONSTRAINT package_audience_ck CHECK (audience IN ('DAGTILBUD', 'SKOLE', 'FRITID_UNGDOM', 'LEDERE', 'ALLE'))
);
CREATE INDEX package_updated_idx ON learning_package (updated_at);
CREATE INDEX package_origin_idx ON learning_package (origin_id);

CREATE TABLE package_theme (
  package_id BIGINT NOT NULL REFERENCES learning_package (id) ON DELETE CASCADE,
  theme_id   BIGINT NOT NULL REFERENCES theme (id) ON DELETE CASCADE,
  PRIMARY KEY (package_id, theme_id)
);
CREATE INDEX package_theme_theme_idx ON package_theme (theme_id);

CREATE TABLE practice_story (
  id           BIGINT        NOT NULL PRIMARY KEY,
  title        VARCHAR(300)  NOT NULL,
  unit_id      BIGINT        REFERENCES unit (id),
  area         VARCHAR(200),
  story_date   DATE,
  challenge    ${text}       NOT NULL,
  action       ${text}       NOT NULL,
  outcome      ${text}       NOT NULL,
  state        VARCHAR(20)   NOT NULL,
  source_key   VARCHAR(200),
  created_by   BIGINT        REFERENCES account (id) ON DELETE SET NULL,
  created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  published_at TIMESTAMP WITH TIME ZONE,
  version      BIGINT        NOT NULL,
  CONSTRAINT story_source_key_uk UNIQUE (source_key),
  CONSTRAINT story_state_ck CHECK (state IN ('DRAFT', 'PUBLISHED'))
);
CREATE INDEX story_updated_idx ON practice_story (updated_at);

CREATE TABLE story_theme (
  story_id BIGINT NOT NULL REFERENCES practice_story (id) ON DELETE CASCADE,
  theme_id BIGINT NOT NULL REFERENCES theme (id) ON DELETE CASCADE,
  PRIMARY KEY (story_id, theme_id)
);
CREATE INDEX story_theme_theme_idx ON story_theme (theme_id);

-- A stored original, once per distinct content (SHA-256), with what extraction found in it.
CREATE SEQUENCE stored_file_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE stored_file (
  id             BIGINT        NOT NULL PRIMARY KEY,
  sha256         CHAR(64)      NOT NULL,
  size_bytes     BIGINT        NOT NULL,
  media_type     VARCHAR(200)  NOT NULL,
  status         VARCHAR(20)   NOT NULL,
  message        VARCHAR(1000),
  chars          INTEGER       NOT NULL,
  truncated      BOOLEAN       NOT NULL,
  meta_title     VARCHAR(1000),
  meta_author    VARCHAR(500),
  meta_created   VARCHAR(50),
  meta_pages     INTEGER,
  meta_language  VARCHAR(20),
  embedded_count INTEGER       NOT NULL,
  preview_sha256 CHAR(64),
  extracted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT stored_file_sha_uk UNIQUE (sha256),
  CONSTRAINT stored_file_status_ck CHECK (status IN
    ('OK', 'EMPTY', 'ENCRYPTED', 'CORRUPT', 'TOO_LARGE', 'TIMEOUT', 'UNSUPPORTED'))
);

CREATE TABLE extracted_text (
  stored_file_id BIGINT  NOT NULL PRIMARY KEY REFERENCES stored_file (id) ON DELETE CASCADE,
  content        ${text} NOT NULL
);

-- A file attached to an item; its versions keep every upload.
CREATE SEQUENCE attachment_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE attachment (
  id         BIGINT       NOT NULL PRIMARY KEY,
  package_id BIGINT       REFERENCES learning_package (id) ON DELETE CASCADE,
  story_id   BIGINT       REFERENCES practice_story (id) ON DELETE CASCADE,
  role       VARCHAR(20)  NOT NULL,
  title      VARCHAR(300),
  position   INTEGER      NOT NULL,
  version    BIGINT       NOT NULL,
  CONSTRAINT attachment_one_owner_ck CHECK
    ((package_id IS NOT NULL AND story_id IS NULL) OR (package_id IS NULL AND story_id IS NOT NULL)),
  CONSTRAINT attachment_role_ck CHECK (role IN ('DECK', 'HANDOUT', 'GUIDE', 'OTHER'))
);
CREATE INDEX attachment_package_idx ON attachment (package_id);
CREATE INDEX attachment_story_idx ON attachment (story_id);

CREATE SEQUENCE file_version_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE file_version (
  id             BIGINT        NOT NULL PRIMARY KEY,
  attachment_id  BIGINT        NOT NULL REFERENCES attachment (id) ON DELETE CASCADE,
  version_no     INTEGER       NOT NULL,
  stored_file_id BIGINT        NOT NULL REFERENCES stored_file (id),
  original_name  VARCHAR(500)  NOT NULL,
  uploaded_by    BIGINT        REFERENCES account (id) ON DELETE SET NULL,
  uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT file_version_no_uk UNIQUE (attachment_id, version_no)
);
CREATE INDEX file_version_stored_idx ON file_version (stored_file_id);

-- The search index's queue (outbox): written in the same transaction as the change, read by every
-- node's indexer, which remembers the last event it applied in its own index commit.
CREATE SEQUENCE index_event_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE index_event (
  seq        BIGINT      NOT NULL PRIMARY KEY,
  item_id    BIGINT      NOT NULL,
  item_type  VARCHAR(20) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX index_event_created_idx ON index_event (created_at);

-- Imports (content/ at boot, folders and ZIP files): one row per file, so an interrupted import
-- resumes where it stopped and the report survives restarts.
CREATE SEQUENCE import_job_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE import_job (
  id          BIGINT        NOT NULL PRIMARY KEY,
  kind        VARCHAR(20)   NOT NULL,
  source      VARCHAR(1000) NOT NULL,
  state       VARCHAR(20)   NOT NULL,
  total       INTEGER       NOT NULL,
  processed   INTEGER       NOT NULL,
  failed      INTEGER       NOT NULL,
  message     VARCHAR(2000),
  started_by  BIGINT        REFERENCES account (id) ON DELETE SET NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  finished_at TIMESTAMP WITH TIME ZONE,
  version     BIGINT        NOT NULL,
  CONSTRAINT import_job_kind_ck CHECK (kind IN ('CONTENT', 'FOLDER', 'ZIP')),
  CONSTRAINT import_job_state_ck CHECK (state IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED'))
);

CREATE SEQUENCE import_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE import_entry (
  id          BIGINT        NOT NULL PRIMARY KEY,
  job_id      BIGINT        NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
  position    INTEGER       NOT NULL,
  name        VARCHAR(1000) NOT NULL,
  state       VARCHAR(20)   NOT NULL,
  outcome     VARCHAR(20),
  message     VARCHAR(1000),
  item_id     BIGINT,
  processed_at TIMESTAMP WITH TIME ZONE,
  version     BIGINT        NOT NULL,
  CONSTRAINT import_entry_state_ck CHECK (state IN ('PENDING', 'DONE', 'UNCHANGED', 'FAILED'))
);
CREATE INDEX import_entry_job_idx ON import_entry (job_id, position);
