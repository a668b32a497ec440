// The studio editor's module (served by the app; the CSP allows script-src 'self' only). Progressive enhancement:
// the editor is a plain form that saves and previews without it. This module adds
// - a live preview: the form is posted to the preview endpoint 400 ms after typing stops, and the sanitised HTML the
//   blog's own pipeline returns replaces the preview (answers older than the latest request are dropped);
// - autosave for drafts: 3 s after typing stops, the form is posted with autosave=1 and Accept: application/json,
//   carrying the post's version; the answer gives the new version. A 412 (someone else saved) stops autosave and
//   offers the conflict page, which the Save button opens;
// - shortcuts: Ctrl/Cmd+S saves in place, Ctrl/Cmd+Shift+P shows or hides the preview;
// - IME: while a composition is open (Korean, Japanese, Chinese input), neither typing timers nor shortcuts fire;
//   the composition's end counts as the edit.
const form = document.getElementById('editor');
if (form) {
  const markdown = document.getElementById('markdown');
  const preview = document.getElementById('preview');
  const pane = document.getElementById('preview-pane');
  const toggle = document.getElementById('toggle-preview');
  const status = document.getElementById('save-status');
  const saveButton = document.getElementById('save');
  const previewUrl = form.dataset.preview;
  let autosave = form.dataset.autosave === 'on';
  let composing = false;
  let dirty = false;
  let saving = false;
  let previewTimer = 0;
  let saveTimer = 0;
  let previewSequence = 0;

  const say = (message) => { status.textContent = message; };

  const body = (extra) => {
    const data = new FormData(form);
    data.delete('action');
    for (const [key, value] of Object.entries(extra)) {
      data.set(key, value);
    }
    return data;
  };

  const refreshPreview = async () => {
    const sequence = ++previewSequence;
    try {
      const response = await fetch(previewUrl, { method: 'POST', body: body({}), credentials: 'same-origin' });
      if (response.ok && sequence === previewSequence) {
        preview.innerHTML = await response.text();
        form.dispatchEvent(new CustomEvent('editor:preview'));
      }
    } catch {
      // Offline: the preview keeps its last state; the Preview button still works.
    }
  };

  const showConflict = () => {
    autosave = false;
    form.dataset.autosave = 'off';
    if (!document.getElementById('conflict-banner')) {
      const banner = document.createElement('div');
      banner.id = 'conflict-banner';
      banner.className = 'error-summary';
      banner.setAttribute('role', 'alert');
      const text = document.createElement('p');
      text.textContent = form.dataset.conflict;
      const review = document.createElement('button');
      review.type = 'button';
      review.textContent = form.dataset.review;
      review.addEventListener('click', () => form.requestSubmit(saveButton));
      banner.append(text, review);
      form.prepend(banner);
    }
  };

  const save = async (automatic) => {
    if (saving) {
      return;
    }
    saving = true;
    dirty = false;
    say(form.dataset.saving);
    try {
      const response = await fetch(form.getAttribute('action'), {
        method: 'POST',
        body: body({ action: 'save', autosave: automatic ? '1' : '0' }),
        credentials: 'same-origin',
        headers: { Accept: 'application/json' },
      });
      if (response.status === 412) {
        showConflict();
        say(form.dataset.conflict);
        return;
      }
      if (response.status === 409) {
        autosave = false;
        say(form.dataset.unsaved);
        return;
      }
      const answer = await response.json().catch(() => ({}));
      if (!response.ok) {
        dirty = true;
        say(answer.errors ? Object.values(answer.errors).join(' ') : form.dataset.failed);
        return;
      }
      form.elements.version.value = String(answer.version);
      // (form.action would be the buttons named "action": read and write the attribute.)
      if (answer.edit && form.getAttribute('action') !== answer.edit) {
        form.setAttribute('action', answer.edit);
        history.replaceState(null, '', answer.edit);
      }
      say(answer.message);
      form.dispatchEvent(new CustomEvent('editor:saved', { detail: answer }));
    } catch {
      dirty = true;
      say(form.dataset.failed);
    } finally {
      saving = false;
    }
  };

  const edited = (target) => {
    dirty = true;
    if (target === markdown || target.closest('.front')) {
      clearTimeout(previewTimer);
      previewTimer = setTimeout(refreshPreview, 400);
    }
    if (autosave) {
      clearTimeout(saveTimer);
      saveTimer = setTimeout(() => { if (dirty && !composing) save(true); }, 3000);
    }
  };

  form.addEventListener('compositionstart', () => {
    composing = true;
    clearTimeout(saveTimer);
  });
  form.addEventListener('compositionend', (event) => {
    composing = false;
    edited(event.target);
  });
  form.addEventListener('input', (event) => {
    if (event.isComposing || composing) {
      return;
    }
    edited(event.target);
  });

  const togglePreview = () => {
    pane.hidden = !pane.hidden;
    toggle.setAttribute('aria-pressed', String(!pane.hidden));
    form.classList.toggle('preview-hidden', pane.hidden);
  };
  toggle.hidden = false;
  toggle.addEventListener('click', togglePreview);

  document.addEventListener('keydown', (event) => {
    // keyCode 229: the key went to an input method (some browsers send it without isComposing).
    if (event.isComposing || composing || event.keyCode === 229 || !(event.ctrlKey || event.metaKey) || event.altKey) {
      return;
    }
    const key = event.key.toLowerCase();
    if (key === 's' && !event.shiftKey) {
      event.preventDefault();
      clearTimeout(saveTimer);
      save(false);
    } else if (key === 'p' && event.shiftKey) {
      event.preventDefault();
      togglePreview();
    }
  });
}
