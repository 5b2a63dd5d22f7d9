package dev.talkwatch.catalog;

/** No video, or more than one, matches the name a user gave; the message quotes it and the candidates. */
public class VideoNotFoundException extends TalkwatchException {

    public VideoNotFoundException(String message) {
        super(message);
    }
}
