// Rich text: every <textarea data-richtext> gets an editor (Quill, served from the jar) with a
// toolbar for bold, italic, link and lists. Without script the textarea stays as it is (HTML typed
// by hand). With script the textarea is hidden but stays the form's field: the editor writes its
// HTML into it on every change. That HTML is built here from the editor's document model, using
// only what the server's safelist allows (content.RichTextPolicy): p, ul, ol, li, strong, em and
// a href with an http, https or mailto address — so a save from the editor is never refused.
(function () {
  'use strict';
  if (typeof window.Quill === 'undefined') {
    return;
  }
  var SAFE_URL = /^(https?:|mailto:)/i;
  var n = 0;

  function escapeText(s) {
    return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  function escapeAttr(s) {
    return escapeText(s).replace(/"/g, '&quot;');
  }

  /** Web addresses typed without a scheme ("www.oicc.org") are taken as https. */
  function normalizeUrl(url) {
    url = (url || '').trim();
    if (url === '') {
      return '';
    }
    if (/^[^:/?#]+@[^/]+$/.test(url)) {
      return 'mailto:' + url;
    }
    if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) {
      url = 'https://' + url.replace(/^\/+/, '');
    }
    return SAFE_URL.test(url) ? url : '';
  }

  /** One line's runs as nested tags, always in the order a > strong > em. */
  function inline(runs) {
    var out = '';
    var open = { link: null, bold: false, italic: false };
    function close(level) {
      if (open.italic && level <= 2) { out += '</em>'; open.italic = false; }
      if (open.bold && level <= 1) { out += '</strong>'; open.bold = false; }
      if (open.link && level <= 0) { out += '</a>'; open.link = null; }
    }
    runs.forEach(function (r) {
      if (r.link !== open.link) {
        close(0);
      } else if (r.bold !== open.bold) {
        close(1);
      } else if (r.italic !== open.italic) {
        close(2);
      }
      if (r.link && !open.link) { out += '<a href="' + escapeAttr(r.link) + '">'; open.link = r.link; }
      if (r.bold && !open.bold) { out += '<strong>'; open.bold = true; }
      if (r.italic && !open.italic) { out += '<em>'; open.italic = true; }
      out += escapeText(r.text);
    });
    close(0);
    return out;
  }

  /** The editor's document as safelisted HTML; empty lines are left out, so blank lines make no empty paragraphs. */
  function toHtml(quill) {
    var lines = [];
    var runs = [];
    quill.getContents().ops.forEach(function (op) {
      if (typeof op.insert !== 'string') {
        return;
      }
      var a = op.attributes || {};
      op.insert.split('\n').forEach(function (text, i) {
        if (i > 0) {
          lines.push({ list: a.list ? (a.list === 'ordered' ? 'ol' : 'ul') : null, runs: runs });
          runs = [];
        }
        if (text !== '') {
          runs.push({ text: text, bold: !!a.bold, italic: !!a.italic, link: a.link ? normalizeUrl(a.link) || null : null });
        }
      });
    });
    var out = '';
    var list = null;
    lines.forEach(function (line) {
      var html = inline(line.runs);
      if (line.list !== list) {
        if (list) { out += '</' + list + '>'; }
        if (line.list) { out += '<' + line.list + '>'; }
        list = line.list;
      }
      if (list) {
        out += '<li>' + html + '</li>';
      } else if (html.trim() !== '') {
        out += '<p>' + html + '</p>';
      }
    });
    if (list) { out += '</' + list + '>'; }
    return out;
  }

  // the buttons' words come from the page, in the UI's language (ui-text.js)
  var t = window.uiText;
  var BUTTONS = [
    { format: 'bold', value: true, text: t('js.rte.boldShort'), label: t('js.rte.bold'), keys: 'Control+B' },
    { format: 'italic', value: true, text: t('js.rte.italicShort'), label: t('js.rte.italic'), keys: 'Control+I' },
    { format: 'link', text: t('js.rte.link'), label: t('js.rte.link'), keys: 'Control+K' },
    { format: 'list', value: 'bullet', text: '• ' + t('js.rte.list'), label: t('js.rte.bulleted'), keys: 'Control+Shift+8' },
    { format: 'list', value: 'ordered', text: '1. ' + t('js.rte.list'), label: t('js.rte.numbered'), keys: 'Control+Shift+7' }
  ];

  function enhance(area) {
    n += 1;
    var label = document.querySelector('label[for="' + area.id + '"]');
    var name = label ? label.textContent.replace(/\*/g, '').trim() : area.name;
    var box = document.createElement('div');
    box.className = 'rte';
    var bar = document.createElement('div');
    bar.className = 'rte-toolbar';
    bar.setAttribute('role', 'toolbar');
    bar.setAttribute('aria-label', t('js.rte.toolbar', name));
    var host = document.createElement('div');
    host.className = 'rte-editor';
    host.id = area.id + '-editor';
    bar.setAttribute('aria-controls', host.id);
    if (area.getAttribute('dir')) { host.setAttribute('dir', area.getAttribute('dir')); bar.setAttribute('dir', area.getAttribute('dir')); }
    if (area.getAttribute('lang')) { host.setAttribute('lang', area.getAttribute('lang')); }
    box.appendChild(bar);
    box.appendChild(host);
    area.parentNode.insertBefore(box, area);
    area.hidden = true;

    var quill = new window.Quill(host, {
      formats: ['bold', 'italic', 'link', 'list'],
      modules: { toolbar: false }
    });
    var root = quill.root;
    root.setAttribute('role', 'textbox');
    root.setAttribute('aria-multiline', 'true');
    root.setAttribute('aria-label', name);
    ['aria-describedby', 'aria-invalid', 'aria-required'].forEach(function (attr) {
      if (area.hasAttribute(attr)) { root.setAttribute(attr, area.getAttribute(attr)); }
    });
    if (label) {
      label.id = label.id || area.id + '-label';
      root.setAttribute('aria-labelledby', label.id);
      label.addEventListener('click', function () { quill.focus(); });
    }

    var value = area.value;
    // a value typed without markup keeps its lines as paragraphs
    quill.setContents(/<[a-z!\/]/i.test(value) ? quill.clipboard.convert({ html: value }) : quill.clipboard.convert({ text: value }), 'silent');
    quill.history.clear();

    var buttons = BUTTONS.map(function (b, i) {
      var button = document.createElement('button');
      button.type = 'button';
      button.dir = 'auto'; // '• List' reads left to right in a right-to-left toolbar too
      button.className = 'rte-' + b.format + (b.value && b.value !== true ? '-' + b.value : '');
      button.textContent = b.text;
      button.setAttribute('aria-label', b.label);
      button.setAttribute('aria-keyshortcuts', b.keys);
      button.title = t('js.rte.shortcut', b.label, b.keys.replace('Control', 'Ctrl'));
      button.setAttribute('aria-pressed', 'false');
      button.tabIndex = i === 0 ? 0 : -1;
      button.addEventListener('mousedown', function (e) { e.preventDefault(); }); // keep the selection
      button.addEventListener('click', function () { apply(b); });
      bar.appendChild(button);
      return button;
    });

    function apply(b) {
      var range = quill.getSelection(true);
      var format = quill.getFormat(range);
      if (b.format === 'link') {
        if (format.link) {
          quill.format('link', false, 'user');
        } else {
          var url = normalizeUrl(window.prompt(t('js.rte.linkPrompt'), 'https://'));
          if (url === '' || url === 'https://') {
            return;
          }
          if (range.length === 0) {
            quill.insertText(range.index, url, 'link', url, 'user');
            quill.setSelection(range.index + url.length, 0, 'silent');
          } else {
            quill.format('link', url, 'user');
          }
        }
      } else {
        quill.format(b.format, format[b.format] === b.value ? false : b.value, 'user');
      }
      update();
    }

    function update() {
      var range = quill.getSelection();
      var format = range ? quill.getFormat(range) : {};
      buttons.forEach(function (button, i) {
        var b = BUTTONS[i];
        var on = b.format === 'link' ? !!format.link : format[b.format] === b.value;
        button.setAttribute('aria-pressed', on ? 'true' : 'false');
      });
    }

    // a toolbar is one tab stop; arrows move between its buttons (WAI-ARIA toolbar pattern)
    bar.addEventListener('keydown', function (e) {
      var i = buttons.indexOf(document.activeElement);
      if (i < 0) { return; }
      var rtl = bar.getAttribute('dir') === 'rtl';
      var next = { ArrowRight: rtl ? i - 1 : i + 1, ArrowLeft: rtl ? i + 1 : i - 1, Home: 0, End: buttons.length - 1 }[e.key];
      if (e.key === 'Escape') { quill.focus(); return; }
      if (next === undefined) { return; }
      e.preventDefault();
      next = (next + buttons.length) % buttons.length;
      buttons[i].tabIndex = -1;
      buttons[next].tabIndex = 0;
      buttons[next].focus();
    });

    quill.keyboard.addBinding({ key: 'k', shortKey: true }, function () { apply(BUTTONS[2]); return false; });
    quill.keyboard.addBinding({ key: '8', shortKey: true, shiftKey: true }, function () { apply(BUTTONS[3]); return false; });
    quill.keyboard.addBinding({ key: '7', shortKey: true, shiftKey: true }, function () { apply(BUTTONS[4]); return false; });
    // Alt+F10 goes to the toolbar, as in most editors
    root.addEventListener('keydown', function (e) {
      if (e.altKey && e.key === 'F10') {
        e.preventDefault();
        (buttons.filter(function (b) { return b.tabIndex === 0; })[0] || buttons[0]).focus();
      }
    });

    quill.on('editor-change', update);
    quill.on('text-change', function () {
      area.value = toHtml(quill);
      // the form's own listeners (unsaved-changes guard) see the edit as they see typing
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    box.setAttribute('data-editor', String(n));
  }

  document.querySelectorAll('textarea[data-richtext]').forEach(enhance);
})();
