<#ftl output_format="plainText">
<#import "text.ftl" as t>
<#-- The digest's plain-text part (newsletter/digest.txt): the same issue as digest.ftlh. -->
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
<#if d.moreArticles gt 0>
${d.moreArticles} more ${(d.moreArticles == 1)?then("article", "articles")} in the briefing [${d.webRef}]

</#if>
<#if d.people?has_content>
<@t.heading "People in this issue" "-"/>
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
