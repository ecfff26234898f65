package dev.studypath.engine.schedule;

import dev.studypath.engine.LearningPath;
import dev.studypath.engine.Profile;
import dev.studypath.engine.Schedule;
import dev.studypath.engine.ScheduleItem;
import dev.studypath.engine.ScheduleOptions;
import dev.studypath.engine.ScheduleWeek;
import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Milestone;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Range;
import dev.studypath.engine.model.Text;
import dev.studypath.engine.schedule.MonteCarlo.Percentiles;
import dev.studypath.engine.schedule.MonteCarlo.Pert;
import dev.studypath.engine.score.Learner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lays a learning path out on the calendar. Internal to the engine; the facade and {@link Schedule}
 * document the rules.
 *
 * <p>Study happens on every day that is not time off, {@code hoursPerWeek / 7} hours a day. Each
 * project takes whole study days: project {@code i} ends where the path's cumulative planned hours,
 * divided by the daily hours and rounded, say (at least one day after the previous project), so
 * rounding never adds up along the path.
 */
public final class Scheduler {

    /** The most weekly hours the search for the hours a deadline needs tries: 24 hours a day. */
    static final int MAX_TENTHS_PER_WEEK = 24 * 7 * 10;

    private final Catalog catalog;

    public Scheduler(Catalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** Schedules {@code path}, which was planned on this scheduler's catalog for {@code learner}. */
    public Schedule schedule(LearningPath path, Learner learner, ScheduleOptions options) {
        List<Project> projects = path.projects().stream()
                .map(id -> catalog.project(id).orElseThrow(() -> new IllegalArgumentException(
                        "path project is not in catalog " + catalog.id() + ": " + id)))
                .toList();
        int n = projects.size();
        Pert[] efforts = new Pert[n];
        double[] likely = new double[n];
        double likelySum = 0;
        double factor = options.pace().factor();
        for (int i = 0; i < n; i++) {
            Range range = learner.hours(projects.get(i)).times(factor);
            likely[i] = Math.min(range.max(), Math.max(range.min(), learner.likelyHours(projects.get(i)) * factor));
            efforts[i] = new Pert(range.min(), likely[i], range.max());
            likelySum += likely[i];
        }
        MonteCarlo monteCarlo = new MonteCarlo(options.samples(), options.seed(), options.pace().logSd());
        Percentiles whole = monteCarlo.total(efforts, n);
        double scale = likelySum > 0 ? whole.p50() / likelySum : 1;
        double[] hours = new double[n];
        for (int i = 0; i < n; i++) {
            hours[i] = tenths(likely[i] * scale);
        }
        double hoursPerWeek = learner.profile().hoursPerWeek();
        long[] ends = ends(hours, hoursPerWeek / 7);
        StudyCalendar calendar = new StudyCalendar(options.start(), options.timeOff());

        int kept = n;
        double needed = hoursPerWeek;
        boolean withinLimit = true;
        if (options.deadline().isPresent()) {
            long available = calendar.studyDaysThrough(options.deadline().get());
            while (kept > 0 && ends[kept - 1] > available) {
                kept--;
            }
            int tenths = tenthsNeeded(hours, available);
            if (tenths > MAX_TENTHS_PER_WEEK) {
                needed = Math.ceil(sum(hours, n) * 7 / available * 10) / 10;
                withinLimit = false;
            } else {
                needed = tenths / 10.0;
                withinLimit = needed <= Profile.MAX_HOURS;
            }
        }

        List<ScheduleItem> items = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            items.add(item(i + 1, projects.get(i), hours[i], i == 0 ? 0 : ends[i - 1], ends[i] - 1, calendar));
        }
        List<ScheduleWeek> weeks = weeks(options.start(), items, calendar);
        Schedule.Totals totals = new Schedule.Totals(tenths(sum(hours, kept)), weeks.size());
        Schedule.Finish finish = finish(options.start(), items, totals.hours(),
                kept == n ? whole : monteCarlo.total(efforts, kept), hoursPerWeek / 7, calendar);
        List<String> ids = projects.stream().map(Project::id).toList();
        Schedule.Deadline deadline;
        if (options.deadline().isPresent()) {
            deadline = new Schedule.Deadline(kept == n ? Schedule.Deadline.Status.MET
                    : Schedule.Deadline.Status.MISSED, options.deadline().get(), ids.subList(0, kept),
                    ids.subList(kept, n), needed, withinLimit);
        } else {
            deadline = new Schedule.Deadline(Schedule.Deadline.Status.NONE, finish.p50(), ids, List.of(), hoursPerWeek,
                    true);
        }
        return new Schedule(catalog.id(), path.goal().query(), options.start(), hoursPerWeek, items, weeks, totals,
                finish, deadline, options.samples(), options.seed());
    }

    /**
     * For each project, the study day after its last one: its cumulative hours in days, rounded half
     * up, and at least one day after the previous project's.
     */
    static long[] ends(double[] hours, double hoursPerDay) {
        long[] ends = new long[hours.length];
        double cumulative = 0;
        long previous = 0;
        for (int i = 0; i < hours.length; i++) {
            cumulative += hours[i];
            previous = Math.max(previous + 1, Math.round(cumulative / hoursPerDay));
            ends[i] = previous;
        }
        return ends;
    }

    /**
     * The fewest weekly hours, in tenths, at which the whole path ends within {@code available}
     * study days; more than {@link #MAX_TENTHS_PER_WEEK} when not even that suffices. Binary search:
     * the end only moves earlier as the weekly hours grow.
     */
    static int tenthsNeeded(double[] hours, long available) {
        if (hours.length == 0) {
            return 0;
        }
        if (!fits(hours, available, MAX_TENTHS_PER_WEEK)) {
            return MAX_TENTHS_PER_WEEK + 1;
        }
        int low = 1;
        int high = MAX_TENTHS_PER_WEEK;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (fits(hours, available, middle)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private static boolean fits(double[] hours, long available, int tenthsPerWeek) {
        long[] ends = ends(hours, tenthsPerWeek / 10.0 / 7);
        return ends[ends.length - 1] <= available;
    }

    private static ScheduleItem item(int position, Project project, double hours, long first, long last,
                                     StudyCalendar calendar) {
        LocalDate start = calendar.date(first);
        LocalDate end = calendar.date(last);
        List<ScheduleItem.Milestone> milestones = new ArrayList<>();
        List<Milestone> route = project.route();
        if (route.isEmpty()) {
            Text name = project.name();
            Text title = Text.of("Study " + name.english(), name.zh().isEmpty() ? "" : "学习" + name.zh());
            milestones.add(new ScheduleItem.Milestone(1, title, 1, week(start, end), start, end, List.of(),
                    List.of(title.english())));
        } else {
            // By days, not weeks: a route in days (clap's days 1-3, 4-7, 8-14) has milestones within one week.
            // Each starts after the one before; only a project with fewer days than milestones shares dates.
            long days = last - first + 1;
            int routeDays = route.stream().mapToInt(Milestone::lastDay).max().orElseThrow();
            long previous = first - 1;
            for (int j = 0; j < route.size(); j++) {
                Milestone milestone = route.get(j);
                long from = Math.min(last, first + roundedShare(milestone.firstDay() - 1L, days, routeDays));
                from = Math.min(last, Math.max(from, previous + 1));
                long to = Math.max(from,
                        Math.min(last, first + roundedShare(milestone.lastDay(), days, routeDays) - 1));
                previous = to;
                LocalDate mStart = calendar.date(from);
                LocalDate mEnd = calendar.date(to);
                List<String> checklist = milestone.checklist().isEmpty() ? List.of(milestone.title().english())
                        : english(milestone.checklist());
                milestones.add(new ScheduleItem.Milestone(j + 1, milestone.title(), week(start, mStart),
                        week(start, mEnd), mStart, mEnd, english(milestone.topics()), checklist));
            }
        }
        return new ScheduleItem(position, project.id(), project.name(), start, end, hours, milestones);
    }

    private static List<String> english(List<Text> texts) {
        return texts.stream().map(Text::english).toList();
    }

    /** {@code part * days / total}, rounded half up, in exact integer arithmetic. */
    private static long roundedShare(long part, long days, long total) {
        return (2 * part * days + total) / (2 * total);
    }

    /** The week of {@code date} counted from {@code from}, 1 for its first seven days. */
    private static int week(LocalDate from, LocalDate date) {
        return (int) ((date.toEpochDay() - from.toEpochDay()) / 7) + 1;
    }

    private static List<ScheduleWeek> weeks(LocalDate start, List<ScheduleItem> items, StudyCalendar calendar) {
        if (items.isEmpty()) {
            return List.of();
        }
        int count = week(start, items.get(items.size() - 1).end());
        double[] hours = new double[count];
        List<List<ScheduleWeek.Work>> work = new ArrayList<>(count);
        for (int w = 0; w < count; w++) {
            work.add(new ArrayList<>());
        }
        for (ScheduleItem item : items) {
            long itemDays = calendar.studyDays(item.start(), item.end());
            for (int w = week(start, item.start()) - 1; w < week(start, item.end()); w++) {
                LocalDate weekStart = start.plusDays(7L * w);
                long days = calendar.studyDays(later(weekStart, item.start()), earlier(weekStart.plusDays(6),
                        item.end()));
                hours[w] += item.hours() * days / itemDays;
            }
            for (ScheduleItem.Milestone milestone : item.weeks()) {
                for (int w = week(start, milestone.start()) - 1; w < week(start, milestone.end()); w++) {
                    LocalDate weekStart = start.plusDays(7L * w);
                    if (calendar.studyDays(later(weekStart, milestone.start()),
                            earlier(weekStart.plusDays(6), milestone.end())) > 0) {
                        work.get(w).add(new ScheduleWeek.Work(item.project(), milestone.number(), milestone.title()));
                    }
                }
            }
        }
        List<ScheduleWeek> weeks = new ArrayList<>(count);
        for (int w = 0; w < count; w++) {
            LocalDate weekStart = start.plusDays(7L * w);
            LocalDate weekEnd = weekStart.plusDays(6);
            weeks.add(new ScheduleWeek(w + 1, weekStart, weekEnd, calendar.offDays(weekStart, weekEnd),
                    tenths(hours[w]), work.get(w)));
        }
        return weeks;
    }

    private static Schedule.Finish finish(LocalDate start, List<ScheduleItem> items, double planned,
                                          Percentiles sampled, double hoursPerDay, StudyCalendar calendar) {
        if (items.isEmpty()) {
            return new Schedule.Finish(start, start, start, 0, 0, 0);
        }
        LocalDate p50 = items.get(items.size() - 1).end();
        double hoursP80 = tenths(Math.max(planned, sampled.p80()));
        double hoursP95 = tenths(Math.max(hoursP80, sampled.p95()));
        LocalDate p80 = later(p50, lastDay(hoursP80, hoursPerDay, calendar));
        LocalDate p95 = later(p80, lastDay(hoursP95, hoursPerDay, calendar));
        return new Schedule.Finish(p50, p80, p95, planned, hoursP80, hoursP95);
    }

    /** The study day on which {@code hours} of study, from the start, are done. */
    private static LocalDate lastDay(double hours, double hoursPerDay, StudyCalendar calendar) {
        return calendar.date(Math.max(1, Math.round(hours / hoursPerDay)) - 1);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static double sum(double[] values, int count) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += values[i];
        }
        return sum;
    }

    /** Rounds to 0.1, the precision of every hour figure in a schedule. */
    static double tenths(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
