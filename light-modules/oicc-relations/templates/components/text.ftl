[#import "/oicc-relations/templates/macros/layout.ftl" as layout]
[#-- Stored HTML, sanitized by cmsfn.decode: the one way rich text reaches the page unescaped. --]
[#if content.text?has_content]
<div class="text"[@layout.lang content "text" /]>
  ${cmsfn.decode(content).text}
</div>
[/#if]
