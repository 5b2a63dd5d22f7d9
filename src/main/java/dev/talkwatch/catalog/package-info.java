/** The domain: playlists, videos, talks parsed from titles, view counts and their snapshots; depends on nothing else in talkwatch. */
package dev.talkwatch.catalog;
