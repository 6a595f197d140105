// Shared by every dashboard page: the API key, calls to the API, small DOM and SVG helpers.
const keyName = 'infoseek-api-key';

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The API answered ${status}.`);
    this.status = status;
    this.problem = problem;
  }
}

export function apiKey() {
  return sessionStorage.getItem(keyName);
}

/** Calls the API with the key in X-Api-Key, as every client of the gateway does; a 401 forgets the key. */
export async function api(path, options = {}) {
  const key = apiKey();
  if (!key) {
    throw new ApiError(401, { detail: 'Enter an API key to see runs.' });
  }
  const headers = { 'X-Api-Key': key, Accept: 'application/json', ...(options.headers || {}) };
  const response = await fetch(path, { ...options, headers });
  const body = (response.headers.get('content-type') || '').includes('json') ? await response.json() : null;
  if (response.status === 401) {
    sessionStorage.removeItem(keyName);
    showKeyForm('The key was not accepted: ' + (body?.detail || 'unauthorized') + ' Enter a valid key.');
  }
  if (!response.ok) {
    throw new ApiError(response.status, body);
  }
  return { status: response.status, body, location: response.headers.get('location') };
}

/** Draws the header (navigation, key form) and calls start() once a key is there, now or after it is entered. */
export function withKey(start) {
  const page = location.pathname.split('/').pop() || 'index.html';
  const link = (href, text) => el('a', { href, 'aria-current': page === href ? 'page' : null }, text);
  const form = el('form', { id: 'key-form', hidden: true },
    el('input', { name: 'api-key', id: 'api-key', type: 'password', placeholder: 'API key', autocomplete: 'off', 'aria-label': 'API key' }),
    el('button', { type: 'submit' }, 'Use key'));
  const forget = el('button', { type: 'button', id: 'forget-key' }, 'Forget key');
  document.getElementById('top').replaceChildren(
    el('h1', {}, el('a', { href: 'index.html' }, 'InfoSeek')),
    el('nav', {}, link('index.html', 'Runs'), ' ', link('start.html', 'Start a run')),
    form,
    el('span', { id: 'key-set', hidden: true }, 'Key set ', forget));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const value = form.elements['api-key'].value.trim();
    if (value) {
      sessionStorage.setItem(keyName, value);
      form.elements['api-key'].value = '';
      showKeySet();
      start();
    }
  });
  forget.addEventListener('click', () => {
    sessionStorage.removeItem(keyName);
    location.reload();
  });
  if (apiKey()) {
    showKeySet();
    start();
  } else {
    showKeyForm('Enter an API key (the gateway\'s X-Api-Key) to see runs.');
  }
}

function showKeyForm(message) {
  document.getElementById('key-form').hidden = false;
  document.getElementById('key-set').hidden = true;
  showError(message);
}

function showKeySet() {
  document.getElementById('key-form').hidden = true;
  document.getElementById('key-set').hidden = false;
  showError('');
}

export function showError(message) {
  const status = document.getElementById('status');
  status.textContent = message;
  status.hidden = !message;
}

/** An HTML element with attributes and children (strings become text, never markup). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  return fill(node, attributes, children);
}

/** An SVG element, as el(). */
export function svg(tag, attributes = {}, ...children) {
  return fill(document.createElementNS('http://www.w3.org/2000/svg', tag), attributes, children);
}

function fill(node, attributes, children) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

export function param(name) {
  return new URLSearchParams(location.search).get(name);
}

/** Calls task now and every intervalMs until it returns false; errors are shown and polling goes on. */
export function poll(task, intervalMs) {
  const tick = async () => {
    let again = true;
    try {
      again = (await task()) !== false;
      showError('');
    } catch (error) {
      showError(error.message);
      if (error.status === 401) {
        return;
      }
    }
    if (again) {
      setTimeout(tick, intervalMs);
    }
  };
  tick();
}

/**
 * A horizontal bar chart: one row per [label, value], drawn as SVG with its numbers.
 * id names the chart; rows carry class "bar" so that they can be counted.
 */
export function barChart(id, title, rows) {
  const rowHeight = 22, labelWidth = 330, barWidth = 300;
  const max = Math.max(1, ...rows.map(r => r[1]));
  const chart = svg('svg', { id, class: 'chart', width: labelWidth + barWidth + 60, height: rowHeight * rows.length + 30, role: 'img', 'aria-label': title },
    svg('text', { x: 0, y: 16, class: 'chart-title' }, title));
  rows.forEach(([label, value], i) => {
    const y = 26 + i * rowHeight;
    chart.append(svg('g', { class: 'bar', 'data-label': label, 'data-value': value },
      svg('text', { x: labelWidth - 6, y: y + 15, 'text-anchor': 'end' }, shorten(String(label), 52)),
      svg('rect', { x: labelWidth, y: y + 3, width: Math.max(1, value / max * barWidth), height: rowHeight - 6 }),
      svg('text', { x: labelWidth + value / max * barWidth + 6, y: y + 15 }, value),
      svg('title', {}, `${label}: ${value}`)));
  });
  if (rows.length === 0) {
    chart.append(svg('text', { x: 0, y: 42, class: 'muted' }, 'none yet'));
    chart.setAttribute('height', 50);
  }
  return chart;
}

export function shorten(text, length) {
  return text.length > length ? text.slice(0, length - 1) + '…' : text;
}

export function runLink(run) {
  return el('a', { href: `run.html?id=${encodeURIComponent(run.runId)}` }, run.name);
}

/** Trees grown and blurred to the end: they reached the Verbalizer. */
export function completedTrees(trees) {
  return ['Verbalizing', 'Judging', 'Accepted', 'Rejected'].reduce((sum, status) => sum + (trees[status] || 0), 0);
}

export function rate(run) {
  return run.elapsedSeconds > 0 ? run.accepted / run.elapsedSeconds : 0;
}
