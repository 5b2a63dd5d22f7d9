package dev.talkwatch.publish;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown (a note, a post) rendered to HTML that is safe to show: raw HTML in it is escaped, so it
 * shows as text, and links with unsafe schemes ({@code javascript:}) are dropped. Thread-safe.
 */
public final class MarkdownHtml {

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private MarkdownHtml() {
    }

    public static String render(String markdown) {
        return HTML.render(MARKDOWN.parse(markdown));
    }
}
