package dev.talkwatch.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How YouTube writes view counts in one interface language: its decimal mark, the words that
 * scale a number ("Mio." is 10^6 in German, "万" 10^4 in Japanese), the word for none, and the
 * word for views. The forms were checked against the per-language samples and number tokens that
 * public YouTube clients record (rustypipe's {@code large_number_samples.json} and
 * {@code dictionary.json}). Immutable.
 */
public final class CountLanguage {

    public static final CountLanguage ENGLISH = new CountLanguage("en", false,
            Map.of("k", 3, "m", 6, "b", 9, "bn", 9, "lakh", 5, "crore", 7, "k crore", 10),
            List.of("no"), List.of("views", "view"), "", true);

    private static final Map<String, CountLanguage> KNOWN = Map.ofEntries(
            Map.entry("en", ENGLISH),
            Map.entry("de", new CountLanguage("de", true, Map.of("tsd", 3, "mio", 6, "mrd", 9),
                    List.of("keine"), List.of("aufrufe", "aufruf"), "", false)),
            Map.entry("fr", new CountLanguage("fr", true, Map.of("k", 3, "m", 6, "md", 9, "g", 9),
                    List.of("aucune", "aucun"), List.of("de vues", "vues", "vue", "de visionnements", "visionnements",
                            "visionnement"), "", false)),
            Map.entry("es", spanish("es", true)),
            Map.entry("es-419", spanish("es-419", false)),
            Map.entry("es-us", spanish("es-US", false)),
            Map.entry("pt", new CountLanguage("pt", true, Map.of("mil", 3, "mi", 6, "bi", 9, "m", 6, "mm", 9),
                    List.of(), List.of("de visualizações", "visualizações", "visualização"), "", false)),
            Map.entry("it", new CountLanguage("it", true, Map.of("mila", 3, "mln", 6, "mio", 6, "mrd", 9),
                    List.of("nessuna"), List.of("di visualizzazioni", "visualizzazioni", "visualizzazione"), "", false)),
            Map.entry("nl", new CountLanguage("nl", true, Map.of("k", 3, "mln", 6, "mld", 9),
                    List.of("geen"), List.of("weergaven", "weergave"), "", false)),
            Map.entry("pl", new CountLanguage("pl", true, Map.of("tys", 3, "mln", 6, "mld", 9),
                    List.of("brak"), List.of("wyświetleń", "wyświetlenia", "wyświetlenie"), "", false)),
            Map.entry("ru", new CountLanguage("ru", true, Map.of("тыс", 3, "млн", 6, "млрд", 9),
                    List.of(), List.of("просмотров", "просмотра", "просмотр"), "", false)),
            Map.entry("ja", new CountLanguage("ja", false, Map.of("万", 4, "億", 8),
                    List.of(), List.of("回視聴"), "", false)),
            Map.entry("ko", new CountLanguage("ko", false, Map.of("천", 3, "만", 4, "억", 8),
                    List.of(), List.of("회"), "조회수", false)));

    private final String code;
    private final boolean decimalComma;
    private final Map<String, Integer> multipliers;
    private final Pattern form;
    private final Pattern none;
    private final Pattern endsInViews;
    private final TextMemo<Optional<ViewCount>> readings = new TextMemo<>(4096, this::read);
    private final TextMemo<Boolean> namings = new TextMemo<>(4096, this::names);

    private CountLanguage(String code, boolean decimalComma, Map<String, Integer> multipliers, List<String> noneWords,
            List<String> viewWords, String prefix, boolean wordOptional) {
        this.code = code;
        this.decimalComma = decimalComma;
        this.multipliers = multipliers;
        // a grouped count ("22.795", "1,043,568,535", "2 423") or a plain or decimal one ("2423", "1,4")
        String group = decimalComma ? "[. ']" : "[, ']";
        String decimal = decimalComma ? "," : "\\.";
        String number = "(\\d{1,3}(?:" + group + "\\d{3})+|\\d+(?:" + decimal + "\\d+)?)";
        String scale = "(?:\\s*(" + alternatives(multipliers.keySet()) + "))?";
        String words = "(?:\\s*(?:" + alternatives(viewWords) + "))" + (wordOptional ? "?" : "");
        String start = prefix.isEmpty() ? "" : Pattern.quote(prefix) + "\\s*";
        this.form = Pattern.compile("^" + start + number + scale + words + "$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.endsInViews = Pattern.compile("(?:" + alternatives(viewWords) + ")$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.none = noneWords.isEmpty() ? null : Pattern.compile("^" + start + "(?:" + alternatives(noneWords) + ")"
                + words + "$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static CountLanguage spanish(String code, boolean decimalComma) {
        return new CountLanguage(code, decimalComma, Map.of("mil", 3, "m", 6, "mil m", 9, "k", 3),
                List.of("sin"), List.of("de visualizaciones", "visualizaciones", "visualización", "de vistas", "vistas",
                        "vista"), "", false);
    }

    // Longest first, so "mrd" is tried before "m" and "k crore" before "k". A word of a cased script
    // ends where no letter follows ("3.6KB" has no scale); an abbreviation may end in a dot ("Mio.").
    private static String alternatives(java.util.Collection<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s*\\Q") + (cased(w) ? "\\.?(?!\\p{L})" : ""))
                .collect(Collectors.joining("|"));
    }

    private static boolean cased(String word) {
        int last = word.codePointBefore(word.length());
        return Character.isUpperCase(last) || Character.isLowerCase(last);
    }

    /**
     * The language of a YouTube interface language tag ("de", "de-DE", "en_US", "es-419"), if talkwatch
     * reads its counts: the full tag first, then its language alone.
     */
    public static Optional<CountLanguage> of(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String normalized = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        CountLanguage exact = KNOWN.get(normalized);
        if (exact != null) {
            return Optional.of(exact);
        }
        int dash = normalized.indexOf('-');
        return Optional.ofNullable(KNOWN.get(dash < 0 ? normalized : normalized.substring(0, dash)));
    }

    /** The language's English name and tag, for messages: "German (de)". */
    public static String describe(String tag) {
        String normalized = tag == null ? "" : tag.strip().replace('_', '-');
        String name = Locale.forLanguageTag(normalized).getDisplayLanguage(Locale.ENGLISH);
        return (name.isEmpty() ? "an unknown language" : name) + " (" + normalized + ")";
    }

    public String code() {
        return code;
    }

    /**
     * Whether {@code text} is a view count that says so in this language's word for views ("921 views",
     * not a bare "921", which a channel could be named), to tell it among a video's metadata.
     */
    public boolean namesViews(String text) {
        return text != null && namings.get(text);
    }

    private boolean names(String text) {
        return endsInViews.matcher(text.strip()).find() && ViewCount.parse(text, this).isPresent();
    }

    /** The count {@code text} writes in this language, or empty when it is in none of its forms. */
    Optional<ViewCount> parse(String text) {
        return readings.get(text);
    }

    private Optional<ViewCount> read(String text) {
        // YouTube separates number, scale and word with no-break and narrow no-break spaces too
        String spaced = text.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ').strip();
        if (none != null && none.matcher(spaced).matches()) {
            return Optional.of(ViewCount.exact(0, spaced));
        }
        var m = form.matcher(spaced);
        if (!m.matches()) {
            return Optional.empty();
        }
        String number = m.group(1);
        String scale = m.group(2);
        boolean decimal = number.contains(decimalComma ? "," : ".");
        if (scale == null) {
            if (decimal) {
                return Optional.empty(); // "3.6 views" is no form YouTube writes
            }
            String digits = digits(number);
            // more digits than a long holds: no count any video has
            return digits.length() > 18 ? Optional.empty() : Optional.of(ViewCount.exact(Long.parseLong(digits), spaced));
        }
        int exponent = multipliers.get(canonicalScale(scale));
        String plain = decimal ? number.replace(decimalComma ? ',' : '.', '.') : digits(number);
        if (plain.length() > 12) {
            return Optional.empty(); // a mantissa this long, times its scale, is no count a video has
        }
        return Optional.of(ViewCount.abbreviated(new java.math.BigDecimal(plain), exponent, spaced));
    }

    // the number without its group separators
    private static String digits(String number) {
        StringBuilder digits = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            }
        }
        return digits.toString();
    }

    private String canonicalScale(String scale) {
        String lower = scale.toLowerCase(Locale.ROOT).replace(".", "").replaceAll("\\s+", " ");
        return multipliers.containsKey(lower) ? lower : lower.replace(" ", "");
    }
}
