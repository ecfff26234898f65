// studypath web page: reads the form from the URL, calls the API, draws the path and the schedule.
// Every word it shows comes from the server's page bundle (GET /api/messages, web/page*.properties) or from
// the answers, which the server writes in the page's language (every call passes lang).
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
/** The form's fields, in the order they appear in a shared link. */
const FIELDS = ['goal', 'completed', 'known', 'hours', 'maxDifficulty', 'start', 'deadline', 'off'];
/** Which form field an API error belongs to, by query parameter or by the body's top-level property. */
const FIELD_OF = {goal: 'goal', completed: 'completed', known: 'known', hours: 'hours', hoursPerWeek: 'hours',
  start: 'start', maxDifficulty: 'maxDifficulty', deadline: 'deadline', timeOff: 'off', off: 'off', limit: 'form'};
/** Below this width (px) a chart switches to its narrow form: the path as a list, the Gantt's labels above the bars. */
const NARROW = 560;

const $ = (id) => document.getElementById(id);
/** The catalog as the API gives it, its texts in both languages: they are written in the page's when shown. */
const catalog = {overview: null, projects: new Map(), stages: new Map(), skills: [], baselineHours: 10};
/** The last answers drawn, to redraw the charts when the width changes. */
const drawn = {path: null, schedule: null};

// ---- the page's language: its words come from the server's bundle, in English or Chinese ----

const LANGUAGES = ['en', 'zh'];
const LANGUAGE_KEY = 'studypath.lang';
/** The page's language and its words: patterns with {0}, {1}... placeholders, by key. */
const i18n = {lang: 'en', messages: {}};

/**
 * The language a link asks for (?lang=zh), else the one chosen before in this browser, else the browser's first
 * English or Chinese, else English.
 */
function initialLanguage() {
  const linked = new URLSearchParams(location.search).get('lang');
  if (LANGUAGES.includes(linked)) return linked;
  const saved = localStorage.getItem(LANGUAGE_KEY);
  if (LANGUAGES.includes(saved)) return saved;
  for (const tag of navigator.languages || [navigator.language]) {
    const primary = String(tag || '').toLowerCase().split(/[-_]/)[0];
    if (LANGUAGES.includes(primary)) return primary;
  }
  return 'en';
}

/** A number as the language writes it, with at most one decimal, or exactly {@code digits} decimals. */
function number(n, digits) {
  const options = digits === undefined ? {maximumFractionDigits: 1}
    : {minimumFractionDigits: digits, maximumFractionDigits: digits};
  return new Intl.NumberFormat(i18n.lang, options).format(n);
}

/** The bundle's pattern {@code key} with its {0}, {1}... replaced; numbers written the language's way. */
function t(key, ...args) {
  const pattern = i18n.messages[key];
  if (pattern === undefined) return key;
  return pattern.replace(/\{(\d+)\}/g, (match, i) => {
    const value = args[Number(i)];
    if (value === undefined) return match;
    return typeof value === 'number' ? number(value) : String(value);
  });
}

/** A sentence about {@code count} things: the key's plural form for the count (Intl.PluralRules), count as {0}. */
function tn(key, count, ...args) {
  const form = key + '.' + new Intl.PluralRules(i18n.lang).select(count);
  return t(i18n.messages[form] === undefined ? key + '.other' : form, count, ...args);
}

/** Items joined the language's way for a plain list: "a, b" or "a、b". */
function listed(items) {
  return items.join(t('list.separator'));
}

/** Items joined by "and": "a and b", "a和b" (Intl.ListFormat). */
function and(items) {
  return new Intl.ListFormat(i18n.lang, {type: 'conjunction'}).format(items);
}

/** Sets the language: loads its words, names it on the page and writes every label and sentence again. */
async function setLanguage(lang) {
  const messages = await api('/api/messages?lang=' + lang);
  i18n.lang = lang;
  i18n.messages = messages;
  localStorage.setItem(LANGUAGE_KEY, lang);
  document.documentElement.lang = lang;
  $('lang').value = lang;
  translatePage();
}

/** The page's own labels: an element's text from data-i18n (with data-i18n-args), and its attributes. */
function translatePage() {
  document.title = t('page.title');
  document.querySelectorAll('[data-i18n]').forEach((node) => {
    const args = (node.dataset.i18nArgs || '').split(',').filter(Boolean).map(Number);
    node.textContent = t(node.dataset.i18n, ...args);
  });
  document.querySelectorAll('[data-i18n-placeholder]').forEach((node) => {
    node.placeholder = t(node.dataset.i18nPlaceholder);
  });
  document.querySelectorAll('[data-i18n-aria-label]').forEach((node) => {
    node.setAttribute('aria-label', t(node.dataset.i18nAriaLabel));
  });
}

class ApiError extends Error {
  constructor(problem) {
    super(problem.detail || problem.title || t('error.failed'));
    this.problem = problem;
  }
}

/** Calls the API in the page's language: every call passes lang. */
async function api(path, options = {}) {
  const target = /[?&]lang=/.test(path) ? path : path + (path.includes('?') ? '&' : '?') + 'lang=' + i18n.lang;
  const response = await fetch(target, options);
  const type = response.headers.get('Content-Type') || '';
  if (!response.ok) {
    const problem = type.includes('json') ? await response.json()
      : {status: response.status, detail: t('error.status', response.status)};
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

// ---- the catalog's texts: a plain string, or {"en": ..., "zh": ...} with either key missing ----

/** A name of the catalog in the page's language, else in the other; '' when there is none. Names are not marked. */
function text(value) {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'object') return String(value);
  const mine = value[i18n.lang];
  if (typeof mine === 'string' && mine !== '') return mine;
  return Object.values(value).find((v) => typeof v === 'string' && v !== '') || '';
}

/** A prose text of the catalog in the page's language; in the other one, marked, when it lacks the page's. */
function prose(value) {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const mine = value[i18n.lang];
    if (typeof mine === 'string' && mine !== '') return mine;
    const other = text(value);
    return other ? other + t('catalog.otherLanguageOnly') : '';
  }
  return text(value);
}

/**
 * A list of texts: an array of texts, or {"en": [...], "zh": [...]}, in the page's language; prose in the
 * other language is marked, names ({@code marked} false) are not.
 */
function texts(value, marked = true) {
  if (Array.isArray(value)) return value.map(marked ? prose : text).filter(Boolean);
  if (value && typeof value === 'object') {
    const mine = value[i18n.lang];
    if (Array.isArray(mine) && mine.length) return mine.map(text).filter(Boolean);
    const other = Object.values(value).find((v) => Array.isArray(v) && v.length) || [];
    return other.map(text).filter(Boolean).map((item) => (marked ? item + t('catalog.otherLanguageOnly') : item));
  }
  return value ? [marked ? prose(value) : text(value)] : [];
}

/** Stars as the guide states them: 25000 gives "25,000"; {"count": 50000, "atLeast": true} gives "50,000+". */
function starsText(stars) {
  const grouped = (n) => new Intl.NumberFormat(i18n.lang).format(n);
  if (typeof stars === 'number') return grouped(stars);
  if (stars && typeof stars === 'object' && typeof stars.count === 'number') {
    return grouped(stars.count) + (stars.atLeast ? '+' : '');
  }
  return text(stars);
}

/** A project's short name: "Tokio" for "Tokio - async runtime". */
function shortName(name) {
  return text(name).split(' - ')[0];
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
    maxDifficulty: $('maxDifficulty').value,
    start: $('start').value,
    deadline: $('deadline').value,
    off: [...document.querySelectorAll('#off-list li')].map((item) => item.dataset.range),
  };
}

function writeForm(state) {
  $('goal').value = state.goal || '';
  const completed = new Set([...(state.completed || []), ...finishedProjects()]);
  document.querySelectorAll('#completed input').forEach((box) => { box.checked = completed.has(box.value); });
  $('known').value = state.known || '';
  $('hours').value = state.hours || catalog.baselineHours;
  $('maxDifficulty').value = state.maxDifficulty || '';
  $('start').value = state.start || today();
  $('deadline').value = state.deadline || '';
  $('off-list').replaceChildren();
  (state.off || []).forEach(addTimeOff);
}

function stateFromUrl() {
  const query = new URLSearchParams(location.search);
  const list = (name) => query.getAll(name).flatMap((value) => value.split(',')).map((s) => s.trim()).filter(Boolean);
  return {
    goal: query.get('goal') || '', completed: list('completed'), known: query.get('known') || '',
    hours: query.get('hours') || '', maxDifficulty: query.get('maxDifficulty') || '', start: query.get('start') || '',
    deadline: query.get('deadline') || '', off: list('off'),
  };
}

function urlOf(state) {
  const query = new URLSearchParams();
  for (const field of FIELDS) {
    const value = Array.isArray(state[field]) ? state[field].join(',') : state[field];
    if (value) query.set(field, value);
  }
  return '/?' + query.toString().replace(/\+/g, '%20');
}

function today() {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

/** The known skills as the body's object: {"async": 3}; a malformed entry is refused here, next to its field. */
function knownObject(text) {
  const known = {};
  for (const entry of text.split(',').map((s) => s.trim()).filter(Boolean)) {
    const at = Math.max(entry.lastIndexOf(':'), entry.lastIndexOf('='));
    const level = Number(entry.slice(at + 1));
    if (at <= 0 || !Number.isInteger(level)) throw new ApiError({detail: t('known.malformed', entry),
      errors: [{parameter: 'known', message: t('known.malformedLevel', entry)}]});
    known[entry.slice(0, at).trim()] = level;
  }
  return known;
}

/** Adds a range of days off, written FROM..TO, to the form's list, with a button to remove it. */
function addTimeOff(range) {
  const [from, to] = range.split('..');
  const item = el('li', {'data-range': range}, (from === to ? from : t('off.range', from, to)) + ' ');
  const remove = el('button', {type: 'button', class: 'secondary', 'aria-label': t('off.removeLabel', range)},
    t('off.remove'));
  remove.addEventListener('click', () => item.remove());
  item.append(remove);
  $('off-list').append(item);
}

function addTimeOffFromInputs() {
  const from = $('off-from').value;
  const to = $('off-to').value || from;
  $('off-error').textContent = '';
  if (!from) {
    $('off-error').textContent = t('off.chooseFirst');
    return;
  }
  addTimeOff(from + '..' + to);
  $('off-from').value = '';
  $('off-to').value = '';
}

// ---- errors next to their fields ----

function clearErrors() {
  document.querySelectorAll('.error').forEach((p) => { p.textContent = ''; });
  document.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
}

function showError(error) {
  const problem = error.problem || {detail: error.message};
  const errors = problem.errors && problem.errors.length ? problem.errors : [{message: problem.detail}];
  const suggestions = problem.suggestions || [];
  for (const item of errors) {
    const key = item.parameter || (item.pointer || '').split('/')[1] || '';
    const field = FIELD_OF[key] || 'form';
    const target = $(field + '-error');
    const message = suggestions.length ? withoutSuggestions(item.message, suggestions) : item.message;
    target.textContent = (target.textContent ? target.textContent + ' ' : '') + sentence(message);
    if ($(field) && ['INPUT', 'SELECT'].includes($(field).tagName)) $(field).setAttribute('aria-invalid', 'true');
  }
  if (suggestions.length) {
    const target = $('goal-error');
    target.append(t('suggest.prefix'));
    suggestions.forEach((suggestion, i) => {
      const button = el('button', {type: 'button', class: 'link suggestion'}, suggestion);
      button.addEventListener('click', () => { $('goal').value = suggestion; submit(); });
      target.append(button, i < suggestions.length - 1 ? t('list.separator') : t('suggest.end'));
    });
  }
}

/**
 * The message up to where it lists the suggestions, which are shown once, as buttons, after it: the clause
 * that introduces them ("; did you mean:", "；你是不是想找：") goes too.
 */
function withoutSuggestions(message, suggestions) {
  const text = String(message || '');
  const at = text.indexOf(suggestions[0]);
  if (at < 0) return text;
  const cut = text.slice(0, at);
  const clause = cut.search(/[;；][^;；]*$/);
  return (clause >= 0 && /[:：]\s*$/.test(cut) ? cut.slice(0, clause) : cut).replace(/[\s;；:：,，.。]+$/, '');
}

/** A message as a sentence: capitalised where the language has capitals, ended by the language's full stop. */
function sentence(text) {
  const trimmed = String(text || '').replace(/[.。]$/, '');
  return trimmed.charAt(0).toLocaleUpperCase(i18n.lang) + trimmed.slice(1) + t('sentence.end');
}

// ---- progress, kept in this browser only: the server keeps nothing ----

const PROGRESS_KEY = 'studypath.progress';
const CHECKLIST_KEY = 'studypath.checklist';

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

/** The projects whose latest status is done or skipped: they count as completed. */
function finishedProjects() {
  return [...statuses(loadProgress()).values()].filter((e) => e.status !== 'started').map((e) => e.project);
}

/** Records a status on the chosen date; done ticks the project's completed box, so completion lives in one place. */
function mark(project, status) {
  const progress = loadProgress();
  progress.push({project, status, on: $('progress-on').value || today()});
  saveProgress(progress);
  const box = document.querySelector('#completed input[value="' + CSS.escape(project) + '"]');
  if (box && status === 'done') box.checked = true;
  replan();
}

/** Unticking a completed box forgets that project's progress too: it is no longer done. */
function uncomplete(project) {
  saveProgress(loadProgress().filter((e) => e.project !== project));
}

function clearProgress() {
  const finished = new Set(finishedProjects());
  saveProgress([]);
  document.querySelectorAll('#completed input').forEach((box) => {
    if (finished.has(box.value)) box.checked = false;
  });
  replan();
}

/** Re-plans with the form as it is and keeps the link in step with it. */
function replan() {
  const state = readForm();
  history.replaceState(null, '', urlOf(state));
  run(state);
}

/** The path's projects and every tracked or completed one, each with its status and buttons to mark it. */
function renderProgress(path, report, state) {
  const latest = statuses(loadProgress());
  const ids = [...new Set([...latest.keys(), ...state.completed, ...path.steps.map((step) => step.project)])];
  const list = $('progress-list');
  list.replaceChildren(...ids.map((id) => {
    const entry = latest.get(id);
    const status = entry ? entry.status : state.completed.includes(id) ? 'done' : 'not-started';
    const item = el('li', {'data-project': id, 'data-status': status});
    item.append(projectButton(id), el('span', {class: 'status'},
      entry ? t('status.on', t('status.' + status), entry.on) : t('status.' + status)));
    if (status !== 'started' && status !== 'done') {
      const start = el('button', {type: 'button', class: 'start secondary'}, t('progress.started'));
      start.addEventListener('click', () => mark(id, 'started'));
      item.append(start);
    }
    if (status !== 'done') {
      const done = el('button', {type: 'button', class: 'done'}, t('progress.done'));
      done.addEventListener('click', () => mark(id, 'done'));
      item.append(done);
    }
    return item;
  }));
  const pace = report.pace;
  const ahead = report.weeksAhead;
  const finished = tn('pace.finished', pace.observations);
  $('pace').textContent = pace.observations === 0 ? t('pace.none')
    : t('pace.factor', number(pace.factor, 2), number(pace.low, 2), number(pace.high, 2), finished);
  const done = new Intl.NumberFormat(i18n.lang, {style: 'percent'}).format(report.fractionDone);
  $('ahead').textContent = report.standing.status === 'on_plan' || report.standing.status === 'not_started'
    ? t('standing.onPlan', done)
    : tn(ahead > 0 ? 'standing.ahead' : 'standing.behind', Math.abs(round(ahead)), done);
  $('forecast').textContent = pace.observations === 0 ? t('forecast.estimates')
    : t('forecast.pace', number(pace.factor, 2), finished);
}

// ---- running a plan ----

/**
 * The completed projects that the progress does not already say are done: the server counts those from the
 * progress, and the progress report needs them there to count their hours as done.
 */
function completedBeforeTracking(state) {
  const finished = new Set(finishedProjects());
  return state.completed.filter((id) => !finished.has(id));
}

/** The learner as every POST body states it: goal, completed, known skills, hours, difficulty and progress. */
function learnerBody(state) {
  const body = {goal: state.goal, completed: completedBeforeTracking(state), known: knownObject(state.known)};
  if (state.hours) body.hoursPerWeek = Number(state.hours);
  if (state.maxDifficulty) body.maxDifficulty = Number(state.maxDifficulty);
  const progress = loadProgress();
  if (progress.length) body.progress = progress;
  return body;
}

function scheduleBody(state) {
  const body = learnerBody(state);
  if (state.start) body.start = state.start;
  if (state.deadline) body.deadline = state.deadline;
  if (state.off.length) {
    body.timeOff = state.off.map((range) => ({start: range.split('..')[0], end: range.split('..')[1]}));
  }
  return body;
}

function progressBody(state) {
  const body = {goal: state.goal, completed: completedBeforeTracking(state), known: knownObject(state.known),
    progress: loadProgress(), today: today()};
  if (state.hours) body.hoursPerWeek = Number(state.hours);
  return body;
}

/** The calendar subscription link, its start pinned so that the calendar does not move on each refresh. */
function subscriptionLink(state) {
  const query = new URLSearchParams();
  query.set('goal', state.goal);
  const completed = [...new Set([...state.completed, ...finishedProjects()])];
  if (completed.length) query.set('completed', completed.join(','));
  for (const field of ['known', 'hours', 'maxDifficulty', 'start', 'deadline']) {
    if (state[field]) query.set(field, state[field]);
  }
  if (!state.start) query.set('start', today());
  if (state.off.length) query.set('off', state.off.join(','));
  query.set('lang', i18n.lang);
  return '/api/schedule.ics?' + query.toString().replace(/\+/g, '%20');
}

/** Whether the learner asked for a plan: a new language asks again. */
let planned = false;

async function run(state) {
  planned = true;
  clearErrors();
  try {
    const json = {'Content-Type': 'application/json', Accept: 'application/json'};
    const post = (path, body) => api(path, {method: 'POST', headers: json, body: JSON.stringify(body)});
    const [next, path, schedule, report] = await Promise.all([
      post('/api/next', learnerBody(state)),
      post('/api/path', learnerBody(state)),
      post('/api/schedule', scheduleBody(state)),
      post('/api/progress', progressBody(state)),
    ]);
    $('results').hidden = false;
    renderNext(next);
    drawn.path = path;
    drawn.schedule = {schedule, roles: new Map(path.steps.map((step) => [step.project, step.role])), off: state.off};
    renderPath(path);
    renderSchedule(drawn.schedule.schedule, drawn.schedule.roles, drawn.schedule.off);
    report.fractionDone = report.hoursTotal === 0 ? 1 : report.hoursDone / report.hoursTotal;
    renderProgress(path, report, state);
    $('subscribe').href = subscriptionLink(state);
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

/** A project's name as a button that opens its panel. */
function projectButton(id, label) {
  const button = el('button', {type: 'button', class: 'link open-project', 'data-open': id}, label || name(id));
  button.addEventListener('click', () => openProject(id));
  return button;
}

/** One reason the engine gave for leaving something out, in the answer's language: the server renders it. */
function omissionText(o) {
  return o.text;
}

/** What the goal was understood to mean, and what it said about the learner. */
function goalText(goal) {
  const terms = goal.terms.map((term) => t('term.' + term.type, shortName(text(term.name))));
  const read = [];
  if (goal.known.length) read.push(t('goal.know', listed(goal.known.map((k) => t('goal.level', k.skill, k.level)))));
  if (goal.completed.length) read.push(t('goal.completed', listed(goal.completed.map(name))));
  return (terms.length ? t('goal.understood', listed(terms)) : '')
    + (read.length ? t('goal.read', read.join(t('list.clauses'))) : '');
}

function renderNext(recommendation) {
  const list = $('next');
  list.replaceChildren();
  if (!recommendation.candidates.length && !recommendation.waitingTotal) {
    list.append(el('li', {}, t('next.nothing',
      recommendation.omitted.map(omissionText).join(t('list.clauses')) || t('nothing.left'))));
  }
  for (const candidate of recommendation.candidates) {
    const item = el('li', {'data-project': candidate.project});
    item.append(projectButton(candidate.project, text(candidate.name)), ' ',
      el('span', {class: 'score'}, t('next.score', number(candidate.score, 2))));
    const reasons = el('ul');
    candidate.reasons.forEach((reason) => reasons.append(el('li', {}, text(reason.text))));
    item.append(reasons);
    list.append(item);
  }
  if (recommendation.waitingTotal) {
    const count = recommendation.candidates.length;
    const startable = count === 0 ? t('next.noneStartable') : tn('next.startable', count);
    const waiting = recommendation.waiting.map((w) => t('next.after', name(w.project), and(w.after.map(name))))
      .join(t('list.clauses'));
    const more = recommendation.waitingTotal > recommendation.waiting.length
      ? t('next.andMore', recommendation.waitingTotal - recommendation.waiting.length) : '';
    list.append(el('li', {class: 'waiting'}, tn('next.waiting', recommendation.waitingTotal, startable, waiting, more)));
  }
}

// ---- the path: a layered graph (dagre), or on a narrow screen the stages as a list ----

const NODE = {width: 176, height: 60};

function renderPath(path) {
  const weeks = path.weeks.max === undefined ? number(path.weeks.min) + '+'
    : number(path.weeks.min) + '-' + number(path.weeks.max);
  const omitted = path.omitted.map(omissionText).join(t('list.clauses'));
  $('path-summary').textContent = goalText(path.goal) + (path.steps.length === 0
    ? t('path.nothing', omitted || t('nothing.left'))
    : tn('path.summary', path.steps.length, weeks, number(Number($('hours').value)))
      + (omitted ? t('path.leftOut', omitted) : ''))
    + (path.uncovered.length ? t('path.uncovered', listed(path.uncovered)) : '');
  renderStages(path);
  const container = $('path-graph');
  container.replaceChildren();
  if (path.steps.length === 0) return;
  const layout = layOut(path);
  const available = container.clientWidth - 2;
  const scale = Math.min(1, available / layout.width);
  if (available < NARROW && scale < 0.8) {
    container.append(stageList(path));
  } else {
    container.append(graph(path, layout, scale));
  }
}

/** Each stage the path visits: the plan's own estimate beside the guide's duration for the stage, from the engine. */
function renderStages(path) {
  const box = $('path-stages');
  box.replaceChildren();
  if (!path.stages || path.stages.length === 0) return;
  const weeks = (r) => r.max === undefined ? number(r.min) + '+' : number(r.min) + '-' + number(r.max);
  const months = (r) => r.max === undefined && r.min === 0 ? t('stages.ongoing')
    : t('stages.months', r.max === undefined ? number(r.min) + '+' : number(r.min) + '-' + number(r.max));
  const list = el('ul', {class: 'stage-estimates'});
  for (const stage of path.stages) {
    list.append(el('li', {}, t('stages.line', stage.stage, text(stage.name), tn('stages.projects', stage.projects),
      weeks(stage.weeks), months(stage.months))));
  }
  box.append(el('p', {class: 'hint'}, t('stages.heading', number(Number($('hours').value)))), list);
}

/** Lays the path out in layers, prerequisites above: dagre places the boxes and routes each edge between the layers. */
function layOut(path) {
  const g = new dagre.graphlib.Graph();
  g.setGraph({rankdir: 'TB', nodesep: 26, ranksep: 46, edgesep: 14, marginx: 10, marginy: 10});
  g.setDefaultEdgeLabel(() => ({}));
  path.steps.forEach((step) => g.setNode(step.project, {width: NODE.width, height: NODE.height}));
  const edges = [];
  for (const step of path.steps) {
    const project = catalog.projects.get(step.project);
    for (const prerequisite of (project ? project.prerequisites : [])) {
      if (g.hasNode(prerequisite)) {
        g.setEdge(prerequisite, step.project);
        edges.push([prerequisite, step.project]);
      }
    }
  }
  dagre.layout(g);
  return {g, edges, width: g.graph().width, height: g.graph().height};
}

function graph(path, layout, scale) {
  const {g, edges} = layout;
  const chart = svg('svg', {viewBox: `0 0 ${layout.width} ${layout.height}`, width: Math.floor(layout.width * scale),
    height: Math.floor(layout.height * scale), role: 'group', 'aria-label': t('path.graphLabel')});
  const defs = svg('defs');
  const marker = svg('marker', {id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7,
    orient: 'auto'});
  marker.append(svg('path', {d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead'}));
  defs.append(marker);
  chart.append(defs);
  for (const [from, to] of edges) {
    // Leave the prerequisite at its bottom and enter the project at its top, each arrow at its own place along the
    // edge of the box, through dagre's route between the layers.
    const a = g.node(from);
    const b = g.node(to);
    const inner = g.edge(from, to).points.slice(1, -1);
    const along = (node, p) => Math.max(node.x - node.width / 2 + 14, Math.min(node.x + node.width / 2 - 14, p.x));
    const points = [{x: along(a, inner[0] || b), y: a.y + a.height / 2}, ...inner,
      {x: along(b, inner[inner.length - 1] || a), y: b.y - b.height / 2}];
    const d = points.map((p, i) => (i === 0 ? 'M' : 'L') + round(p.x) + ',' + round(p.y)).join(' ');
    chart.append(svg('path', {d, class: 'edge', 'marker-end': 'url(#arrow)', 'data-from': from, 'data-to': to}));
  }
  for (const step of path.steps) {
    const at = g.node(step.project);
    const lines = [step.position + '. ' + shortName(step.name), t('node.difficulty', stageLabel(step.stage), step.difficulty),
      effort(step.effort)];
    // Named by its title (SVG's tooltip), which starts with what the box shows.
    const node = svg('g', {class: 'node ' + step.role, 'data-project': step.project, tabindex: 0, role: 'button',
      transform: `translate(${at.x - NODE.width / 2},${at.y - NODE.height / 2})`});
    node.append(svg('title', {}, [lines.join(t('list.separator')), ...step.reasons.map((r) => text(r.text))].join('\n')));
    node.append(svg('rect', {width: NODE.width, height: NODE.height, rx: 6}));
    lines.forEach((line, i) => node.append(svg('text', {x: 10, y: 18 + 16.5 * i, class: i === 0 ? 'name' : 'sub'}, line)));
    clickable(node, step.project);
    chart.append(node);
  }
  return chart;
}

/** The path as its stages, each a list of its projects with what they need: nothing to scroll sideways. */
function stageList(path) {
  const stages = [...new Set(path.steps.map((step) => step.stage))].sort((a, b) => (a || 99) - (b || 99));
  const stageItems = el('ol', {class: 'stages', 'aria-label': t('path.stagesLabel')});
  for (const stage of stages) {
    const item = el('li');
    item.append(el('h3', {}, stage ? t('stage.named', stage, text(catalog.stages.get(stage))) : t('stage.outside')));
    const projects = el('ol');
    for (const step of path.steps.filter((s) => s.stage === stage)) {
      const project = catalog.projects.get(step.project);
      const needs = (project ? project.prerequisites : []).filter((id) => path.steps.some((s) => s.project === id));
      const card = el('li', {class: 'stage-project ' + step.role, 'data-project': step.project});
      card.append(projectButton(step.project, step.position + '. ' + shortName(step.name)),
        el('span', {class: 'sub'}, t('card.difficulty', step.difficulty, effort(step.effort))
          + (needs.length ? t('card.after', and(needs.map(name))) : '')));
      projects.append(card);
    }
    item.append(projects);
    stageItems.append(item);
  }
  return stageItems;
}

function stageLabel(stage) {
  return stage ? t('node.stage', stage) : t('node.offRoute');
}

/** Opens the project's panel on a click, or on Enter or Space when focused. */
function clickable(node, id) {
  node.addEventListener('click', () => openProject(id));
  node.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openProject(id);
    }
  });
}

function effort(e) {
  const range = e.max === undefined ? number(e.min) + '+'
    : (e.min === e.max ? number(e.min) : number(e.min) + '-' + number(e.max));
  return t('unit.' + e.unit, range);
}

function round(n) {
  return Math.round(n * 10) / 10;
}

// ---- the schedule as a Gantt chart scaled to its box ----

const DAY = 86400000;
const dateOf = (iso) => new Date(iso + 'T00:00:00Z');
const isoOf = (date) => date.toISOString().slice(0, 10);
const dayAfter = (iso) => isoOf(new Date(dateOf(iso).getTime() + DAY));
const shortDate = (iso) => dateOf(iso).toLocaleDateString(i18n.lang,
  {day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC'});

/** Draws the schedule; {@code off} are the form's days off, FROM..TO, shaded as they are. */
function renderSchedule(schedule, roles, off) {
  const items = schedule.items;
  const finish = schedule.finish || {};
  const deadlineGiven = schedule.deadline || {};
  $('schedule-summary').textContent = items.length === 0 ? (schedule.outcome === 'nothing_left'
    ? t('schedule.nothing', (schedule.omitted || []).map(omissionText).join(t('list.clauses')) || t('nothing.left'))
    : (deadlineGiven.hoursPerWeekNeeded ? t('schedule.noneByDeadlineNeeds', deadlineGiven.date,
      round(deadlineGiven.hoursPerWeekNeeded)) : t('schedule.noneByDeadline', deadlineGiven.date)))
    : t('schedule.summary', items[0].start, items[items.length - 1].end, round(schedule.totals.hours),
      round(schedule.hoursPerWeek), finish.p50, finish.p80, finish.p95) + deadlineText(schedule.deadline);
  const container = $('gantt');
  container.replaceChildren();
  if (items.length === 0) return;
  const width = Math.max(280, container.clientWidth - 2);
  const narrow = width < NARROW;
  // On a narrow screen each name stands above its bar, so the bars use the whole width.
  const labelWidth = narrow ? 0 : Math.min(150, Math.round(width * 0.2));
  const row = narrow ? 40 : 28;
  const top = 26;
  const right = 12;
  const now = today();
  const deadline = schedule.deadline && schedule.deadline.status !== 'none' ? schedule.deadline.date : null;
  const isoDates = [items[0].start, now, items[items.length - 1].end, finish.p95, deadline].filter(Boolean).sort();
  const first = dateOf(isoDates[0]);
  const last = dateOf(dayAfter(isoDates[isoDates.length - 1]));
  const days = Math.max(7, (last - first) / DAY);
  const plot = width - labelWidth - right - 8;
  const x = (iso) => labelWidth + 4 + ((dateOf(iso) - first) / DAY) / days * plot;
  const barsBottom = top + items.length * row;
  // [key, label, class, date, whether the line stands at the end of that day]
  const markers = [['today', t('gantt.today'), 'today', now, false],
    ...[['p50', 'P50'], ['p80', 'P80'], ['p95', 'P95']].filter(([key]) => finish[key])
      .map(([key, label]) => [key, label, 'finish', finish[key], true]),
    ...(deadline ? [['deadline', t('gantt.deadline'), 'deadline', deadline, true]] : [])];
  const height = barsBottom + 8 + markers.length * 18 + 6;
  const chart = svg('svg', {width, height, viewBox: `0 0 ${width} ${height}`, role: 'group',
    'aria-label': t('gantt.label')});
  container.append(chart);

  monthAxis(chart, first, last, x, top, barsBottom, labelWidth + 4, width - right);
  (off || []).map((range) => range.split('..')).forEach(([from, to]) => {
    const x1 = Math.max(x(from), x(isoOf(first)));
    const x2 = Math.min(x(dayAfter(to || from)), x(isoOf(last)));
    if (x2 > x1) chart.append(svg('rect', {x: x1, y: top, width: x2 - x1, height: items.length * row, class: 'off'}));
  });
  items.forEach((item, i) => {
    const y = top + i * row;
    const role = roles.get(item.project) || 'target';
    const bar = svg('g', {'data-project': item.project, tabindex: 0, role: 'button'});
    const barY = narrow ? y + 18 : y + 5;
    const barHeight = narrow ? 16 : row - 10;
    const x1 = x(item.start);
    const x2 = x(dayAfter(item.end));
    bar.append(svg('rect', {x: x1, y: barY, width: Math.max(2, x2 - x1), height: barHeight, rx: 3, class: 'bar ' + role}));
    item.weeks.slice(1).forEach((milestone) => {
      bar.append(svg('line', {x1: x(milestone.start), x2: x(milestone.start), y1: barY, y2: barY + barHeight, class: 'milestone'}));
    });
    const label = svg('text', {x: narrow ? 4 : 4, y: narrow ? y + 13 : y + 18, class: 'bar-label'}, name(item.project));
    bar.append(label);
    // On a narrow screen the name and the dates stand above the bar, kept inside the box.
    const dates = t('gantt.dates', shortDate(item.start), shortDate(item.end));
    if (narrow) label.textContent = name(item.project) + ' ' + dates;
    bar.prepend(svg('title', {}, [label.textContent, ...(narrow ? [] : [dates]), t('gantt.hours', round(item.hours))]
      .join(t('list.separator'))));
    fitText(label, narrow ? width - 8 : labelWidth - 8);
    clickable(bar, item.project);
    chart.append(bar);
  });
  // Today and each finish marker get a line of their own under the bars, so their labels never overlap.
  markers.forEach(([key, label, css, iso, endOfDay], i) => {
    const at = x(endOfDay ? dayAfter(iso) : iso);
    const y = barsBottom + 8 + (i + 1) * 18 - 5;
    chart.append(svg('line', {x1: at, x2: at, y1: top - 4, y2: y - 10, class: css, 'data-marker': key}));
    const caption = svg('text', {y, class: css + '-label', 'data-marker': key}, t('gantt.marker', label, shortDate(iso)));
    chart.append(caption);
    keepInside(caption, at, 0, width - right);
  });
}

function deadlineText(deadline) {
  if (!deadline || deadline.status === 'none') return '';
  const dropped = (deadline.dropped || []).map((d) => name(typeof d === 'string' ? d : d.project));
  return dropped.length ? t('deadline.leavesOut', deadline.date, listed(dropped))
    : t('deadline.' + deadline.status, deadline.date);
}

/** Month lines and labels: one label every 1, 2, 3, 6 or 12 months, whichever fits, none cut at an edge. */
function monthAxis(chart, first, last, x, top, bottom, left, right) {
  const axis = svg('g', {class: 'axis'});
  chart.append(axis);
  const months = [];
  for (let d = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1)); d <= last;
    d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1))) {
    if (d >= first) months.push(d);
  }
  const monthWidth = months.length > 1 ? x(isoOf(months[1])) - x(isoOf(months[0])) : right - left;
  const step = [1, 2, 3, 6, 12].find((n) => monthWidth * n >= 62) || 12;
  let previousEnd = -Infinity;
  let labelledYear = null;
  months.forEach((d, i) => {
    const at = x(isoOf(d));
    axis.append(svg('line', {x1: at, x2: at, y1: top - 6, y2: bottom, class: 'grid'}));
    if (i % step !== 0) return;
    // The year on the first label of each year.
    const year = d.getUTCFullYear() !== labelledYear;
    const label = svg('text', {x: at + 3, y: top - 12},
      d.toLocaleString(i18n.lang, {month: 'short', year: year ? 'numeric' : undefined, timeZone: 'UTC'}));
    axis.append(label);
    const end = at + 3 + label.getComputedTextLength();
    if (end > right || at + 3 < previousEnd + 6) {
      label.remove();
    } else {
      previousEnd = end;
      labelledYear = d.getUTCFullYear();
    }
  });
}

/** Places a text at x, or ends it at x when it would pass the right edge, and never before the left one. */
function keepInside(label, at, left, right) {
  const length = label.getComputedTextLength();
  const start = Math.max(left + 2, Math.min(at + 3, right - length));
  label.setAttribute('x', String(start));
}

/** Shortens a text with an ellipsis until it fits in the width. */
function fitText(label, width) {
  let value = label.textContent;
  while (value.length > 3 && label.getComputedTextLength() > width) {
    value = value.slice(0, -1);
    label.textContent = value.trimEnd() + '…';
  }
}

// ---- a project's panel: its facts and the guide's content, with the route's checklists ----

const details = new Map();

async function openProject(id) {
  const panel = $('panel');
  panel.dataset.project = id;
  $('panel-title').textContent = name(id);
  $('panel-body').replaceChildren(el('p', {class: 'hint'}, t('panel.loading')));
  if (!panel.open) panel.showModal();
  try {
    if (!details.has(id)) details.set(id, await api('/api/projects/' + encodeURIComponent(id)));
    renderPanel(details.get(id));
  } catch (error) {
    $('panel-body').replaceChildren(el('p', {class: 'error'}, sentence(error.message)));
  }
}

function loadChecklist() {
  try {
    const saved = JSON.parse(localStorage.getItem(CHECKLIST_KEY) || '{}');
    return saved && typeof saved === 'object' && !Array.isArray(saved) ? saved : {};
  } catch (error) {
    return {};
  }
}

function renderPanel(project) {
  $('panel-title').textContent = text(project.name);
  const body = $('panel-body');
  body.replaceChildren();
  const summary = prose(project.summary);
  if (summary) body.append(el('p', {class: 'summary'}, summary));
  const summaryOfCatalog = catalog.projects.get(project.id) || {};
  const facts = el('dl', {class: 'facts'});
  const fact = (term, value) => { if (value) facts.append(el('dt', {}, term), el('dd', {}, value)); };
  fact(t('fact.stage'), summaryOfCatalog.stage
    ? t('stage.named', summaryOfCatalog.stage, text(catalog.stages.get(summaryOfCatalog.stage))) : '');
  fact(t('fact.difficulty'), t('fact.difficultyOf', project.difficulty));
  fact(t('fact.effort'), project.effort ? effort(project.effort) : '');
  fact(t('fact.stars'), starsText(project.stars));
  fact(t('fact.adopters'), listed(texts(project.adopters, false)));
  fact(t('fact.languages'), listed(texts(project.languages, false)));
  fact(t('fact.needsFirst'), listed((project.prerequisites || []).map((p) => name(p.project))));
  body.append(facts);
  if (project.repository) {
    const links = el('p', {class: 'actions'});
    links.append(el('a', {href: 'https://github.com/' + project.repository}, t('panel.repository')),
      el('a', {href: 'https://github.com/' + project.repository + '/issues?q=is%3Aopen+label%3A%22good+first+issue%22',
        class: 'good-first-issues'}, t('panel.goodFirstIssues')));
    body.append(links);
  }
  section(body, t('panel.architecture'), texts(project.architecture));
  section(body, t('panel.features'), texts(project.features));
  if ((project.route || []).length) {
    body.append(el('h3', {}, t('panel.route')));
    body.append(route(project));
  }
  section(body, t('panel.advice'), texts(project.advice));
  section(body, t('panel.contributions'), (project.contributions || [])
    .map((c) => (c.tier ? t('tier.' + c.tier, prose(c.idea)) : prose(c.idea))));
}

function section(body, title, items) {
  if (!items.length) return;
  const list = el('ul');
  items.forEach((item) => list.append(el('li', {}, item)));
  body.append(el('h3', {}, title), list);
}

/** The project's route: each milestone's weeks, title and topics, and its checklist, ticked boxes kept in this browser. */
function route(project) {
  const checked = loadChecklist();
  const list = el('ol', {class: 'route'});
  project.route.forEach((milestone, m) => {
    const inDays = milestone.fromDay !== undefined;
    const [from, to] = inDays ? [milestone.fromDay, milestone.toDay] : [milestone.fromWeek, milestone.toWeek];
    const when = from === to ? t(inDays ? 'route.day' : 'route.week', from)
      : t(inDays ? 'route.days' : 'route.weeks', from, to);
    const item = el('li', {'data-weeks': milestone.fromWeek + '-' + milestone.toWeek});
    item.append(el('h4', {}, t('route.milestone', when, prose(milestone.title))));
    const topics = texts(milestone.topics);
    if (topics.length) item.append(el('p', {class: 'topics'}, t('route.topics', topics.join(t('list.clauses')))));
    const boxes = el('ul');
    texts(milestone.checklist).forEach((task, t) => {
      const key = project.id + '/' + m + '/' + t;
      const box = el('input', {type: 'checkbox', 'data-key': key});
      box.checked = Boolean(checked[key]);
      box.addEventListener('change', () => {
        const saved = loadChecklist();
        if (box.checked) saved[key] = true; else delete saved[key];
        localStorage.setItem(CHECKLIST_KEY, JSON.stringify(saved));
      });
      const label = el('label');
      label.append(box, task);
      const line = el('li');
      line.append(label);
      boxes.append(line);
    });
    item.append(boxes);
    list.append(item);
  });
  return list;
}

// ---- start ----

/** The catalog's line and the completed projects' names, in the page's language. */
function renderCatalog() {
  $('catalog').textContent = t('catalog.line', text(catalog.overview.title), catalog.overview.counts.projects);
  document.querySelectorAll('#completed [data-name]').forEach((span) => {
    span.textContent = shortName(catalog.projects.get(span.dataset.name).name);
  });
  $('skill-ids').textContent = t('known.ids', listed([...catalog.skills]));
}

/** Writes the page again in another language, and asks the server again for what it shows. */
async function switchLanguage(lang) {
  try {
    await setLanguage(lang);
  } catch (error) {
    showError(error);
    return;
  }
  renderCatalog();
  const ranges = [...document.querySelectorAll('#off-list li')].map((item) => item.dataset.range);
  $('off-list').replaceChildren();
  ranges.forEach(addTimeOff);
  if ($('panel').open && details.has($('panel').dataset.project)) renderPanel(details.get($('panel').dataset.project));
  if (planned) run(readForm());
}

async function init() {
  try {
    await setLanguage(initialLanguage());
    const [overview, goals, projects, skills, stages] = await Promise.all(
      ['/api/catalog', '/api/goals', '/api/projects', '/api/skills', '/api/stages'].map((path) => api(path)));
    catalog.overview = overview;
    catalog.baselineHours = overview.baselineHoursPerWeek;
    // Goals and skills are offered by their names in both languages: a learner may type either.
    const names = new Set();
    const addNames = (value) => {
      if (value && typeof value === 'object') Object.values(value).forEach((n) => names.add(n));
      else names.add(text(value));
    };
    goals.goals.forEach((goal) => addNames(goal.name));
    skills.skills.forEach((skill) => addNames(skill.name));
    names.delete('');
    $('goals').replaceChildren(...[...names].map((value) => el('option', {value})));
    $('completed').replaceChildren(...projects.projects.map((project) => {
      catalog.projects.set(project.id, project);
      const label = el('label');
      const box = el('input', {type: 'checkbox', name: 'completed', value: project.id});
      box.addEventListener('change', () => { if (!box.checked) uncomplete(project.id); });
      label.append(box, el('span', {'data-name': project.id}));
      return label;
    }));
    catalog.skills = skills.skills.map((skill) => skill.id);
    stages.stages.forEach((stage) => catalog.stages.set(stage.number, stage.name));
    renderCatalog();
  } catch (error) {
    showError(error);
    return;
  }
  $('lang').addEventListener('change', () => switchLanguage($('lang').value));
  writeForm(stateFromUrl());
  $('progress-on').value = today();
  $('plan').addEventListener('submit', (event) => { event.preventDefault(); submit(); });
  $('off-add').addEventListener('click', addTimeOffFromInputs);
  $('download-ics').addEventListener('click', downloadCalendar);
  $('progress-clear').addEventListener('click', clearProgress);
  $('panel-close').addEventListener('click', () => $('panel').close());
  $('panel').addEventListener('click', (event) => { if (event.target === $('panel')) $('panel').close(); });
  window.addEventListener('popstate', () => { const s = stateFromUrl(); writeForm(s); run(s); });
  let resizing;
  window.addEventListener('resize', () => {
    clearTimeout(resizing);
    resizing = setTimeout(() => {
      if (drawn.path && !$('results').hidden) {
        renderPath(drawn.path);
        renderSchedule(drawn.schedule.schedule, drawn.schedule.roles, drawn.schedule.off);
      }
    }, 150);
  });
  // The plan the learner sees in the form: the link's fields, with the defaults filled in (hours, start today).
  if (FIELDS.some((field) => new URLSearchParams(location.search).has(field))) run(readForm());
}

init();
