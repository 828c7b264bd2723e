[#-- The entries of a relationship category: one page of them from relationsfn (an index lookup, never
     a walk over the organizations), the list markup shared by the relations page and the category's
     own paged page, and the links between them. --]
[#import "/oicc-relations/templates/macros/layout.ftl" as layout]

[#-- Entries offset..offset+limit-1 of the category in page order (the relationship's `position`,
     unpositioned last), with the total: {results: [{entry, item}], total, offset, limit}. --]
[#function page category offset limit]
  [#return relationsfn.entries("organizations", "relationships", "category", category.@id, "position", offset, limit)]
[/#function]

[#-- The category's own page: <relations page>/<category name>.html, page n > 1 as ?page=n. --]
[#function categoryLink relationsPage category number=1]
  [#local href = layout.itemLink(relationsPage.@path, category)]
  [#return (number > 1)?then(href + "?page=" + number?c, href)]
[/#function]

[#-- A whole number written in a dialog or definition (text or number), or the fallback when it is not one from 1 to 1000. --]
[#function count value fallback]
  [#local text = value?is_number?then(value?c, value?string)]
  [#return text?matches("[1-9][0-9]{0,2}|1000")?then(text?number, fallback)]
[/#function]

[#macro list result organizationPage]
  <ol class="entries"[#if result.offset > 0] start="${(result.offset + 1)?c}"[/#if]>
    [#list result.results as found]
      [#assign org = found.item]
      [#assign rel = found.entry]
      [#assign href = layout.itemLink(organizationPage, org)]
    <li class="entry">
      [@entryLogo org /]
      [#if href?has_content]<a class="organization" href="${href}">[@layout.orgLabelMarked org /]</a>[#else]<span class="organization">[@layout.orgLabelMarked org /]</span>[/#if]
      [#if org.parent?has_content]
        [#assign parent = cmsfn.contentById(org.parent, "organizations")!""]
        [#if parent?has_content]<span class="parent">[@layout.partOf parent /]</span>[/#if]
      [/#if]
      [#if rel.role?has_content]<span class="role"[@layout.lang rel "role" /]>${rel.role}</span>[/#if]
      [#if rel.since??]<span class="since">${i18n['oicc-relations.page.since']} <time datetime="${rel.since?string('yyyy-MM-dd')}">${rel.since?date?string.long}</time></span>[/#if]
      [#if rel.note?has_content]<span class="note"[@layout.lang rel "note" /]>${rel.note}</span>[/#if]
    </li>
    [/#list]
  </ol>
[/#macro]

[#-- An entry's logo, when the organization has a published one: small (at most 80 px wide), sized by
     width/height so the list does not jump while it loads, lazy, the 160 px rendition for src (sharp on
     2x screens) and every rendition in srcset; alt in the page's language. Nothing without a logo. --]
[#macro entryLogo org]
  [#local logo = (org.logo?has_content)?then(damfn.getAsset(org.logo)!"", "")]
  [#if logo?has_content && logo.width > 0 && logo.height > 0]
    [#local w = [logo.width, 80]?min]
    [#local h = [(logo.height * w / logo.width)?round, 1]?max]
      <img class="entry-logo" src="${damfn.getRendition(org.logo, "160")}" srcset="${logo.srcset}" sizes="${w?c}px" width="${w?c}" height="${h?c}" alt="${logo.alt}"[#if logo.altLanguage != ctx.language] lang="${logo.altLanguage}"[/#if] loading="lazy" decoding="async">
  [/#if]
[/#macro]
