[#import "/oicc-relations/templates/macros/layout.ftl" as layout]
[#-- Stored HTML, written unescaped. Inside Magnolia cmsfn.decode only undoes Magnolia's escaping of
     the stored value and cleans nothing: visitors get what editors stored. The standalone's decode
     also sanitizes (jsoup), and its authoring UI sanitizes on save. --]
[#if content.text?has_content]
<div class="text"[@layout.lang content "text" /]>
  ${cmsfn.decode(content).text}
</div>
[/#if]
