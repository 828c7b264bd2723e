[#import "/oicc-relations/templates/macros/layout.ftl" as layout]
[@layout.page title=content.title!""]
  <h1>${content.title!}</h1>
  [@cms.area name="main" /]
[/@layout.page]
