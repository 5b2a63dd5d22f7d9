/** The personal layer: star ratings, notes, the watch queue and its plans, the watched diary, search. */
package dev.talkwatch.curate;
