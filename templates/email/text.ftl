<#ftl output_format="plainText">
<#--
  Pieces of the plain-text emails. Write one logical line per paragraph: the build wraps lines at
  72 columns, keeping list and reference indentation. Links are numbered references, [n], listed
  at the end; the numbers come with the views (frame.*Ref, *.ref).
-->
<#macro heading text char>
${text}
${""?left_pad([text?length, 72]?min, char)}
</#macro>

<#macro header>
${frame.siteTitle} [${frame.homeRef}]
View on the web [${frame.webRef}]
</#macro>

<#macro citation src>
${src.citationText} [${src.ref}]<#t>
</#macro>

<#macro person p>
${p.name} [${p.ref}]<#if p.roles?has_content>: ${p.roles}</#if><#t>
</#macro>

<#macro footer>
--
You are receiving ${frame.siteTitle} because you subscribed to it.
Unsubscribe [${frame.unsubscribeRef}]
</#macro>

<#macro references>
References
<#list frame.references as r>
[${r.number}] ${r.url}
</#list>
</#macro>
