<#ftl output_format="plainText">
<#import "text.ftl" as t>
<#-- One article as the plain-text part of its email (newsletter/<slug>.txt). -->
<#assign a = article>
<#assign kicker = [a.section!"", a.date!"", a.publisher!""]?filter(x -> x?has_content)>
<@t.header/>

<@t.heading a.title "="/>
<#if kicker?has_content>
${kicker?join(" · ")}
</#if>
<#if a.author?? && a.author != (a.publisher!"")>By ${a.author} · </#if>${a.readingMinutes} min read

<#if a.summary??>
${a.summary}

</#if>
${a.bodyText}

<#if a.originalUrl??>
Originally published at ${a.originalUrl} [${a.originalRef}]

</#if>
<#if a.people?has_content>
<@t.heading "People in this article" "-"/>
<#list a.people as p>
- <@t.person p/>
</#list>

</#if>
<#if a.sources?has_content>
<@t.heading "Sources" "-"/>
<#list a.sources as src>
${src?counter}. <@t.citation src/>
</#list>

</#if>
Read it on the web [${a.webRef}]

<@t.footer/>

<@t.references/>
