"""One act, many surface forms: for every CAMEO root, the same act said actively,
passively, as a noun, with adverbs and quotation marks in between, in a relative
clause; and a bystander state in the sentence that must never become a party."""

from __future__ import annotations

import pytest

from accord import extract, parse_text


def roots(text: str, published: str = "2024-05-10") -> set[tuple[str, str, str]]:
    article = parse_text(f" date {published} {text}", "t.txt")
    return {(e.source, e.target, e.cameo[:2]) for e in extract(article).events}


# (root, source, target, bystander, sentences)
FORMS = [
    ("01", "USA", "TUR", "SYR", [
        "The United States expressed its condolences to Turkey after the earthquake near Syria.",
        "The United States on Monday offered deep condolences to Turkey for the victims of the quake that also struck Syria.",
    ]),
    ("02", "USA", "VEN", "COL", [
        "The United States urged Venezuela to release the detainees held near Colombia.",
        "The United States called on Venezuela to free prisoners, as Colombia watched.",
        "Venezuela was urged by the United States to open the border with Colombia.",
        "The United States appealed to Venezuela to respect the vote, a day after talks in Colombia.",
    ]),
    ("03", "RUS", "ARM", "AZE", [
        "Russia pledged to help Armenia normalise its relations with Azerbaijan.",
        "Russia expressed its readiness to assist Armenia in the process with Azerbaijan.",
        "Russia offered help to Armenia in its border talks with Azerbaijan.",
    ]),
    ("04", "IND", "JPN", "CHN", [
        "India held talks with Japan on China's activity in the region.",
        "Indian Prime Minister Narendra Modi met Japanese Prime Minister Fumio Kishida to discuss China.",
        "India and Japan discussed the situation in China's neighbourhood.",
        "Talks between India and Japan focused on the rise of China.",
        "The Indian foreign minister visited Japan, a trip that angered China.",
    ]),
    ("05", "KEN", "SOM", "ETH", [
        "Kenya praised Somalia for its efforts against militants near Ethiopia.",
        "Kenya warmly congratulated Somalia on the election, which Ethiopia also observed.",
        "Somalia was praised by Kenya for the reforms that Ethiopia had recommended.",
        "Kenya signed a security agreement with Somalia that excludes Ethiopia.",
    ]),
    ("06", "DEU", "LTU", "RUS", [
        "Germany held joint military drills with Lithuania to deter Russia.",
        "Germany shared intelligence with Lithuania about Russia.",
        # other modifiers between the words of a multi-word noun
        "Germany and Lithuania launched joint counter-terrorism patrols near Russia.",
        "Germany and Lithuania began joint operations against the smugglers from Russia.",
        "German and Lithuanian troops launched a joint offensive against militants backed by Russia.",
    ]),
    ("07", "JPN", "UKR", "RUS", [
        "Japan provided humanitarian aid to Ukraine after the attacks by Russia.",
        "Japan sent emergency assistance to Ukraine as Russia kept up its strikes.",
    ]),
    ("08", "RUS", "USA", "BLR", [
        "Russia released two American citizens in an exchange arranged in Belarus.",
        "Russia freed two US nationals at a border crossing with Belarus.",
    ]),
    ("10", "POL", "RUS", "BLR", [
        "Poland demanded that Russia withdraw its troops from Belarus.",
        "Poland demanded the withdrawal of Russian forces stationed in Belarus.",
    ]),
    ("11", "CHN", "JPN", "USA", [
        "China condemned Japan for its cooperation with the United States.",
        "China strongly criticised Japan over the drills held in the United States.",
        "Japan was sharply criticised by China after the summit in the United States.",
        "China voiced \"grave concern\" over Japan's defence build-up with the United States.",
        "China accused Japan of provoking tensions in talks with the United States.",
        "China considers Japan's missile deployment a provocation, whatever the United States says.",
        "Japan's new defence law was unacceptable, China's foreign ministry said in a statement issued in the United States.",
        "Japan expelled two Chinese diplomats as the United States looked on. China's foreign ministry called the move \"a provocation\".",
    ]),
    ("12", "ISR", "IRL", "PSE", [
        "Israel rejected Ireland's criticism of its policy on the Palestinians.",
        "Israel dismissed Ireland's proposal on Palestine.",
    ]),
    ("13", "PRK", "KOR", "USA", [
        "North Korea threatened South Korea with retaliation over the drills with the United States.",
        "North Korea threatened to strike South Korea over its exercises with the United States.",
    ]),
    ("11", "GBR", "ISR", "PSE", [
        "Britain summoned the Israeli ambassador over the shooting near Palestinian homes.",
        "The Israeli ambassador was summoned by Britain over the incident in the Palestinian territories.",
    ]),
    ("14", "ARM", "RUS", "AZE", [
        "Armenian students protested against Russia after the deal with Azerbaijan.",
        "Armenian students staged a demonstration against Russia over its deal with Azerbaijan.",
    ]),
    ("15", "CHN", "TWN", "USA", [
        "China deployed warships around Taiwan after the visit of US lawmakers.",
        "China staged military drills around Taiwan to warn the United States.",
    ]),
    ("16", "GBR", "ISR", "PSE", [
        "Britain suspended free-trade talks with Israel over its actions against the Palestinians.",
        "Britain imposed sanctions on Israel over the violence against Palestinians.",
        "Britain has imposed new sanctions on Israeli settlers in the occupied Palestinian territories.",
    ]),
    ("17", "RUS", "USA", "BLR", [
        "Russia arrested an American journalist on a train from Belarus.",
        "An American reporter was detained by Russia after returning from Belarus.",
    ]),
    ("18", "IRN", "IRQ", "USA", [
        "Iranian agents abducted an Iraqi journalist near a base used by the United States.",
        "An Iraqi journalist was kidnapped by Iran near the consulate of the United States.",
    ]),
    ("19", "IRN", "IRQ", "USA", [
        "Iran launched a missile attack on Iraq near a base used by the United States.",
        "Iran fired missiles at Iraq near the consulate of the United States.",
    ]),
    ("19", "ISR", "SYR", "LBN", [
        "Israel carried out airstrikes on Syria near the border with Lebanon.",
        "Israeli jets struck targets in Syria near the border with Lebanon.",
    ]),
    ("20", "RUS", "UKR", "POL", [
        "Russia carried out mass killings of civilians in Ukraine, a report presented in Poland said.",
    ]),
]


@pytest.mark.parametrize(
    "root, source, target, bystander, sentence",
    [(r, s, t, b, sentence) for r, s, t, b, sentences in FORMS for sentence in sentences],
    ids=lambda v: v[:40] if isinstance(v, str) and len(v) > 3 else None,
)
def test_each_form_codes_the_act_and_never_the_bystander(root, source, target, bystander, sentence):
    found = roots(sentence)
    assert (source, target, root) in found, f"{sentence!r} gave {sorted(found)}"
    assert not any(bystander in (s, t) for s, t, _ in found), f"the bystander {bystander} became a party: {sorted(found)}"


def test_every_root_has_forms():
    assert {r for r, *_ in FORMS} >= {f"{r:02d}" for r in range(1, 21)} - {"09"}
