-- Schema v9: a full-text index for the incident search (issue 19), so that a search reads the
-- index pages of the words asked for, not every incident (each page read is decrypted).
-- Derived data (vault/search.py explains the tokens): contentless, so the text is not stored a
-- second time, and rebuilt here from the folded search text the incidents already carry. That
-- column is then emptied: the index replaces it, and each save writes fewer pages.
-- kasuhara_search_tokens() is the program's own SQL function, registered before migrating.
CREATE VIRTUAL TABLE incident_search USING fts5(
    grams, content='', contentless_delete=1, tokenize='ascii', prefix='6', detail=full
);
INSERT INTO incident_search (rowid, grams)
    SELECT id, kasuhara_search_tokens(search_text) FROM incidents;
UPDATE incidents SET search_text = '' WHERE search_text <> ''
