module.exports = function (config) {
  config.addCollection("byPerson", (api) => {
    const byPerson = {};
    for (const a of api.getFilteredByTag("articles")) {
      for (const id of a.data.people || []) (byPerson[id] = byPerson[id] || []).push(a);
    }
    return byPerson;
  });
  config.addFilter("isoDate", (d) => new Date(d).toISOString().slice(0, 10));
  config.addFilter("newestFirst", (pages) => [...pages].reverse());
  config.addFilter("rfc822", (d) => new Date(d).toUTCString());
  return { dir: { input: ".", includes: "_includes", data: "_data", output: "_site" },
           markdownTemplateEngine: false };
};
