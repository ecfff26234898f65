// Run by WebPageTest in the page: what is wrong with the layout, as a list of sentences (empty when all is well).
// arguments[0]: the ids of the path's projects, which the path and the Gantt chart must both show.
const ids = arguments[0];
const failures = [];
const root = document.documentElement;
const width = root.clientWidth;
const tolerance = 0.5;
const inViewport = (r) => r.left >= -tolerance && r.right <= width + tolerance;
const describe = (r) => `[${Math.round(r.left)}, ${Math.round(r.right)}] x [${Math.round(r.top)}, ${Math.round(r.bottom)}]`;
const overlap = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance
  && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance;

if (root.scrollWidth > root.clientWidth) {
  failures.push(`the document is ${root.scrollWidth} px wide in a ${root.clientWidth} px viewport`);
}
for (const id of ids) {
  const shown = [...document.querySelectorAll(`#path-graph [data-project="${id}"]`)];
  if (shown.length === 0) failures.push(`path: ${id} is not shown`);
  shown.filter((node) => !inViewport(node.getBoundingClientRect()))
    .forEach((node) => failures.push(`path: ${id} at ${describe(node.getBoundingClientRect())} is outside 0-${width}`));
  const bar = document.querySelector(`#gantt [data-project="${id}"] rect.bar`);
  if (!bar) {
    failures.push(`gantt: ${id} has no bar`);
  } else if (!inViewport(bar.getBoundingClientRect())) {
    failures.push(`gantt: ${id}'s bar at ${describe(bar.getBoundingClientRect())} is outside 0-${width}`);
  }
}

const markers = ['today', 'p50', 'p80', 'p95', 'deadline']
  .map((key) => [key, document.querySelector(`#gantt text[data-marker="${key}"]`)]);
markers.filter(([key, label]) => !label && key !== 'deadline').forEach(([key]) => failures.push(`gantt: no ${key} marker`));
const labels = markers.filter(([, label]) => label).map(([key, label]) => [key, label.getBoundingClientRect()]);
labels.filter(([, r]) => !inViewport(r)).forEach(([key, r]) => failures.push(`gantt: ${key} label at ${describe(r)} is outside 0-${width}`));
labels.forEach(([a, ra], i) => labels.slice(i + 1).filter(([, rb]) => overlap(ra, rb))
  .forEach(([b]) => failures.push(`gantt: the ${a} and ${b} labels overlap`)));
const gantt = document.querySelector('#gantt svg');
if (gantt) {
  const box = gantt.getBoundingClientRect();
  const months = [...gantt.querySelectorAll('.axis text')];
  if (months.length === 0) failures.push('gantt: no month label');
  months.map((t) => [t.textContent, t.getBoundingClientRect()])
    .filter(([, r]) => r.left < box.left - tolerance || r.right > box.right + tolerance || r.top < box.top - tolerance)
    .forEach(([text, r]) => failures.push(`gantt: month label ${text} at ${describe(r)} is cut by the chart's edge`));
  months.map((t) => [t.textContent, t.getBoundingClientRect()]).forEach(([a, ra], i, all) => all.slice(i + 1)
    .filter(([, rb]) => overlap(ra, rb)).forEach(([b]) => failures.push(`gantt: month labels ${a} and ${b} overlap`)));
}

// The path graph, where it is drawn: boxes apart, and each edge from the bottom of its prerequisite down to the top
// of its project without entering any other box.
const boxes = [...document.querySelectorAll('#path-graph g.node')]
  .map((node) => ({id: node.dataset.project, r: node.querySelector('rect').getBoundingClientRect()}));
boxes.forEach((a, i) => boxes.slice(i + 1).filter((b) => overlap(a.r, b.r))
  .forEach((b) => failures.push(`graph: the boxes of ${a.id} and ${b.id} overlap`)));
for (const edge of document.querySelectorAll('#path-graph path.edge')) {
  const from = edge.dataset.from;
  const to = edge.dataset.to;
  const matrix = edge.getScreenCTM();
  const length = edge.getTotalLength();
  const points = [];
  for (let at = 0; at <= length; at += Math.min(1, length)) {
    const p = edge.getPointAtLength(at);
    points.push(new DOMPoint(p.x, p.y).matrixTransform(matrix));
  }
  const name = `${from} -> ${to}`;
  for (const box of boxes.filter((b) => b.id !== from && b.id !== to)) {
    const r = box.r;
    if (points.some((p) => p.x > r.left + 1 && p.x < r.right - 1 && p.y > r.top + 1 && p.y < r.bottom - 1)) {
      failures.push(`graph: the edge ${name} crosses the box of ${box.id}`);
    }
  }
  if (points.some((p, i) => i > 0 && p.y < points[i - 1].y - tolerance)) {
    failures.push(`graph: the edge ${name} turns back up, so its direction is ambiguous`);
  }
  const start = boxes.find((b) => b.id === from);
  const end = boxes.find((b) => b.id === to);
  const first = points[0];
  const last = points[points.length - 1];
  if (!start || Math.abs(first.y - start.r.bottom) > 1.5 || first.x < start.r.left || first.x > start.r.right) {
    failures.push(`graph: the edge ${name} does not leave from the bottom of ${from}`);
  }
  if (!end || Math.abs(last.y - end.r.top) > 1.5 || last.x < end.r.left || last.x > end.r.right) {
    failures.push(`graph: the edge ${name} does not end at the top of ${to}`);
  }
}
return failures;
