[#-- Stored HTML, sanitized by cmsfn.decode: the one way rich text reaches the page unescaped. --]
[#if content.text?has_content]
<div class="text">
  ${cmsfn.decode(content).text}
</div>
[/#if]
