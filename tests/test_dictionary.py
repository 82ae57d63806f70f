"""The event dictionary (knowledge/dictionary): every entry is valid, and every entry's
example sentence is coded by that entry."""

from __future__ import annotations

import pytest
import yaml

from accord import dictionary
from accord.dictionary import DICTIONARY_DIR, DictionaryError, Entry, entries
from accord.parse import parse

ENTRIES = entries()


def test_the_dictionary_loads_and_covers_every_root():
    roots = {e.code[:2] for e in ENTRIES}
    assert roots == {f"{r:02d}" for r in range(1, 21)}


def test_every_file_is_a_list_of_one_line_entries():
    for path in sorted(DICTIONARY_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert set(data) <= {"entries", "classes"}, path.name
        text = path.read_text(encoding="utf-8")
        for line in text.splitlines():
            if line.strip().startswith("- {"):
                assert line.rstrip().endswith("}"), f"{path.name}: an entry is one line: {line}"


def test_no_two_entries_say_the_same_thing():
    seen: dict[tuple, str] = {}
    for e in ENTRIES:
        key = (e.kind, e.lemmas, e.prt, e.objects, e.prep, e.target, e.code)
        assert key not in seen, f"{e.where} repeats {seen[key]}"
        seen[key] = e.where


@pytest.mark.parametrize("entry", [e for e in ENTRIES if e.example], ids=lambda e: e.where)
def test_each_example_is_coded_by_its_entry(entry: Entry):
    from accord import extract, parse_text

    article = parse_text(f" date 2024-05-10 {entry.example}", "ex.txt")
    x = extract(article)
    found = {e.pattern for e in x.events} | {e.pattern for e in x.unasserted}
    assert entry.where in found, f"{entry.where}: {entry.example!r} gave {sorted((e.source, e.target, e.cameo, e.pattern) for e in x.events)}"


def test_a_trigger_needs_its_object_and_preposition():
    (doc,) = parse(["Turkey accused Greece of provocations."])
    from accord.coding import find_triggers

    codes = {t.entry.code[:2] for t in find_triggers(doc, 0)}
    assert "11" in codes
    (doc,) = parse(["The weather accused nobody."])
    assert all(t.entry.prep != "of" for t in find_triggers(doc, 0))


def test_a_bad_entry_is_named_with_what_was_expected(tmp_path, monkeypatch):
    (tmp_path / "01_statement.yaml").write_text('entries:\n  - {code: "999", verb: say}\n', encoding="utf-8")
    monkeypatch.setattr(dictionary, "DICTIONARY_DIR", tmp_path)
    for f in (dictionary._files, dictionary.classes, dictionary.entries):
        f.cache_clear()
    try:
        with pytest.raises(DictionaryError, match=r"01_statement.yaml#0: CAMEO code '999' is not in cameo.csv"):
            dictionary.entries()
        (tmp_path / "01_statement.yaml").write_text('entries:\n  - {code: "010", verb: say, object: "@nothing"}\n', encoding="utf-8")
        dictionary._files.cache_clear()
        dictionary.classes.cache_clear()
        with pytest.raises(DictionaryError, match="unknown class @nothing"):
            dictionary.entries()
        (tmp_path / "01_statement.yaml").write_text('entries:\n  - {code: "010", verb: say, target: on}\n', encoding="utf-8")
        dictionary._files.cache_clear()
        dictionary.classes.cache_clear()
        assert dictionary.entries()[0].target == "on"  # YAML's boolean `on` is the word
        (tmp_path / "01_statement.yaml").write_text('entries:\n  - {code: "010", verb: say, when: past}\n', encoding="utf-8")
        for f in (dictionary._files, dictionary.classes, dictionary.entries):
            f.cache_clear()
        with pytest.raises(DictionaryError, match=r"01_statement.yaml#0: when 'past'; expected `future`"):
            dictionary.entries()
    finally:
        for f in (dictionary._files, dictionary.classes, dictionary.entries):
            f.cache_clear()


def test_inflected_forms_find_candidate_words():
    words = {w for _, _, readings in dictionary.candidate_words("Russia imposed sanctions and held talks") for _, w in readings}
    assert {"impose", "hold"} <= words
    # the participle after a hyphen: "Qatari-mediated talks"
    assert "mediate" in {w for _, _, readings in dictionary.candidate_words("Qatari-mediated talks resumed") for _, w in readings}


def test_the_cheap_test_before_parsing_knows_which_acts_may_imply_their_target():
    from accord.dictionary import may_code

    assert may_code("Kenya imposed sanctions on the company.")
    assert not may_code("Kenya imposed new rules on the company.")  # no word of the object class
    # a sentence naming only one participant is parsed only for acts aimed at the other unnamed
    assert may_code("The President offered his condolences on the flooding.", implied_only=True)
    assert not may_code("Kenya imposed sanctions on the company.", implied_only=True)


def test_quotation_marks_inside_a_list_of_words_are_refused():
    with pytest.raises(DictionaryError, match="quote the whole value"):
        dictionary._expand('fire|"artillery fire"', "19_fight.yaml#1")
