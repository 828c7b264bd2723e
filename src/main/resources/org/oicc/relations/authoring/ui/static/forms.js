// Conveniences of the edit form; the form works the same without this script (the server proposes
// the URL name of a new item left empty, by the same rule: UrlNames.java).
//  - the URL name of a new item follows its acronym (else its name) until the editor types one.
(function () {
  'use strict';
  var name = document.getElementById('f-at-name');
  if (!name) {
    return;
  }
  var sources = (name.getAttribute('data-propose-from') || '').split(' ')
    .map(function (id) { return document.getElementById(id); })
    .filter(function (el) { return el !== null; });
  var own = name.value.trim() !== '';

  function slug(text) {
    return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
      .replace(/[.'\u2019]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
      .slice(0, 60).replace(/-+$/, '');
  }

  function propose() {
    if (own) {
      return;
    }
    for (var i = 0; i < sources.length; i++) {
      var s = slug(sources[i].value || '');
      if (s !== '') {
        name.value = s;
        return;
      }
    }
    name.value = '';
  }

  name.addEventListener('input', function () {
    own = name.value.trim() !== '';
    if (!own) {
      propose();
    }
  });
  sources.forEach(function (el) { el.addEventListener('input', propose); });
  propose();
}());

// Folded rows stay as the editor left them across a round trip (a save refused, a row added):
// the script sends which are open; without it, the server shows every row unfolded.
(function () {
  'use strict';
  var form = document.getElementById('edit');
  if (!form) {
    return;
  }
  form.addEventListener('submit', function () {
    form.querySelectorAll('input[name="_open"], input[name="_folds"]').forEach(function (old) { old.remove(); });
    function hidden(name, value) {
      var input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = value;
      form.appendChild(input);
    }
    hidden('_folds', '1');
    form.querySelectorAll('details.row-fold[open]').forEach(function (row) { hidden('_open', row.id); });
  });
}());
