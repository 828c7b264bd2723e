// The UI's words for the scripts, in the page's language: the page carries them as JSON in
// <body data-ui-texts> (the bundles' js.* keys), so no script holds English.
// window.uiText(key, arg0, arg1) puts arguments in for {0}, {1}; numbers are written as the
// page's language writes them. A count's plural form, {0,plural,one{# match} other{# matches}},
// is chosen by the browser's CLDR rules (Intl.PluralRules), the same rules the server's ICU uses.
(function () {
  'use strict';
  var texts = {};
  try {
    texts = JSON.parse(document.body.getAttribute('data-ui-texts') || '{}');
  } catch (e) {
    texts = {};
  }
  var lang = document.documentElement.lang || 'en';
  // the server's digits (Arabic-Indic in Arabic), whatever this browser's default for the language
  var numbers = new Intl.NumberFormat(texts['@digits'] ? lang + '-u-nu-' + texts['@digits'] : lang);
  var rules = new Intl.PluralRules(lang);

  function closing(s, open) {
    var depth = 0;
    for (var i = open; i < s.length; i++) {
      if (s.charAt(i) === '{') {
        depth++;
      } else if (s.charAt(i) === '}' && --depth === 0) {
        return i;
      }
    }
    return -1;
  }

  // the branch for n among "one{...} other{...}": =n first, then the language's keyword, then other
  function choose(branches, n) {
    var keyword = rules.select(n);
    var found = null;
    var other = null;
    var i = 0;
    while (i < branches.length) {
      var brace = branches.indexOf('{', i);
      if (brace < 0) {
        break;
      }
      var selector = branches.substring(i, brace).trim();
      var end = closing(branches, brace);
      if (end < 0) {
        return null;
      }
      var text = branches.substring(brace + 1, end);
      if (selector === '=' + n) {
        return text;
      }
      if (selector === keyword) {
        found = text;
      } else if (selector === 'other') {
        other = text;
      }
      i = end + 1;
    }
    return found !== null ? found : other;
  }

  function plurals(pattern, args) {
    var out = '';
    var from = 0;
    var re = /\{(\d),plural,/g;
    var m;
    while ((m = re.exec(pattern)) !== null) {
      var end = closing(pattern, m.index);
      var n = args[Number(m[1])];
      if (end < 0 || typeof n !== 'number') {
        continue;
      }
      var chosen = choose(pattern.substring(m.index + m[0].length, end), n);
      out += pattern.substring(from, m.index) + (chosen === null ? '' : chosen.replace(/#/g, numbers.format(n)));
      from = end + 1;
      re.lastIndex = from;
    }
    return out + pattern.substring(from);
  }

  window.uiText = function (key) {
    var args = Array.prototype.slice.call(arguments, 1);
    var pattern = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : key;
    if (pattern.indexOf(',plural,') >= 0) {
      pattern = plurals(pattern, args);
    }
    return pattern.replace(/\{(\d)\}/g, function (all, i) {
      var a = args[Number(i)];
      if (a === undefined) {
        return all;
      }
      return typeof a === 'number' ? numbers.format(a) : String(a);
    });
  };
}());
