// One question: its research tree drawn as SVG, certificates, evidence and the trajectory step by step.
import { api, el, param, shorten, showError, svg, withKey } from './dashboard.js';

const runId = param('run');
const treeNo = param('tree');
const columnWidth = 230, levelHeight = 150, radius = 22;
/** The run's corpus (its evidence pages are read from it); null is the Browser's default corpus. */
let runCorpus = null;

/** Places every vertex of the InfoSeek-shaped tree: leaves side by side, a parent centred over its children. */
function layout(root) {
  const placed = [];
  let nextLeaf = 0;
  const place = (node, depth, parent) => {
    const children = node.children.map(child => place(child, depth + 1, node));
    const x = children.length === 0 ? nextLeaf++ : (children[0].x + children[children.length - 1].x) / 2;
    const vertex = { node, parent, depth, x, children };
    placed.push(vertex);
    return vertex;
  };
  place(root, 0, null);
  return placed;
}

function drawTree(tree, vertices) {
  const placed = layout(tree.root);
  const byId = new Map(vertices.map(v => [v.id, v]));
  const width = Math.max(...placed.map(p => p.x)) * columnWidth + columnWidth;
  const height = Math.max(...placed.map(p => p.depth)) * levelHeight + 2 * levelHeight / 2 + 20;
  const at = p => ({ x: p.x * columnWidth + columnWidth / 2, y: p.depth * levelHeight + 50 });
  const drawing = svg('svg', { id: 'tree', width, height, role: 'img', 'aria-label': 'Research tree' });
  for (const p of placed.filter(p => p.parent)) {
    const from = at(placed.find(q => q.node === p.parent)), to = at(p);
    const claim = p.parent.claims.find(c => c.target_id === p.node.id);
    const text = claim ? claim.claim : '';
    drawing.append(svg('g', { class: 'edge', 'data-from': p.parent.id, 'data-to': p.node.id },
      svg('line', { x1: from.x, y1: from.y + radius, x2: to.x, y2: to.y - radius }),
      svg('text', { class: 'claim', x: (from.x + to.x) / 2, y: (from.y + to.y) / 2, 'text-anchor': 'middle' }, shorten(text, 44)),
      svg('title', {}, text)));
  }
  for (const p of placed) {
    const { x, y } = at(p);
    const blurred = byId.get(p.node.id)?.blurred;
    const attribute = p.node.entity === 'None';
    drawing.append(svg('g', { class: `vertex${blurred ? ' blurred' : ''}${attribute ? ' attribute' : ''}`, 'data-id': p.node.id },
      svg('circle', { cx: x, cy: y, r: radius }),
      svg('text', { x, y: y + 5, 'text-anchor': 'middle', class: 'letter' }, p.node.id),
      svg('text', { x, y: y + radius + 16, 'text-anchor': 'middle', class: 'entity' }, shorten(attribute ? 'attribute' : p.node.entity, 30)),
      blurred ? svg('text', { x, y: y + radius + 30, 'text-anchor': 'middle', class: 'mark' }, 'blurred') : null,
      svg('title', {}, `${p.node.id}: ${p.node.entity}${p.node.type ? ` (${p.node.type})` : ''}${blurred ? ', blurred' : ''}`)));
  }
  return drawing;
}

function allVertices(node) {
  return [node, ...node.children.flatMap(allVertices)];
}

function claimsList(tree) {
  return el('table', { id: 'claims' },
    el('thead', {}, el('tr', {}, el('th', {}, 'Vertex'), el('th', {}, 'Claim'), el('th', {}, 'Evidence'))),
    el('tbody', {}, allVertices(tree.root).flatMap(v => v.claims.map(c =>
      el('tr', { class: 'claim-row' },
        el('td', {}, v.id),
        el('td', {}, c.claim),
        el('td', { class: 'evidence' }, c.evidence
          ? [el('q', {}, c.evidence.sentence), el('small', { class: 'muted' }, ` — ${c.evidence.page}, characters ${c.evidence.start}–${c.evidence.start + c.evidence.length}`),
            ' ', showInPageButton(c.evidence)]
          : el('span', { class: 'muted' }, 'no evidence stored')))))));
}

function showInPageButton(evidence) {
  const button = el('button', { type: 'button', class: 'show-in-page' }, 'show in page');
  button.addEventListener('click', () => showInPage(evidence).catch(error => showError(error.message)));
  return button;
}

let latestPageRequest = 0;

/** Shows the evidence's page with the sentence marked at its stored offsets, or says why it cannot be marked. */
async function showInPage(evidence) {
  const request = ++latestPageRequest;
  const corpus = runCorpus ? `?corpus=${encodeURIComponent(runCorpus)}` : '';
  let page = null;
  try {
    page = (await api(`/api/corpus/pages/${encodeURIComponent(evidence.page)}${corpus}`)).body;
  } catch (error) {
    if (error.status !== 404) {
      throw error;
    }
  }
  if (request !== latestPageRequest) {
    return;
  }
  const panel = document.getElementById('page-view');
  panel.hidden = false;
  if (!page) {
    panel.replaceChildren(el('h3', {}, evidence.page), el('p', { class: 'error', role: 'alert' }, 'page not in the corpus'));
    panel.scrollIntoView({ block: 'start' });
    return;
  }
  const end = evidence.start + evidence.length;
  const holdsSentence = page.text.substring(evidence.start, end) === evidence.sentence;
  const text = el('div', { class: 'page-text' }, holdsSentence
    ? [page.text.substring(0, evidence.start), el('mark', {}, evidence.sentence), page.text.substring(end)]
    : page.text);
  const warning = el('p', { class: 'error', role: 'alert' }, 'the page text no longer holds this sentence at the stored offsets');
  panel.replaceChildren(...[el('h3', {}, page.title), holdsSentence ? null : warning, text].filter(Boolean));
  panel.scrollIntoView({ block: 'start' });
  text.querySelector('mark')?.scrollIntoView({ block: 'center' });
}

function certificates(vertices) {
  const blurred = vertices.filter(v => v.certificate);
  if (blurred.length === 0) {
    return el('p', { class: 'muted' }, 'No vertex of this tree carries a certificate.');
  }
  return blurred.map(v => el('div', { class: 'certificate', 'data-vertex': v.id },
    el('h4', {}, `${v.id}: ${v.entity}`),
    el('table', {},
      el('thead', {}, el('tr', {}, el('th', {}, 'Claim'), el('th', {}, '|S(c)|'), el('th', {}, 'Other members'))),
      el('tbody', {}, v.certificate.claims.map(c => el('tr', {},
        el('td', {}, c.claim), el('td', { class: 'num candidate-count' }, c.candidateCount), el('td', {}, c.otherCandidates.join(', ') || '—'))))),
    el('p', {}, `Intersection: ${v.certificate.intersection.join(', ')} (${v.certificate.intersection.length} page${v.certificate.intersection.length === 1 ? '' : 's'})`)));
}

function trajectory(sample) {
  if (!sample) {
    return el('p', { class: 'muted' }, 'Not judged yet.');
  }
  const verdict = el('p', { id: 'verdict', class: sample.accepted ? 'accepted' : 'rejected' },
    sample.accepted ? 'Accepted' : `Rejected: ${sample.reason}`,
    (sample.filters || []).map(f => el('span', { class: 'filter' }, ` · ${f.filter}: ${f.passed ? 'passed' : 'rejected'}`)));
  if (!sample.trajectory) {
    return [verdict, el('p', { class: 'muted' }, 'No trajectory stored.')];
  }
  const t = sample.trajectory;
  return [verdict,
    el('p', {}, `Solver ${t.solver}; final answer ${t.finalAnswer} (${t.correct ? 'correct' : 'wrong'}).`),
    el('ol', { id: 'trajectory' }, t.steps.map(step => el('li', { class: `step ${step.kind}` },
      el('span', { class: 'kind' }, step.kind), ' ', el('span', { class: 'content' }, step.content),
      step.hits ? el('div', { class: 'retrieval' },
        el('span', { class: `label ${step.goldRetrieved ? 'retrieved' : 'missed'}` },
          step.goldRetrieved ? `gold retrieved: ${step.gold}` : `gold not retrieved: ${step.gold}`),
        el('span', { class: 'muted' }, ` hits: ${step.hits.join(', ')}`)) : null)))];
}

async function show() {
  const [{ body: view }, { body: run }] = await Promise.all([api(`/api/runs/${runId}/trees/${treeNo}`), api(`/api/runs/${runId}`)]);
  runCorpus = run.settings.corpus;
  document.getElementById('question-text').textContent = view.question || '(not verbalized yet)';
  document.getElementById('answer').textContent = view.tree.root.entity;
  document.getElementById('tree-status').textContent = view.status + (view.failureReason ? `: ${view.failureReason}` : '');
  document.getElementById('back').href = `run.html?id=${encodeURIComponent(runId)}`;
  document.getElementById('drawing').replaceChildren(drawTree(view.tree, view.vertices));
  document.getElementById('evidence').replaceChildren(claimsList(view.tree));
  document.getElementById('certificates').replaceChildren(...[certificates(view.vertices)].flat());
  document.getElementById('sample').replaceChildren(...[trajectory(view.sample)].flat());
}

withKey(() => show().catch(error => showError(error.message)));
