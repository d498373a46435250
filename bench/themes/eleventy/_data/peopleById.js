const people = require("./registry.json");
module.exports = Object.fromEntries(people.map((p) => [p.id, p]));
