// Unpublish, delete and restore ask first. Without script the server answers such a form with a
// confirmation page (ConfirmStep); with script the same page is fetched and its question shown in
// a modal dialog here, so the editor stays on the form. The dialog's form is the page's own: it
// posts the confirmed request as a normal navigation.
(function () {
  'use strict';
  if (typeof window.fetch !== 'function' || typeof HTMLDialogElement === 'undefined') {
    return;
  }
  function show(step, form) {
    var dialog = document.createElement('dialog');
    dialog.className = 'confirm-dialog';
    dialog.setAttribute('aria-labelledby', 'confirm-h');
    dialog.appendChild(step);
    var cancel = step.querySelector('a.cancel');
    if (cancel) {
      cancel.addEventListener('click', function (e) {
        e.preventDefault();
        dialog.close();
      });
    }
    dialog.addEventListener('close', function () {
      dialog.remove();
      var back = form.querySelector('button[type=submit]');
      if (back) {
        back.focus();
      }
    });
    document.body.appendChild(dialog);
    dialog.showModal();
    var confirm = step.querySelector('button[name="_confirm"]');
    if (confirm) {
      confirm.focus();
    }
  }
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      // urlencoded, as a plain form posts it (FormData alone would be multipart)
      var body = new URLSearchParams(new FormData(form));
      fetch(form.action, { method: 'POST', body: body, credentials: 'same-origin' })
        .then(function (r) { return r.text(); })
        .then(function (html) {
          var step = new DOMParser().parseFromString(html, 'text/html').querySelector('.confirm-step');
          if (!step) {
            form.submit(); // an error page: show it as the server answered it
            return;
          }
          show(document.importNode(step, true), form);
        })
        .catch(function () { form.submit(); });
    });
  });
}());
