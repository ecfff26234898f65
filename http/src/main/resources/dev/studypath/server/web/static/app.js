// studypath web page: reads the form from the URL, calls the API, draws the path and the schedule.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
const FIELDS = ['goal', 'completed', 'known', 'hours', 'start'];
/** Which form field an API error belongs to, by query parameter or by the body's top-level property. */
const FIELD_OF = {goal: 'goal', completed: 'completed', known: 'known', hours: 'hours', hoursPerWeek: 'hours',
  start: 'start', maxDifficulty: 'form', limit: 'form'};

const $ = (id) => document.getElementById(id);
const catalog = {projects: new Map(), stages: new Map(), baselineHours: 10};

class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || 'the request failed');
    this.problem = problem;
  }
}

async function api(path, options = {}) {
  const response = await fetch(path, options);
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    const problem = type.includes('json') ? await response.json()
      : {status: response.status, detail: 'the request failed with status ' + response.status};
    throw new ApiError(problem);
  }
  return type.includes('json') ? response.json() : response.blob();
}

function el(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG, tag);
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, String(value)));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A project's short English name: "Tokio" for "Tokio - async runtime". */
function shortName(text) {
  return text.en.split(' - ')[0];
}

function name(id) {
  const project = catalog.projects.get(id);
  return project ? shortName(project.name) : id;
}

// ---- the form and the URL ----

function readForm() {
  return {
    goal: $('goal').value.trim(),
    completed: [...document.querySelectorAll('#completed input:checked')].map((box) => box.value),
    known: $('known').value.trim(),
    hours: $('hours').value.trim(),
    start: $('start').value,
  };
}

function writeForm(state) {
  $('goal').value = state.goal || '';
  const completed = new Set(state.completed || []);
  document.querySelectorAll('#completed input').forEach((box) => { box.checked = completed.has(box.value); });
  $('known').value = state.known || '';
  $('hours').value = state.hours || catalog.baselineHours;
  $('start').value = state.start || today();
}

function stateFromUrl() {
  const query = new URLSearchParams(location.search);
  const list = (value) => (value || '').split(',').map((s) => s.trim()).filter(Boolean);
  return {
    goal: query.get('goal') || '', completed: list(query.get('completed')), known: query.get('known') || '',
    hours: query.get('hours') || '', start: query.get('start') || '',
  };
}

function urlOf(state) {
  const query = new URLSearchParams();
  if (state.goal) query.set('goal', state.goal);
  if (state.completed.length) query.set('completed', state.completed.join(','));
  if (state.known) query.set('known', state.known);
  if (state.hours) query.set('hours', state.hours);
  if (state.start) query.set('start', state.start);
  return '/?' + query.toString().replace(/\+/g, '%20');
}

function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

/** The known skills as the body's object: {"async": 3}; a malformed entry is left for the server to refuse. */
function knownObject(text) {
  const known = {};
  for (const entry of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const at = Math.max(entry.lastIndexOf(':'), entry.lastIndexOf('='));
    const level = Number(entry.slice(at + 1));
    if (at <= 0 || !Number.isInteger(level)) throw new ApiError({detail: 'expected SKILL:LEVEL, was \'' + entry + '\'',
      errors: [{parameter: 'known', message: 'expected SKILL:LEVEL with a whole-number level, was \'' + entry + '\''}]});
    known[entry.slice(0, at).trim()] = level;
  }
  return known;
}

// ---- errors next to their fields ----

function clearErrors() {
  document.querySelectorAll('.error').forEach((p) => { p.textContent = ''; });
  document.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
}

function showError(error) {
  const problem = error.problem || {detail: error.message};
  const errors = problem.errors && problem.errors.length ? problem.errors : [{message: problem.detail}];
  for (const item of errors) {
    const key = item.parameter || (item.pointer || '').split('/')[1] || '';
    const field = FIELD_OF[key] || 'form';
    const target = $(field + '-error');
    target.textContent = (target.textContent ? target.textContent + ' ' : '') + capitalise(item.message) + '.';
    if ($(field) && $(field).tagName === 'INPUT') $(field).setAttribute('aria-invalid', 'true');
  }
  if (problem.suggestions && problem.suggestions.length) {
    const target = $('goal-error');
    target.append(' Did you mean: ');
    problem.suggestions.forEach((suggestion, i) => {
      const button = el('button', {type: 'button', class: 'link'}, suggestion);
      button.addEventListener('click', () => { $('goal').value = suggestion; submit(); });
      target.append(button, i < problem.suggestions.length - 1 ? ', ' : '?');
    });
  }
}

function capitalise(text) {
  const trimmed = String(text || '').replace(/\.$/, '');
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

// ---- progress, kept in this browser only: the server keeps nothing ----

const PROGRESS_KEY = 'studypath.progress';

/** The learner's progress: [{project, status: started|done|skipped, on: YYYY-MM-DD}], oldest first. */
function loadProgress() {
  try {
    const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY) || '[]');
    return Array.isArray(saved) ? saved.filter((e) => e && typeof e.project === 'string'
      && ['started', 'done', 'skipped'].includes(e.status) && /^\d{4}-\d{2}-\d{2}$/.test(e.on)) : [];
  } catch (error) {
    return [];
  }
}

function saveProgress(progress) {
  localStorage.setItem(PROGRESS_KEY, JSON.stringify(progress));
}

/** Each project's latest status, as the server reads the log: later days win, then later entries. */
function statuses(progress) {
  const latest = new Map();
  [...progress].map((e, i) => [e, i]).sort((a, b) => (a[0].on < b[0].on ? -1 : a[0].on > b[0].on ? 1 : a[1] - b[1]))
    .forEach(([e]) => latest.set(e.project, e));
  return latest;
}

function mark(project, status) {
  const progress = loadProgress();
  progress.push({project, status, on: today()});
  saveProgress(progress);
  run(readForm());
}

function clearProgress() {
  saveProgress([]);
  run(readForm());
}

/** The path's projects and every tracked one, each with its status and buttons to tick it. */
function renderProgress(path, report) {
  const latest = statuses(loadProgress());
  const ids = [...new Set([...latest.keys(), ...path.steps.map((step) => step.project)])];
  const list = $('progress-list');
  list.replaceChildren(...ids.map((id) => {
    const status = latest.has(id) ? latest.get(id).status : 'not started';
    const item = el('li', {'data-project': id, 'data-status': status.replace(' ', '-')});
    item.append(el('strong', {}, name(id)), ' ',
      el('span', {class: 'status'}, status + (latest.has(id) ? ' on ' + latest.get(id).on : '')), ' ');
    if (status !== 'started' && status !== 'done') {
      const start = el('button', {type: 'button', class: 'start'}, 'Started today');
      start.addEventListener('click', () => mark(id, 'started'));
      item.append(start, ' ');
    }
    if (status !== 'done') {
      const done = el('button', {type: 'button', class: 'done'}, 'Done today');
      done.addEventListener('click', () => mark(id, 'done'));
      item.append(done);
    }
    return item;
  }));
  const pace = report.pace;
  const ahead = report.weeksAhead;
  $('pace').textContent = pace.observations === 0
    ? 'No finished project with a start date yet: the forecast uses the catalog\'s estimates (pace factor 1).'
    : 'Your pace factor is ' + pace.factor.toFixed(2) + ' (90% interval ' + pace.low.toFixed(2) + '-'
      + pace.high.toFixed(2) + ', from ' + pace.observations + ' finished project' + (pace.observations === 1 ? '' : 's')
      + '): 1 is as estimated, 2 twice as long. The schedule is re-forecast at this pace.';
  $('ahead').textContent = Math.round(report.fractionDone * 100) + '% of the path\'s hours done; '
    + (report.standing.status === 'on_plan' || report.standing.status === 'not_started' ? 'on plan (within half a week).'
      : Math.abs(round(ahead)) + ' weeks ' + (ahead > 0 ? 'ahead of' : 'behind') + ' the plan.');
}

// ---- running a plan ----

function scheduleBody(state) {
  const body = {goal: state.goal, completed: state.completed, known: knownObject(state.known)};
  if (state.hours) body.hoursPerWeek = Number(state.hours);
  if (state.start) body.start = state.start;
  const progress = loadProgress();
  if (progress.length) body.progress = progress;
  return body;
}

function progressBody(state) {
  const body = {goal: state.goal, completed: state.completed, known: knownObject(state.known), progress: loadProgress(),
    today: today()};
  if (state.hours) body.hoursPerWeek = Number(state.hours);
  return body;
}

async function run(state) {
  clearErrors();
  const query = new URLSearchParams();
  query.set('goal', state.goal);
  const finished = [...statuses(loadProgress()).values()].filter((e) => e.status !== 'started').map((e) => e.project);
  const completed = [...new Set([...state.completed, ...finished])];
  if (completed.length) query.set('completed', completed.join(','));
  if (state.known) query.set('known', state.known);
  try {
    const json = {'Content-Type': 'application/json', Accept: 'application/json'};
    const body = JSON.stringify(scheduleBody(state));
    const nextBody = JSON.stringify({goal: state.goal, completed: state.completed, known: knownObject(state.known),
      progress: loadProgress()});
    const [next, path, schedule, report] = await Promise.all([
      api('/api/next', {method: 'POST', headers: json, body: nextBody}),
      api('/api/path?' + query),
      api('/api/schedule', {method: 'POST', headers: json, body}),
      api('/api/progress', {method: 'POST', headers: json, body: JSON.stringify(progressBody(state))}),
    ]);
    renderNext(next);
    renderPath(path);
    renderSchedule(schedule, new Map(path.steps.map((step) => [step.project, step.role])));
    report.fractionDone = report.hoursTotal === 0 ? 1 : report.hoursDone / report.hoursTotal;
    renderProgress(path, report);
    $('results').hidden = false;
  } catch (error) {
    $('results').hidden = true;
    showError(error);
  }
}

function submit() {
  const state = readForm();
  history.pushState(null, '', urlOf(state));
  run(state);
}

async function downloadCalendar() {
  clearErrors();
  try {
    const body = JSON.stringify(scheduleBody(readForm()));
    const blob = await api('/api/schedule', {method: 'POST', headers: {'Content-Type': 'application/json', Accept: 'text/calendar'}, body});
    const link = el('a', {href: URL.createObjectURL(blob), download: 'studypath.ics'});
    document.body.append(link);
    link.click();
    link.remove();
  } catch (error) {
    showError(error);
  }
}

// ---- what next ----

function renderNext(recommendation) {
  const list = $('next');
  list.replaceChildren();
  if (!recommendation.candidates.length) {
    list.append(el('li', {}, 'Nothing to start now: every project for this goal is completed or waits for a prerequisite.'));
  }
  for (const candidate of recommendation.candidates) {
    const item = el('li', {'data-project': candidate.project});
    item.append(el('strong', {}, candidate.name.en), ' ',
      el('span', {class: 'score'}, '(score ' + candidate.score.toFixed(2) + ')'));
    const reasons = el('ul');
    candidate.reasons.forEach((reason) => reasons.append(el('li', {}, reason)));
    item.append(reasons);
    list.append(item);
  }
}

// ---- the path as a graph: stages as columns, arrows from prerequisite to project ----

function renderPath(path) {
  const weeks = path.weeks.max === undefined ? path.weeks.min + '+' : round(path.weeks.min) + '-' + round(path.weeks.max);
  $('path-summary').textContent = path.steps.length === 0 ? 'Nothing left to study for this goal.'
    : path.steps.length + ' projects, about ' + weeks + ' weeks in all. Blue: what the goal asks for; grey: needed first.'
      + (path.uncovered.length ? ' No project teaches: ' + path.uncovered.join(', ') + '.' : '');
  const stages = [...new Set(path.steps.map((step) => step.stage))].sort((a, b) => (a || 99) - (b || 99));
  const column = new Map(stages.map((stage, i) => [stage, i]));
  const width = 200, height = 46, gapX = 70, gapY = 26, top = 36, left = 16;
  const rows = new Map();
  const place = new Map();
  for (const step of path.steps) {
    const c = column.get(step.stage);
    const r = rows.get(c) || 0;
    rows.set(c, r + 1);
    place.set(step.project, {x: left + c * (width + gapX), y: top + r * (height + gapY), c});
  }
  const maxRows = Math.max(1, ...rows.values());
  const chart = svg('svg', {width: left * 2 + stages.length * (width + gapX), height: top + maxRows * (height + gapY) + 10,
    role: 'img', 'aria-label': 'Learning path graph'});
  const defs = svg('defs');
  const marker = svg('marker', {id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse'});
  marker.append(svg('path', {d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead'}));
  defs.append(marker);
  chart.append(defs);
  stages.forEach((stage, i) => {
    const title = stage === 0 ? 'Outside the route' : 'Stage ' + stage + ': ' + (catalog.stages.get(stage) || '');
    chart.append(svg('text', {x: left + i * (width + gapX), y: 18, class: 'column-title'}, title));
  });
  for (const step of path.steps) {
    const to = place.get(step.project);
    const project = catalog.projects.get(step.project);
    for (const prerequisite of (project ? project.prerequisites : [])) {
      const from = place.get(prerequisite);
      if (!from) continue;
      let d;
      if (from.c === to.c && to.y - from.y === height + gapY) {
        d = `M${from.x + width / 2},${from.y + height} L${to.x + width / 2},${to.y}`;
      } else if (from.c === to.c) {
        const x = from.x + width, bulge = x + 30;
        d = `M${x},${from.y + height / 2} C${bulge},${from.y + height / 2} ${bulge},${to.y + height / 2} ${x},${to.y + height / 2}`;
      } else {
        const x1 = from.x + width, y1 = from.y + height / 2, x2 = to.x, y2 = to.y + height / 2, mid = (x1 + x2) / 2;
        d = `M${x1},${y1} C${mid},${y1} ${mid},${y2} ${x2},${y2}`;
      }
      chart.append(svg('path', {d, class: 'edge', 'marker-end': 'url(#arrow)', 'data-from': prerequisite, 'data-to': step.project}));
    }
  }
  for (const step of path.steps) {
    const at = place.get(step.project);
    const node = svg('g', {class: 'node ' + step.role, 'data-project': step.project, transform: `translate(${at.x},${at.y})`});
    node.append(svg('title', {}, step.reasons.join('\n')));
    node.append(svg('rect', {width, height, rx: 6}));
    node.append(svg('text', {x: 10, y: 19, class: 'name'}, step.position + '. ' + shortName(step.name)));
    node.append(svg('text', {x: 10, y: 36, class: 'sub'}, 'difficulty ' + step.difficulty + ', ' + effort(step.effort)));
    chart.append(node);
  }
  $('path-graph').replaceChildren(chart);
}

function effort(e) {
  const range = e.max === undefined ? e.min + '+' : (e.min === e.max ? round(e.min) : round(e.min) + '-' + round(e.max));
  return range + ' ' + e.unit;
}

function round(n) {
  return Math.round(n * 10) / 10;
}

// ---- the schedule as a Gantt chart ----

const DAY = 86400000;
const dateOf = (iso) => new Date(iso + 'T00:00:00Z');

function renderSchedule(schedule, roles) {
  const items = schedule.items;
  const finish = schedule.finish || {};
  $('schedule-summary').textContent = items.length === 0 ? (schedule.outcome === 'nothing_left'
    ? 'Nothing to schedule: every project for this goal is done or known.' : 'Nothing to schedule.')
    : 'From ' + items[0].start + ' to ' + items[items.length - 1].end + ', ' + round(schedule.totals.hours)
      + ' hours at ' + round(schedule.hoursPerWeek) + ' hours a week. Finished by ' + finish.p50
      + ' with a 50% chance, by ' + finish.p80 + ' with 80%, by ' + finish.p95 + ' with 95%.'
      + (schedule.pace && schedule.pace.observations > 0 ? ' Forecast at your pace factor ' + schedule.pace.factor.toFixed(2)
        + ', from ' + schedule.pace.observations + ' finished project(s).' : ' Forecast with the catalog\'s estimates.');
  if (items.length === 0) {
    $('gantt').replaceChildren();
    return;
  }
  const first = dateOf(items[0].start);
  const lastIso = [items[items.length - 1].end, finish.p95].filter(Boolean).sort().pop();
  const days = Math.max(7, (dateOf(lastIso) - first) / DAY + 1);
  const labelWidth = 150, chartWidth = Math.max(600, Math.min(1400, days * 4)), row = 26, top = 30;
  const x = (iso) => labelWidth + ((dateOf(iso) - first) / DAY) / days * chartWidth;
  const height = top + items.length * row + 24;
  const chart = svg('svg', {width: labelWidth + chartWidth + 20, height, role: 'img', 'aria-label': 'Schedule Gantt chart'});
  const axis = svg('g', {class: 'axis'});
  const firstMonth = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + (first.getUTCDate() === 1 ? 0 : 1), 1));
  for (let d = firstMonth; d <= dateOf(lastIso); d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) {
    const iso = d.toISOString().slice(0, 10);
    axis.append(svg('line', {x1: x(iso), x2: x(iso), y1: top - 6, y2: height - 20, class: 'grid'}));
    axis.append(svg('text', {x: x(iso) + 3, y: top - 10},
      d.toLocaleString('en', {month: 'short', year: 'numeric', timeZone: 'UTC'})));
  }
  chart.append(axis);
  schedule.weeks.filter((week) => week.daysOff > 0).forEach((week) => {
    const next = new Date(dateOf(week.end).getTime() + DAY).toISOString().slice(0, 10);
    chart.append(svg('rect', {x: x(week.start), y: top, width: Math.max(2, x(next) - x(week.start)),
      height: items.length * row, class: 'off'}));
  });
  items.forEach((item, i) => {
    const y = top + i * row;
    const end = new Date(dateOf(item.end).getTime() + DAY).toISOString().slice(0, 10);
    const role = roles.get(item.project) || 'target';
    const bar = svg('g', {'data-project': item.project});
    bar.append(svg('title', {}, name(item.project) + ': ' + item.start + ' to ' + item.end + ', ' + round(item.hours) + ' hours'));
    bar.append(svg('text', {x: 4, y: y + 16}, name(item.project)));
    bar.append(svg('rect', {x: x(item.start), y: y + 4, width: Math.max(2, x(end) - x(item.start)), height: row - 8, rx: 3,
      class: 'bar ' + role}));
    item.weeks.slice(1).forEach((milestone) => {
      bar.append(svg('line', {x1: x(milestone.start), x2: x(milestone.start), y1: y + 4, y2: y + row - 4, class: 'milestone'}));
    });
    chart.append(bar);
  });
  [['p50', 'P50'], ['p80', 'P80'], ['p95', 'P95']].forEach(([key, label]) => {
    if (!finish[key]) return;
    chart.append(svg('line', {x1: x(finish[key]), x2: x(finish[key]), y1: top - 4, y2: height - 18, class: 'finish'}));
    chart.append(svg('text', {x: x(finish[key]) + 2, y: height - 6, class: 'finish-label'}, label));
  });
  $('gantt').replaceChildren(chart);
}

// ---- start ----

async function init() {
  try {
    const [overview, goals, projects, skills, stages] = await Promise.all(
      ['/api/catalog', '/api/goals', '/api/projects', '/api/skills', '/api/stages'].map((path) => api(path)));
    catalog.baselineHours = overview.baselineHoursPerWeek;
    $('catalog').textContent = 'Catalog: ' + overview.title.en + ' (' + overview.counts.projects + ' projects).';
    const names = new Set();
    goals.goals.forEach((goal) => names.add(goal.name.en).add(goal.name.zh));
    skills.skills.forEach((skill) => names.add(skill.name.en));
    names.delete('');
    $('goals').replaceChildren(...[...names].map((value) => el('option', {value})));
    $('completed').replaceChildren(...projects.projects.map((project) => {
      catalog.projects.set(project.id, project);
      const label = el('label');
      label.append(el('input', {type: 'checkbox', name: 'completed', value: project.id}), ' ' + project.name.en);
      return label;
    }));
    $('skill-ids').textContent = skills.skills.map((skill) => skill.id).join(', ') + '.';
    stages.stages.forEach((stage) => catalog.stages.set(stage.number, stage.name.en));
  } catch (error) {
    showError(error);
    return;
  }
  const state = stateFromUrl();
  writeForm(state);
  $('plan').addEventListener('submit', (event) => { event.preventDefault(); submit(); });
  $('download-ics').addEventListener('click', downloadCalendar);
  $('progress-clear').addEventListener('click', clearProgress);
  window.addEventListener('popstate', () => { const s = stateFromUrl(); writeForm(s); run(s); });
  if (FIELDS.some((field) => new URLSearchParams(location.search).has(field))) run(state);
}

init();
