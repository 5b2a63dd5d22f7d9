package dev.talkwatch.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talkwatch.catalog.Stars;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A page's read of the curation neither waits for a writer nor makes one wait. */
@ParameterizedClass
@EnumSource(Engine.class)
class CurationReadTest {

    @Parameter
    Engine engine;

    @TempDir
    Path temp;

    @Test
    void aWriterGoesOnWhileAReadIsOpenAndTheReadSeesOneMoment() throws Exception {
        String location = engine.location(temp);
        CurationStore reader = new CurationStore(Database.open(location, Engine.environment()));
        Database writing = Database.open(location, Engine.environment());
        writing.useHandle(h -> h.execute(
                "INSERT INTO video (id, title, first_seen_at, last_seen_at) VALUES ('aaaaaaaaaaa', 'A', 'x', 'x')"));
        CurationStore writer = new CurationStore(writing);
        writer.inTransaction((CurationStore.Curation c) -> {
            c.rate("aaaaaaaaaaa", Stars.parse("3").orElseThrow(), Instant.parse("2026-11-01T00:00:00Z"));
            return null;
        });
        long started = System.nanoTime();
        Optional<Stars>[] seen = reader.read((CurationStore.Curation c) -> {
            Optional<Stars> first = c.rating("aaaaaaaaaaa");
            writer.inTransaction((CurationStore.Curation w) -> {
                w.rate("aaaaaaaaaaa", Stars.parse("5").orElseThrow(), Instant.parse("2026-11-02T00:00:00Z"));
                return null;
            });
            @SuppressWarnings("unchecked")
            Optional<Stars>[] both = new Optional[] {first, c.rating("aaaaaaaaaaa")};
            return both;
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the writer did not wait out the busy timeout")
                .isLessThan(Duration.ofSeconds(5));
        assertThat(seen[0]).isEqualTo(seen[1]).as("one moment").contains(Stars.parse("3").orElseThrow());
        assertThat(reader.read((CurationStore.Curation c) -> c.rating("aaaaaaaaaaa"))).contains(Stars.parse("5").orElseThrow());
    }
}
