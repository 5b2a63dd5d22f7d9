package dev.talkwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written number format writes what DecimalFormat writes, on seeded values below 10^12 (where it is used). */
class EstimateNumberTest {

    @Test
    void writesWhatDecimalFormatWrites() {
        Random random = new Random(11);
        double[] special = {0.0, -0.0, 0.05, 0.15, 0.25, 0.35, 2.5, 3.5, -2.5, 0.045, 1.005, 999.95, 999_999.5,
            -0.04, -0.4, 12_345.678_9, 1e-9, 123_456_789_01.25, 999_999_999_999.9};
        for (double value : special) {
            for (int decimals = 0; decimals <= 3; decimals++) {
                assertThat(Estimate.grouped(value, decimals)).as("%s, %d places", value, decimals)
                        .isEqualTo(Estimate.decimalFormat(value, decimals));
            }
        }
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextInt(2_000_000) / 10.0 - 1_000;          // tenths, ties at a half
                case 1 -> random.nextInt(200_000) / 100.0 * (random.nextBoolean() ? 1 : -1);
                case 2 -> random.nextDouble() * Math.pow(10, random.nextInt(12)) * (random.nextBoolean() ? 1 : -1);
                default -> (double) random.nextLong(-5_000_000_000L, 5_000_000_000L);
            };
            int decimals = random.nextInt(3);
            assertThat(Estimate.grouped(value, decimals)).as("%s, %d places", value, decimals)
                    .isEqualTo(Estimate.decimalFormat(value, decimals));
        }
    }

    @Test
    void roundsTheExactValueHalfEvenAsBigDecimalDoes() {
        Random random = new Random(12);
        for (int i = 0; i < 300_000; i++) {
            int decimals = random.nextInt(4);
            long scale = (long) Math.pow(10, decimals);
            // exact binary ties (k + 1/2 over 10^places, where representable), their neighbours, and any value
            double tie = (random.nextLong(2_000_000_000_000L) + 0.5) / scale;
            double value = switch (i % 4) {
                case 0 -> tie;
                case 1 -> Math.nextUp(tie);
                case 2 -> Math.nextDown(tie);
                default -> random.nextDouble() * Math.pow(10, random.nextInt(13));
            };
            if (value >= 1e12) {
                continue;
            }
            long expected = new java.math.BigDecimal(value).setScale(decimals, java.math.RoundingMode.HALF_EVEN)
                    .unscaledValue().longValueExact();
            assertThat(Estimate.scaledHalfEven(value, scale)).as("%s, %d places", value, decimals).isEqualTo(expected);
        }
    }
}
