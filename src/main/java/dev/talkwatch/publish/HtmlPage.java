package dev.talkwatch.publish;

import java.util.List;

/** A recap post as a standalone HTML page: its Markdown rendered, raw HTML in it shown as text. */
final class HtmlPage {


    private HtmlPage() {
    }

    /** The page's model: the post's title, date and tags, and its body rendered. */
    record Page(String title, String date, List<RecapModel.Tag> tags, String body) {
        public boolean hasTags() {
            return !tags.isEmpty();
        }
    }

    static String render(RecapModel model, String markdown) {
        String body = MarkdownHtml.render(withoutFrontMatter(markdown));
        return Templates.renderHtml("recap.html.mustache", new Page(model.title(), model.date(), model.tags(), body));
    }

    static String withoutFrontMatter(String markdown) {
        if (!markdown.startsWith("---\n")) {
            return markdown;
        }
        int end = markdown.indexOf("\n---\n", 3);
        return end < 0 ? markdown : markdown.substring(end + 5);
    }
}
