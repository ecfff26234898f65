package dev.studypath.server;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Chooses a response media type from a request's {@code Accept} header (RFC 9110, section 12.5.1). */
final class Negotiation {

    private Negotiation() {
    }

    /**
     * The offered type the client prefers: the one with the highest quality, the earlier offered on a
     * tie; the first offered when the header is missing or blank; empty when the client accepts none.
     * Each offered type gets the quality of the most specific range that matches it.
     */
    static Optional<String> choose(String accept, List<String> offered) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(offered.get(0));
        }
        String best = null;
        double bestQuality = 0;
        for (String type : offered) {
            double quality = quality(accept, type);
            if (quality > bestQuality) {
                best = type;
                bestQuality = quality;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double quality(String accept, String type) {
        String anySubtype = type.substring(0, type.indexOf('/')) + "/*";
        int bestSpecificity = -1;
        double quality = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String media = parts[0].strip().toLowerCase(Locale.ROOT);
            int specificity = media.equals(type) ? 2 : media.equals(anySubtype) ? 1 : media.equals("*/*") ? 0 : -1;
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                quality = weight(parts);
            }
        }
        return quality;
    }

    /** The range's q parameter; 1 when it has none or an unreadable one. */
    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 1;
                }
            }
        }
        return 1;
    }
}
