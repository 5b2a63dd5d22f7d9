package dev.talkwatch.web;

import dev.talkwatch.store.Database;
import io.javalin.http.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Whose curation a request reads and writes, and that user's routes: the serving user's, or the
 * one the trusted header names (a reverse proxy that signs users in sets it, and removes it from
 * what clients send). Each user has routes of their own, with the pages kept for them alone.
 */
final class Users {

    /** A user's routes over their own services. */
    record Routes(PlaylistsRoutes playlists, PlaylistRoutes playlist, TalkRoutes talk, SpeakerRoutes speaker,
            QueueRoutes queue, PublishRoutes publish, FeedRoutes feed, SearchRoutes search, DiaryRoutes diary) {
    }

    private static final int LONGEST_NAME = 200;

    private final Database database;
    private final String header;
    private final Function<Database, Services> services;
    private final Views views;
    private final Map<String, Routes> byUser = new ConcurrentHashMap<>();

    Users(Database database, String header, Function<Database, Services> services, Views views) {
        this.database = database;
        this.header = header;
        this.services = services;
        this.views = views;
    }

    /** The routes of the user the request is from. */
    Routes of(Context ctx) {
        return byUser.computeIfAbsent(user(ctx), this::routes);
    }

    private String user(Context ctx) {
        if (header == null) {
            return database.user();
        }
        String named = ctx.header(header);
        if (named == null || named.isBlank()) {
            throw HttpError.forbidden("the request does not say who you are (no " + header + " header from the proxy)");
        }
        String user = named.strip();
        if (user.length() > LONGEST_NAME || user.chars().anyMatch(Character::isISOControl)) {
            throw HttpError.badRequest("the " + header + " header does not hold a user's name");
        }
        return user;
    }

    private Routes routes(String user) {
        Services mine = services.apply(database.as(user));
        return new Routes(new PlaylistsRoutes(mine, views), new PlaylistRoutes(mine, views), new TalkRoutes(mine, views),
                new SpeakerRoutes(mine, views), new QueueRoutes(mine, views), new PublishRoutes(mine, views), new FeedRoutes(mine),
                new SearchRoutes(mine, views), new DiaryRoutes(mine, views));
    }
}
