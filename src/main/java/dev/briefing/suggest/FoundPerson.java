package dev.briefing.suggest;

import java.util.List;

/**
 * A person an article names who is not in the registry.
 *
 * @param name the fullest form the article writes ("Hector de la Fuente Jr.")
 * @param mentions how often the article names them, the family name alone included
 * @param firstOffset document offset of the first mention in the body, or -1 when only the title
 *     or the standfirst names them
 * @param roles the roles the article states next to the name, first stated first
 */
public record FoundPerson(String name, int mentions, int firstOffset, List<StatedRole> roles) {}
