// Reader preferences: text size, line spacing, theme and measure, kept in localStorage.
// Loaded in <head> without defer so saved choices apply before the first paint; the controls
// stay hidden for readers without script, and the page reads the same either way.
(function () {
  'use strict';
  var KEY = 'blazorreader.prefs';
  // The first choice of each is the default: it leaves the page's own CSS in force.
  var CHOICES = {
    size: ['m', 's', 'l', 'xl'],
    line: ['normal', 'loose'],
    theme: ['auto', 'light', 'dark', 'sepia'],
    measure: ['normal', 'narrow', 'wide']
  };
  var root = document.documentElement;

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY)) || {}; } catch (e) { return {}; }
  }

  function apply(prefs) {
    Object.keys(CHOICES).forEach(function (name) {
      var value = prefs[name];
      if (CHOICES[name].indexOf(value) > 0) { root.setAttribute('data-' + name, value); }
      else { root.removeAttribute('data-' + name); }
    });
  }

  function wire() {
    var panel = document.querySelector('.reader-controls');
    if (!panel) { return; }
    var prefs = load();
    function refresh() {
      panel.querySelectorAll('button[data-pref]').forEach(function (b) {
        var current = prefs[b.dataset.pref] || CHOICES[b.dataset.pref][0];
        b.setAttribute('aria-pressed', String(current === b.dataset.value));
      });
    }
    panel.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-pref]');
      if (!button) { return; }
      prefs[button.dataset.pref] = button.dataset.value;
      try { localStorage.setItem(KEY, JSON.stringify(prefs)); } catch (e) { /* private mode: apply for this page only */ }
      apply(prefs);
      refresh();
    });
    refresh();
    panel.hidden = false;
  }

  apply(load());
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', wire); } else { wire(); }
})();
