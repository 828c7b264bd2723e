// The UI's words for the scripts, in the page's language: the page carries them as JSON in
// <body data-ui-texts> (the bundles' js.* keys), so no script holds English. uiText('js.some.key', arg0, arg1) puts arguments in for {0}, {1}; numbers are written
// as the page's language writes them.
(function () {
  'use strict';
  var texts = {};
  try {
    texts = JSON.parse(document.body.getAttribute('data-ui-texts') || '{}');
  } catch (e) {
    texts = {};
  }
  var lang = document.documentElement.lang || 'en';
  var numbers = new Intl.NumberFormat(lang);
  window.uiText = function (key) {
    var args = Array.prototype.slice.call(arguments, 1);
    var pattern = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : key;
    return pattern.replace(/\{(\d)\}/g, function (all, i) {
      var a = args[Number(i)];
      if (a === undefined) {
        return all;
      }
      return typeof a === 'number' ? numbers.format(a) : String(a);
    });
  };
}());
