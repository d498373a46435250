package dev.briefing.model;

import dev.briefing.errors.SourcePosition;
import java.util.List;

/**
 * A person from the registry ({@code content/people.yaml}).
 *
 * @param aliases other spellings articles use ("Nicholas Joseph" for "Nick Joseph")
 * @param familyName used for sorting and for mentions by family name alone
 */
public record Person(
        String id,
        String name,
        List<String> aliases,
        String familyName,
        String description,
        List<Role> roles,
        List<PersonEvent> events,
        SourcePosition position) {

    /** The display name followed by every alias. */
    public List<String> allNames() {
        var names = new java.util.ArrayList<String>();
        names.add(name);
        names.addAll(aliases);
        return List.copyOf(names);
    }
}
