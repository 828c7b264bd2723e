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

[#-- prev/next: the neighbours of a paged list (rel="prev"/"next"), empty elsewhere --]
[#macro page title prev="" next=""]
<!DOCTYPE html>
<html lang="${cmsfn.language()}" dir="${direction()}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${title} – ${i18n['oicc-relations.site.name']}</title>
  <link rel="stylesheet" href="${ctx.contextPath}/.resources/oicc-relations/webresources/css/relations.css">
  [#-- without it browsers ask for /favicon.ico, a 404 on every first visit --]
  <link rel="icon" type="image/svg+xml" href="${ctx.contextPath}/.resources/oicc-relations/webresources/img/favicon.svg">
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
