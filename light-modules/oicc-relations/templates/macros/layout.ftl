[#-- Shared page frame and helpers of the oicc-relations templates. Only Magnolia's own names are
     used (cmsfn, ctx, i18n, cms), so the same scripts render inside Magnolia. --]

[#-- The languages are the site definition's (sites/relations.yaml). Their direction and their names,
     each written in its own language as a visitor looks for their own, come from the runtime
     (ctx.direction, ctx.languageNames: extensions of the standalone); elsewhere they default to
     left-to-right and the language code. --]
[#function direction]
  [#return ctx.direction!"ltr"]
[/#function]

[#function languageName language]
  [#return (ctx.languageNames[language])!language]
[/#function]

[#-- Items sorted by their `position` property; items without one go last, in their stored order. --]
[#function byPosition items]
  [#local keyed = []]
  [#list items as item]
    [#local keyed = keyed + [{"p": item.position!999999, "item": item}]]
  [/#list]
  [#return keyed?sort_by("p")?map(k -> k.item)]
[/#function]

[#-- The detail page of an item: <detail page>/<item name>.html, or "" when that page does not exist. --]
[#function itemLink pagePath item]
  [#local page = cmsfn.contentByPath(pagePath, "website")!""]
  [#if !page?has_content]
    [#return ""]
  [/#if]
  [#return cmsfn.link(page)?remove_ending(".html") + "/" + item.@name + ".html"]
[/#function]

[#-- "Name (ACRONYM)": what a visitor knows the organization by. --]
[#function orgLabel org]
  [#return (org.name!org.@name) + org.acronym?has_content?then(" (" + org.acronym + ")", "")]
[/#function]

[#-- The site's default language, whose values a page shows where its own language has no translation
     (ctx.defaultLanguage: an extension of the standalone; Magnolia's fallbackLocale elsewhere). --]
[#function defaultLanguage]
  [#return ctx.defaultLanguage!"en"]
[/#function]

[#-- The language a property of an item is shown in when that is not the page's: the default
     language's value stands in for a missing translation (Magnolia stores it as <property>_<lang>).
     "" when the value is in the page's language or absent. --]
[#function fallbackLanguage item property]
  [#local language = cmsfn.language()]
  [#if language == defaultLanguage() || !(item[property])?has_content || (item[property + "_" + language])?has_content]
    [#return ""]
  [/#if]
  [#return defaultLanguage()]
[/#function]

[#-- lang and dir attributes for an element showing item[property] when it is a fallback, so a
     screen reader reads an English name in the Arabic page with an English voice. --]
[#macro lang item property][#local fallback = fallbackLanguage(item, property)][#if fallback?has_content] lang="${fallback}" dir="${(ctx.directions[fallback])!"ltr"}"[/#if][/#macro]

[#-- item[property] as text, in a span with lang/dir when it is a fallback. --]
[#macro text item property default=""][#local fallback = fallbackLanguage(item, property)][#if fallback?has_content]<span[@lang item property /]>${item[property]}</span>[#else]${item[property]!default}[/#if][/#macro]

[#-- orgLabel, with the name marked when it is a fallback (the acronym is a code, not a language). --]
[#macro orgLabelMarked org][@text org "name" org.@name /][#if org.acronym?has_content] (${org.acronym})[/#if][/#macro]

[#-- "part of the League of Arab States": the message oicc-relations.page.partOf, or the first rule
     partOf.when.<n>/partOf.then.<n> of the language whose pattern matches the whole name. --]
[#function partOfPattern name]
  [#list 1..9 as n]
    [#local key = "oicc-relations.page.partOf.when." + n]
    [#local when = i18n[key]]
    [#-- a missing key comes back as the key (here and, decorated or not, in Magnolia): no more rules --]
    [#if when?contains(key)]
      [#break]
    [/#if]
    [#-- an empty rule is none: the bundles of all languages have the same keys --]
    [#if !when?has_content]
      [#continue]
    [/#if]
    [#local found = name?matches(when)]
    [#if found]
      [#return {"key": "oicc-relations.page.partOf.then." + n, "name": name, "group": (found?groups?size > 1)?then(found?groups[1], name)}]
    [/#if]
  [/#list]
  [#return {"key": "oicc-relations.page.partOf", "name": name, "group": name}]
[/#function]

[#-- The phrase for a parent organization; a name in the default language (no translation) keeps
     its own words in a span with lang/dir: it is not joined to the page language's grammar. --]
[#macro partOf parent]
  [#local name = parent.name!parent.@name]
  [#if fallbackLanguage(parent, "name")?has_content]
    [#local phrase = i18n.get("oicc-relations.page.partOf", "\x1F")?split("\x1F")]
${phrase[0]}<span[@lang parent "name" /]>${name}</span>${phrase[1]!}[#t]
  [#else]
    [#local rule = partOfPattern(name)]
${i18n.get(rule.key, rule.name, rule.group)}[#t]
  [/#if]
[/#macro]

[#-- A text as a JSON string literal that is safe inside <script>: besides JSON's own escapes, <, >
     and & are written as \u003C, \u003E, \u0026, so no value can close the script element ("</script>")
     or open a comment; the result is then written unescaped (?no_esc), HTML entities mean nothing there. --]
[#function jsonString text]
  [#return "\"" + text?json_string?replace("<", "\\u003C")?replace(">", "\\u003E")?replace("&", "\\u0026") + "\""]
[/#function]

[#-- prev/next: the neighbours of a paged list (rel="prev"/"next"), empty elsewhere; query: what
     makes this page of a list its own URL ("?page=2"), kept in its canonical and alternate links. --]
[#-- scheme://host[:port] of the page, for absolute links: Magnolia's aggregation state, the URL the
     browser asked for less its path (state.originalBrowserURL, state.originalBrowserURI; the
     standalone gives the same two, from --site-url or the connection). Empty without them. --]
[#function origin]
  [#if (state.originalBrowserURL)?? && (state.originalBrowserURI)??]
    [#return state.originalBrowserURL?remove_ending(state.originalBrowserURI)]
  [/#if]
  [#return ""]
[/#function]

[#macro page title prev="" next="" query=""]
<!DOCTYPE html>
<html lang="${cmsfn.language()}" dir="${direction()}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title} – ${i18n['oicc-relations.site.name']}</title>
  <link rel="stylesheet" href="${ctx.contextPath}/.resources/oicc-relations/webresources/css/relations.css">
  [#-- without it browsers ask for /favicon.ico, a 404 on every first visit --]
  <link rel="icon" type="image/svg+xml" href="${ctx.contextPath}/.resources/oicc-relations/webresources/img/favicon.svg">
  [#-- absolute, as search engines want them --]
  [#local base = origin()]
  [#-- null where a site has no i18n (Magnolia's travel demo guards it the same way) --]
  [#local links = cmsfn.localizedLinks()!{}]
  [#if links[cmsfn.language()]??]
  <link rel="canonical" href="${base}${links[cmsfn.language()]}${query}">
  [/#if]
  [#list links as language, href]
  <link rel="alternate" hreflang="${language}" href="${base}${href}${query}">
  [/#list]
  [#if links[defaultLanguage()]??]
  <link rel="alternate" hreflang="x-default" href="${base}${links[defaultLanguage()]}${query}">
  [/#if]
  [#if prev?has_content]
  <link rel="prev" href="${prev}">
  [/#if]
  [#if next?has_content]
  <link rel="next" href="${next}">
  [/#if]
  [@cms.page /]
</head>
<body>
  <a class="skip-link" href="#main">${i18n['oicc-relations.page.skipToContent']}</a>
  <header class="site-header">
    <p class="site-name">${i18n['oicc-relations.site.name']}</p>
    <nav class="languages" aria-label="${i18n['oicc-relations.page.languages']}">
      <ul>
        [#list cmsfn.localizedLinks()! as language, href]
          <li><a href="${href}" lang="${language}" hreflang="${language}"[#if language == cmsfn.language()] aria-current="page"[/#if]>${languageName(language)}</a></li>
        [/#list]
      </ul>
    </nav>
  </header>
  <main id="main" class="content" tabindex="-1">
    [#nested]
  </main>
  <footer class="site-footer">
    <p>${i18n['oicc-relations.site.name']}</p>
  </footer>
</body>
</html>
[/#macro]
