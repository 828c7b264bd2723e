[#import "/oicc-relations/templates/macros/layout.ftl" as layout]
[#import "/oicc-relations/templates/macros/entries.ftl" as entries]
[#-- /relations.html: the page's components. /relations/<category>.html (item=<category>, as the
     runtime or Magnolia's virtual URI mapping passes it): every entry of one category, a page at a time. --]
[#assign itemName = ctx.getParameter("item")!""]
[#if !itemName?has_content]
[@layout.page title=content.title!""]
  <h1[@layout.lang content "title" /]>${content.title!}</h1>
  [@cms.area name="main" /]
[/@layout.page]
[#else]
  [#assign category = cmsfn.contentByPath("/" + itemName, def.parameters.itemWorkspace!"relationship-categories")!""]
  [#assign size = entries.count(def.parameters.entriesPerPage!"", 50)]
  [#assign requested = ctx.getParameter("page")!"1"]
  [#if !category?has_content]
${ctx.response.sendError(404)}
  [#elseif !requested?matches("[1-9][0-9]{0,8}")]
${ctx.response.sendError(400)}
  [#else]
    [#assign number = requested?number]
    [#assign result = entries.page(category, (number - 1) * size, size)]
    [#assign last = [((result.total + size - 1) / size)?floor, 1]?max]
    [#if number > last]
${ctx.response.sendError(404)}
    [#else]
      [#assign prev = (number > 1)?then(entries.categoryLink(content, category, number - 1), "")]
      [#assign next = (number < last)?then(entries.categoryLink(content, category, number + 1), "")]
      [#assign title = category.title!category.@name]
[@layout.page title=(number > 1)?then(title + " – " + i18n.get('oicc-relations.page.pageOf', number?string.number, last?string.number), title) prev=prev next=next query=(number > 1)?then("?page=" + number?c, "")]
  <p class="back"><a href="${cmsfn.link(content)}#${category.@name}">${i18n['oicc-relations.page.backToRelations']}</a></p>
  <section class="category category-page" id="${category.@name}" aria-labelledby="${category.@name}-title">
  <h1 id="${category.@name}-title"[@layout.lang category "title" /]>${title}</h1>
  [#if number == 1 && category.intro?has_content]
  <div class="intro"[@layout.lang category "intro" /]>${cmsfn.decode(category).intro}</div>
  [/#if]
  [#if result.total > 0]
  <p class="range">${i18n.get('oicc-relations.page.entriesRange', (result.offset + 1)?string.number, (result.offset + result.results?size)?string.number, result.total?string.number)}</p>
  [/#if]
  [@entries.list result def.parameters.organizationPage!"/organizations" /]
  </section>
  [#if last > 1]
  <nav class="pager" aria-label="${i18n['oicc-relations.page.pages']}">
    [#if prev?has_content]<a rel="prev" href="${prev}">${i18n['oicc-relations.page.previous']}</a>[/#if]
    <span class="current" aria-current="page">${i18n.get('oicc-relations.page.pageOf', number?string.number, last?string.number)}</span>
    [#if next?has_content]<a rel="next" href="${next}">${i18n['oicc-relations.page.next']}</a>[/#if]
  </nav>
  [/#if]
[/@layout.page]
    [/#if]
  [/#if]
[/#if]
