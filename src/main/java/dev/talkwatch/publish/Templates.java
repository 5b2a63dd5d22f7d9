package dev.talkwatch.publish;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Mustache templates whose {@code {{x}}} escapes for the output format instead of for HTML, so a
 * Markdown template cannot be broken by the text it shows.
 */
final class Templates {

    private static final String ROOT = "dev/talkwatch/publish";

    private Templates() {
    }

    static String renderMarkdown(String template, Object model) {
        return render(new MarkdownFactory(), template, model);
    }

    private static String render(DefaultMustacheFactory factory, String template, Object model) {
        try {
            Mustache mustache = factory.compile(template);
            StringWriter out = new StringWriter();
            mustache.execute(out, model).flush();
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MustacheException e) {
            throw new IllegalStateException("template " + template + " failed: " + e.getMessage(), e);
        }
    }

    private static final class MarkdownFactory extends DefaultMustacheFactory {
        MarkdownFactory() {
            super(ROOT);
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(MarkdownText.escape(value));
            } catch (IOException e) {
                throw new MustacheException("cannot write", e);
            }
        }
    }
}
