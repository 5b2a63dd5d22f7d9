package dev.talkwatch.publish;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import dev.talkwatch.catalog.TalkwatchException;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Mustache templates. For Markdown, {@code {{x}}} escapes Markdown instead of HTML, so a template
 * cannot be broken by the text it shows; for HTML it escapes HTML.
 */
final class Templates {

    private static final String ROOT = "dev/talkwatch/publish";

    private Templates() {
    }

    /** The output formats a template can write, each with its escaping. */
    enum Format { MARKDOWN, HTML }

    static String renderMarkdown(String template, Object model) {
        return render(factory(Format.MARKDOWN), template, model);
    }

    static String renderHtml(String template, Object model) {
        return render(factory(Format.HTML), template, model);
    }

    /** Renders a user's template; a broken one fails with a message naming it. */
    static String renderUser(String name, String text, Format format, Object model) {
        try {
            Mustache mustache = factory(format).compile(new StringReader(text), name);
            StringWriter out = new StringWriter();
            mustache.execute(out, model).flush();
            return out.toString();
        } catch (MustacheException e) {
            throw new TalkwatchException("cannot use the template '" + name + "': " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DefaultMustacheFactory factory(Format format) {
        return format == Format.MARKDOWN ? new MarkdownFactory() : new DefaultMustacheFactory(ROOT);
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
