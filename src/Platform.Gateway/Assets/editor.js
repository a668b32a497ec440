// The studio editor's module (served by the app; the CSP allows script-src 'self' only). Progressive enhancement:
// the editor is a plain form that saves and previews without it. This module adds
// - a live preview: the form is posted to the preview endpoint 400 ms after typing stops, and the sanitised HTML the
//   blog's own pipeline returns replaces the preview (answers older than the latest request are dropped);
// - autosave for drafts: 3 s after typing stops, the form is posted with autosave=1 and Accept: application/json,
//   carrying the post's version; the answer gives the new version. A 412 (someone else saved) stops autosave and
//   offers the conflict page, which the Save button opens;
// - shortcuts: Ctrl/Cmd+S saves in place, Ctrl/Cmd+Shift+P shows or hides the preview;
// - IME: while a composition is open (Korean, Japanese, Chinese input), neither typing timers nor shortcuts fire;
//   the composition's end counts as the edit;
// - images: one chosen with the picker, dropped on the Markdown or pasted into it is uploaded at once (the media
//   endpoint, JSON answer) and its Markdown put in at the cursor, behind an "uploading" placeholder that the answer
//   replaces or, on a refusal, removes with the server's message. Each change is an input event, so the preview
//   and autosave follow as they follow typing.
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
    data.delete('file');
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

  const media = document.getElementById('media-insert');
  if (media) {
    const picker = document.getElementById('file');
    const uploadError = document.getElementById('upload-error');
    const uploadStatus = document.getElementById('upload-status');
    const tokenField = form.elements.namedItem(media.dataset.tokenField);
    let uploads = 0;

    const changed = () => markdown.dispatchEvent(new Event('input', { bubbles: true }));

    const replace = (search, replacement) => {
      const at = markdown.value.indexOf(search);
      if (at >= 0) {
        markdown.setRangeText(replacement, at, at + search.length, 'preserve');
      }
    };

    const fail = (message) => {
      uploadStatus.textContent = '';
      uploadError.textContent = message;
      uploadError.hidden = false;
    };

    const upload = async (file) => {
      uploads += 1;
      // Plain text, not image syntax: the live preview must not try to load it while the upload runs.
      const placeholder = `[${media.dataset.uploading} ${Date.now().toString(36)}-${uploads}]`;
      markdown.setRangeText(placeholder, markdown.selectionStart, markdown.selectionEnd, 'end');
      changed();
      uploadError.hidden = true;
      uploadStatus.textContent = media.dataset.uploading;
      const data = new FormData();
      if (tokenField) {
        data.set(tokenField.name, tokenField.value);
      }
      data.set('file', file, file.name || 'image');
      let message = media.dataset.failed;
      try {
        const response = await fetch(media.dataset.upload, {
          method: 'POST',
          body: data,
          credentials: 'same-origin',
          headers: { Accept: 'application/json' },
        });
        const answer = await response.json().catch(() => null);
        if (response.ok && answer && answer.markdown) {
          replace(placeholder, answer.markdown);
          changed();
          uploadStatus.textContent = answer.message;
          form.dispatchEvent(new CustomEvent('editor:uploaded', { detail: answer }));
          return;
        }
        if (answer && answer.error) {
          message = answer.error;
        } else if (response.status === 403) {
          message = media.dataset.denied;
        }
      } catch {
        // Offline or cut off: the generic message below.
      }
      replace(placeholder, '');
      changed();
      fail(message);
    };

    const uploadAll = (files) => {
      for (const file of files) {
        upload(file);
      }
    };

    // With the module, choosing a file uploads it; the no-script button is not needed.
    document.getElementById('upload-insert').hidden = true;
    picker.addEventListener('change', () => {
      const files = Array.from(picker.files);
      picker.value = '';
      markdown.focus();
      uploadAll(files);
    });

    const carriesFiles = (transfer) => Boolean(transfer) && Array.from(transfer.types || []).includes('Files');
    markdown.addEventListener('dragover', (event) => {
      if (carriesFiles(event.dataTransfer)) {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
        markdown.classList.add('dropping');
      }
    });
    markdown.addEventListener('dragleave', () => markdown.classList.remove('dropping'));
    markdown.addEventListener('drop', (event) => {
      markdown.classList.remove('dropping');
      const files = Array.from(event.dataTransfer ? event.dataTransfer.files : []);
      if (files.length > 0) {
        event.preventDefault();
        markdown.focus();
        uploadAll(files);
      }
    });
    markdown.addEventListener('paste', (event) => {
      // Text pastes go on as usual; only files (an image copied from another program) are uploaded.
      const files = Array.from(event.clipboardData ? event.clipboardData.files : []);
      if (files.length > 0) {
        event.preventDefault();
        uploadAll(files);
      }
    });
  }

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
