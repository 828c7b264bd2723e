// The authoring UI works without this script. It only adds a filter box above each reference
// picker, so an editor can find one organization among many by typing part of its name.
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
    box.placeholder = 'Filter…';
    box.setAttribute('aria-label', 'Filter the choices of ' + select.getAttribute('data-search'));
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
}());
