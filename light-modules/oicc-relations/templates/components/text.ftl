[#import "/oicc-relations/templates/macros/layout.ftl" as layout]
[#-- Stored HTML, written unescaped. Inside Magnolia cmsfn.decode only undoes Magnolia's escaping of
     the stored value and cleans nothing: visitors get what editors stored. The standalone's decode
     cleans it with the module's safelist (content.RichTextPolicy), which every save through the
     module's content service also checks. --]
[#if content.text?has_content]
<div class="text"[@layout.lang content "text" /]>
  ${cmsfn.decode(content).text}
</div>
[/#if]
