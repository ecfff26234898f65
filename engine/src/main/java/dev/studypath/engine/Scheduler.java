package dev.studypath.engine;

import dev.studypath.engine.model.Catalog;
import dev.studypath.engine.model.Milestone;
import dev.studypath.engine.model.Project;
import dev.studypath.engine.model.Range;
import dev.studypath.engine.model.Text;
import dev.studypath.engine.MonteCarlo.Percentiles;
import dev.studypath.engine.MonteCarlo.Pert;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lays a learning path out on the calendar. The facade and {@link Schedule} document
 * the rules.
 *
 * <p>Study happens on every day that is not time off, {@code hoursPerWeek / 7} hours a day. Each
 * project takes whole study days: project {@code i} ends where the path's cumulative planned hours,
 * divided by the daily hours and rounded, say (at least one day after the previous project), so
 * rounding never adds up along the path.
 */
final class Scheduler {

    /** The most weekly hours the search for the hours a deadline needs tries: 24 hours a day. */
    static final int MAX_TENTHS_PER_WEEK = 24 * 7 * 10;
    /**
     * The longest path whose targets are tried one by one against a deadline (a Monte Carlo run each);
     * a longer path keeps its longest fitting prefix, found by binary search.
     */
    static final int MAX_PATH_TRIED = 64;

    private final CatalogIndex index;
    private final Catalog catalog;

    Scheduler(CatalogIndex index) {
        this.index = index;
        this.catalog = index.catalog();
    }

    /** Schedules {@code plan}, which was planned on this scheduler's catalog for {@code learner}. */
    Schedule schedule(Planner.Plan plan, Learner learner, ScheduleOptions options) {
        LearningPath path = plan.path();
        int[] order = plan.order();
        List<Project> projects = Arrays.stream(order).mapToObj(index::project).toList();
        int n = projects.size();
        Pert[] efforts = new Pert[n];
        double[] likely = new double[n];
        double likelySum = 0;
        double factor = options.pace().factor();
        for (int i = 0; i < n; i++) {
            Range range = learner.hours(order[i]).times(factor);
            likely[i] = Math.min(range.max(), Math.max(range.min(), learner.likelyHours(order[i]) * factor));
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
        StudyCalendar calendar = new StudyCalendar(options.start(), options.timeOff());
        Fitting fitting = new Fitting(hours, efforts, monteCarlo, whole, hoursPerWeek / 7, options.confidence(),
                options.deadline().map(calendar::studyDaysThrough).orElse(Long.MAX_VALUE));

        boolean[] keep = new boolean[n];
        Arrays.fill(keep, true);
        Schedule.Dropped[] why = new Schedule.Dropped[n];
        Fit all = options.deadline().isPresent() ? fitting.fit(keep) : new Fit(true, 0, whole);
        Fit kept = all;
        if (!all.fits()) {
            kept = n <= MAX_PATH_TRIED ? keepTargets(path, projects, fitting, keep, why, calendar)
                    : keepPrefix(projects, fitting, keep, why, calendar);
        }
        List<ScheduleItem> items = new ArrayList<>();
        double[] keptHours = new double[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                keptHours[count++] = hours[i];
            }
        }
        long[] ends = ends(Arrays.copyOf(keptHours, count), hoursPerWeek / 7);
        for (int i = 0, k = 0; i < n; i++) {
            if (keep[i]) {
                items.add(item(k + 1, projects.get(i), hours[i], k == 0 ? 0 : ends[k - 1], ends[k] - 1, calendar));
                k++;
            }
        }
        List<ScheduleWeek> weeks = weeks(options.start(), items, calendar);
        Schedule.Totals totals = new Schedule.Totals(tenths(sum(keptHours, count)), weeks.size());
        Schedule.Finish finish = finish(options.start(), items, totals.hours(), kept.sample(), hoursPerWeek / 7,
                calendar);
        List<String> ids = projects.stream().map(Project::id).toList();
        List<String> keptIds = new ArrayList<>();
        List<String> droppedIds = new ArrayList<>();
        List<Schedule.Dropped> reasons = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (keep[i] ? keptIds : droppedIds).add(ids.get(i));
            if (!keep[i]) {
                reasons.add(why[i]);
            }
        }
        Schedule.Deadline deadline;
        if (options.deadline().isPresent()) {
            long available = fitting.available();
            int tenths = tenthsNeeded(hours, fitting.confidenceHours(whole, sum(hours, n)), available);
            double needed;
            boolean withinLimit;
            if (tenths > MAX_TENTHS_PER_WEEK) {
                needed = Math.ceil(Math.max(sum(hours, n), whole.at(options.confidence())) * 7 / available * 10) / 10;
                withinLimit = false;
            } else {
                needed = tenths / 10.0;
                withinLimit = needed <= Profile.MAX_HOURS;
            }
            deadline = new Schedule.Deadline(droppedIds.isEmpty() ? Schedule.Deadline.Status.MET
                    : Schedule.Deadline.Status.MISSED, options.deadline().get(), keptIds, droppedIds, needed, withinLimit,
                    options.confidence(), fitting.probability(whole, available),
                    fitting.probability(kept.sample(), available), reasons);
        } else {
            long planned = calendar.studyDaysThrough(finish.p50());
            deadline = new Schedule.Deadline(Schedule.Deadline.Status.NONE, finish.p50(), ids, List.of(), hoursPerWeek,
                    true, options.confidence(), fitting.probability(whole, planned),
                    fitting.probability(whole, planned), List.of());
        }
        Schedule.Outcome outcome = n == 0 ? Schedule.Outcome.NOTHING_LEFT : items.isEmpty()
                ? Schedule.Outcome.NOTHING_FITS : items.size() < n ? Schedule.Outcome.PARTIAL : Schedule.Outcome.ALL;
        return new Schedule(catalog.id(), path.goal().query(), options.start(), hoursPerWeek, items, weeks, totals,
                finish, deadline, options.samples(), options.seed(), options.pace(), outcome, path.omitted());
    }

    /** Whether some of a path's projects end by the deadline at the confidence, and when they would end. */
    private record Fit(boolean fits, long end, Percentiles sample) {
    }

    /** Tries sets of a path's projects against a deadline, {@code available} study days away. */
    private record Fitting(double[] hours, Pert[] efforts, MonteCarlo monteCarlo, Percentiles whole, double hoursPerDay,
                           int confidence, long available) {

        /** The projects {@code keep} marks, in path order: when they end at the confidence. */
        Fit fit(boolean[] keep) {
            int count = 0;
            double[] kept = new double[hours.length];
            Pert[] keptEfforts = new Pert[hours.length];
            for (int i = 0; i < hours.length; i++) {
                if (keep[i]) {
                    kept[count] = hours[i];
                    keptEfforts[count++] = efforts[i];
                }
            }
            if (count == 0) {
                return new Fit(true, 0, Percentiles.ZERO);
            }
            long planEnd = ends(Arrays.copyOf(kept, count), hoursPerDay)[count - 1];
            Percentiles sample = count == hours.length ? whole : monteCarlo.total(keptEfforts, count);
            long end = Math.max(planEnd, day(confidenceHours(sample, tenths(sum(kept, count)))));
            return new Fit(end <= available, end, sample);
        }

        /** The hours behind the finish at the confidence, as {@link #finish} rounds them; 0 at 50. */
        double confidenceHours(Percentiles sample, double planned) {
            double p80 = tenths(Math.max(planned, sample.p80()));
            return switch (confidence) {
                case 80 -> p80;
                case 95 -> tenths(Math.max(p80, sample.p95()));
                default -> 0;
            };
        }

        /** The study day after the one on which {@code hours} of study are done. */
        long day(double hours) {
            return Math.max(1, Math.round(hours / hoursPerDay));
        }

        /** The share of the samples done within {@code days} study days. */
        double probability(Percentiles sample, long days) {
            return sample.shareAtMost((days + 0.5) * hoursPerDay);
        }
    }

    /**
     * Keeps the goal's targets one at a time, most important first, each with the projects it needs
     * on the path, when they still end by the deadline: the catalog goal's own projects in its order,
     * then the other targets by score, then by path position. Then the other projects, in path order,
     * whose prerequisites are kept, up to the first that does not fit: a start on a target that does
     * not fit. What is left is dropped with a reason.
     */
    private Fit keepTargets(LearningPath path, List<Project> projects, Fitting fitting, boolean[] keep,
                            Schedule.Dropped[] why, StudyCalendar calendar) {
        int n = projects.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(projects.get(i).id(), i);
        }
        List<Step> steps = path.steps();
        Set<Integer> order = new LinkedHashSet<>();
        if (path.goal().kind() == GoalMatch.Kind.GOAL) {
            for (String goal : path.goal().goals()) {
                catalog.goal(goal).ifPresent(g -> g.projects().stream().map(index::get)
                        .filter(i -> i != null && steps.get(i).role() == Step.Role.TARGET).forEach(order::add));
            }
        }
        steps.stream().filter(s -> s.role() == Step.Role.TARGET)
                .sorted(Comparator.comparingDouble(Step::score).reversed().thenComparingInt(Step::position))
                .forEach(s -> order.add(s.position() - 1));
        Arrays.fill(keep, false);
        Fit kept = fitting.fit(keep);
        for (int target : order) {
            boolean[] candidate = keep.clone();
            List<Integer> needs = needs(target, projects, index);
            needs.forEach(i -> candidate[i] = true);
            Fit fit = fitting.fit(candidate);
            if (fit.fits()) {
                System.arraycopy(candidate, 0, keep, 0, n);
                kept = fit;
                continue;
            }
            LocalDate end = calendar.date(fit.end() - 1);
            String id = projects.get(target).id();
            for (int i : needs) {
                if (!keep[i] && why[i] == null) {
                    why[i] = new Schedule.Dropped(projects.get(i).id(), i == target ? Schedule.Dropped.Reason.TOO_LATE
                            : Schedule.Dropped.Reason.ONLY_FOR_DROPPED, end, id);
                }
            }
        }
        for (int i = 0; i < n; i++) {
            int project = i;
            if (!keep[i] && needs(i, projects, index).stream().allMatch(j -> j == project || keep[j])) {
                boolean[] candidate = keep.clone();
                candidate[i] = true;
                Fit fit = fitting.fit(candidate);
                if (!fit.fits()) {
                    why[i] = new Schedule.Dropped(projects.get(i).id(), Schedule.Dropped.Reason.TOO_LATE,
                            calendar.date(fit.end() - 1), projects.get(i).id());
                    break;
                }
                System.arraycopy(candidate, 0, keep, 0, n);
                kept = fit;
                why[i] = null;
            }
        }
        for (int i = 0; i < n; i++) {
            if (!keep[i] && why[i] == null) {
                boolean[] candidate = keep.clone();
                needs(i, projects, index).forEach(j -> candidate[j] = true);
                why[i] = new Schedule.Dropped(projects.get(i).id(), Schedule.Dropped.Reason.TOO_LATE,
                        calendar.date(fitting.fit(candidate).end() - 1), projects.get(i).id());
            }
        }
        return kept;
    }

    /** {@code target} and every project on the path it needs, directly or not. */
    private static List<Integer> needs(int target, List<Project> projects, Map<String, Integer> index) {
        Set<Integer> needs = new TreeSet<>();
        Deque<Integer> todo = new ArrayDeque<>(List.of(target));
        while (!todo.isEmpty()) {
            int i = todo.pop();
            if (needs.add(i)) {
                projects.get(i).prerequisites().stream().map(p -> index.get(p.project())).filter(Objects::nonNull)
                        .forEach(todo::push);
            }
        }
        return new ArrayList<>(needs);
    }

    /**
     * Keeps the longest prefix of the path that ends by the deadline, found by binary search (the
     * finish only moves later as projects are added): for paths of more than
     * {@link #MAX_PATH_TRIED} projects, where trying each target would cost too much. Every dropped
     * project is too late, with the end of the prefix through the first one: a later one would end
     * no earlier.
     */
    private static Fit keepPrefix(List<Project> projects, Fitting fitting, boolean[] keep, Schedule.Dropped[] why,
                                  StudyCalendar calendar) {
        int n = projects.size();
        int low = 0;
        int high = n - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (fitting.fit(prefix(n, middle)).fits()) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        System.arraycopy(prefix(n, low), 0, keep, 0, n);
        LocalDate end = calendar.date(fitting.fit(prefix(n, low + 1)).end() - 1);
        for (int i = low; i < n; i++) {
            String id = projects.get(i).id();
            why[i] = new Schedule.Dropped(id, Schedule.Dropped.Reason.TOO_LATE, end, id);
        }
        return fitting.fit(keep);
    }

    private static boolean[] prefix(int n, int length) {
        boolean[] keep = new boolean[n];
        Arrays.fill(keep, 0, length, true);
        return keep;
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
     * study days, by the plan and by {@code confidenceHours} of study (0 to judge by the plan alone); more than {@link #MAX_TENTHS_PER_WEEK} when not even that suffices. Binary search:
     * the end only moves earlier as the weekly hours grow.
     */
    static int tenthsNeeded(double[] hours, double confidenceHours, long available) {
        if (hours.length == 0) {
            return 0;
        }
        if (!fits(hours, confidenceHours, available, MAX_TENTHS_PER_WEEK)) {
            return MAX_TENTHS_PER_WEEK + 1;
        }
        int low = 1;
        int high = MAX_TENTHS_PER_WEEK;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (fits(hours, confidenceHours, available, middle)) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    private static boolean fits(double[] hours, double confidenceHours, long available, int tenthsPerWeek) {
        double hoursPerDay = tenthsPerWeek / 10.0 / 7;
        long[] ends = ends(hours, hoursPerDay);
        return ends[ends.length - 1] <= available && Math.max(1, Math.round(confidenceHours / hoursPerDay)) <= available;
    }

    private static ScheduleItem item(int position, Project project, double hours, long first, long last,
                                     StudyCalendar calendar) {
        LocalDate start = calendar.date(first);
        LocalDate end = calendar.date(last);
        List<ScheduleItem.DatedMilestone> milestones = new ArrayList<>();
        List<Milestone> route = project.route();
        if (route.isEmpty()) {
            Text name = project.name();
            Text title = Text.of("Study " + name.english(), name.zh().isEmpty() ? "" : "学习" + name.zh());
            milestones.add(new ScheduleItem.DatedMilestone(1, title, 1, week(start, end), start, end, List.of(),
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
                milestones.add(new ScheduleItem.DatedMilestone(j + 1, milestone.title(), week(start, mStart),
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
        long[] tenths = new long[count];
        List<List<ScheduleWeek.Work>> work = new ArrayList<>(count);
        for (int w = 0; w < count; w++) {
            work.add(new ArrayList<>());
        }
        for (ScheduleItem item : items) {
            int first = week(start, item.start()) - 1;
            long[] days = new long[week(start, item.end()) - first];
            for (int w = 0; w < days.length; w++) {
                LocalDate weekStart = start.plusDays(7L * (first + w));
                days[w] = calendar.studyDays(later(weekStart, item.start()), earlier(weekStart.plusDays(6), item.end()));
            }
            long[] shares = shares(Math.round(item.hours() * 10), days);
            for (int w = 0; w < days.length; w++) {
                tenths[first + w] += shares[w];
            }
            for (ScheduleItem.DatedMilestone milestone : item.weeks()) {
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
                    tenths[w] / 10.0, work.get(w)));
        }
        return weeks;
    }

    /**
     * {@code total} split in proportion to {@code weights}, in whole units that add up to it exactly:
     * each part rounded down, then the units left over to the largest remainders (the earlier part
     * on a tie).
     */
    static long[] shares(long total, long[] weights) {
        long sum = Arrays.stream(weights).sum();
        long[] shares = new long[weights.length];
        if (sum == 0) {
            return shares;
        }
        long left = total;
        long[] remainders = new long[weights.length];
        for (int i = 0; i < weights.length; i++) {
            shares[i] = total * weights[i] / sum;
            remainders[i] = total * weights[i] % sum;
            left -= shares[i];
        }
        for (; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < weights.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            shares[best]++;
            remainders[best] = -1;
        }
        return shares;
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
