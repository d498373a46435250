<#ftl output_format="plainText">
<#import "text.ftl" as t>
<#-- The whole briefing as the plain-text part of the digest email (newsletter/digest.txt). -->
<#assign d = digest>
<@t.header/>

<@t.heading d.title "="/>
<#if d.intro?has_content>
${d.intro}

</#if>
<@t.heading "In this issue" "-"/>
<#list d.articles as a>
${a?counter}. ${a.title} [${a.ref}]
   <#list [a.date!"", a.publisher!""]?filter(x -> x?has_content) as m>${m} · </#list>${a.readingMinutes} min read
<#if a.summary?has_content>
   ${a.summary}
</#if>

</#list>
<#if d.people?has_content>
<@t.heading "People in this briefing" "-"/>
<#list d.people as p>
- <@t.person p/>
</#list>

</#if>
<#if d.sources?has_content>
<@t.heading "Sources" "-"/>
<#list d.sources as src>
${src?counter}. <@t.citation src/>
</#list>

</#if>
<@t.footer/>

<@t.references/>
