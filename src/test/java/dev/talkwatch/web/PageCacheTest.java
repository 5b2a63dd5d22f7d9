package dev.talkwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class PageCacheTest {

    private final AtomicReference<String> stamp = new AtomicReference<>("1");
    private final PageCache cache = new PageCache(stamp::get);
    private final AtomicInteger made = new AtomicInteger();

    private String make(String body) {
        made.incrementAndGet();
        return body;
    }

    @Test
    void aPageIsMadeOncePerChangeStampAndKey() {
        assertThat(cache.body("/a", null, () -> make("a1"))).isEqualTo("a1");
        assertThat(cache.body("/a", null, () -> make("a2"))).isEqualTo("a1");
        assertThat(cache.body("/b", null, () -> make("b1"))).isEqualTo("b1");
        assertThat(made).hasValue(2);

        stamp.set("2"); // a commit
        assertThat(cache.body("/a", null, () -> make("a3"))).isEqualTo("a3");
        assertThat(made).hasValue(3);
    }

    @Test
    void requestsForAPageBeingMadeWaitForItInsteadOfMakingItAgain() throws Exception {
        CountDownLatch making = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            Future<String> first = pool.submit(() -> cache.body("/slow", null, () -> {
                making.countDown();
                await(release);
                return make("slow page");
            }));
            assertThat(making.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<String>> others = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                others.add(pool.submit(() -> cache.body("/slow", null, () -> make("made again"))));
            }
            Thread.sleep(50);
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("slow page");
            for (Future<String> other : others) {
                assertThat(other.get(10, TimeUnit.SECONDS)).isEqualTo("slow page");
            }
            assertThat(made).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailureIsNotKept() {
        assertThatThrownBy(() -> cache.body("/broken", null, () -> {
            throw HttpError.notFound("no such playlist");
        })).isInstanceOf(HttpError.class).hasMessage("no such playlist");
        assertThat(cache.body("/broken", null, () -> make("found now"))).isEqualTo("found now");
    }

    @Test
    void aKeptPageWritesTheMomentItIsAskedFor() {
        String at10 = "2026-12-03T10:00:00Z";
        String at11 = "2026-12-03T11:30:15Z";
        String page = "date: " + at10 + "\n<p>made " + at10 + "</p>";
        assertThat(cache.body("/post", at10, () -> make(page))).isEqualTo(page);
        assertThat(cache.body("/post", at11, () -> make("made again"))).isEqualTo("date: " + at11 + "\n<p>made " + at11 + "</p>");
        assertThat(cache.body("/post", at10, () -> make("made again"))).isEqualTo(page);
        assertThat(made).hasValue(1);
    }

    @Test
    void theLeastRecentlyAskedForPagesGoWhenTheCacheIsFull() {
        String big = "x".repeat((int) (PageCache.CAPACITY / 4));
        cache.body("/first", null, () -> make(big));
        cache.body("/second", null, () -> make(big));
        cache.body("/first", null, () -> make(big)); // asked for again: now the newest
        cache.body("/third", null, () -> make(big));
        cache.body("/fourth", null, () -> make(big));
        cache.body("/fifth", null, () -> make(big)); // over capacity: the least recently asked for goes
        assertThat(made).hasValue(5);

        cache.body("/first", null, () -> make(big));
        assertThat(made).as("/first was asked for lately, and is kept").hasValue(5);
        cache.body("/second", null, () -> make(big));
        assertThat(made).as("/second was the least recently asked for, and went").hasValue(6);
    }

    @Test
    void gzipIsSentToThoseWhoAcceptIt() {
        assertThat(PageCache.acceptsGzip("gzip, deflate, br, zstd")).isTrue();
        assertThat(PageCache.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
        assertThat(PageCache.acceptsGzip("*")).isTrue();
        assertThat(PageCache.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(PageCache.acceptsGzip("gzip; q=0.000")).isFalse();
        assertThat(PageCache.acceptsGzip("deflate, br")).isFalse();
        assertThat(PageCache.acceptsGzip("identity")).isFalse();
        assertThat(PageCache.acceptsGzip(null)).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
