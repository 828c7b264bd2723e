// Renders a page of the pages delivery endpoint (/.rest/delivery/pages/v1/<page>) the way a
// headless front-end built on Magnolia's React SDK would: EditablePage with a component mapping,
// server-side with react-dom/server, no bundler and no JSX (React.createElement).
//
//   node render-page.mjs page.json > page.html
//
// Prints the HTML on stdout. Exits 1, with the reason on stderr, when the page cannot be rendered
// faithfully: unreadable JSON, a category component whose category is not expanded, or anything
// React or the SDK complains about on the console (an unmapped template, a failed PropTypes
// check): those are only warnings in a browser, but here they mean the page is incomplete.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// development builds run PropTypes and React's own checks; a production build would stay silent
process.env.NODE_ENV ??= 'development';

const complaints = [];
for (const level of ['error', 'warn']) {
  console[level] = (...args) => complaints.push(`${level}: ${args.map(String).join(' ')}`);
}

// the SDK is a CommonJS (UMD) bundle: require it, as Node's ESM loader cannot see its named exports
const require = createRequire(import.meta.url);
const React = require('react');
const { renderToString } = require('react-dom/server');
const { EditablePage, EditableArea } = require('@magnolia/react-editor');

const h = React.createElement;

// Rich text is stored as HTML by the editors' rich-text fields and delivered as is. This script
// renders only the module's own seed and test content; a public front-end would sanitise it first,
// as the FreeMarker templates do with cmsfn.decode.
function RichText({ html, className }) {
  return html ? h('div', { className, dangerouslySetInnerHTML: { __html: html } }) : null;
}

function RelationsPage({ title, main }) {
  return h('main', null,
    h('h1', null, title),
    main ? h(EditableArea, { content: main, className: 'main' }) : null);
}

function RelationshipCategory({ category, metadata }) {
  if (!category || typeof category !== 'object') {
    throw new Error(`component ${metadata['@path']}: category ${JSON.stringify(category)} is not expanded into the category`);
  }
  return h('section', { className: 'category', id: category['@name'] },
    h('h2', null, category.title),
    h(RichText, { html: category.intro, className: 'intro' }));
}

function AgreementAims({ title, intro }) {
  return h('section', { className: 'aims' },
    h('h2', null, title),
    h(RichText, { html: intro, className: 'intro' }));
}

function Text({ text }) {
  return h(RichText, { html: text, className: 'text' });
}

const componentMappings = {
  'oicc-relations:pages/relations': RelationsPage,
  'oicc-relations:components/relationshipCategory': RelationshipCategory,
  'oicc-relations:components/agreementAims': AgreementAims,
  'oicc-relations:components/text': Text,
};

function fail(message) {
  process.stderr.write(`render-page: ${message}\n`);
  process.exit(1);
}

const file = process.argv[2];
if (!file) {
  fail('usage: node render-page.mjs <page.json>');
}
let content;
try {
  content = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  fail(`cannot read ${file}: ${e.message}`);
}

let html;
try {
  // no templateAnnotations: outside the page editor the SDK renders the content alone, without the
  // cms:area / cms:component comments it writes for the editor
  html = renderToString(h(EditablePage, { content, config: { componentMappings }, templateAnnotations: null }));
} catch (e) {
  fail(e.message);
}
if (complaints.length > 0) {
  fail(`the page rendered with complaints:\n${complaints.join('\n')}`);
}
process.stdout.write(`${html}\n`);
