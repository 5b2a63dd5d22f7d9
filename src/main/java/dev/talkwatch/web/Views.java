package dev.talkwatch.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/** Renders the jte templates, compiled at build time from src/main/jte, into responses. */
final class Views {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        return out.toString();
    }

    /** {@code template} rendered with {@code page} (its one parameter) and the layout's {@code layout}. */
    String page(Context ctx, String template, Object page, String title) {
        return render(template, Map.of("page", page, "layout", new Layout(title, Security.csrfToken(ctx))));
    }
}
