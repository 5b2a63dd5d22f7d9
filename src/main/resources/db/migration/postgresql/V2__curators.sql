-- Curation belongs to a user (as SQLite's migration 9): ratings, notes, the queue, the diary, an
-- imported post's layout and the posts written are each user's own; the catalog is everyone's.
-- What was here before is the catalog's own user's, named ''.

ALTER TABLE rating ADD COLUMN user_name TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE rating DROP CONSTRAINT rating_pkey, ADD PRIMARY KEY (user_name, video_id);

ALTER TABLE note ADD COLUMN user_name TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE note DROP CONSTRAINT note_video_id_ordinal_key, ADD UNIQUE (user_name, video_id, ordinal);
CREATE INDEX note_video ON note (video_id);

ALTER TABLE queue_entry ADD COLUMN user_name TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE queue_entry DROP CONSTRAINT queue_entry_pkey, ADD PRIMARY KEY (user_name, video_id);

ALTER TABLE watched ADD COLUMN user_name TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE watched DROP CONSTRAINT watched_video_id_watched_on_source_key,
    ADD UNIQUE (user_name, video_id, watched_on, source);

ALTER TABLE pending_viewing ADD COLUMN user_name TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE pending_viewing DROP CONSTRAINT pending_viewing_pkey, ADD PRIMARY KEY (user_name, video_id, watched_on, source);

ALTER TABLE post_block DROP CONSTRAINT post_block_playlist_id_fkey;
ALTER TABLE post ADD COLUMN user_name TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE post DROP CONSTRAINT post_pkey, ADD PRIMARY KEY (user_name, playlist_id);
ALTER TABLE post_block ADD COLUMN user_name TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE post_block DROP CONSTRAINT post_block_pkey, ADD PRIMARY KEY (user_name, playlist_id, ordinal),
    ADD FOREIGN KEY (user_name, playlist_id) REFERENCES post (user_name, playlist_id) ON DELETE CASCADE;

ALTER TABLE publication ADD COLUMN user_name TEXT COLLATE "C" NOT NULL DEFAULT '';
ALTER TABLE publication DROP CONSTRAINT publication_playlist_id_post_date_key, ADD UNIQUE (user_name, playlist_id, post_date);
