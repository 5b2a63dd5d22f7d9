-- A counter of the catalog's committed changes, the web app's change stamp on PostgreSQL: each
-- statement that changes a table of the catalog adds one, in its own transaction, so a reader sees
-- it move only when the change is committed, and only with a change (the write-ahead log's position,
-- the stamp before, moved with autovacuum and hint bits too, and pages were made again for nothing).
-- The refresh rounds are left out: a lease renewed changes no page.
CREATE TABLE catalog_change (
    only_row INTEGER PRIMARY KEY DEFAULT 1 CHECK (only_row = 1),
    changes  BIGINT NOT NULL
);
INSERT INTO catalog_change (changes) VALUES (0);

CREATE FUNCTION catalog_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE catalog_change SET changes = changes + 1;
    RETURN NULL;
END $$;

DO $$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['playlist', 'video', 'video_speaker', 'capture', 'imported_source', 'capture_entry',
        'snapshot', 'playlist_entry', 'rating', 'note', 'queue_entry', 'watched', 'post', 'post_block', 'publication',
        'pending_fact', 'pending_viewing', 'search_index']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I'
            || ' FOR EACH STATEMENT EXECUTE FUNCTION catalog_changed()', name || '_changed', name);
    END LOOP;
END $$;
