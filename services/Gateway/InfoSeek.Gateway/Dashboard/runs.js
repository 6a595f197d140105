// The runs page: every run with its progress, polled every two seconds without a reload.
import { api, completedTrees, el, poll, rate, runLink, withKey } from './dashboard.js';

const finished = new Map(); // runId → view of a run that no longer changes

function timeLeft(run) {
  if (run.status !== 'Running') {
    return run.status === 'Completed' ? 'done' : run.status.toLowerCase();
  }
  const perSecond = rate(run);
  if (perSecond === 0) {
    return 'unknown';
  }
  const seconds = Math.round(Math.max(0, run.target - run.accepted) / perSecond);
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

function reasons(counts) {
  const entries = Object.entries(counts);
  return entries.length === 0 ? '—' : el('ul', { class: 'reasons' }, entries.map(([reason, n]) => el('li', {}, `${reason}: ${n}`)));
}

function row(run) {
  return el('tr', { 'data-run-id': run.runId, 'data-status': run.status },
    el('td', {}, runLink(run)),
    el('td', { class: `status ${run.status.toLowerCase()}` }, run.status),
    el('td', { class: 'num', 'data-field': 'started' }, run.treesStarted),
    el('td', { class: 'num', 'data-field': 'completed' }, completedTrees(run.trees)),
    el('td', { class: 'num', 'data-field': 'accepted' }, `${run.accepted} / ${run.target}`),
    el('td', { 'data-field': 'rejected' }, reasons(run.rejected)),
    el('td', { 'data-field': 'failed' }, reasons(run.failed)),
    el('td', { class: 'num', 'data-field': 'rate' }, rate(run).toFixed(2)),
    el('td', { class: 'num', 'data-field': 'left' }, timeLeft(run)));
}

async function refresh() {
  const { body: runs } = await api('/api/runs');
  const views = [];
  for (const summary of runs) {
    let view = finished.get(summary.runId);
    if (!view) {
      view = (await api(`/api/runs/${summary.runId}`)).body;
      if (view.status !== 'Running') {
        finished.set(view.runId, view);
      }
    }
    views.push(view);
  }
  // Newest first: the run one just started is on top.
  document.getElementById('runs-body').replaceChildren(...views.reverse().map(row));
  document.getElementById('no-runs').hidden = views.length > 0;
  document.getElementById('updated').textContent = `updated ${new Date().toLocaleTimeString()}`;
}

withKey(() => poll(refresh, 2000));
