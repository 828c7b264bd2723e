[#import "/oicc-relations/templates/macros/layout.ftl" as layout]
[#-- The aims in their order, from the index (never a walk over the workspace); a page shows at most maxAims. --]
[#import "/oicc-relations/templates/macros/entries.ftl" as entries]
[#assign result = relationsfn.items("agreement-aims", "position", 0, entries.count(def.parameters.maxAims!"", 100))]
[#assign aims = result.results]
<section class="aims" aria-labelledby="aims-${content.@name}">
  <h2 id="aims-${content.@name}"[@layout.lang content "title" /]>${content.title!i18n['oicc-relations.page.agreementAims']}</h2>
  [#if content.intro?has_content]
  <div class="intro"[@layout.lang content "intro" /]>${cmsfn.decode(content).intro}</div>
  [/#if]
  <ol class="aim-list">
    [#list aims as aim]
    <li class="aim">
      <p class="aim-title"><strong[@layout.lang aim "title" /]>${aim.title!aim.@name}</strong></p>
      [#if aim.description?has_content]<div class="aim-description"[@layout.lang aim "description" /]>${cmsfn.decode(aim).description}</div>[/#if]
      [#if aim.domains?has_content]
      <p class="domains-label">${i18n['oicc-relations.page.domains']}</p>
      <ul class="domains"[@layout.lang aim "domains" /]>
        [#list aim.domains as domain]<li>${domain}</li>[/#list]
      </ul>
      [/#if]
    </li>
    [/#list]
  </ol>
  [#if result.total > aims?size]
  <p class="more">${i18n.get('oicc-relations.page.shownOf', aims?size?string.number, result.total?string.number)}</p>
  [/#if]
</section>
