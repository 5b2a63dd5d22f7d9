package dev.talkwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing a post from the curation: sections, cutoffs, authors, orders, formats and templates. */
class PublishPostTest {

    @TempDir
    Path home;

    private CliRunner cli;

    @BeforeEach
    void importThePost() {
        cli = new CliRunner(home);
        cli.run("import", Fixtures.path("publish/seed-post-repaired.md").toString());
    }

    private String publish(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "publish";
        all[1] = "--as-of";
        all[2] = "2024-08-06";
        System.arraycopy(args, 0, all, 3, args.length);
        CliRunner.Result result = cli.run(all);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result.out();
    }

    @Test
    void aNewCutoffRewritesTheHeadingAndTheList() {
        String post = publish("--cutoff", "1000");

        assertThat(post).contains("Popular talks as of today (1,000+ views, arbitrary cutoff):")
                .contains("Simon Willison").contains("Charlie Marsh").doesNotContain("with 925 views")
                .contains("Popular tutorials as of today:").contains("with 1.4K views").doesNotContain("with 935 views");
        assertThat(post).contains("Here I'll highlight").contains("```js");
    }

    @Test
    void aNewRatingAndNoteJoinTheNotesInTheOrderOfRating() {
        cli.run("rate", "Brandt Bucher", "4.5");
        cli.run("note", "wr0fVU3Ajwc", "the JIT is **copy-and-patch**");

        String post = publish();

        assertThat(post).contains("""
                  - ★★☆☆☆ [Talks - Anthony Shaw: Unlocking the Parallel Universe: Subinterpreters and Free-Threading in...](https://www.youtube.com/watch?v=lCjsy7tb420&list=PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ&index=131&pp=iAQB)
                    - cool to see these big new changes working live
                    - doesn't really touch on synchronization and data exchange
                  - ★★★★½ [Talks - Brandt Bucher: Building a JIT compiler for CPython](https://www.youtube.com/watch?v=wr0fVU3Ajwc&list=PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ&index=129&pp=iAQB)
                    - the JIT is **copy-and-patch**
                """);
        assertThat(publish("--sort", "rating").indexOf("Brandt Bucher: Building"))
                .isLessThan(publish("--sort", "rating").indexOf("Josh Wiedemeier"));
    }

    @Test
    void theAuthorNamesTheSections() {
        String post = publish("--author", "Ana");

        assertThat(post).contains("Ana's notes:").contains("Ana's enqueued talks:").doesNotContain("Willi's");
    }

    @Test
    void sectionsCanBeChosen() {
        String post = publish("--section", "Popular keynotes:=Keynote", "--section", "Popular everything ({cutoff}+ views):=*@1000");

        assertThat(post).contains("Popular keynotes:\n\n  - [Keynote Speaker - Simon Willison]")
                .contains("Popular everything (1,000+ views):").contains("with 1.4K views")
                .doesNotContain("Popular tutorials as of today").doesNotContain("arbitrary cutoff");
    }

    @Test
    void aDayBeforeAnySnapshotHasNoPopularSections() {
        CliRunner.Result result = cli.run("publish", "--as-of", "2024-07-01");

        assertThat(result.out()).doesNotContain("Popular talks").doesNotContain("Popular tutorials")
                .contains("Willi's enqueued talks:").contains("Extracting the playlist contents:");
    }

    @Test
    void writesAStandaloneHtmlPageWithMarkupShownAsText() {
        cli.run("note", "mCkqz8jo19M", "see [a link](https://example.org) <script>alert(1)</script>");

        String html = publish("--format", "html");

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>PyCon US 2024 Recordings</title>")
                .contains("<h1>PyCon US 2024 Recordings</h1>")
                .contains("href=\"https://www.youtube.com/playlist?list=PL2Uw4_HvXqvYhjub9bw4uDAmNtprgAvlJ\">posted on YouTube</a>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                .contains("href=\"https://example.org\">a link</a>")
                .contains("<code class=\"language-js\">");
    }

    @Test
    void aUserTemplateGetsTheModelEscapedForMarkdown() throws Exception {
        cli.run("rate", "Simon Willison", "5");
        Path template = home.resolve("short.mustache");
        Files.writeString(template, """
                # {{title}} by {{author}}
                {{#popular}}
                ## {{{heading}}}
                {{#talks}}
                * {{title}} ({{views}}, {{track}})
                {{/talks}}
                {{/popular}}
                Rated: {{#notes}}{{#talks}}{{stars}} {{talkTitle}}{{speakers}}; {{/talks}}{{/notes}}
                """);

        String post = publish("--template", template.toString());

        assertThat(post).startsWith("# PyCon US 2024 Recordings by Willi\n")
                .contains("## Popular tutorials as of today:\n* Tutorials - Sebastian Raschka: The Fundamentals of Modern Deep Learning with PyTorch (1.4K views, Tutorials)")
                .contains("* Talks - Bradley Dice: Hacking \\`import\\` for speed")
                .contains("★★★★★ Simon Willison;");
    }

    @Test
    void aBrokenTemplateIsNamed() throws Exception {
        Path template = home.resolve("broken.mustache");
        Files.writeString(template, "{{#talks}} never closed");

        CliRunner.Result result = cli.run("publish", "--template", template.toString());

        assertThat(result.exitCode()).isEqualTo(Cli.FAILED);
        assertThat(result.err()).contains("cannot use the template").contains("broken.mustache");
    }
}
