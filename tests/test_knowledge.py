"""The remaining knowledge files: titles, the lexicon and how the files load."""

from __future__ import annotations

import csv
from pathlib import Path

from accord import knowledge as kb

KNOWLEDGE = Path(kb.__file__).parent / "knowledge"
OFFICES = {
    "head_of_state", "head_of_government", "deputy_head_of_government", "foreign_minister", "defence_minister",
    "un_ambassador", "fm_spokesperson", "other_minister", "monarch", "party_leader", "military_chief",
    "crown_prince", "vice_head_of_state", "national_security_advisor",
}


def test_titles_file_is_valid():
    with (KNOWLEDGE / "titles.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert rows and list(rows[0]) == ["title", "office", "sector", "role"]
    for row in rows:
        assert row["title"] and row["role"], row
        assert row["office"] in OFFICES, row
        assert row["sector"] in {"government", "military", "legislature", "party", "judiciary", "opposition"}, row


def test_lexicon_has_every_list_the_code_reads():
    lex = kb.lexicon()
    for key in ("person_pronouns", "object_pronouns", "group_phrases", "role_nouns", "honorifics", "name_particles", "not_names",
                "prepositions", "requested", "clause_openers", "determiners", "negations", "hypothetical", "future", "not_actors",
                "lowercase_titles", "intent_codes", "locative_prepositions", "people_nouns", "institution_nouns", "quantity_nouns",
                "surname_first_countries", "state_envoy_titles", "joint_only_verbs", "speaking_for_nouns", "other_party_nouns",
                "reason_prepositions", "governing_nouns", "diplomatic_posts", "fixed_phrases", "appeal_nouns", "purpose_nouns",
                "force_nouns", "of_doer_nouns", "future_roots", "host_acts", "response_nouns", "aim_words", "leading_participles",
                "conditional_threat_roots", "warning_verbs", "planned_modifiers", "possible_modifiers", "deliberation_verbs", "private_nouns", "boilerplate", "role_abbreviations", "other_holder_words",
                "seizing_verbs", "threat_nouns", "anaphoric_bodies", "body_modifiers", "inability_adjectives", "other_party_modifiers", "averting_verbs", "ending_verbs", "naming_verbs", "permitting_verbs", "placeholder_names", "bloc_references", "topic_verbs", "undergoing_verbs", "under_verbs", "territory_references", "speaking_verbs", "relationship_nouns", "phoning_verbs", "judging_roots", "act_references", "act_reference_roots", "decision_nouns", "meeting_roots", "not_visiting_nouns", "involving_participles", "defence_alliances", "allied_codes", "imposing_participles", "continued_roots", "guest_verbs", "place_doer_roots"):
        assert lex.get(key), f"lexicon.yaml lacks {key}"
    roots = {code[:2] for code in kb.cameo_codes()}
    assert set(lex["future_roots"]) <= roots and set(lex["implicit_target_roots"]) <= roots
    assert set(lex["place_doer_roots"]) <= roots
    assert set(lex["conditional_threat_roots"]) <= roots and not set(lex["conditional_threat_roots"]) & {"03", "04", "05", "06", "07", "08"}
    assert all(code in kb.cameo_codes() for code in lex["host_acts"])
    assert all(len(phrase.split()) > 1 or "-" in phrase for phrase in lex["fixed_phrases"])  # a phrase the tokenizer would split
    for code in lex["intent_codes"].values():
        assert code in kb.cameo_codes()
    for iso3 in lex["surname_first_countries"]:
        assert iso3 in kb.states()
    for key in ("people_nouns", "institution_nouns", "quantity_nouns", "force_nouns", "governing_nouns", "appeal_nouns", "purpose_nouns"):
        assert all(isinstance(w, str) and w == w.lower() for w in lex[key]), key


def test_every_knowledge_file_loads():
    assert len(kb.states()) == 197
    assert kb.state_names() and kb.organisations() and kb.holdings() and kb.titles() and kb.cameo_codes()
    assert len(kb.plover_types()) == 16


def test_plover_contexts_are_listed():
    import yaml

    data = yaml.safe_load((KNOWLEDGE / "plover.yaml").read_text(encoding="utf-8"))
    names = [c["name"] for c in data["contexts"]]
    assert len(names) == len(set(names)) >= 30
    assert {"military", "economic", "diplomatic", "health", "terrorism", "cyber"} <= set(names)
    assert all(c["description"] for c in data["contexts"])
