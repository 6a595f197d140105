// One run: progress, the report's charts, and its judged questions with filters.
import { api, barChart, completedTrees, el, param, poll, rate, withKey } from './dashboard.js';

const runId = param('id');
let samples = [];
let reportDrawnFor = null;

function summary(run) {
  return el('dl', { id: 'run-summary' },
    el('dt', {}, 'Status'), el('dd', { 'data-field': 'status' }, run.status),
    el('dt', {}, 'Accepted'), el('dd', { 'data-field': 'accepted' }, `${run.accepted} of ${run.target}`),
    el('dt', {}, 'Trees started / completed'), el('dd', {}, `${run.treesStarted} / ${completedTrees(run.trees)}`),
    el('dt', {}, 'Questions per second'), el('dd', {}, rate(run).toFixed(2)),
    el('dt', {}, 'Settings'), el('dd', {},
      `seed ${run.settings.seed}, vertices ${run.settings.minVertices}–${run.settings.maxVertices}, ` +
      `max depth ${run.settings.maxDepth}, max breadth ${run.settings.maxBreadth}, per answer ${run.settings.perAnswer}`));
}

async function fetchReport() {
  return (await api(`/api/datasets/${runId}/report`)).body;
}

function drawReport(report, status) {
  const vertices = report.vertexHistogram.map(kv => [`${kv.key} vertices`, kv.value]);
  const rejected = [...report.rejected, ...report.failed].map(r => [r.reason, r.trees]);
  document.getElementById('charts').replaceChildren(
    barChart('vertex-histogram', 'Accepted questions by vertex count', vertices),
    barChart('rejection-reasons', 'Rejected and failed trees by reason', rejected));
  reportDrawnFor = status;
}

/** Fills a filter's choices from the samples, keeping what is chosen. */
function choices(id, values) {
  const select = document.getElementById(id);
  const chosen = select.value;
  const distinct = [...new Set(values)].sort((a, b) => (typeof a === 'number' ? a - b : String(a).localeCompare(String(b))));
  select.replaceChildren(el('option', { value: '' }, 'any'), ...distinct.map(v => el('option', { value: v, selected: String(v) === chosen }, v)));
}

function verdict(sample) {
  return sample.accepted ? 'accepted' : sample.reasonCategory;
}

function drawSamples() {
  const vertices = document.getElementById('filter-vertices').value;
  const depth = document.getElementById('filter-depth').value;
  const reason = document.getElementById('filter-reason').value;
  const shown = samples.filter(s =>
    (vertices === '' || s.vertices === Number(vertices)) && (depth === '' || s.depth === Number(depth)) && (reason === '' || verdict(s) === reason));
  document.getElementById('questions-body').replaceChildren(...shown.map(s =>
    el('tr', { 'data-tree-no': s.treeNo, class: s.accepted ? 'accepted' : 'rejected' },
      el('td', { class: 'num' }, s.treeNo),
      el('td', {}, el('a', { href: `question.html?run=${encodeURIComponent(runId)}&tree=${s.treeNo}` }, s.question)),
      el('td', {}, s.answer),
      el('td', { class: 'num' }, s.vertices),
      el('td', { class: 'num' }, s.depth),
      el('td', { title: s.reason || '' }, verdict(s)))));
  document.getElementById('shown').textContent = `${shown.length} of ${samples.length} judged questions`;
}

// Everything is fetched before anything is drawn, so the page never shows a completed status
// next to the samples or charts of an earlier poll.
async function refresh() {
  const { body: run } = await api(`/api/runs/${runId}`);
  const judged = (await api(`/api/runs/${runId}/samples`)).body;
  const report = reportDrawnFor !== run.status || run.status === 'Running' ? await fetchReport() : null;
  samples = judged;
  document.getElementById('run-name').textContent = run.name;
  choices('filter-vertices', samples.map(s => s.vertices));
  choices('filter-depth', samples.map(s => s.depth));
  choices('filter-reason', samples.map(verdict));
  drawSamples();
  if (report !== null) {
    drawReport(report, run.status);
  }
  document.getElementById('summary').replaceChildren(summary(run));
  return run.status === 'Running';
}

for (const id of ['filter-vertices', 'filter-depth', 'filter-reason']) {
  document.getElementById(id).addEventListener('change', drawSamples);
}
withKey(() => poll(refresh, 3000));
