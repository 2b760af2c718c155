"""Casualty figures and the summary (issue 4): table-driven, small real sentences."""
from __future__ import annotations

import pytest

from borderfacts.numbers import core_value, find_figures, parse_figure
from borderfacts.pipeline import make_doc
from borderfacts.summary import summarize


def run(nlp, text, reference="2022-09-20"):
    doc = nlp(make_doc(nlp, text, reference))
    return doc._.borderfacts_casualties, doc._.borderfacts_summary


def facts(items):
    return [(c["party"], c["category"], c["count"], c["low"], c["high"]) for c in items]


# ------------------------------------------------------------ number grammar

@pytest.mark.parametrize(
    "text, count, low, high",
    [
        ("59", 59, 59, None),
        ("137,000", 137000, 137000, None),
        ("forty-one", 41, 41, None),
        ("a dozen", 12, 12, None),
        ("two dozen", 24, 24, None),
        ("1.5 million", 1500000, 1500000, None),
        ("one hundred and five", 105, 105, None),
        ("at least 59", 59, 59, None),
        ("more than 59", 59, 59, None),
        ("over 59", 59, 59, None),
        ("no fewer than 59", 59, 59, None),
        ("nearly 60", 60, None, 60),
        ("almost 60", 60, None, 60),
        ("up to 60", 60, None, 60),
        ("about 60", 60, 60, None),
        ("an estimated 60", 60, 60, None),
        ("between 20 and 30", None, 20, 30),
        ("20 to 30", None, 20, 30),
        ("3-4", None, 3, 4),
        ("several", None, 3, None),
        ("a few", None, 3, None),
        ("dozens of", None, 24, None),
        ("scores of", None, 40, None),
        ("hundreds of", None, 200, None),
        ("thousands of", None, 2000, None),
        ("tens of thousands of", None, 20000, None),
        ("many", None, 4, None),
        ("numerous", None, 4, None),
    ],
)
def test_number_grammar(text, count, low, high):
    figure = parse_figure(text)
    assert figure is not None, text
    assert (figure.count, figure.low, figure.high) == (count, low, high)


def test_a_bracketed_word_after_a_number_does_not_load_quantulum():
    # quantulum3 costs seconds and ~18 MB to import: "(Reuters)" after a dateline's day must not wake it
    import subprocess
    import sys

    probe = ("import sys; from borderfacts.numbers import find_figures; "
             "found = [f.text for f in find_figures('MOSCOW, May 12 (Reuters) - 12 (twelve) soldiers')]; "
             "print(found, 'quantulum3' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['12', '12 (twelve)'] False"


@pytest.mark.parametrize("text, value", [("02 (two)", 2), ("five (5)", 5), ("12 (twelve)", 12)])
def test_a_number_spelt_again_in_brackets_is_one_figure(text, value):
    from borderfacts.numbers import find_figures

    assert [(f.text, f.count) for f in find_figures(text + " soldiers")] == [(text, value)]


@pytest.mark.parametrize("text", ["Nearly half", "900km", "the frontier", "half of them"])
def test_not_numbers(text):
    assert [f.text for f in find_figures(text) if not f.text[0].isdigit()] == []


@pytest.mark.parametrize("text", ["Gambella, March 3/2026 (Addis Standard)", "open 24/7", "case 12/4", "10:10 — update"])
def test_numbers_joined_by_a_slash_or_colon_are_no_figures(text):
    assert [f.text for f in find_figures(text)] == []


def test_core_value_words_beyond_table_and_digits():
    assert core_value("twenty-five thousand") == 25000
    assert core_value("2,500") == 2500


def test_offsets_are_exact():
    text = "Officials said at least 12 people died."
    (figure,) = list(find_figures(text))
    assert text[figure.start : figure.end] == "at least 12"


# ------------------------------------------------------------------- frames

@pytest.mark.parametrize(
    "text, category, count",
    [
        ("Shelling killed three civilians on Monday.", "killed", 3),
        ("Three civilians were killed in the shelling.", "killed", 3),
        ("The death toll rose to 94 on Tuesday.", "killed", 94),
        ("The region reported 59 fatalities.", "killed", 59),
        ("Gunmen opened fire, killing 12 soldiers.", "killed", 12),
        ("At least 100 people have died in the clashes.", "killed", 100),
        ("Five villagers lost their lives in the attack.", "killed", 5),
        ("Twenty people were injured by the blast.", "wounded", 20),
        ("Officials said 4,500 residents had fled the town.", "displaced", 4500),
        ("Some 2,000 people were evacuated from the area.", "displaced", 2000),
        ("Seven fishermen and two soldiers are still missing.", "missing", 2),
        ("Rebels captured 30 soldiers near the border.", "captured", 30),
        ("The strike left 14 people dead.", "killed", 14),
        # frames and nouns found on blind articles (session 7)
        ("Four passers-by were also wounded.", "wounded", 4),
        ("Three of their colleagues sustained serious injuries.", "wounded", 3),
        ("Another soldier had been wounded, the ministry said.", "wounded", 1),
        ("Dozens of families from the village of Hawik were displaced.", "displaced", None),
        ("More than 1,200 people from 14 villages had been shifted to relief camps.", "displaced", 1200),
        ("At least 1,300 Rohingya have entered Bangladesh since Sunday.", "displaced", 1300),
        ("At least 37 of the newcomers had been treated for shrapnel wounds.", "wounded", 37),
        ("The ministry said up to 100 militants were destroyed.", "killed", 100),
        ("Moreh gunfight: 3 KNV cadres killed, AR personnel injured", "killed", 3),
        ("A Thai ranger was also listed as missing.", "missing", 1),
        ("02 (two) Assam Rifles personnel sustained bullet injuries.", "wounded", 2),
        ("Bodies of 03 (three) armed cadres of the group were recovered.", "killed", 3),
        ("04 (four) armed miscreants were apprehended.", "captured", 4),
        ("About 2,300 refugees had arrived in Moyo by Monday. By Tuesday the figure had risen to about 3,100.",
         "displaced", 3100),
        ("The ministry said 4,312 refugees had been registered there. In its latest update, the figure had reached "
         "5,020.", "displaced", 5020),
        ("The office first counted about 3,500 people who had fled Bure. On Sunday it said the figure had grown to "
         "6,000.", "displaced", 6000),
        ("Two wounded herders were evacuated to Nema.", "wounded", 2),
        ("Villager shot dead near occupation line", "killed", 1),
        ("Georgian Villager Shot Dead Near Occupation Line", "killed", 1),
        ("A National Guard agent was killed in the exchange of fire.", "killed", 1),
        ("We lost four of our heroes in this battle.", "killed", 4),
        ("Seven wounded people, three of them in critical condition, were evacuated to Beni.", "wounded", 7),
        ("Two soldiers drowned when their boat capsized.", "killed", 2),
        ("Rescuers were still searching the rubble for up to five people.", "missing", 5),
        ("Around 90,000 Lebanese remain unable to return to their villages.", "displaced", 90000),
        ("The drone hit a car, killing two of the party's Peshmerga.", "killed", 2),
        ("The army confirmed the loss of three of its soldiers.", "killed", 3),
        ("We have lost four gallant officers and three others are nursing serious injuries.", "wounded", 3),
        ("The shelling wounded 20 people, and five of them later died in hospital.", "killed", 5),
        ("Among the dead were 19 Ethiopians, three Somalis and a Yemeni guide.", "killed", 1),
        ("The village chief put the dead at nine.", "killed", 9),
        ("Three soldiers were killed on Monday. On Tuesday the army raised the figure to five.", "killed", 5),
        # euphemisms of death (session 10)
        ("Nearly 3,000 servicemen gave their lives in the war.", "killed", 3000),
        ("Four soldiers laid down their lives defending the post.", "killed", 4),
        ("Two soldiers paid the ultimate sacrifice on Tuesday.", "killed", 2),
        # a headline verb the tagger reads as a noun; captives "held"; people a place's hosts "received"
        ("Bandits from Zamfara kill 23 in Niger border villages, abduct dozens", "killed", 23),
        ("Troops killed seven soldiers and were holding two others at a barracks.", "captured", 2),
        ("We have received more than 1,200 people from Kajo-Keji, the official said.", "displaced", 1200),
        ("Chad has received 3,000 people from Sudan since Monday.", "displaced", 3000),
        # a list of victims given for "the dead", however the parser hangs it (session 10)
        ("The dead were four men and three women.", "killed", 3),
        ("The dead were four men, three women and two children, and four other villagers were wounded by gunfire.",
         "killed", 3),
        ("The dead were four men, three women and two children, and four other villagers were wounded by gunfire.",
         "wounded", 4),
        # the figure's own predicate noun before the coordinated clause's word
        ("In the clashes 192 servicemen became martyrs and 511 were wounded.", "killed", 192),
        ("In the clashes 192 servicemen became martyrs and 511 were wounded.", "wounded", 511),
        # a part named after "including" / "among them" takes the word of the figure it is part of (session 11)
        ("A drone strike killed at least 16 civilians, including six children, the alliance said.", "killed", 6),
        ("Five civilians, including a teenager, were killed in the shelling.", "killed", 1),
        ("The hospital had treated 27 wounded people since Monday, among them eight children.", "wounded", 8),
        ("Officials said 12 civilians had been killed and 117 injured, among them 10 children.", "wounded", 10),
        # what a clause verb says happened to "N of the wounded", over an apposition (session 11)
        ("The toll was later revised after one of the wounded, a 58-year-old man, died on the way to hospital.",
         "killed", 1),
        # an adverb on the harm word stays inside the phrase; the clause verb decides
        ("The toll rose after two critically wounded border guards succumbed to their injuries.", "killed", 2),
        ("Five seriously wounded soldiers were evacuated by helicopter.", "wounded", 5),
        # an apposition between the figure and its verb; a possessive after "dozens of"; "one" before
        # a noun no table knows, under a harm word (session 11)
        ("The prefect said the toll had climbed to 31 dead and that nearly 40 people, most of them young men, "
         "were still missing.", "missing", 40),
        ("Georgia's Defence Ministry says dozens of its soldiers are unaccounted for.", "missing", None),
        ("One rifleman who was manning the rear vehicle has been missing since the ambush.", "missing", 1),
        # a speaker set off by commas between the casualty word and the figure (session 11)
        ("The dead, officials said, were 12 soldiers.", "killed", 12),
        # singular and injury nouns of the lexicon (session 11)
        ("Police reported one fatality and nine arrests.", "killed", 1),
        ("Police reported one fatality and nine arrests.", "captured", 9),
        ("The two border guards suffered concussions.", "wounded", 2),
        # "sent N fleeing" is a flight, not a deployment
        ("The shelling sent some 3,000 villagers fleeing across the border.", "displaced", 3000),
    ],
)
def test_frames(nlp, text, category, count):
    items, _ = run(nlp, text)
    assert (category, count) in [(c["category"], c["count"]) for c in items], items


def test_coordinated_victims(nlp):
    items, summary = run(nlp, "Two soldiers and a civilian were wounded.")
    got = [(c["category"], c["count"], c["group"]) for c in items]
    assert ("wounded", 2, "military") in got
    assert ("wounded", 1, "civilians") in got
    assert summary == {"overall": {"wounded": 3}}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A soldier was killed in the shelling on Monday.", [("killed", 1, "military")]),
        ("An officer and two soldiers had been killed, the army said.",
         [("killed", 1, "military"), ("killed", 2, "military")]),
        ("Gunmen opened fire, killing a civilian.", [("killed", 1, "civilians")]),
        ("One child was injured by the blast.", [("wounded", 1, "civilians")]),
        ("Troops detained a senior commander near the border.", [("captured", 1, "military")]),
        # appositions restate the victim; the source of a report is not a victim
        ("One civilian, a 70-year-old man, had been killed.", [("killed", 1, "civilians")]),
        ("No one was killed or wounded, a police commander said.", []),
        ("He was a soldier for twenty years.", []),
        # an age inside the noun phrase is no count: the article counts the boy
        ("An 11-year-old boy was lightly injured by shrapnel.", [("wounded", 1, "civilians")]),
        # "another" coordinated with a casualty is one more person
        ("One soldier was killed and another wounded.", [("killed", 1, "military"), ("wounded", 1, "people")]),
        ("Two villagers were killed and another was injured.", [("killed", 2, "civilians"), ("wounded", 1, "people")]),
    ],
)
def test_indefinite_singular_victims(nlp, text, expected):
    items, _ = run(nlp, text)
    assert sorted((c["category"], c["count"], c["group"]) for c in items) == sorted(expected), items


def test_vague_amount(nlp):
    items, summary = run(nlp, "Dozens of civilians were wounded in the shelling.")
    (item,) = items
    assert (item["count"], item["low"], item["group"]) == (None, 24, "civilians")
    assert summary == {}


def test_range_and_bound(nlp):
    items, _ = run(nlp, "Between 20 and 30 soldiers were killed, and nearly 60 were wounded.")
    got = {(c["category"], c["count"], c["low"], c["high"]) for c in items}
    assert ("killed", None, 20, 30) in got


def test_text_matches_offsets(nlp, seed_text):
    doc = nlp(make_doc(nlp, seed_text, "2022-09-20"))
    for item in doc._.borderfacts_casualties:
        assert doc.text[item["start"] : item["end"]] == item["text"]
        public = {k for k in item if not k.startswith("_")}
        assert public == {"party", "category", "count", "low", "high", "group", "reported_by",
                          "historical", "text", "start", "end"}


# --------------------------------------------------------------- exclusions

@pytest.mark.parametrize(
    "text",
    [
        "The frontier is 900km long and Batken lies 10km from it.",
        "President Emomali Rakhmon, 69, met his counterpart.",
        "The border was drawn in 1924 and disputed since 1991.",
        "The government pledged $5 million to the 40 families.",
        "Tajikistan deployed 2,000 troops to the border.",
        "Forces captured 12 villages and three border posts.",
        "Azerbaijan destroyed 20 armoured vehicles and 3 ambulances.",
        "Parliament approved the deal with 120 votes.",
        "No one was killed in the exchange of fire.",
        "Not a single soldier was wounded.",
        "Nearly half of the frontier is contested.",
        "A 25-year-old man was questioned by police.",
        "Troops destroyed 46 caves and several weapons depots.",
        "In April 2025 jihadists attacked the post.",
        "Elders demanded 100 camels for each person killed.",
        "Air defences destroyed 47 Ukrainian fixed-wing drones over Russian regions.",
        "The loss of 3 villages angered the army.",
        "The army deployed 300 troops. By Tuesday the number had risen to 500.",
        # the speakers of a report are not its victims (session 10)
        "Two men said the shelling killed the cattle.",
        "The father of two said the shelling killed the cattle.",
        "The mayor received 30 people from the Ministry of Defence at a ceremony.",
        "The youngest of the dead was 15.",
        # "one" before a noun no table knows counts a person only under a harm word (session 11)
        "One vehicle was destroyed and one truck was hit.",
        # a person "of one of the victims", and a group a speaker who is no victim describes
        "A relative of one of the victims said the group of about 30 men had been walking back home.",
    ],
)
def test_exclusions(nlp, text):
    items, _ = run(nlp, text)
    assert [c for c in items if c["count"] is not None] == [], items


def test_people_moved_to_hospital_are_not_displaced(nlp):
    items, _ = run(nlp, "The 12 injured villagers were later shifted to hospital for treatment.")
    assert [c["category"] for c in items] == ["wounded"], items


# ------------------------------------------------------------ sides & sources

def test_own_losses_and_adversary_claim(nlp):
    items, summary = run(nlp, "Kyrgyzstan reported at least 59 fatalities. Tajikistan said it killed 40 Kyrgyz soldiers.")
    own = next(c for c in items if c["count"] == 59)
    assert (own["party"], own["reported_by"], own["low"]) == ("Kyrgyzstan", "Kyrgyzstan", 59)
    claim = next(c for c in items if c["count"] == 40)
    assert (claim["party"], claim["reported_by"]) == ("Kyrgyzstan", "Tajikistan")
    assert summary == {"Kyrgyzstan": {"killed": 59}}


def test_demonym_names_the_side(nlp):
    items, _ = run(nlp, "An estimated 137,000 Kyrgyz were displaced.")
    assert facts(items) == [("Kyrgyzstan", "displaced", 137000, 137000, None)]


def test_plural_demonym_of_a_country_named_for_a_region(nlp):
    items, _ = run(nlp, "Nearly 3,500 Central Africans crossed into Chad on Monday.")
    assert [(c["party"], c["category"], c["count"]) for c in items] == [("Central African Republic", "displaced", 3500)]


def test_a_state_force_name_ending_another_name_is_not_that_force(nlp):
    # India's Border Security Force is not the Libyan post of the same words
    items, _ = run(nlp, "The Ras Jedir Border Security Force, which controls the Libyan side, said four of its "
                        "members were injured.")
    assert [c["party"] for c in items] != ["India"], items
    items, _ = run(nlp, "India's Border Security Force said four of its members were injured.")
    assert [c["party"] for c in items] == ["India"], items


def test_historical_figures(nlp):
    items, summary = run(nlp, "Last year border clashes killed at least 55 people. This week 12 people died.")
    flags = {c["count"]: c["historical"] for c in items}
    assert flags == {55: True, 12: False}
    assert summary == {"overall": {"killed": 12}}


# ------------------------------------------------------------------ summary

def fig(count, party="A", category="killed", group="people", start=0, **extra):
    return {"party": party, "category": category, "count": count, "low": count, "high": None,
            "group": group, "reported_by": None, "historical": False, "text": "", "start": start,
            "end": start + 1, **extra}


@pytest.mark.parametrize(
    "items, expected",
    [
        # an updated toll supersedes ("rose to 94 from 49")
        ([fig(49, start=0), fig(94, start=10, _update=True), fig(49, start=20, _superseded=True)], {"A": {"killed": 94}}),
        # restated figure counts once
        ([fig(59, start=0), fig(59, start=50)], {"A": {"killed": 59}}),
        # subset not added ("9 killed, among them five children")
        ([fig(9, start=0), fig(5, group="civilians", start=5, _subset=True)], {"A": {"killed": 9}}),
        # disjoint groups add when no total ("673 soldiers and 36 civilians")
        ([fig(673, group="military"), fig(36, group="civilians", start=3)], {"A": {"killed": 709}}),
        # a total contains its groups
        ([fig(100), fig(59, group="military", start=3)], {"A": {"killed": 100}}),
        # enemy claims stay out
        ([fig(40, party="B", _claim=True)], {}),
        # overall is its own cell, never the sum of the sides
        ([fig(59, party="A"), fig(41, party="B", start=2), fig(100, party=None, start=4)],
         {"A": {"killed": 59}, "B": {"killed": 41}, "overall": {"killed": 100}}),
        # vague figures and historical ones are out
        ([{**fig(None), "low": 24}, fig(55, historical=True)], {}),
        # a source's soldiers and an unattributed civilian are other people: they add (session 13)
        ([{**fig(6, group="military"), "reported_by": "police"}, fig(1, group="civilians", start=5)],
         {"A": {"killed": 7}}),
        # an update replaces every figure before it in the cell, of any group (keeping the civilians told
        # before a soldiers' update over-counted eight cells of the tuned sets: updates mostly count everyone)
        ([fig(3, group="civilians"), fig(5, group="military", start=5, _update=True)], {"A": {"killed": 5}}),
    ],
)
def test_summarize_rules(items, expected):
    assert summarize(items) == expected


def test_update_in_text(nlp):
    items, summary = run(nlp, "The death toll rose to 94 from 49, officials said.")
    assert summary == {"overall": {"killed": 94}}


def test_a_count_coordinated_with_an_updated_toll_is_updated_too(nlp):
    text = ("Shells wounded nine people in Qasr. Two soldiers were wounded in Hermel. The toll from the shelling "
            "had risen to five dead and 31 wounded, the ministry said.")
    _, summary = run(nlp, text)
    assert summary["overall"]["wounded"] == 31, summary
    # (a part of the updated count is no update of its own)
    items, _ = run(nlp, "The number of wounded has increased to nine people, three of them civilians.")
    assert not next(i for i in items if i["count"] == 3).get("_update")


def test_what_a_sources_own_fighters_inflicted_is_a_claim(nlp):
    text = ("Kenya and Ethiopia agreed on patrols.\n\nThree Ethiopian soldiers were killed in the ambush. "
            "Propaganda outlets claimed that its fighters had killed 50 Ethiopian soldiers.")
    _, summary = run(nlp, text)
    assert summary == {"Ethiopia": {"killed": 3}}


def test_a_relatives_own_dead_and_a_later_toll_are_not_added(nlp):
    text = ("Elders said 11 civilians had been killed. Regional health director Ahmed Sheikh Adan later put the "
            "death toll at 14. Halima Abdullahi said she lost two nephews in the strike.")
    _, summary = run(nlp, text)
    assert list(summary.values()) == [{"killed": 14}]


@pytest.mark.parametrize(
    "text, old, new",
    [
        ("Lebanon's Health Ministry said the death toll in Lebanon had risen to seven, up from five announced on "
         "Sunday.", 5, 7),
        ("According to MSF, 19 patients have died of their injuries, up from 11 on Friday.", 11, 19),
        # a time after the old count is not its noun (session 11)
        ("According to OCHA, more than 14,000 people have been displaced from border villages, up from about "
         "9,000 last week.", 9000, 14000),
    ],
)
def test_the_old_count_after_up_from_is_superseded(nlp, text, old, new):
    items, summary = run(nlp, text)
    by_count = {c["count"]: c for c in items}
    assert by_count[old]["category"] == by_count[new]["category"]
    assert by_count[old]["party"] == by_count[new]["party"]
    assert list(summary.values()) == [{by_count[new]["category"]: new}]
    assert "up from" not in by_count[old]["text"]  # its own phrase, not the clause from the casualty word


@pytest.mark.parametrize(
    "text, category, count",
    [
        # present-tense headline verbs the tagger reads as nouns (session 11)
        ("M23 rebels close in on Goma as shells hit Gisenyi; 120,000 flee", "displaced", 120000),
        ("Over 7,000 Congolese flee into Kisoro as fighting rages near Bunagana", "displaced", 7000),
        ("3 die in border clash", "killed", 3),
    ],
)
def test_headline_verbs_read_as_nouns(nlp, text, category, count):
    items, _ = run(nlp, text)
    assert (category, count) in [(c["category"], c["count"]) for c in items], items


# ----------------------------------------------------------------- the seed

def test_seed_done_when(nlp, seed_text):
    items, summary = run(nlp, seed_text)
    assert summary.get("overall", {}).get("killed") == 100
    assert summary.get("Kyrgyzstan", {}).get("killed") == 59
    assert summary.get("Kyrgyzstan", {}).get("displaced") == 137000
    assert summary.get("Tajikistan", {}).get("killed") == 41
    by_count = {c["count"]: c for c in items if c["count"] is not None}
    assert by_count[100]["low"] == 100 and by_count[100]["party"] is None
    assert (by_count[59]["party"], by_count[59]["reported_by"], by_count[59]["low"]) == ("Kyrgyzstan", "Kyrgyzstan", 59)
    assert by_count[41]["reported_by"] == "Tajikistan"
    assert any(c["party"] == "Tajikistan" and c["category"] == "wounded" and c["count"] is None for c in items)
    assert by_count[55]["historical"] is True
    assert "wounded" not in summary.get("Tajikistan", {})
    texts = " ".join(c["text"] for c in items)
    for excluded in ("900km", "10km", "69", "Nearly half"):
        assert excluded not in texts
    assert set(by_count) == {100, 59, 41, 137000, 55}


# ------------------------------------------------ sides in context (issue 4)

@pytest.mark.parametrize(
    "text, expected",
    [
        # a side's own figure when its victims' side is not named ("the country's soldiers")
        ("Armenia's prime minister said that 105 of the country's soldiers had been killed.",
         [("Armenia", "killed", 105)]),
        # organisations report figures but are never a side
        ("The UN humanitarian office, OCHA, estimated that about 12,000 people had fled to Abyei town.",
         [(None, "displaced", 12000)]),
        # the one side a sentence speaks of, once the attackers are set aside
        ("By the time Cameroonian soldiers arrived, a dozen villagers had been killed.",
         [("Cameroon", "killed", 12)]),
        # the side named on the toll noun
        ("The spokesman claimed that Armenian losses exceeded 200 dead.",
         [("Armenia", "killed", 200)]),
        # a bare figure takes the side of the figure before it in its sentence
        ("He said 58 Pakistani soldiers had been killed and 30 wounded.",
         [("Pakistan", "killed", 58), ("Pakistan", "wounded", 30)]),
        # "taken away" is a capture
        ("Gunmen from Nigeria killed two Cameroonian farmers and at least 15 others had been taken away.",
         [("Cameroon", "killed", 2), ("Cameroon", "captured", 15)]),
    ],
)
def test_sides_in_context(nlp, text, expected):
    items, _ = run(nlp, text)
    assert [(c["party"], c["category"], c["count"]) for c in items] == expected


def test_side_of_previous_sentence_in_paragraph(nlp):
    text = ("Cambodian villagers fled as shells fell on Oddar Meanchey on Thursday. "
            "Two people were killed and five were wounded.")
    items, _ = run(nlp, text)
    assert [(c["party"], c["category"], c["count"]) for c in items] == [
        ("Cambodia", "killed", 2), ("Cambodia", "wounded", 5)]


def test_speaker_side_carries_to_later_statements(nlp):
    text = ("Armenia's prime minister, Nikol Pashinyan, said that 49 soldiers had been killed. "
            "Later, Pashinyan said the toll had risen to 105 from 49.")
    items, summary = run(nlp, text)
    assert {c["party"] for c in items} == {"Armenia"}
    assert summary == {"Armenia": {"killed": 105}}


def test_group_governing_a_country_counts_as_that_country(nlp):
    text = ("Pakistani jets struck camps in Afghanistan, a spokesman for the Taliban government said. "
            "He said nine Afghan Taliban fighters had died.")
    items, _ = run(nlp, text)
    assert [(c["party"], c["count"]) for c in items] == [("Afghanistan", 9)]


@pytest.mark.parametrize(
    "text, historical",
    [
        ("The ministry says at least 3,823 people have been killed in Lebanon since October 2023.", False),
        ("In 2020, at least 55 people were killed in Lebanon.", True),
        # a relative clause on an earlier dated attack, named with its target (session 10)
        ("The ambush is the deadliest since the December 2019 attack on the Inates military camp, in which 71 "
         "soldiers lost their lives.", True),
    ],
)
def test_since_a_year_is_not_an_earlier_episode(nlp, text, historical):
    items, _ = run(nlp, text, "2024-12-01")
    assert [c["historical"] for c in items] == [historical]


# ------------------------------------------------------- summary tallies

@pytest.mark.parametrize(
    "text, expected",
    [
        # a figure a source "had said" earlier gives way to its current one
        ("Azerbaijan's Defense Ministry said on Wednesday that 71 Azerbaijani servicemen had been killed. "
         "On Tuesday, the ministry had said 50 Azerbaijani soldiers were killed.",
         {"Azerbaijan": {"killed": 71}}),
        # "N more" adds to the toll before it
        ("India's army first said that three Indian soldiers had been killed. "
         "Later it said that 17 more Indian soldiers had died.",
         {"India": {"killed": 20}}),
        # "N of the dead" is a subset
        ("Lebanon's health ministry said 3,823 people had been killed in Lebanon. "
         "The ministry said that at least 240 of the dead were children.",
         {"Lebanon": {"killed": 3823}}),
        # one coordination: disjoint parts add
        ("Burkina Faso's army said eight Burkinabe soldiers and four Burkinabe volunteers were killed.",
         {"Burkina Faso": {"killed": 12}}),
        # what a toll already includes is never added to it
        ("Lebanon's health ministry said 31 Lebanese were killed in the strikes. "
         "The figures include two Lebanese soldiers killed in Khiam, the ministry said.",
         {"Lebanon": {"killed": 31}}),
        # the missing are a state: the latest "still missing" count replaces the earlier one (session 10)
        ("Kenya's police said four Kenyan herders remain unaccounted for. "
         "On Tuesday the commissioner said one Kenyan herder was still missing.",
         {"Kenya": {"missing": 1}}),
        # a toll only grows: a smaller update told later is its history (session 11)
        ("Ukraine's regional governor said the Ukrainian death toll in Bilopillia rose to 11 on Monday. On Sunday "
         "the Ukrainian toll had risen to nine, he said.", {"Ukraine": {"killed": 11}}),
        # a part after "including" is no newer count of the missing (session 11)
        ("Ethiopian officials said at least nine Ethiopian residents, including an elderly priest, remain "
         "unaccounted for.", {"Ethiopia": {"missing": 9}}),
        ("Thailand's health ministry said 14 Thai civilians had been killed, among them six children.",
         {"Thailand": {"killed": 14}}),
    ],
)
def test_summary_tallies(nlp, text, expected):
    _, summary = run(nlp, text)
    assert summary == expected


def test_summary_separate_sources_add_and_restatements_count_once():
    def item(count, reporter, start, **flags):
        return {"party": "Russia", "category": "killed", "count": count, "group": "civilians",
                "reported_by": reporter, "start": start, "historical": False, **flags}

    # two governors, two regions: the figures add
    assert summarize([item(12, "Alexei Smirnov", 0), item(1, "Vyacheslav Gladkov", 100)]) == {"Russia": {"killed": 13}}
    # the same figure from another source, or unattributed, counts once
    assert summarize([item(20, "India", 0), item(20, "Indian Army", 50), item(20, None, 90)]) == {"Russia": {"killed": 20}}
    # a later source's larger count of the same people is the toll as it grew ("19 dead", then "31 bodies")
    assert summarize([item(19, "Jean-Pierre Mukendi", 0), item(31, "Samuel Kakule Muhindo", 100)]) == \
        {"Russia": {"killed": 31}}
    # "three of the officers died": part of the officers counted before
    assert summarize([item(5, None, 0), item(3, "National Police Service", 50, _subset=True),
                      item(5, "Dorcas Wanjiru Mbugua", 100)]) == {"Russia": {"killed": 5}}
    # a witness's count is what one person saw, never a separate toll to add
    assert summarize([item(23, "Afghanistan", 0), item(7, "Gul Rahman", 100, _witness=True)]) == \
        {"Russia": {"killed": 23}}
    # ... but other people (soldiers after civilians) are another count
    assert summarize([item(5, "Médecins Sans Frontières", 0),
                      {**item(9, "Prosper Kabamba", 100), "group": "military"}]) == {"Russia": {"killed": 14}}


# ------------------------------------------------- sides: discourse rules

@pytest.mark.parametrize(
    "text, expected",
    [
        # a third party named in the sentence never becomes the victims' side
        ("Kyrgyzstan and Tajikistan traded fire. Tajikistan accused Kyrgyzstan. Kyrgyz and Tajik troops clashed. "
         "The president, who cut short a visit to the United States, said about 1,200 people were killed.",
         [(None, "killed", 1200)]),
        # a two-sided event's place does not tie an overall figure to a side
        ("Rwanda and DR Congo traded accusations. Rwanda denied it. DR Congo said so. "
         "At least 2,900 people were killed in the battle for the eastern Congolese city of Goma, OCHA said.",
         [(None, "killed", 2900)]),
        # a country named as the victims' location does
        ("Israel and Hezbollah traded fire. Israel struck. Hezbollah fired. "
         "The 2006 war killed about 1,200 people in Lebanon.", [("Lebanon", "killed", 1200)]),
        # the place is the victims' location, the agent is not
        ("Sudan and Ethiopia traded accusations. Sudan accused Ethiopia. "
         "Sudan said more than 20 people were wounded in an ambush by Ethiopian forces.",
         [("Sudan", "wounded", 20)]),
        ("Iran and Pakistan traded strikes. Iran said so. Pakistan said so. "
         "Militants killed 11 members of Iran's security forces.", [("Iran", "killed", 11)]),
    ],
)
def test_side_rules_in_discourse(nlp, text, expected):
    items, _ = run(nlp, text)
    assert [(c["party"], c["category"], c["count"]) for c in items] == expected, items


@pytest.mark.parametrize(
    "placing",
    [
        "the Batken region in Kyrgyzstan",
        "Kyrgyzstan's Batken region",
        "Batken, Kyrgyzstan,",
        "the Kyrgyz region of Batken",
    ],
)
def test_subnational_place_table(nlp, placing):
    text = (f"Fighting broke out near {placing} on Wednesday between Kyrgyz and Tajik troops. "
            "Tajikistan blamed Kyrgyzstan. Kyrgyzstan blamed Tajikistan.\n\n"
            "Officials said more than 10,000 residents of Batken region had fled their homes.")
    items, summary = run(nlp, text)
    assert [(c["party"], c["category"], c["count"]) for c in items] == [("Kyrgyzstan", "displaced", 10000)]


def test_gazetteer_region_alias_places_a_town(nlp):
    text = ("Georgia and Russia fought over South Ossetia. Russia blamed Georgia. Georgia blamed Russia.\n\n"
            "Officials said about 2,000 people had been killed in Tskhinvali.")
    items, _ = run(nlp, text)
    assert [(c["party"], c["count"]) for c in items] == [("South Ossetia", 2000)]


def test_de_facto_entity_officials_and_separatists(nlp):
    text = ("Azerbaijan launched an offensive in Nagorno-Karabakh. Azerbaijan said Armenia was not involved. "
            "Nagorno-Karabakh authorities agreed to a ceasefire. Azerbaijan claimed that 84 separatist fighters "
            "had been killed.\n\nThe region's human rights ombudsman, Ruben Sahakyan, said at least 32 people "
            "had been killed.")
    items, _ = run(nlp, text)
    assert [(c["party"], c["count"]) for c in items] == [("Nagorno-Karabakh", 84), ("Nagorno-Karabakh", 32)]


def test_losses_behind_a_strike_are_the_strikers(nlp):
    text = ("Turkey strikes Kurdish militants in Syria and Iraq after nine soldiers killed\n\n"
            "Turkey blamed the PKK. The PKK did not comment. Turkish jets hit PKK targets.")
    items, _ = run(nlp, text)
    assert [(c["party"], c["count"]) for c in items] == [("Turkey", 9)]


# ------------------------------------------- held-out side rules (general)

@pytest.mark.parametrize(
    "text, expected",
    [
        # a party is a canonical gazetteer party or null: a town is never one
        # (the body "health office in ... Zuwara province" is no party; Houthi-held people are Yemen's)
        ("The health office in Houthi-controlled Zuwara province said shelling had wounded 20 people.",
         [("Yemen", "wounded", 20)]),
        # civilians tied to an armed group are its home country's people ...
        ("Saudi Arabia and the Houthis traded fire. Saudi Arabia said so. "
         "Houthis say Saudi shelling killed two civilians in Saada.",
         [("Yemen", "killed", 2)]),
        # ... its own fighters stay the group's
        ("Saudi Arabia and the Houthis traded fire. The Houthis said so. "
         "Saudi Arabia said its strikes killed 12 Houthi fighters.",
         [("Houthis", "killed", 12)]),
        # a nationwide toll covers every side in the country: overall
        ("Sudan and the RSF fought on. The RSF said so. "
         "Inside Sudan, the health ministry said that 528 people had been killed and 4,599 wounded across the country.",
         [(None, "killed", 528), (None, "wounded", 4599)]),
        # the clause verb of "one of the soldiers wounded in the attack" decides the category
        ("Bahrain and the Houthis traded fire. "
         "Bahrain's military said one of the soldiers wounded in Monday's drone attack had died in hospital.",
         [("Bahrain", "killed", 1)]),
        # an attack is no place: "the toll from the Houthi drone attack on its troops"
        ("Bahrain and the Houthis traded fire. The Houthis said so. "
         "Bahrain says the toll from Monday's Houthi drone attack on its troops has risen to three.",
         [("Bahrain", "killed", 3)]),
        # fishermen are civilian victims, named by their port's country
        ("Libya and Tunisia traded fire. Libya said so. "
         "Two fishermen from the Tunisian port of Zarzis are missing.",
         [("Tunisia", "missing", 2)]),
    ],
)
def test_heldout_side_rules(nlp, text, expected):
    from borderfacts import gazetteer

    items, _ = run(nlp, text)
    assert [(c["party"], c["category"], c["count"]) for c in items] == expected, items
    assert all(c["party"] is None or gazetteer.canonical(c["party"]) == c["party"] for c in items)


def test_displaced_from_a_place_fled(nlp):
    text = ("Sudan and the RSF fought on. More than 420,000 people have fled from Sudan's Darfur region into Chad. "
            "In June alone, 30,000 people fled Darfur for Chad.")
    items, _ = run(nlp, text)
    assert [(c["party"], c["category"], c["count"]) for c in items] == [
        ("Sudan", "displaced", 420000), ("Sudan", "displaced", 30000)]


# ------------------------------------------------- ages after a person's name

@pytest.mark.parametrize(
    "text, absent",
    [
        ("“I went to the school at dawn and they showed me a row of bodies under blankets,” said Jovia Kabugho, 44.", 44),
        ("“They killed my brother,” said Jovia Kabugho, 44, whose daughter was abducted.", 44),
        ("Rakhmon, 69, said shells had killed his neighbours.", 69),
        ("A farmer, 52, said the soldiers were killed near his field.", 52),
        # a two-word name the tagger took for an organisation (session 10)
        ("The injured, Shafiqul Islam, 19, of the same village, is undergoing treatment at the hospital.", 19),
    ],
)
def test_age_after_a_name_is_no_figure(nlp, text, absent):
    items, _ = run(nlp, text)
    assert absent not in [c["count"] for c in items]


def test_number_after_a_name_with_victims_is_still_a_figure(nlp):
    items, _ = run(nlp, "Police spokesman Patrick Onyango said 44 people were killed.")
    assert [(c["category"], c["count"]) for c in items] == [("killed", 44)]


# ------------------------------------------------ document-level victim side

UGANDA_SCHOOL = (
    "Toll in Uganda school massacre rises to 42\n\n"
    "The death toll rose to 42 on Sunday in a rebel attack on a secondary school in western Uganda "
    "near the Congolese border, police said.\n\n"
    "Suspected fighters of the Allied Democratic Forces stormed the school on Friday. "
    "The ADF has pledged allegiance to the Islamic State.\n\n"
    "Thirty-seven of the dead were students, police spokesman Patrick Onyango said. "
    "The rebels abducted six students, he said.\n\n"
    "Congo's army said a Congolese soldier and two civilians were killed on Saturday near Kasindi.\n\n"
    "Army spokesman Denis Mugisha claimed that troops had killed up to 20 of the rebels.\n"
)

ARMENIAN_VILLAGES = (
    "Azerbaijani shelling killed three Armenian civilians in Sotk on Tuesday. "
    "Two Armenian soldiers were wounded near Jermuk.\n\n"
    "The toll later rose to five, hospital staff said.\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # the headline places the incident in one side; a destination ("into Congo") does not count
        (UGANDA_SCHOOL.replace("Toll in Uganda school massacre rises to 42",
                               "Toll in Uganda school massacre rises to 42 as troops chase rebels into Congo"),
         {("killed", 42): "Uganda", ("killed", 37): "Uganda", ("captured", 6): "Uganda",
          ("killed", 2): "DR Congo"}),
        # the sided figures mostly name one side (two of two casualty words)
        (ARMENIAN_VILLAGES, {("killed", 3): "Armenia", ("wounded", 2): "Armenia", ("killed", 5): "Armenia"}),
    ],
)
def test_default_victim_side(nlp, text, expected):
    items, _ = run(nlp, text)
    got = {(c["category"], c["count"]): c["party"] for c in items}
    for key, party in expected.items():
        assert got.get(key) == party, (key, got)


@pytest.mark.parametrize(
    "text, key",
    [
        # an overall cue keeps the figure overall ("In total" only adds up: see test_sides)
        ("Toll in Uganda school massacre rises to 42\n\n"
         "The death toll rose to 42 in a rebel attack on a school in western Uganda, police said.\n\n"
         "On both sides of the border, 60 people have been killed this year.\n", ("killed", 60)),
        # a two-sided event ("killed in the fighting") and a headline naming no country
        ("Goma death toll rises as truce takes hold\n\n"
         "At least 2,900 people were killed in the fighting for Goma, OCHA said.\n", ("killed", 2900)),
        # one sided figure is not a majority, there is no headline, and the sentence
        # before names both sides
        ("Armenia said two of its soldiers were killed.\n\nArmenia and Azerbaijan traded blame.\n\n"
         "Officials said 12 people were wounded.", ("wounded", 12)),
    ],
)
def test_default_victim_side_stays_conservative(nlp, text, key):
    items, _ = run(nlp, text)
    got = {(c["category"], c["count"]): c["party"] for c in items}
    assert key in got and got[key] is None, got


def test_fighters_belong_to_the_one_armed_group(nlp):
    items, _ = run(nlp, UGANDA_SCHOOL)
    got = {(c["category"], c["count"]): c["party"] for c in items}
    assert got.get(("killed", 20)) == "Allied Democratic Forces", got


# ------------------------------------------- recall: clause verbs, movement, bare plurals

def _cats(items):
    return [(c["category"], c["count"], c["low"]) for c in items]


@pytest.mark.parametrize(
    "text, expected",
    [
        # the clause verb decides what happened to "N of the wounded"
        ("Two of the wounded later died in hospital.", ("killed", 2, 2)),
        ("One of the injured died on Tuesday.", ("killed", 1, 1)),
        # displacement without a casualty noun: people as the subject of crossing / leaving
        ("Some 3,000 people have crossed into Thailand since Friday.", ("displaced", 3000, 3000)),
        ("About 6,000 people crossed into Chad last week.", ("displaced", 6000, 6000)),
        ("Hundreds of residents have left the area.", ("displaced", None, 200)),
        ("Thousands of civilians have crossed the border.", ("displaced", None, 2000)),
        ("The UN said 150,000 refugees were sheltering in camps.", ("displaced", 150000, 150000)),
        # treatment reads as wounded
        ("Eight people were being treated for burns.", ("wounded", 8, 8)),
        ("Four civilians were taken to hospital with injuries.", ("wounded", 4, 4)),
        ("Twelve people were admitted to hospital.", ("wounded", 12, 12)),
        # bare plurals with a casualty verb: count null, low 2
        ("Insurgents were detained during the operation.", ("captured", None, 2)),
        ("The force detained suspected insurgents.", ("captured", None, 2)),
        ("Several suspects were arrested in the raid.", ("captured", None, 3)),
        ("The force killed a couple of insurgents.", ("killed", None, 2)),
        # a named person coordinated with N victims: N + 1 in all
        ("The security force returned fire, killing Fayez Jan and one additional insurgent.", ("killed", 2, 2)),
        ("The security force detained Abdul Rahman and six suspects.", ("captured", 7, 7)),
    ],
)
def test_recall_rules(nlp, text, expected):
    items, _ = run(nlp, text)
    assert expected in _cats(items), _cats(items)


@pytest.mark.parametrize(
    "text",
    [
        "500 Thai troops crossed into the zone.",  # troops are not displaced
        "Ten trucks crossed into Chad.",  # vehicles are not people
        "Two people left the meeting early.",  # leaving a meeting is no displacement
        "Doctors treated 40 patients.",  # treatment without burns, wounds or a hospital
        "The insurgents were detained.",  # definite: a restatement, not a bare plural
        "Civilians are being killed.",  # generic present, no event
        "There was no plan to evacuate villagers.",  # not an event
        "Insurgents attacked the base.",  # agents, not victims
    ],
)
def test_recall_rules_stay_out(nlp, text):
    items, _ = run(nlp, text)
    assert items == [], _cats(items)


def test_named_place_is_no_extra_person(nlp):
    items, _ = run(nlp, "Shelling hit Kabul and killed Armenia and two soldiers.")
    assert ("killed", 2, 2) in _cats(items)


def test_an_undated_article_is_written_after_the_latest_month_it_names(nlp):
    # no article date: "July 2025" is months before the December 2025 the story reaches, an earlier episode
    text = ("The blasts come after five days of fighting in July 2025, which killed at least 43 people. "
            "Observers arrived in November 2025. Two soldiers were wounded on 3 December 2025.")
    items, summary = run(nlp, text, None)
    assert [(c["count"], c["historical"]) for c in items] == [(43, True), (2, False)], items
    assert summary == {"overall": {"wounded": 2}}


# ------------------------------------------------------- session 12 rules

@pytest.mark.parametrize(
    "text, expected",
    [
        # relatives coordinated with a singular victim count one each
        ("Shells struck the town, killing a woman and her 9-year-old son.", [("killed", 2, 2)]),
        ("A farmer and his wife were wounded.", [("wounded", 2, 2)]),
        ("A soldier and his commander were killed.", [("killed", 1, 1)]),  # a commander is no relative
        # a lost body part is a wound, not a death
        ("Four sailors were injured, one of them losing his right thumb.", [("wounded", 4, 4), ("wounded", 1, 1)]),
        ("A farmer lost a leg to a landmine.", [("wounded", 1, 1)]),
        # "a third" after a count is one person more; "the third time" is not
        ("Two Israeli soldiers were killed and a third was moderately wounded.", [("killed", 2, 2), ("wounded", 1, 1)]),
        ("It was the third time a soldier was wounded.", [("wounded", 1, 1)]),
        # "with injuries" says what happened to the people a verb moves
        ("15 residents were pulled from the rubble with injuries.", [("wounded", 15, 15)]),
        ("Five soldiers were evacuated with serious injuries.", [("wounded", 5, 5)]),
        ("A man was found dead with a gunshot wound.", [("killed", 1, 1)]),
        # a force's initials after a number are people when a harm word follows
        ("Eleven VDP lost their lives and four others were wounded.", [("killed", 11, 11), ("wounded", 4, 4)]),
        ("The army seized 12 AKM rifles.", []),
        ("The Taliban said on 13 Sawr that they had killed the men.", []),  # a day of the Afghan calendar
        # a part hung on the verb is a part of the verb's counted object
        ("MSF said it had treated 43 wounded patients since Sunday, including 12 children.",
         [("wounded", 43, 43), ("wounded", 12, 12)]),
        # "the number" after a toll in the same sentence is that toll, updated; "yesterday" is no counted noun
        ("Leaders initially put the death toll at 17, but the number rose to 26 yesterday.",
         [("killed", 17, 17), ("killed", 26, 26)]),
        ("The toll rose to 12 yesterday.", [("killed", 12, 12)]),
        # buried, not accounted for, hit in the leg, the remains of
        ("We have buried 19 of our people, the chief said.", [("killed", 19, 19)]),
        ("Nineteen people were buried under the rubble.", []),
        ("The army said several soldiers had not yet been accounted for.", [("missing", None, 3)]),
        ("All soldiers were accounted for.", []),
        ("A farmer was shot in the leg.", [("wounded", 1, 1)]),
        ("The remains of three soldiers were returned.", [("killed", 3, 3)]),
        ("Bodies of two missing soldiers recovered", [("killed", 2, 2)]),
        # people living in shelters, with relatives or moved away from the frontier have left their homes
        ("About 1,200 residents of border villages have been living in temporary shelters.", [("displaced", 1200, 1200)]),
        ("Dozens of families were still sleeping at relatives' homes.", [("displaced", None, 24)]),
        ("An estimated 4,500 to 5,000 people have moved away from the frontier.", [("displaced", None, 4500)]),
        ("Troops moved to the border.", []),
        ("Three soldiers stayed in the camp overnight.", []),
        # one more of the same civilians under one casualty word is one figure
        ("A woman and two teenagers were wounded.", [("wounded", 3, 3)]),
        ("Two soldiers and a civilian were wounded.", [("wounded", 2, 2), ("wounded", 1, 1)]),
    ],
)
def test_session_12_frames(nlp, text, expected):
    items, _ = run(nlp, text)
    assert _cats(items) == expected, items


@pytest.mark.parametrize(
    "headline, expected",
    [
        # a headline's bare plural is told again, with its number, below (gold counts it there: 9 of 30
        # headline bare plurals matched a gold figure over the tuned sets, 21 did not)
        ("Gunmen kill villagers near the border\n\nThe attack happened at night.", []),
        ("Police officers missing after militants overrun camp\n\nThe attack happened at night.", []),
        ("Attack on camp\n\nGunmen killed villagers near the border at night.", [("killed", None, 2)]),
    ],
)
def test_headline_bare_plurals(nlp, headline, expected):
    items, _ = run(nlp, headline)
    assert _cats(items) == expected, items


@pytest.mark.parametrize(
    "text, historical",
    [
        # an undated story that gives no year in its lead: a year named further down is an earlier one
        ("Police officers were killed at a camp in Hulugho on March 11.\n\nPolice confirmed three deaths.\n\n"
         "Garissa was the scene of the April 2015 university attack in which 148 people were killed.", True),
        # "that year" is the earlier year named before
        ("Four soldiers died on Monday.\n\nThe attack is the deadliest in the area since 2018. In March of that "
         "year, four marines died when a bomb hit their vehicle.", True),
        # a long-run toll since a group took up arms
        ("Since taking up arms in 1984, the PKK has been blamed for more than 40,000 deaths.", True),
        # the refugees a country was already hosting
        ("Chad was hosting more than 1.2 million Sudanese refugees who fled earlier waves of violence.", True),
    ],
)
def test_session_12_earlier_episodes(nlp, text, historical):
    items, _ = run(nlp, text, "2026-03-15" if "1984" in text or "Chad" in text else None)
    assert items and items[-1]["historical"] is historical, items


def test_a_story_dated_in_its_second_paragraph_keeps_that_years_figures_current(nlp):
    # a full date soon after the lead ("March 26, 2026") is the story's own time
    text = ("Attack on gold miners tests détente\n\nGunmen firing from the river bank have killed workers at a mine.\n\n"
            + "The camp came under fire on the night of March 26, 2026, and three workers were killed, officials said. "
            + "A similar attack in 2024 killed two guards.")
    items, _ = run(nlp, text, None)
    assert [(c["count"], c["historical"]) for c in items if c["count"]] == [(3, False), (2, True)], items


def test_an_episode_dated_months_before_carries_to_the_next_sentence(nlp):
    text = ("Gunmen attacked a gold mine on Monday.\n\nThe attack follows an episode in November, when Chinese workers "
            "were targeted twice. Five Chinese citizens died in those incidents.")
    items, _ = run(nlp, text, "2026-02-04")
    assert [(c["count"], c["historical"]) for c in items] == [(5, True)], items


@pytest.mark.parametrize(
    "text, expected",
    [
        # an abbreviation in brackets inside "a ... soldier" leaves one soldier
        ("A Guyana Defence Force (GDF) soldier was killed and three of his colleagues were wounded.",
         [("killed", 1, 1), ("wounded", 3, 3)]),
        # a number inside a name counts nobody
        ("Region Seven Chairman Kenneth Williams called the killing a wake-up call.", []),
        # a flight tried is no displacement
        ("Six villagers were shot dead as they tried to flee, while at least 32 people were herded into trucks.",
         [("killed", 6, 6)]),
        # "from the 29" is the toll's old count
        ("The toll rose to 41 from the 29 reported on Saturday.", [("killed", 41, 41), ("killed", 29, 29)]),
        # a part hung on the verb that updates a toll is a part of that toll
        ("The number of injured has risen to seven from four, including three civilians, the ministry said.",
         [("wounded", 7, 7), ("wounded", 4, 4), ("wounded", 3, 3)]),
        ("The death toll rose to 12, including five children.", [("killed", 12, 12), ("killed", 5, 5)]),
        # herders of any name are people
        ("Two graziers from Tawang district were detained by Chinese troops.", [("captured", 2, 2)]),
        # an age in words is part of the noun phrase; a wound hung on the place one was taken to is a wound
        ("A seven-year-old boy in the house was also injured.", [("wounded", 1, 1)]),
        ("A teenage passenger was taken to hospital with shrapnel wounds.", [("wounded", 1, 1)]),
        ("Two soldiers were taken to the base with their weapons.", []),
        # "a total of N people" are the people the verb moves
        ("A total of 612 people, including 140 children, have been evacuated from the border villages.",
         [("displaced", 612, 612), ("displaced", 140, 140)]),
    ],
)
def test_session_13_frames(nlp, text, expected):
    items, _ = run(nlp, text)
    assert _cats(items) == expected, items


def test_the_old_count_of_a_toll_after_from_the(nlp):
    items, summary = run(nlp, "The toll rose to 41 from the 29 reported on Saturday.")
    assert [c.get("_superseded", False) for c in items] == [False, True], items
    assert summary == {"overall": {"killed": 41}}


@pytest.mark.parametrize(
    "text, reference, historical",
    [
        # a month the article's own time has left behind, fronted: another attack
        ("Boko Haram fighters attacked Kerawa on Sunday.\n\nIn January, 12 civilians were killed when suspected "
         "Boko Haram fighters attacked Mozogo.", "2026-03-03", True),
        ("Gunmen ambushed a patrol on Tuesday.\n\nLast month, one soldier was wounded when a patrol was shot at.",
         "2026-02-18", True),
        # ... not the month just gone, which may be this episode's
        ("Boko Haram fighters attacked Kerawa on Sunday.\n\nIn February, 12 civilians were killed when suspected "
         "Boko Haram fighters attacked Mozogo.", "2026-03-03", False),
        # a year that says who people are is no earlier episode
        ("The toll rose to 41.\n\nOf the dead, 27 were civilians, among them six signatories of the 2016 peace "
         "agreement.", "2026-06-08", False),
        ("The victims of the 2014 massacre numbered 60 people killed.", "2026-06-08", True),
        # "during those four days" goes on about the episode the paragraph before told
        ("The front stayed quiet until May 2025, when four days of artillery exchanges brought them to the "
         "brink of war.\n\nAt least 40 civilians were killed on the Pakistani side during those four days.",
         "2026-03-04", True),
    ],
)
def test_session_13_earlier_episodes(nlp, text, reference, historical):
    items, _ = run(nlp, text, reference)
    assert items and items[-1]["historical"] is historical, items


@pytest.mark.parametrize(
    "text, expected",
    [
        # a negation in the clause after a semicolon is no negation of the wound
        ("One contract serviceman of the Armenian Armed Forces received a gunshot wound; his life is not in danger.",
         [("wounded", 1, 1)]),
        # a casualty word across a semicolon is another clause's
        ("Some 30 gunmen barricaded themselves in a monastery; one police officer and three of the gunmen were killed.",
         [("killed", 1, 1), ("killed", 3, 3)]),
    ],
)
def test_session_13_clauses(nlp, text, expected):
    items, _ = run(nlp, text)
    assert _cats(items) == expected, items


def test_a_birth_year_is_no_earlier_episode(nlp):
    items, _ = run(nlp, "The ministry said one serviceman, Private Hayk Sargsyan, born in 2006, had been missing since "
                        "Tuesday.", "2026-05-21")
    assert [(c["category"], c["historical"]) for c in items] == [("missing", False)], items


def test_in_a_month_of_that_year(nlp):
    items, _ = run(nlp, "Clashes broke out on Saturday.\n\nThe north has seen repeated flare-ups since 2023. In September "
                        "that year, one police officer and three gunmen were killed.", "2026-01-10")
    assert items and all(c["historical"] for c in items), items


def test_a_toll_that_names_its_people_or_updates_one_group_is_theirs(nlp):
    items, summary = run(nlp, "Kenya and Somalia closed the border.\n\nSix Kenyan police officers were killed on Tuesday. "
                              "The death toll rose to six from four, police said. One Kenyan civilian was also killed "
                              "by a stray bullet, residents said.")
    toll = next(c for c in items if c["text"].startswith("toll"))
    assert toll["group"] == "military", items
    assert summary["Kenya"]["killed"] == 7, summary


@pytest.mark.parametrize(
    "text, reference, historical",
    [
        # a record "since 2021" says nothing of when the figure happened
        ("Four Assam Rifles personnel were killed when militants ambushed a road-opening party on Tuesday, in what is "
         "the deadliest attack on security forces in the state since 2021.", "2026-03-12", False),
        # ... but "the deadliest since April 2025, when ..." tells that earlier attack
        ("This attack is the deadliest since 17 April 2025, when 54 soldiers were killed in two simultaneous attacks.",
         "2026-03-12", True),
    ],
)
def test_session_14_earlier_episodes(nlp, text, reference, historical):
    items, _ = run(nlp, text, reference)
    assert items and items[0]["historical"] is historical, items


def test_a_rank_is_one_person(nlp):
    items, _ = run(nlp, "Fighters captured 14 soldiers, including a major.")
    assert _cats(items) == [("captured", 14, 14), ("captured", 1, 1)], items
    items, _ = run(nlp, "The army launched a major offensive and killed 20 rebels.")
    assert _cats(items) == [("killed", 20, 20)], items


def test_carried_away_on_stretchers_is_wounded(nlp):
    items, _ = run(nlp, "The JCS said it observed at least three North Korean soldiers being carried away on stretchers.")
    assert _cats(items) == [("wounded", 3, 3)], items
    items, _ = run(nlp, "Several girls were carried away by the raiders.")
    assert [c["category"] for c in items] == ["captured"], items


def test_the_word_after_the_noun_says_what_befell_them(nlp):
    # the parser hangs the list on "wounded"; "dead" after "people" is theirs
    items, _ = run(nlp, "A shootout at Kok-Tash left at least three people dead and at least 12 wounded on Tuesday.")
    assert _cats(items) == [("killed", 3, 3), ("wounded", 12, 12)], items


@pytest.mark.parametrize(
    "text, expected",
    [
        # lives a conflict "claimed" are its dead, with or without "the lives of"
        ("The clashes have so far claimed at least nine lives on both sides.", [("killed", 9, 9)]),
        ("The attack claimed 63 lives.", [("killed", 63, 63)]),
        # "paid the ultimate price" is a death; a "high price" is not
        ("Three of our gallant soldiers paid the ultimate price and four sustained injuries, the army said.",
         [("killed", 3, 3), ("wounded", 4, 4)]),
        ("The army paid a high price for the offensive, losing 3 tanks.", []),
        # the toll's count, and its part, whatever clause the parser hangs on the verb
        ("The commissioner put the toll at seven, including two children, with five others wounded and four young "
         "men abducted by the attackers.",
         [("killed", 7, 7), ("killed", 2, 2), ("wounded", 5, 5), ("captured", 4, 4)]),
    ],
)
def test_session_15_figures(nlp, text, expected):
    items, _ = run(nlp, text)
    assert _cats(items) == expected, items


@pytest.mark.parametrize(
    "text",
    [
        "Earlier this year, the bodies of nine people believed to be migrants were found in forests on the Polish side "
        "of the border.",
        # a long campaign's tally is no figure of this episode
        "The PKK, whose decades-long campaign of violence has claimed nearly 40,000 lives, denied the attack.",
    ],
)
def test_earlier_this_year_and_decades_long_tallies_are_earlier_episodes(nlp, text):
    items, summary = run(nlp, text, "2026-03-26")
    assert [c["historical"] for c in items] == [True], items
    assert summary == {}, summary


def test_a_source_is_the_person_its_phrase_names(nlp):
    # the NER tags "Mtwara Regional" a person too; the subject's head is the name
    items, _ = run(nlp, "Mtwara Regional Commissioner Hamisi Kamugisha put the toll at seven.")
    assert items[0]["reported_by"] == "Hamisi Kamugisha", items


def test_a_year_describing_another_noun_does_not_date_the_figure(nlp):
    # "last year" is when the accord was initialled, not when the clash killed three soldiers
    items, _ = run(nlp, "Armenia and Azerbaijan accused each other of opening fire near Jermuk, in a clash that killed at "
                        "least three soldiers and threatened a peace accord the two sides initialled last year.",
                   "2026-02-17")
    assert [c["historical"] for c in items] == [False], items
    # ... but a relative clause that tells the casualties keeps its year
    items, _ = run(nlp, "The town was hit again, a year after a raid that killed 55 people last year.", "2026-02-17")
    assert [c["historical"] for c in items] == [True], items


def test_a_since_about_something_else_starts_no_episode(nlp):
    # "trade has grown since last year" does not make last November part of the current episode
    text = ("In late November, three Chinese workers were killed when a drone struck a mining camp. Tajikistan has "
            "refused ties with the Taliban, although trade across the frontier has grown since last year.")
    items, _ = run(nlp, text, "2026-02-12")
    assert [c["historical"] for c in items] == [True], items
    # fighting "since" a month does
    items, _ = run(nlp, "Fighting has raged since November. In late November, three workers were killed in a raid.",
                   "2026-02-12")
    assert [c["historical"] for c in items] == [False], items


def test_an_updates_old_count_is_dated_in_the_same_episode(nlp):
    items, _ = run(nlp, "The number of refugees from Chin state registered with the Mizoram government rose to 32,150 from "
                        "about 30,400 in December, the Home Department said.", "2026-03-10")
    assert [c["historical"] for c in items if c["count"] == 32150] == [False], items


@pytest.mark.parametrize(
    "text, expected",
    [
        # "as" opening a clause is no predicate: "a porter" is one person killed
        ("Two militants were killed in the gunfight, even as a porter was killed in cross-border firing.",
         [("killed", 2, 2), ("killed", 1, 1)]),
        # a standfirst under the headline drops its articles as the headline does
        ("Army foils infiltration bid in Uri\n\nPorter killed, soldier injured in firing in Keran; three civilians "
         "hurt as shells land in Churunda\n\nSrinagar: The Army said on Wednesday that it foiled a bid.",
         [("killed", 1, 1), ("wounded", 1, 1), ("wounded", 3, 3)]),
        # a headline's present-tense verb right before its number, however the parser read the headline
        ("ADF raids on both sides of border kill 47 as Uganda, DRC extend Operation Shujaa\n\nRebels struck "
         "villages in Kasese.", [("killed", 47, 47)]),
        ("N. Korean soldiers cross MDL; mine blast wounds several: JCS\n\nSEOUL, Jan 5 (Yonhap) -- Soldiers "
         "crossed the line.", [("wounded", None, 3)]),
        # the people "of" an evacuation are displaced; residents "covered by" one are not counted
        ("Authorities ordered the mandatory evacuation of around 1,300 more people, including 240 children, from 11 "
         "settlements.", [("displaced", 1300, 1300), ("displaced", 240, 240)]),
        ("The order applies to roughly 20,000 residents covered by a mandatory evacuation.", []),
        # strikes that drive villagers into another country displace them
        ("Myanmar air strikes drive over 2,000 Chin villagers into Mizoram\n\nAIZAWL: Villagers fled.",
         [("displaced", 2000, 2000)]),
        # "to four from three": the old count of the update
        ("The GDF said a fourth soldier had been flown out, raising the number of wounded ranks to four from three.",
         [("wounded", 4, 4), ("wounded", 3, 3)]),
        # a figure in a "when" clause is not the main clause's casualty
        ("A BSF jawan was injured when a group of smugglers attacked a border patrol, officials said.",
         [("wounded", 1, 1)]),
        # the first word after a dateline stays in the story's first sentence
        ("Stray shells hit Mae Sot\n\nMAE SOT, Tak - Two Thai villagers were wounded on Tuesday when mortar shells "
         "landed in Mae Sot district.", [("wounded", 2, 2)]),
        # a headline's "One soldier killed" is one figure, not the number and the bare noun again
        ("Guyana: One soldier killed, three injured in Cuyuni ambush\n\nGEORGETOWN - Gunmen fired on a boat.",
         [("killed", 1, 1), ("wounded", 3, 3)]),
    ],
)
def test_session_16_figures(nlp, text, expected):
    items, _ = run(nlp, text)
    assert _cats(items) == expected, items


def test_the_past_week_is_the_current_episode(nlp):
    # "in the past" marks an earlier episode; "in the past week" does not
    items, _ = run(nlp, "Inside Sudan, the International Organization for Migration said a further 30,000 people had "
                        "been displaced within West Darfur in the past week.", "2026-01-28")
    assert [c["historical"] for c in items] == [False], items
    items, _ = run(nlp, "In the past, at least 55 people died in such clashes.", "2026-01-28")
    assert [c["historical"] for c in items] == [True], items


def test_a_critical_condition_is_a_wound(nlp):
    # "N of them in critical condition" is a part of the wounded; a stable condition says nothing
    items, _ = run(nlp, "Thirteen injured persons were brought to the district hospital on Friday, its superintendent "
                        "said. Three of them were in a critical condition and would be referred to Aizawl.")
    assert _cats(items) == [("wounded", 13, 13), ("wounded", 3, 3)], items
    items, _ = run(nlp, "The patient is in stable condition.")
    assert items == [], items


@pytest.mark.parametrize(
    "text, expected",
    [
        # a clause with a subject of its own says nothing of the figure before it
        ("Some 7,600 Armenian civilians were forced from their homes, and 17 Armenian soldiers were taken prisoner.",
         [("displaced", 7600, 7600), ("captured", 17, 17)]),
        # "shot dead N": the verb's own complement, before its object
        ("A local official said the gunmen shot dead five people, including two children, and injured eight others "
         "before driving off the cattle.", [("killed", 5, 5), ("killed", 2, 2), ("wounded", 8, 8)]),
        # a coordinated noun with a casualty word of its own
        ("A doctor said the bodies of the four tribesmen and eight injured civilians had been brought to the hospital.",
         [("killed", 4, 4), ("wounded", 8, 8)]),
        # brackets round an abbreviation keep a count on its noun: one figure, not a bare plural besides
        ("The sources claimed that more than a dozen People's Liberation Army (PLA) soldiers had also been hurt.",
         [("wounded", 12, 12)]),
    ],
)
def test_session_17_figures(nlp, text, expected):
    items, _ = run(nlp, text)
    assert _cats(items) == expected, items


def test_later_goes_on_about_the_earlier_war(nlp):
    # "Yerevan later said ...", the paragraph after one about the 2022 war: later in that war
    items, _ = run(nlp, "Soldiers were killed on both sides on Tuesday.\n\nThe fighting broke out where Azerbaijani "
                        "forces launched an assault in September 2022. Two days of clashes then killed nearly 300 "
                        "soldiers.\n\nYerevan later said 207 of its servicemen had been killed.", "2026-03-04")
    assert [(c["count"], c["historical"]) for c in items if c["count"]] == [(300, True), (207, True)], items


def test_others_add_to_the_figure_before_them(nlp):
    # "two soldiers were killed ... and three others died": more people, whatever their verb, told by one source
    _, summary = run(nlp, "Uganda and DR Congo met.\n\nThe local administrator, Jean Muhindo, said two soldiers were "
                          "killed in the first assault and three others died in an ambush on Tuesday.")
    assert summary == {"overall": {"killed": 5}}, summary


@pytest.mark.parametrize(
    "text, expected",
    [
        # a paragraph's first word stays in its sentence: the parser cut "Two" from "Bangladeshis were killed"
        ("Myanmar mortar shells kill two in Ghumdhum\n\nTwo Bangladeshis were killed and five others injured "
         "yesterday when mortar shells fired from across the border landed in Ghumdhum union.",
         [("killed", 2, 2), ("killed", 2, 2), ("wounded", 5, 5)]),
        # a bare amount that moves is people, vague or not
        ("A quarrel spiralled into gunfire on May 18, leaving at least six people dead and forcing thousands from "
         "their homes.", [("killed", 6, 6), ("displaced", None, 2000)]),
        ("Hundreds have crossed into Uganda since Sunday.", [("displaced", None, 200)]),
        ("About 1,300 crossed into Venezuela, the ombudsman said.", [("displaced", 1300, 1300)]),
        # (not what troops move or send)
        ("The army sent 2,000 to the border and moved 300 into the area.", []),
    ],
)
def test_session_17_paragraph_openings_and_movement(nlp, text, expected):
    items, _ = run(nlp, text)
    assert _cats(items) == expected, items


def test_a_vague_part_under_the_same_word_is_no_new_figure(nlp):
    # "many of them for the second time": the 120,000 again; "Many of them are injured" is a figure of its own
    items, _ = run(nlp, "The UN refugee agency said about 120,000 people had been displaced west of Goma since Sunday, "
                        "many of them for the second or third time in two years.")
    assert _cats(items) == [("displaced", 120000, 120000)], items
    items, _ = run(nlp, "About 3,000 people fled into Chad on Monday. Many of them are injured.")
    assert _cats(items) == [("displaced", 3000, 3000), ("wounded", None, 4)], items


@pytest.mark.parametrize(
    "text, expected",
    [
        # a coordinated "are missing" / "were considered missing" is the shared subject's state
        ("Two woodcutters from Bongjang who went into the forest on Friday have not returned and are missing, "
         "villagers said.", [("missing", 2, 2)]),
        ("Police said two herdsmen who followed the tracks towards the border on Thursday had not returned and were "
         "considered missing.", [("missing", 2, 2)]),
        ("Two soldiers returned and are not missing.", []),
        # a title-case headline's number after its verb stands alone, whatever name the parser hangs it on
        ("Russian Shelling Kills 4 Near Vovchansk as Kharkiv Oblast Steps Up Evacuation of Children\n\nKYIV - "
         "Shelling hit villages.", [("killed", 4, 4)]),
    ],
)
def test_session_17_states_and_headline_numbers(nlp, text, expected):
    items, _ = run(nlp, text)
    assert _cats(items) == expected, items
