// Search as you type: turns each search field marked role="combobox" (SearchSuggestInput)
// into an ARIA 1.2 combobox with a listbox popup, filled from /api/suggest after two letters.
// Focus stays in the field; aria-activedescendant names the option the arrows reach. A phrase
// is searched for through the field's own form (so its other fields, such as a chosen
// paper, go along); a headline opens its article. Without this script the form is a plain
// GET form and the page works the same.
(function () {
  'use strict';
  var DELAY_MS = 150;
  var MAX_LENGTH = 100;
  // Diacritics, tatweel, spaces and punctuation are not letters to the server either.
  var NOT_LETTERS = /[\s\u0610-\u061A\u064B-\u065F\u0670\u0640\u200B-\u200F.,:;!?'"()\-\u060C\u061B\u061F]/g;

  function letters(text) { return text.replace(NOT_LETTERS, '').length; }

  function wire(input) {
    var list = document.getElementById(input.getAttribute('aria-controls'));
    var status = input.parentElement.querySelector('[data-suggest-status]');
    var form = input.form;
    if (!list || !form) { return; }
    var items = [];
    var active = -1;
    var timer = 0;
    var pending = null;
    input.setAttribute('autocomplete', 'off');

    function option(i) { return document.getElementById(list.id + '-' + i); }

    function setActive(i) {
      if (active >= 0 && option(active)) { option(active).setAttribute('aria-selected', 'false'); }
      active = i;
      if (i >= 0) {
        var el = option(i);
        el.setAttribute('aria-selected', 'true');
        input.setAttribute('aria-activedescendant', el.id);
        el.scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function close() {
      setActive(-1);
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    }

    function open() {
      if (items.length === 0) { return; }
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function render(found) {
      items = found;
      active = -1;
      input.removeAttribute('aria-activedescendant');
      list.textContent = '';
      found.forEach(function (item, i) {
        var li = document.createElement('li');
        li.id = list.id + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.dataset.index = String(i);
        var text = document.createElement('bdi');
        text.textContent = item.text;
        li.appendChild(text);
        if (item.kind === 'title') {
          var kind = document.createElement('span');
          kind.className = 'suggest-kind';
          kind.textContent = '(خبر)';
          li.appendChild(kind);
        }
        list.appendChild(li);
      });
      if (status) { status.textContent = found.length === 0 ? '' : found.length + ' من الاقتراحات، تنقّل بينها بالسهمين'; }
      if (found.length === 0) { close(); } else { open(); }
    }

    function choose(i) {
      var item = items[i];
      if (!item) { return; }
      close();
      if (item.kind === 'title') {
        window.location.assign(item.path);
        return;
      }
      input.value = item.text;
      if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
    }

    function fetchFor(q) {
      if (pending) { pending.abort(); }
      pending = new AbortController();
      fetch('/api/suggest?q=' + encodeURIComponent(q), { signal: pending.signal, headers: { Accept: 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : { items: [] }; })
        .then(function (json) { if (input.value === q) { render(json.items || []); } })
        .catch(function () { /* aborted by a newer keystroke, or offline: the form still works */ });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      var q = input.value;
      if (letters(q) < 2 || q.length > MAX_LENGTH) {
        if (pending) { pending.abort(); }
        render([]);
        return;
      }
      timer = setTimeout(function () { fetchFor(q); }, DELAY_MS);
    });

    input.addEventListener('keydown', function (event) {
      var expanded = !list.hidden;
      switch (event.key) {
        case 'ArrowDown':
          if (items.length === 0) { return; }
          event.preventDefault();
          if (!expanded) { open(); setActive(0); } else { setActive((active + 1) % items.length); }
          break;
        case 'ArrowUp':
          if (items.length === 0) { return; }
          event.preventDefault();
          if (!expanded) { open(); setActive(items.length - 1); } else { setActive(active <= 0 ? items.length - 1 : active - 1); }
          break;
        case 'Enter':
          if (expanded && active >= 0) { event.preventDefault(); choose(active); }
          break;
        case 'Escape':
          if (expanded) { event.preventDefault(); close(); }
          break;
        default:
          break;
      }
    });

    // Pressing an option must not take focus from the field (which would close the list first).
    list.addEventListener('mousedown', function (event) { event.preventDefault(); });
    list.addEventListener('click', function (event) {
      var li = event.target.closest('[role="option"]');
      if (li) { choose(Number(li.dataset.index)); }
    });
    input.addEventListener('blur', close);
    input.addEventListener('focus', function () { if (items.length > 0 && input.value.length > 0) { open(); } });
  }

  function start() {
    document.querySelectorAll('input[role="combobox"][data-suggest-source]').forEach(wire);
  }

  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
