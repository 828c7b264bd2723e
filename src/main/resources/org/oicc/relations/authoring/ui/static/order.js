/* The page order screen: moves rows without a round trip (Move up / Move down, and dragging a row
   by its handle with mouse, pen or touch), keeps focus on the moved row's button and says where the
   row went in a live region. The hidden "after" input of each row travels with it, so Save posts
   the order on screen; without this script the same buttons post the form and it comes back moved. */
(function () {
  var form = document.getElementById('order');
  if (!form) { return; }
  var list = form.querySelector('.order-list');
  var live = document.getElementById('order-live');
  var note = form.querySelector('[data-unsaved-note]');
  var first = parseInt(list.getAttribute('start') || '1', 10);

  function rows() { return Array.prototype.slice.call(list.querySelectorAll('.order-row')); }

  function refresh() {
    var all = rows();
    all.forEach(function (row, i) {
      var up = row.querySelector('[data-move=up]');
      var down = row.querySelector('[data-move=down]');
      if (up) { up.disabled = i === 0; }
      if (down) { down.disabled = i === all.length - 1; }
    });
  }

  function changed(row) {
    form.setAttribute('data-dirty', '');
    if (note) { note.hidden = false; }
    var place = rows().indexOf(row);
    live.textContent = window.uiText('js.order.moved', row.getAttribute('data-label'), first + place);
  }

  list.addEventListener('click', function (e) {
    var button = e.target.closest('[data-move]');
    if (!button) { return; }
    e.preventDefault();
    var row = button.closest('.order-row');
    var up = button.getAttribute('data-move') === 'up';
    var other = up ? row.previousElementSibling : row.nextElementSibling;
    if (!other) { return; }
    if (up) { list.insertBefore(row, other); } else { list.insertBefore(other, row); }
    refresh();
    var again = row.querySelector('[data-move=' + (up ? 'up' : 'down') + ']');
    (again && !again.disabled ? again : row.querySelector('[data-move=' + (up ? 'down' : 'up') + ']')).focus();
    changed(row);
  });

  var dragged = null;
  list.addEventListener('pointerdown', function (e) {
    var handle = e.target.closest('.drag-handle');
    if (!handle) { return; }
    e.preventDefault();
    dragged = handle.closest('.order-row');
    dragged.classList.add('dragging');
    handle.setPointerCapture && handle.setPointerCapture(e.pointerId);
  });
  list.addEventListener('pointermove', function (e) {
    if (!dragged) { return; }
    var all = rows();
    for (var i = 0; i < all.length; i++) {
      var box = all[i].getBoundingClientRect();
      if (all[i] !== dragged && e.clientY >= box.top && e.clientY <= box.bottom) {
        var below = e.clientY > box.top + box.height / 2;
        var from = all.indexOf(dragged);
        if (from < i && below) { list.insertBefore(dragged, all[i].nextElementSibling); }
        if (from > i && !below) { list.insertBefore(dragged, all[i]); }
        break;
      }
    }
  });
  function drop() {
    if (!dragged) { return; }
    var row = dragged;
    dragged = null;
    row.classList.remove('dragging');
    refresh();
    changed(row);
    var button = row.querySelector('[data-move]:not([disabled])');
    if (button) { button.focus(); }
  }
  list.addEventListener('pointerup', drop);
  list.addEventListener('pointercancel', drop);
  refresh();
})();
