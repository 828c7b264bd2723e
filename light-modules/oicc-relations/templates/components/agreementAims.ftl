[#import "/oicc-relations/templates/macros/layout.ftl" as layout]
[#assign aims = layout.byPosition(cmsfn.children(cmsfn.contentByPath("/", "agreement-aims"), "oicc:agreementAim"))]
<section class="aims" aria-labelledby="aims-${content.@name}">
  <h2 id="aims-${content.@name}">${content.title!i18n['oicc-relations.page.agreementAims']}</h2>
  [#if content.intro?has_content]
  <div class="intro">${cmsfn.decode(content).intro}</div>
  [/#if]
  <ol class="aim-list">
    [#list aims as aim]
    <li class="aim">
      <p class="aim-title"><strong>${aim.title!aim.@name}</strong></p>
      [#if aim.description?has_content]<div class="aim-description">${cmsfn.decode(aim).description}</div>[/#if]
      [#if aim.domains?has_content]
      <p class="domains-label">${i18n['oicc-relations.page.domains']}</p>
      <ul class="domains">
        [#list aim.domains as domain]<li>${domain}</li>[/#list]
      </ul>
      [/#if]
    </li>
    [/#list]
  </ol>
</section>
