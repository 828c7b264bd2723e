// The authoring UI works without this script; it only adds conveniences:
//  - a filter box above long selects of references;
//  - reference pickers become comboboxes (WAI-ARIA combobox with a listbox popup) that ask
//    /.author/api/pick as the editor types: arrows move, Enter chooses, Escape closes.
(function () {
  'use strict';
  document.querySelectorAll('select[data-search]').forEach(function (select, n) {
    if (select.options.length < 8) {
      return;
    }
    var box = document.createElement('input');
    box.type = 'search';
    box.className = 'ref-filter';
    box.id = 'filter-' + n;
    box.placeholder = window.uiText('js.pick.filter');
    box.setAttribute('aria-label', window.uiText('js.pick.filterLabel', select.getAttribute('data-search')));
    box.setAttribute('aria-controls', select.id);
    box.addEventListener('input', function () {
      var needle = box.value.trim().toLowerCase();
      Array.prototype.forEach.call(select.options, function (o) {
        o.hidden = needle !== '' && !o.selected && o.textContent.toLowerCase().indexOf(needle) < 0;
      });
    });
    // Enter in the filter box must not submit (and save) the whole form
    box.addEventListener('keydown', function (e) {
      if (e.key === 'Enter') {
        e.preventDefault();
        select.focus();
      }
    });
    select.parentNode.insertBefore(box, select);
  });

  var csrf = document.querySelector('input[name="_csrf"]');
  document.querySelectorAll('.picker').forEach(function (picker) {
    var text = picker.querySelector('.pick-text');
    var value = picker.querySelector('.pick-value');
    var current = picker.querySelector('.picked');
    var find = picker.querySelector('.pick-find');
    var clear = picker.querySelector('.pick-clear');
    var list = document.createElement('ul');
    var status = document.createElement('p');
    var options = [];
    var active = -1;
    var asked = 0;
    var timer = null;

    list.id = text.id + '-listbox';
    list.className = 'pick-list';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', window.uiText('js.pick.matches'));
    list.hidden = true;
    status.className = 'visually-hidden';
    status.setAttribute('role', 'status');
    text.parentNode.appendChild(list);
    picker.appendChild(status);
    text.setAttribute('role', 'combobox');
    text.setAttribute('aria-autocomplete', 'list');
    text.setAttribute('aria-expanded', 'false');
    text.setAttribute('aria-controls', list.id);
    find.hidden = true; // the combobox searches as one types; the button is the no-script path

    function open(isOpen) {
      list.hidden = !isOpen;
      text.setAttribute('aria-expanded', isOpen ? 'true' : 'false');
      if (!isOpen) {
        setActive(-1);
      }
    }

    function setActive(i) {
      options.forEach(function (o, k) {
        o.el.setAttribute('aria-selected', k === i ? 'true' : 'false');
      });
      active = i;
      if (i >= 0) {
        text.setAttribute('aria-activedescendant', options[i].el.id);
        options[i].el.scrollIntoView({block: 'nearest'});
      } else {
        text.removeAttribute('aria-activedescendant');
      }
    }

    function show(answer) {
      list.textContent = '';
      options = answer.results.map(function (r, k) {
        var li = document.createElement('li');
        li.id = list.id + '-' + k;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.textContent = r.label;
        li.addEventListener('mousedown', function (e) {
          e.preventDefault(); // keep the focus in the text box
          choose(r);
        });
        list.appendChild(li);
        return {el: li, item: r};
      });
      status.textContent = answer.results.length === 0 ? window.uiText('js.pick.nothing')
        : window.uiText('js.pick.found', answer.results.length, answer.total);
      open(options.length > 0);
    }

    function search() {
      var mine = ++asked;
      var url = '/.author/api/pick?type=' + encodeURIComponent(picker.getAttribute('data-pick-type'))
        + '&q=' + encodeURIComponent(text.value.trim());
      fetch(url, {headers: {'X-CSRF-Token': csrf ? csrf.value : ''}, credentials: 'same-origin'})
        .then(function (r) {
          // a refusal's JSON says why in the editor's language (session ended, token old): show that
          return r.ok ? r.json() : r.json().then(function (b) { return Promise.reject(b); }, function () { return Promise.reject(null); });
        })
        .then(function (answer) {
          if (mine === asked) { // an older answer arriving late must not replace a newer one
            show(answer);
          }
        })
        .catch(function (refusal) {
          var said = refusal && refusal.error && refusal.error.message;
          status.textContent = said || window.uiText('js.pick.failed');
          find.hidden = false;
        });
    }

    function choose(item) {
      value.value = item.id;
      current.textContent = window.uiText('js.pick.chosen') + ' ';
      var strong = document.createElement('strong');
      strong.textContent = item.label;
      current.appendChild(strong);
      text.value = item.label;
      status.textContent = window.uiText('js.pick.chosenSave', item.label);
      open(false);
    }

    text.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(search, 150);
    });
    text.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (list.hidden) {
          search();
          return;
        }
        var n = options.length;
        setActive(e.key === 'ArrowDown' ? (active + 1) % n : (active <= 0 ? n - 1 : active - 1));
      } else if (e.key === 'Enter') {
        e.preventDefault(); // never save the whole form from the search box
        if (!list.hidden && active >= 0) {
          choose(options[active].item);
        } else {
          search();
        }
      } else if (e.key === 'Escape') {
        if (!list.hidden) {
          e.preventDefault();
          open(false);
        }
      }
    });
    text.addEventListener('blur', function () {
      open(false);
    });
    if (clear) {
      clear.addEventListener('click', function (e) {
        e.preventDefault();
        value.value = '';
        current.textContent = window.uiText('js.pick.none');
        text.value = '';
        status.textContent = window.uiText('js.pick.cleared');
        text.focus();
      });
    }
  });
}());
