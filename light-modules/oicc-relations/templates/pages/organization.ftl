[#import "/oicc-relations/templates/macros/layout.ftl" as layout]
[#-- The organization named by the URL (/organizations/<name>.html, or ?item=<name> after Magnolia's
     virtual URI mapping); without one, the list of all organizations. --]
[#assign workspace = def.parameters.itemWorkspace!"organizations"]
[#assign itemName = ctx.getParameter("item")!""]
[#assign org = ""]
[#if itemName?has_content]
  [#assign org = cmsfn.contentByPath("/" + itemName, workspace)!""]
[/#if]
[#-- schema.org data of the organization (JSON-LD): its names, website, parent, and the OICC's
     memberships in it from the relationships, as member (on the organization) and memberOf (on the
     OICC), each an OrganizationRole with the relationship's role. Every value goes through
     layout.jsonString, so no content can end the script element. --]
[#macro structuredData org rels workspace]
  [#local base = layout.origin()]
  [#local self = base + ((cmsfn.localizedLinks()!{})[cmsfn.language()]!"")]
  [#local kinds = (def.parameters.membershipKinds!"")?split(" ")?filter(k -> k?has_content)]
  [#-- the OICC itself: one node, named after the relations page it publishes --]
  [#local oiccId = layout.jsonString(relationsPage?has_content?then(base + cmsfn.link(relationsPage), self) + "#oicc")]
  [#local oicc = "{\"@type\":\"Organization\",\"name\":" + layout.jsonString(i18n['oicc-relations.site.name'])]
  [#local roles = []]
  [#list rels as rel]
    [#local category = cmsfn.contentById(rel.category!"", "relationship-categories")!""]
    [#if category?has_content && kinds?seq_contains(category.kind!"")]
      [#local roles = roles + [layout.jsonString(rel.role!category.title!category.@name)]]
    [/#if]
  [/#list]
  [#local json = "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"Organization\",\"@id\":"
      + layout.jsonString(self + "#organization") + ",\"url\":" + layout.jsonString(self)
      + ",\"name\":" + layout.jsonString(org.name!org.@name)]
  [#if org.acronym?has_content]
    [#local json = json + ",\"alternateName\":" + layout.jsonString(org.acronym)]
  [/#if]
  [#if (org.website!"")?matches("https?://[^\\s]+")]
    [#local json = json + ",\"sameAs\":" + layout.jsonString(org.website)]
  [/#if]
  [#if org.parent?has_content]
    [#local parent = cmsfn.contentById(org.parent, workspace)!""]
    [#if parent?has_content]
      [#local parentUrl = base + layout.itemLink(content.@path, parent)]
      [#local json = json + ",\"parentOrganization\":{\"@type\":\"Organization\",\"@id\":" + layout.jsonString(parentUrl + "#organization")
          + ",\"url\":" + layout.jsonString(parentUrl) + ",\"name\":" + layout.jsonString(parent.name!parent.@name) + "}"]
    [/#if]
  [/#if]
  [#if roles?has_content]
    [#local json = json + ",\"member\":[" + roles?map(r -> "{\"@type\":\"OrganizationRole\",\"roleName\":" + r
        + ",\"member\":{\"@id\":" + oiccId + "}}")?join(",") + "]"]
  [/#if]
  [#local json = json + "}," + oicc + ",\"@id\":" + oiccId]
  [#if roles?has_content]
    [#local json = json + ",\"memberOf\":[" + roles?map(r -> "{\"@type\":\"OrganizationRole\",\"roleName\":" + r
        + ",\"memberOf\":{\"@id\":" + layout.jsonString(self + "#organization") + "}}")?join(",") + "]"]
  [/#if]
  [#local json = json + "}]}"]
  <script type="application/ld+json">${json?no_esc}</script>
[/#macro]
[#assign relationsPage = cmsfn.contentByPath(def.parameters.relationsPage!"/relations", "website")!""]
[#if itemName?has_content && !org?has_content]
[#-- a name no organization has (the virtual URI mapping forwards any plain name here) --]
${ctx.response.sendError(404)}
[#elseif org?has_content]
[@layout.page title=layout.orgLabel(org)]
  <h1>[@layout.orgLabelMarked org /]</h1>
  [#-- the logo, if it has one that is published: sized (no layout shift), lazy, with its renditions --]
  [#assign logo = (org.logo?has_content)?then(damfn.getAsset(org.logo)!"", "")]
  [#if logo?has_content]
  <img class="logo" src="${logo.link}" srcset="${logo.srcset}" sizes="(max-width: 40em) 160px, 320px" width="${logo.width?c}" height="${logo.height?c}" alt="${logo.alt}"[#if logo.altLanguage != ctx.language] lang="${logo.altLanguage}"[/#if] loading="lazy" decoding="async">
  [/#if]
  <dl class="facts">
    [#if org.acronym?has_content]
    <dt>${i18n['oicc-relations.page.acronym']}</dt>
    <dd>${org.acronym}</dd>
    [/#if]
    [#if org.website?has_content]
    <dt>${i18n['oicc-relations.page.website']}</dt>
    [#-- only web addresses become links: a stored "javascript:" value stays inert text --]
    <dd>[#if org.website?matches("https?://[^\\s]+")]<a href="${org.website}" rel="external">${org.website}</a>[#else]${org.website}[/#if]</dd>
    [/#if]
    [#if org.parent?has_content]
      [#assign parent = cmsfn.contentById(org.parent, workspace)!""]
      [#if parent?has_content]
    <dt>${i18n['oicc-relations.page.parent']}</dt>
    <dd><a href="${layout.itemLink(content.@path, parent)}">[@layout.orgLabelMarked parent /]</a></dd>
      [/#if]
    [/#if]
  </dl>
  [#if org.description?has_content]
  <div class="description"[@layout.lang org "description" /]>${cmsfn.decode(org).description}</div>
  [/#if]

  [#assign rels = (org.relationships??)?then(cmsfn.children(org.relationships), [])]
  <section class="relationships" aria-labelledby="relationships-title">
    <h2 id="relationships-title">${i18n['oicc-relations.page.relationships']}</h2>
    [#if rels?has_content]
    <ul class="relationship-list">
      [#list rels as rel]
        [#assign category = cmsfn.contentById(rel.category!"", "relationship-categories")!""]
      <li class="relationship">
        [#if category?has_content]
          [#if relationsPage?has_content]<a class="category" href="${cmsfn.link(relationsPage)}#${category.@name}"[@layout.lang category "title" /]>${category.title!category.@name}</a>[#else]<span class="category"[@layout.lang category "title" /]>${category.title!category.@name}</span>[/#if]
        [/#if]
        [#if rel.role?has_content]<span class="role"[@layout.lang rel "role" /]>${rel.role}</span>[/#if]
        [#if rel.since??]<span class="since">${i18n['oicc-relations.page.since']} <time datetime="${rel.since?string('yyyy-MM-dd')}">${rel.since?date?string.long}</time></span>[/#if]
        [#if rel.note?has_content]<span class="note"[@layout.lang rel "note" /]>${rel.note}</span>[/#if]
      </li>
      [/#list]
    </ul>
    [#else]
    <p>${i18n['oicc-relations.page.noRelationships']}</p>
    [/#if]
  </section>

  [#-- The aims its agreements serve, each once, in the aims' own order. --]
  [#assign aimIds = []]
  [#list rels as rel]
    [#list rel.aims![] as id]
      [#if !aimIds?seq_contains(id)][#assign aimIds = aimIds + [id]][/#if]
    [/#list]
  [/#list]
  [#assign aims = []]
  [#list aimIds as id]
    [#assign aim = cmsfn.contentById(id, "agreement-aims")!""]
    [#if aim?has_content][#assign aims = aims + [aim]][/#if]
  [/#list]
  [#if aims?has_content]
  <section class="aims" aria-labelledby="aims-title">
    <h2 id="aims-title">${i18n['oicc-relations.page.organizationAims']}</h2>
    <ol class="aim-list">
      [#list layout.byPosition(aims) as aim]
      <li class="aim">
        <p class="aim-title"><strong[@layout.lang aim "title" /]>${aim.title!aim.@name}</strong></p>
        [#if aim.description?has_content]<div class="aim-description"[@layout.lang aim "description" /]>${cmsfn.decode(aim).description}</div>[/#if]
        [#if aim.domains?has_content]
        <p class="domains-label">${i18n['oicc-relations.page.domains']}</p>
        <ul class="domains"[@layout.lang aim "domains" /]>[#list aim.domains as domain]<li>${domain}</li>[/#list]</ul>
        [/#if]
      </li>
      [/#list]
    </ol>
  </section>
  [/#if]
  [@structuredData org rels workspace /]
  <p class="back"><a href="${cmsfn.link(content)}">${i18n['oicc-relations.page.allOrganizations']}</a>[#if relationsPage?has_content] · <a href="${cmsfn.link(relationsPage)}">${relationsPage.title!}</a>[/#if]</p>
[/@layout.page]
[#else]
  [#-- The list of all organizations by name, one page at a time (?page=2, ...), from the index. --]
  [#import "/oicc-relations/templates/macros/entries.ftl" as entries]
  [#assign size = entries.count(def.parameters.itemsPerPage!"", 100)]
  [#assign requested = ctx.getParameter("page")!"1"]
  [#if !requested?matches("[1-9][0-9]{0,8}")]
${ctx.response.sendError(400)}
  [#else]
    [#assign number = requested?number]
    [#assign result = relationsfn.items(workspace, "name", (number - 1) * size, size)]
    [#assign last = [((result.total + size - 1) / size)?floor, 1]?max]
    [#assign listLink = cmsfn.link(content)]
    [#assign prev = (number > 2)?then(listLink + "?page=" + (number - 1)?c, (number == 2)?then(listLink, ""))]
    [#assign next = (number < last)?then(listLink + "?page=" + (number + 1)?c, "")]
    [#if number > last]
${ctx.response.sendError(404)}
    [#else]
[@layout.page title=content.title!"" prev=prev next=next query=(number > 1)?then("?page=" + number?c, "")]
  <h1[@layout.lang content "title" /]>${content.title!}</h1>
  <ul class="organization-list">
    [#list result.results as item]
    <li><a href="${layout.itemLink(content.@path, item)}">[@layout.orgLabelMarked item /]</a></li>
    [/#list]
  </ul>
  [#if last > 1]
  <nav class="pager" aria-label="${i18n['oicc-relations.page.pages']}">
    [#if prev?has_content]<a rel="prev" href="${prev}">${i18n['oicc-relations.page.previous']}</a>[/#if]
    <span class="current" aria-current="page">${i18n.get('oicc-relations.page.pageOf', number?string.number, last?string.number)}</span>
    [#if next?has_content]<a rel="next" href="${next}">${i18n['oicc-relations.page.next']}</a>[/#if]
  </nav>
  [/#if]
  [#if relationsPage?has_content]<p class="back"><a href="${cmsfn.link(relationsPage)}">${relationsPage.title!}</a></p>[/#if]
[/@layout.page]
    [/#if]
  [/#if]
[/#if]
