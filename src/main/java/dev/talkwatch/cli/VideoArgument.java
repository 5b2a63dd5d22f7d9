package dev.talkwatch.cli;

import dev.talkwatch.curate.Curator;
import picocli.CommandLine.Parameters;

/** The VIDEO argument that commands working on one video share: an id, a URL or a unique part of the title. */
final class VideoArgument {

    @Parameters(index = "0", paramLabel = "VIDEO", description = "An id, a URL or a unique part of the title.")
    String name;

    /** The video's id; throws, listing the candidates, when the name fits none or several. */
    String resolve(Curator curator) {
        return curator.video(name);
    }
}
