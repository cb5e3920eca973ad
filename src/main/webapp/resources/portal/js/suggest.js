/*
 * Suggestions as you type for search fields marked data-suggest: the ARIA 1.2 combobox pattern
 * (list autocomplete) on /api/suggest. Arrow keys move through the list, Enter searches for the
 * chosen suggestion, Escape closes it. Without this script the field is a plain search box.
 */
(function () {
  'use strict';

  function setup(input, index) {
    var form = input.form;
    var wrapper = input.parentNode;
    var listId = input.id + '-forslag';
    var list = document.createElement('ul');
    var status = document.createElement('div');
    var options = [];
    var active = -1;
    var timer = null;
    var lastQuery = '';
    var request = 0;

    list.id = listId;
    list.className = 'suggest-list';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', input.getAttribute('data-suggest-label') || '');
    list.hidden = true;
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    wrapper.appendChild(list);
    wrapper.appendChild(status);

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listId);

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(i) {
      options.forEach(function (li, n) {
        li.setAttribute('aria-selected', n === i ? 'true' : 'false');
      });
      active = i;
      if (i >= 0) {
        input.setAttribute('aria-activedescendant', options[i].id);
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function choose(i) {
      input.value = options[i].textContent;
      close();
      form.submit();
    }

    function show(items) {
      list.textContent = '';
      options = items.map(function (text, n) {
        var li = document.createElement('li');
        li.id = listId + '-' + n;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = text;
        li.addEventListener('mousedown', function (e) { e.preventDefault(); });
        li.addEventListener('click', function () { choose(n); });
        list.appendChild(li);
        return li;
      });
      active = -1;
      if (options.length) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        status.textContent = (input.getAttribute('data-suggest-count') || '{0}')
          .replace('{0}', String(options.length));
      } else {
        close();
        status.textContent = '';
      }
    }

    function fetchSuggestions() {
      var q = input.value.trim();
      if (q === lastQuery) {
        return;
      }
      lastQuery = q;
      if (q.length < 2) {
        show([]);
        return;
      }
      var mine = ++request;
      fetch(input.getAttribute('data-suggest') + '?q=' + encodeURIComponent(q), {
        headers: { 'Accept': 'application/json' },
        credentials: 'same-origin'
      }).then(function (r) {
        return r.ok ? r.json() : [];
      }).then(function (items) {
        if (mine === request && document.activeElement === input) {
          show(Array.isArray(items) ? items.slice(0, 8) : []);
        }
      }).catch(function () { /* suggestions are a nicety; the search still works */ });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 150);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' || e.key === 'Down') {
        if (list.hidden && options.length) {
          list.hidden = false;
          input.setAttribute('aria-expanded', 'true');
        }
        if (options.length) {
          highlight((active + 1) % options.length);
          e.preventDefault();
        }
      } else if (e.key === 'ArrowUp' || e.key === 'Up') {
        if (options.length && !list.hidden) {
          highlight(active <= 0 ? options.length - 1 : active - 1);
          e.preventDefault();
        }
      } else if (e.key === 'Enter') {
        if (!list.hidden && active >= 0) {
          e.preventDefault();
          choose(active);
        }
      } else if (e.key === 'Escape' || e.key === 'Esc') {
        if (!list.hidden) {
          e.preventDefault();
          close();
        }
      }
    });
    input.addEventListener('blur', function () {
      setTimeout(close, 100);
    });
  }

  var fields = document.querySelectorAll('input[data-suggest]');
  for (var i = 0; i < fields.length; i++) {
    setup(fields[i], i);
  }
})();
