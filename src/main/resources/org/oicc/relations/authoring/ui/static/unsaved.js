/* Never lose typed input: a form marked data-guard counts as changed once anything in it changes (or
   when the server sent it back unsaved: data-dirty); then its "unsaved changes" note shows and
   leaving the page asks first. Submitting the form itself (Save, or Publish, which saves first) does not ask. */
(function () {
  var forms = Array.prototype.slice.call(document.querySelectorAll('form[data-guard]'));
  if (!forms.length) { return; }
  var leaving = false;
  forms.forEach(function (form) {
    function dirty() {
      form.setAttribute('data-dirty', '');
      var note = form.querySelector('[data-unsaved-note]');
      if (note) { note.hidden = false; }
    }
    // the language tabs are radio buttons of the form but change nothing that is saved; browsers
    // fire both input and change when one is clicked
    function saved(e) {
      if (!e.target.classList || !e.target.classList.contains('tab-radio')) { dirty(); }
    }
    form.addEventListener('input', saved);
    form.addEventListener('change', saved);
    form.addEventListener('submit', function () { leaving = true; });
  });
  window.addEventListener('beforeunload', function (e) {
    if (leaving) { return; }
    if (forms.some(function (f) { return f.hasAttribute('data-dirty'); })) {
      e.preventDefault();
      e.returnValue = '';
    }
  });
})();
