[#-- Stored HTML, the one way rich text reaches the page unescaped. The standalone's cmsfn.decode cleans it
     with the module's safelist (content.RichTextPolicy, also checked on every save through the module);
     Magnolia's cmsfn.decode only undoes Magnolia's own escaping and cleans nothing. --]
[#if content.text?has_content]
<div class="text">
  ${cmsfn.decode(content).text}
</div>
[/#if]
