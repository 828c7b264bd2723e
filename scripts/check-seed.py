#!/usr/bin/env python3
"""Checks the bootstrap seed and the message bundles against the content model (needs PyYAML).

Run from the repository root: python3 scripts/check-seed.py. Exits 1 and lists every problem.
"""
import glob, hashlib, os, re, sys, uuid
import yaml

BOOT = 'module/mgnl-bootstrap/oicc-relations'
LM = 'light-modules/oicc-relations'
TYPES = {'organizations': 'oicc:organization', 'relationship-categories': 'oicc:relationshipCategory',
         'agreement-aims': 'oicc:agreementAim'}
EXPECTED_ITEMS = {'organizations': 25, 'relationship-categories': 4, 'agreement-aims': 5}
EXPECTED_ENTRIES = {'consultative-status': 4, 'membership': 7, 'observer': 8, 'cooperation-agreement': 9}
problems = []


def name_uuid(ws, item):  # java.util.UUID.nameUUIDFromBytes
    h = bytearray(hashlib.md5(f'{ws}/{item}'.encode('utf-8')).digest())
    h[6] = (h[6] & 0x0F) | 0x30
    h[8] = (h[8] & 0x3F) | 0x80
    return str(uuid.UUID(bytes=bytes(h)))


def walk(node, path):
    yield path, node
    for k, v in node.items():
        if isinstance(v, dict):
            yield from walk(v, f'{path}/{k}')


items = {ws: {} for ws in TYPES}  # ws -> name -> node
for f in sorted(glob.glob(f'{BOOT}/*.yaml')):
    base = os.path.basename(f)[:-5]
    ws, _, name = base.partition('.')
    if ws not in TYPES or not name or '.' in name:
        problems.append(f'{f}: name is not <workspace>.<item>.yaml for a known workspace')
        continue
    text = open(f, encoding='utf-8').read()
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith(('#', "'")):
            problems.append(f'{f}:{n}: key not single-quoted')
    doc = yaml.safe_load(text)
    if not isinstance(doc, dict) or list(doc) != [name]:
        problems.append(f'{f}: root key must be exactly {name!r}')
        continue
    node = doc[name]
    if node.get('jcr:primaryType') != TYPES[ws]:
        problems.append(f'{f}: jcr:primaryType must be {TYPES[ws]}')
    if node.get('jcr:uuid') != name_uuid(ws, name):
        problems.append(f'{f}: jcr:uuid is not nameUUIDFromBytes("{ws}/{name}")')
    for p, n in walk(node, name):
        if 'jcr:primaryType' not in n:
            problems.append(f'{f}: {p} has no jcr:primaryType')
        for k in n:
            if k.startswith('mgnl:'):
                problems.append(f'{f}: {p} sets {k}; the importer stamps it')
    items[ws][name] = node

for ws, count in EXPECTED_ITEMS.items():
    if len(items[ws]) != count:
        problems.append(f'{ws}: {len(items[ws])} items, expected {count}')

by_uuid = {n['jcr:uuid']: (ws, name) for ws in items for name, n in items[ws].items()}


def ref(where, value, ws):
    if not isinstance(value, str) or by_uuid.get(value, (None,))[0] != ws:
        problems.append(f'{where}: {value!r} is not the uuid of an item in {ws}')
        return None
    return by_uuid[value][1]


def i18n(where, node, prop, multiple=False):
    for suffix in ('', '_ar', '_fr'):
        v = node.get(prop + suffix)
        if v is None:
            continue
        if multiple != isinstance(v, list) or (multiple and not all(isinstance(x, str) for x in v)) \
                or (not multiple and not isinstance(v, str)):
            problems.append(f'{where}: {prop}{suffix} has the wrong shape')
    if multiple and node.get(prop) is not None:
        for s in ('_ar', '_fr'):
            if s and node.get(prop + s) is not None and len(node[prop + s]) != len(node[prop]):
                problems.append(f'{where}: {prop}{s} and {prop} differ in length')


aim_uuids = sorted(n['jcr:uuid'] for n in items['agreement-aims'].values())
entries = {}  # category name -> list of (position, org)
for name, org in items['organizations'].items():
    where = f'organizations/{name}'
    if not isinstance(org.get('name'), str):
        problems.append(f'{where}: name is required')
    i18n(where, org, 'name')
    if 'website' in org and not re.fullmatch(r'https?://[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?', org['website']):
        problems.append(f'{where}: website is not an absolute http(s) URL')
    if 'parent' in org:
        ref(where + '/parent', org['parent'], 'organizations')
    rels = org.get('relationships', {})
    children = [k for k, v in rels.items() if isinstance(v, dict)]
    if children != [str(i) for i in range(len(children))]:
        problems.append(f'{where}/relationships: entries must be named 0, 1, ...')
    for k in children:
        r, rw = rels[k], f'{where}/relationships/{k}'
        cat = ref(rw + '/category', r.get('category'), 'relationship-categories')
        i18n(rw, r, 'role')
        if not all(r.get(p) for p in ('role', 'role_ar', 'role_fr')):
            problems.append(f'{rw}: role needs en, ar and fr')
        if type(r.get('position')) is not int:
            problems.append(f'{rw}: position must be an unquoted integer')
        for a in r.get('aims', []):
            ref(rw + '/aims', a, 'agreement-aims')
        if cat == 'cooperation-agreement' and sorted(r.get('aims', [])) != aim_uuids:
            problems.append(f'{rw}: an agreement serves all five aims')
        if cat:
            entries.setdefault(cat, []).append((r.get('position'), name))

for cat, count in EXPECTED_ENTRIES.items():
    got = sorted(p for p, _ in entries.get(cat, []) if isinstance(p, int))
    if len(entries.get(cat, [])) != count or got != list(range(1, count + 1)):
        problems.append(f'{cat}: positions {got}, expected 1..{count}')

for ws, req in (('relationship-categories', 'title'), ('agreement-aims', 'title')):
    positions = sorted(n.get('position') for n in items[ws].values())
    if positions != list(range(1, len(positions) + 1)):
        problems.append(f'{ws}: positions {positions} are not 1..n')
    for name, n in items[ws].items():
        i18n(f'{ws}/{name}', n, 'title')
        if not all(n.get(p) for p in ('title', 'title_ar', 'title_fr')):
            problems.append(f'{ws}/{name}: title needs en, ar and fr')
for name, n in items['relationship-categories'].items():
    if n.get('kind') != name:
        problems.append(f'relationship-categories/{name}: kind must equal the item name')
    i18n(f'relationship-categories/{name}', n, 'intro')
for name, n in items['agreement-aims'].items():
    i18n(f'agreement-aims/{name}', n, 'description')
    i18n(f'agreement-aims/{name}', n, 'domains', multiple=True)


def bundle_keys(path):
    keys = {}
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        line = line.strip()
        if line and not line.startswith('#'):
            k, sep, v = line.partition('=')
            if not sep or not v.strip():
                problems.append(f'{path}:{n}: not key=value')
            if "'" in v:
                problems.append(f'{path}:{n}: ASCII apostrophe (MessageFormat quote)')
            keys[k.strip()] = v
    return keys


bundles = {lang: bundle_keys(f'{LM}/i18n/oicc-relations-messages_{lang}.properties') for lang in ('en', 'ar', 'fr')}
for lang in ('ar', 'fr'):
    if set(bundles[lang]) != set(bundles['en']):
        problems.append(f'bundle {lang}: keys differ from en: {sorted(set(bundles[lang]) ^ set(bundles["en"]))}')
wanted = set()
for f in glob.glob(f'{LM}/apps/*.yaml'):
    wanted |= set(re.findall(r'(?:label|errorMessage):\s*(oicc-relations\.\S+)', open(f, encoding='utf-8').read()))
for f in glob.glob(f'{LM}/contentTypes/*.yaml'):
    ct = os.path.basename(f)[:-5]
    model = yaml.safe_load(open(f, encoding='utf-8'))['model']
    for p in model['properties']:
        wanted.add(f'oicc-relations.{ct}.{p["name"]}.label')
        for o in p.get('options', []):
            wanted.add(f'oicc-relations.{ct}.{p["name"]}.{o}')
    for sm in model.get('subModels', []):
        for p in sm['properties']:
            wanted.add(f'oicc-relations.{ct}.{sm["name"]}.{p["name"]}.label')
for k in sorted(wanted - set(bundles['en'])):
    problems.append(f'bundle en: missing {k}')

print('items:', {ws: len(v) for ws, v in items.items()})
print('entries per category:', {c: len(v) for c, v in sorted(entries.items(), key=lambda e: EXPECTED_ENTRIES.get(e[0], 0))})
print('bundle keys:', {lang: len(k) for lang, k in bundles.items()})
for p in problems:
    print('PROBLEM', p)
sys.exit(1 if problems else 0)
