[#import "/oicc-relations/templates/macros/layout.ftl" as layout]
[#assign category = cmsfn.contentById(content.category!"", "relationship-categories")!""]
[#if category?has_content]
  [#-- Every relationship of this category, across organizations, in page order. --]
  [#assign entries = []]
  [#list cmsfn.children(cmsfn.contentByPath("/", "organizations"), "oicc:organization") as org]
    [#if org.relationships??]
      [#list cmsfn.children(org.relationships) as rel]
        [#if (rel.category!"") == category.@id]
          [#assign entries = entries + [{"p": rel.position!999999, "org": org, "rel": rel}]]
        [/#if]
      [/#list]
    [/#if]
  [/#list]
  [#assign organizationPage = def.parameters.organizationPage!"/organizations"]
<section class="category" id="${category.@name}" aria-labelledby="${category.@name}-title">
  <h2 id="${category.@name}-title">${category.title!category.@name}</h2>
  [#if category.intro?has_content]
  <div class="intro">${cmsfn.decode(category).intro}</div>
  [/#if]
  <ol class="entries">
    [#list entries?sort_by("p") as entry]
      [#assign org = entry.org]
      [#assign rel = entry.rel]
      [#assign href = layout.itemLink(organizationPage, org)]
    <li class="entry">
      [#if href?has_content]<a class="organization" href="${href}">${layout.orgLabel(org)}</a>[#else]<span class="organization">${layout.orgLabel(org)}</span>[/#if]
      [#if org.parent?has_content]
        [#assign parent = cmsfn.contentById(org.parent, "organizations")!""]
        [#if parent?has_content]<span class="parent">${i18n['oicc-relations.page.partOf']} ${parent.name!parent.@name}</span>[/#if]
      [/#if]
      [#if rel.role?has_content]<span class="role">${rel.role}</span>[/#if]
      [#if rel.since??]<span class="since">${i18n['oicc-relations.page.since']} <time datetime="${rel.since?string('yyyy-MM-dd')}">${rel.since?date?string.long}</time></span>[/#if]
      [#if rel.note?has_content]<span class="note">${rel.note}</span>[/#if]
    </li>
    [/#list]
  </ol>
</section>
[/#if]
