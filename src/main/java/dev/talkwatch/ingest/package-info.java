/** Reading playlists from what users have: one reader per source format, format detection, text repair, and the importer that stores a capture. */
package dev.talkwatch.ingest;
