// The article editor's text area: keyboard shortcuts, rich paste and pictures pasted or
// dropped. Loaded as a module by the body editor (CSP: script-src 'self', no inline script).
// The edits themselves are made on the server (ToolbarEdits, PastedHtml); this file only reads
// the selection, hands over what was pasted, and writes the result back so that undo keeps it.

function area(root) { return root.querySelector('textarea'); }

export function selection(root) {
  const a = area(root);
  return { text: a.value, start: a.selectionStart, end: a.selectionEnd };
}

// Replaces only the part that changed, through the browser's own editing so that Ctrl+Z
// undoes a toolbar action; the input event it raises tells Blazor the new text.
export function apply(root, edit) {
  const a = area(root);
  const old = a.value, text = edit.text;
  let head = 0;
  while (head < old.length && head < text.length && old[head] === text[head]) { head++; }
  let tail = 0;
  while (tail < old.length - head && tail < text.length - head
         && old[old.length - 1 - tail] === text[text.length - 1 - tail]) { tail++; }
  a.focus();
  if (old !== text) {
    a.setSelectionRange(head, old.length - tail);
    const inserted = text.slice(head, text.length - tail);
    const done = inserted.length > 0 ? document.execCommand('insertText', false, inserted) : document.execCommand('delete');
    if (!done || a.value !== text) {
      a.value = text;
      a.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
  a.setSelectionRange(edit.start, edit.end);
}

export function focus(root) { area(root).focus(); }

function shortcutOf(event, shortcuts) {
  if (!(event.ctrlKey || event.metaKey)) { return null; }
  // By the key's place, not its letter: on an Arabic layout Ctrl+B types «لا».
  const hit = shortcuts.find(s => s.code === event.code && s.shift === event.shiftKey && s.alt === event.altKey);
  return hit ? hit.id : null;
}

function pictureIn(list) {
  return Array.from(list || []).find(f => f.kind === undefined ? f.type.startsWith('image/') : f.kind === 'file' && f.type.startsWith('image/'));
}

async function sendPicture(editor, file) {
  const stream = DotNet.createJSStreamReference(file);
  await editor.invokeMethodAsync('PictureGiven', stream, file.name || 'picture', file.size);
}

export function attach(root, editor, shortcuts) {
  const a = area(root);
  const onKey = async event => {
    const id = shortcutOf(event, shortcuts);
    if (!id) { return; }
    event.preventDefault();
    const edit = await editor.invokeMethodAsync('Shortcut', id, a.value, a.selectionStart, a.selectionEnd);
    if (edit) { apply(root, edit); }
  };
  const onPaste = async event => {
    const data = event.clipboardData;
    if (!data) { return; }
    const item = pictureIn(data.items);
    if (item) {
      event.preventDefault();
      await sendPicture(editor, item.getAsFile());
      return;
    }
    const html = data.getData('text/html');
    if (!html) { return; }
    event.preventDefault();
    const plain = data.getData('text/plain');
    // A word processor's HTML runs to megabytes: it goes as a stream, not in one message.
    const stream = DotNet.createJSStreamReference(new TextEncoder().encode(html));
    const edit = await editor.invokeMethodAsync('PasteHtml', stream, a.value, a.selectionStart, a.selectionEnd);
    if (edit) { apply(root, edit); }
    // HTML with no words of its own (a lone picture from another site, say) pastes as its text.
    else if (plain) { document.execCommand('insertText', false, plain); }
  };
  const onDragOver = event => {
    if (event.dataTransfer && Array.from(event.dataTransfer.types).includes('Files')) { event.preventDefault(); }
  };
  const onDrop = async event => {
    const file = event.dataTransfer && pictureIn(event.dataTransfer.files);
    if (!file) { return; }
    event.preventDefault();
    await sendPicture(editor, file);
  };
  a.addEventListener('keydown', onKey);
  a.addEventListener('paste', onPaste);
  a.addEventListener('dragover', onDragOver);
  a.addEventListener('drop', onDrop);
  root.dataset.editor = 'ready';
  root._detach = () => {
    a.removeEventListener('keydown', onKey);
    a.removeEventListener('paste', onPaste);
    a.removeEventListener('dragover', onDragOver);
    a.removeEventListener('drop', onDrop);
  };
}

export function detach(root) {
  if (root && root._detach) { root._detach(); }
}
