/* The components of a page's areas: Alt+ArrowUp / Alt+ArrowDown on a component's row (on any of
   its buttons) presses its Move up / Move down button, which posts the move as without script; the
   page comes back with the focus on the moved component's button (autofocus). */
(function () {
  'use strict';
  document.querySelectorAll('[data-structure]').forEach(function (area) {
    area.addEventListener('keydown', function (e) {
      if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) {
        return;
      }
      var row = e.target.closest('.structure-row');
      if (!row) {
        return;
      }
      var button = row.querySelector('[data-move=' + (e.key === 'ArrowUp' ? 'up' : 'down') + ']');
      e.preventDefault();
      if (button && !button.disabled) {
        button.click();
      }
    });
  });
}());
