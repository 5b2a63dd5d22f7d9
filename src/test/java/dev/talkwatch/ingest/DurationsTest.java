package dev.talkwatch.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsTheClocksOnThumbnails() {
        assertThat(Durations.parseClock("4:09")).isEqualTo(249);
        assertThat(Durations.parseClock(" 1:02:03 ")).isEqualTo(3723);
        assertThat(Durations.parseClock("12:00:00")).isEqualTo(43_200);
    }

    @Test
    void whatIsNoClockIsNoDuration() {
        assertThat(Durations.parseClock("LIVE")).isNull();
        assertThat(Durations.parseClock("4:9")).isNull();
        assertThat(Durations.parseClock(null)).isNull();
        // a number of hours no video has would overflow; it is no duration, not a failed import
        assertThat(Durations.parseClock("99999999999:00:00")).isNull();
    }

    @Test
    void readsAsTheFormItStandsForWould() {
        // seeded generator against the expression the reading replaced
        java.util.regex.Pattern form = java.util.regex.Pattern.compile("^(?:(\\d{1,6}):)?(\\d{1,2}):(\\d{2})$");
        String[] parts = {"0", "1", "12", "59", "123", "1234567", ":", "::", " ", "\u00A0", "\u2003", "x", "-", "\u0663", "+"};
        java.util.Random random = new java.util.Random(3723);
        for (int run = 0; run < 50_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(6); n >= 0; n--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String clock = text.toString();
            java.util.regex.Matcher m = form.matcher(clock.strip());
            Integer expected = m.matches() ? (m.group(1) == null ? 0 : Integer.parseInt(m.group(1))) * 3600
                    + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3)) : null;
            assertThat(Durations.parseClock(clock)).as("\"%s\"", clock).isEqualTo(expected);
        }
    }
}
