package dev.talkwatch.web;

/** What every page's frame shows: the page title, and the CSRF token its forms and scripts send back. */
public record Layout(String title, String csrf) {
}
