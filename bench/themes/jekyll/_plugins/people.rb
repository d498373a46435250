# One page per person, with the articles that name them, grouped once.
module Bench
  class PersonPage < Jekyll::Page
    def initialize(site, person, articles)
      @site = site
      @base = site.source
      @dir = "people/#{person['id']}"
      @name = "index.html"
      process(@name)
      read_yaml(File.join(site.source, "_layouts"), "person.html")
      data["layout"] = "person"
      data["title"] = person["name"]
      data["person"] = person
      data["person_articles"] = articles
    end
  end

  class PeopleGenerator < Jekyll::Generator
    safe true
    def generate(site)
      by_person = Hash.new { |h, k| h[k] = [] }
      site.collections["articles"].docs.each do |doc|
        (doc.data["people"] || []).each { |id| by_person[id] << doc }
      end
      site.data["people"].each do |person|
        site.pages << PersonPage.new(site, person, by_person[person["id"]])
      end
      site.data["people_counts"] = by_person.transform_values(&:size)
      site.data["people_by_id"] = site.data["people"].to_h { |person| [person["id"], person] }
    end
  end
end
