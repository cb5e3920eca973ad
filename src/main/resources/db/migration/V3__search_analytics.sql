-- What staff search for (counts only, no user, no session) and the synonyms editors maintain.

CREATE TABLE search_query_stat (
  query         VARCHAR(200) NOT NULL PRIMARY KEY,
  searches      BIGINT       NOT NULL,
  zero_results  BIGINT       NOT NULL,
  last_searched TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX search_query_searches_idx ON search_query_stat (searches);

-- One row per group of words that should find each other ("psychological safety, psykologisk
-- tryghed"). Applied at query time, so an edit takes effect without reindexing or a restart.
CREATE SEQUENCE synonym_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE search_synonym (
  id         BIGINT        NOT NULL PRIMARY KEY,
  terms      VARCHAR(1000) NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  version    BIGINT        NOT NULL
);
