[#import "/oicc-relations/templates/macros/layout.ftl" as layout]
[#import "/oicc-relations/templates/macros/entries.ftl" as entries]
[#assign category = cmsfn.contentById(content.category!"", "relationship-categories")!""]
[#if category?has_content]
  [#-- The first entries of this category across organizations, in page order; the rest are one link away. --]
  [#assign shown = entries.count(content.maxEntries!"", entries.count(def.parameters.maxEntries!"", 50))]
  [#assign result = entries.page(category, 0, shown)]
  [#assign organizationPage = def.parameters.organizationPage!"/organizations"]
<section class="category" id="${category.@name}" aria-labelledby="${category.@name}-title">
  <h2 id="${category.@name}-title"[@layout.lang category "title" /]>${category.title!category.@name}</h2>
  [#if category.intro?has_content]
  <div class="intro"[@layout.lang category "intro" /]>${cmsfn.decode(category).intro}</div>
  [/#if]
  [@entries.list result organizationPage /]
  [#if result.total > result.results?size]
  <p class="all-entries"><a href="${entries.categoryLink(cmsfn.page(content), category)}">${i18n.get('oicc-relations.page.allEntries', result.total?string.number)}</a></p>
  [/#if]
</section>
[/#if]
