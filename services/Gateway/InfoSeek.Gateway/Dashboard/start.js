// Start a run: the form posts to the API, which validates it; its errors are shown next to their fields.
import { api, el, showError, withKey } from './dashboard.js';

const form = document.getElementById('start-form');
const numbers = ['count', 'seed', 'minVertices', 'maxVertices', 'maxDepth', 'maxBreadth', 'perAnswer', 'parallelism'];

/** The request body: the name, the corpus when given, and every number that is filled in (the API defaults the rest). */
function body() {
  const request = { name: form.elements.name.value };
  for (const field of numbers) {
    const value = form.elements[field].value.trim();
    if (value !== '') {
      // Sent as typed: a value that is no whole number reaches the API, which names the field.
      request[field] = /^-?\d+$/.test(value) ? Number(value) : value;
    }
  }
  if (form.elements.corpus.value.trim() !== '') {
    request.corpus = form.elements.corpus.value.trim();
  }
  return request;
}

function clearErrors() {
  for (const slot of form.querySelectorAll('.field-error')) {
    slot.textContent = '';
  }
  for (const input of form.querySelectorAll('[aria-invalid]')) {
    input.removeAttribute('aria-invalid');
  }
  document.getElementById('form-error').textContent = '';
}

/** Each error of a validation problem next to its field; errors of no field of the form above the button. */
function showErrors(errors) {
  for (const [field, messages] of Object.entries(errors)) {
    const slot = form.querySelector(`.field-error[data-error-for="${CSS.escape(field)}"]`);
    if (slot) {
      slot.textContent = messages.join(' ');
      form.elements[field].setAttribute('aria-invalid', 'true');
    } else {
      document.getElementById('form-error').append(el('div', {}, messages.join(' ')));
    }
  }
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  clearErrors();
  try {
    const { body: accepted } = await api('/api/runs', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body()),
    });
    location.href = `run.html?id=${encodeURIComponent(accepted.runId)}`;
  } catch (error) {
    if (error.problem?.errors) {
      showErrors(error.problem.errors);
    } else {
      document.getElementById('form-error').textContent = error.message;
    }
  }
});

withKey(() => showError(''));
