package dev.studypath.format;

import dev.studypath.engine.Schedule;
import dev.studypath.engine.ScheduleItem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import dev.studypath.engine.model.Catalog;

/**
 * A {@link Schedule} as an iCalendar file (RFC 5545) that calendar applications import: one all-day
 * event spanning each project and one for each of its milestones.
 *
 * <ul>
 *   <li>Dates are {@code DTSTART;VALUE=DATE} and an exclusive {@code DTEND;VALUE=DATE}, the day after
 *       the last study day. Events are transparent (they do not block time).</li>
 *   <li>A {@code UID} depends only on the catalog id, the goal, the project id and the milestone's
 *       number (0 for the project's own event): a SHA-256 of them, so importing a re-planned schedule
 *       updates the events instead of duplicating them.</li>
 *   <li>{@code DTSTAMP} is the schedule's start at 00:00:00 UTC, so the same schedule gives the same
 *       bytes; the file never reads the clock.</li>
 *   <li>Text values escape {@code \ ; ,} and line breaks; lines end with CRLF and are folded so that
 *       none exceeds 75 octets, never inside a UTF-8 character.</li>
 * </ul>
 */
public final class ScheduleCalendar {

    /** The longest content line, in octets, before folding (RFC 5545 section 3.1). */
    public static final int MAX_LINE_OCTETS = 75;

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private ScheduleCalendar() {
    }

    /** The schedule as iCalendar text in English, CRLF line endings, UTF-8 when written out. */
    public static String render(Schedule schedule) {
        return render(schedule, Optional.empty(), Words.of(Locale.ENGLISH));
    }

    /**
     * The schedule as iCalendar text in {@code locale}'s language, with the milestones' topics and
     * checklists from {@code catalog} (the one the schedule was made from). The calendar's name and
     * every {@code SUMMARY} and {@code DESCRIPTION} carry a {@code LANGUAGE} parameter ({@code en} or
     * {@code zh-CN}, RFC 5545 section 3.2.10).
     */
    public static String render(Schedule schedule, Catalog catalog, Locale locale) {
        return render(schedule, Optional.of(catalog), Words.of(locale));
    }

    private static String render(Schedule schedule, Optional<Catalog> catalog, Words w) {
        ScheduleTexts texts = ScheduleTexts.of(catalog, w);
        String language = w.chinese() ? ";LANGUAGE=zh-CN" : ";LANGUAGE=en";
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//studypath//studypath schedule//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.add("X-WR-CALNAME" + language + ":" + text(w.get("ics.calendar", schedule.goal().isBlank()
                ? w.get("wholeRoute") : schedule.goal())));
        String stamp = schedule.start().format(DATE) + "T000000Z";
        int count = schedule.items().size();
        for (ScheduleItem item : schedule.items()) {
            StringBuilder description = new StringBuilder();
            description.append(w.get("ics.project", String.valueOf(item.position()), String.valueOf(count), hours(w, item.hours())));
            for (ScheduleItem.DatedMilestone milestone : item.weeks()) {
                description.append('\n').append(w.get("ics.milestone", String.valueOf(milestone.number()), w.prose(milestone.title()),
                        milestone.start().toString(), milestone.end().toString()));
            }
            String name = texts.name(item.name());
            event(lines, language, uid(schedule, item.project(), 0), stamp, item.start(), item.end(), name,
                    description.toString());
            for (ScheduleItem.DatedMilestone milestone : item.weeks()) {
                StringBuilder text = new StringBuilder();
                List<String> topics = texts.topics(item, milestone);
                if (!topics.isEmpty()) {
                    text.append(w.get("ics.topics", String.join(w.get("join.comma"), topics))).append('\n');
                }
                text.append(w.get("ics.checklist"));
                texts.checklist(item, milestone).forEach(entry -> text.append("\n[ ] ").append(entry));
                event(lines, language, uid(schedule, item.project(), milestone.number()), stamp, milestone.start(),
                        milestone.end(), w.get("pair", name, w.prose(milestone.title())), text.toString());
            }
        }
        lines.add("END:VCALENDAR");
        StringBuilder ics = new StringBuilder();
        for (String line : lines) {
            ics.append(fold(line)).append("\r\n");
        }
        return ics.toString();
    }

    private static void event(List<String> lines, String language, String uid, String stamp, LocalDate start,
                              LocalDate end, String summary, String description) {
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + uid);
        lines.add("DTSTAMP:" + stamp);
        lines.add("DTSTART;VALUE=DATE:" + start.format(DATE));
        lines.add("DTEND;VALUE=DATE:" + end.plusDays(1).format(DATE));
        lines.add("SUMMARY" + language + ":" + text(summary));
        lines.add("DESCRIPTION" + language + ":" + text(description));
        lines.add("TRANSP:TRANSPARENT");
        lines.add("END:VEVENT");
    }

    /** A stable id: the first 128 bits of SHA-256 over catalog, goal, project and milestone number. */
    static String uid(Schedule schedule, String project, int milestone) {
        String key = String.join("\u0000", schedule.catalog(), schedule.goal(), project, String.valueOf(milestone));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16) + "@studypath.dev";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** A TEXT value (RFC 5545 section 3.3.11): escapes backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> out.append(c < 0x20 && c != '\t' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /**
     * Folds a content line (RFC 5545 section 3.1): breaks it with CRLF and a space so that no line
     * exceeds {@link #MAX_LINE_OCTETS} octets of UTF-8, the space included, and never inside a
     * character.
     */
    static String fold(String line) {
        StringBuilder out = new StringBuilder(line.length() + 16);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + size > MAX_LINE_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    private static String hours(Words w, double hours) {
        return w.get("decimal.one", Words.decimal(hours, 1));
    }
}
