package dev.briefing.model;

import dev.briefing.errors.SourcePosition;
import java.util.List;

/** A dated event in a person's story that is not a role's start or end ("announced the move"). */
public record PersonEvent(PartialDate date, String what, List<String> statedIn, SourcePosition position) {}
