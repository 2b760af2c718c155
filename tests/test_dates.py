"""Dates (issue 5): detection, TIMEX3 normalisation, reference date, earlier episodes.

Table-driven: each row is a small sentence of our own, the reference date it
is read against, and the (text, value) pairs expected. The model is loaded
once per session (``nlp`` fixture); only the dates component needs to run.
"""
from __future__ import annotations

import json
from contextlib import contextmanager

import pytest

from borderfacts.dates import candidates, reference_from_text
from borderfacts.pipeline import make_doc, to_document

from .conftest import SHARED

OTHER_COMPONENTS = ("borderfacts_statements", "borderfacts_casualties")


@contextmanager
def dates_only(nlp):
    with nlp.select_pipes(disable=[n for n in OTHER_COMPONENTS if n in nlp.pipe_names]):
        yield nlp


def run(nlp, text: str, reference: str | None):
    with dates_only(nlp):
        return nlp(make_doc(nlp, text, reference))


def found(nlp, text: str, reference: str | None, times: bool = True) -> list[tuple[str, str | None]]:
    component = nlp.get_pipe("borderfacts_dates")
    component.times = times
    try:
        return [(d["text"], d["value"]) for d in run(nlp, text, reference)._.borderfacts_dates]
    finally:
        component.times = True


# --- detection and normalisation ------------------------------------------------------------

REF = "2022-09-20"  # a Tuesday, ISO week 38

CASES = [
    # absolute dates, with and without year, trimmed to the TIMEX3 extent
    ("Troops clashed on September 14.", REF, [("September 14", "2022-09-14")]),
    ("Troops clashed on 14 September.", REF, [("14 September", "2022-09-14")]),
    ("The deal was signed on Nov. 10, 2020, in Moscow.", REF, [("Nov. 10, 2020", "2020-11-10")]),
    ("The deal was signed on 10 November 2020.", REF, [("10 November 2020", "2020-11-10")]),
    ("The treaty dates from 2021-04-29.", REF, [("2021-04-29", "2021-04-29")]),
    ("The ministry said on Sept. 16 that its forces fired first.", REF, [("Sept. 16", "2022-09-16")]),
    ("A truce was agreed on Wednesday, Sept. 14, 2022.", REF, [("Wednesday, Sept. 14, 2022", "2022-09-14")]),
    # day ranges give one expression per day
    ("Shelling continued on September 13-14.", REF, [("September 13", "2022-09-13"), ("14", "2022-09-14")]),
    ("The offensive ran on 19-20 September 2023.", REF, [("19", "2023-09-19"), ("20 September 2023", "2023-09-20")]),
    # months and years
    ("A flare-up happened in April 2021.", REF, [("April 2021", "2021-04")]),
    ("The agreement was signed in January.", REF, [("January", "2022-01")]),
    ("New talks will open in November.", REF, [("November", "2022-11")]),
    ("The commission is due to report in October.", REF, [("October", "2022-10")]),
    ("Villagers fled in late September last year.", REF, [("late September last year", "2021-09")]),
    ("Fighting flared in February last year.", REF, [("February last year", "2021-02")]),
    ("The blockade began last December.", REF, [("last December", "2021-12")]),
    ("Clashes resumed in mid-September.", REF, [("mid-September", "2022-09")]),
    ("Clashes lasted until the end of September.", REF, [("the end of September", "2022-09")]),
    ("Refugees returned home that November.", REF, [("that November", "2021-11")]),
    ("The border was closed in 2020.", REF, [("2020", "2020")]),
    ("The 2021 clashes killed dozens.", REF, [("2021", "2021")]),
    ("Both sides have claimed the valley since 1991.", REF, [("1991", "1991")]),
    ("Tensions rose in late 2020.", REF, [("late 2020", "2020")]),
    ("The pipeline ran from 2009-2010.", REF, [("2009", "2009"), ("2010", "2010")]),
    ("The expedition of 1957-58 was long.", REF, [("1957", "1957"), ("58", "1958")]),
    ("The frontier was drawn in the 1920s.", REF, [("the 1920s", "192")]),
    ("The map dates from the 19th century.", REF, [("19th century", "18")]),
    # relative expressions
    ("The situation is calm today.", REF, [("today", "2022-09-20")]),
    ("Today's talks were short.", REF, [("Today", "2022-09-20")]),
    ("Two bodies were recovered yesterday.", REF, [("yesterday", "2022-09-19")]),
    ("Envoys arrive tomorrow.", REF, [("tomorrow", "2022-09-21")]),
    ("Leaders will speak tonight.", REF, [("tonight", "2022-09-20TNI")]),
    ("Shells fell last night.", REF, [("last night", "2022-09-19TNI")]),
    ("Last year, dozens died in clashes over water.", REF, [("Last year", "2021")]),
    ("Elections are planned next year.", REF, [("next year", "2023")]),
    ("Casualties rose this year.", REF, [("this year", "2022")]),
    ("Clashes erupted earlier this month.", REF, [("earlier this month", "2022-09")]),
    ("The convoy was attacked last month.", REF, [("last month", "2022-08")]),
    ("Talks are expected to resume next week.", REF, [("next week", "2022-W39")]),
    ("The envoy visited last week.", REF, [("last week", "2022-W37")]),
    ("This week's shelling was the worst.", REF, [("This week", "2022-W38")]),
    ("Ministers meet this weekend.", REF, [("this weekend", "2022-W38-WE")]),
    ("A drone hit a bus two weeks ago.", REF, [("two weeks ago", "2022-W36")]),
    ("The war ended two years ago.", REF, [("two years ago", "2020")]),
    ("A truce was signed three days ago.", REF, [("three days ago", "2022-09-17")]),
    ("Prices peaked by the end of the year.", "2013-03-22", [("the end of the year", "2012")]),
    # weekdays by tense
    ("Fighting broke out on Wednesday.", REF, [("Wednesday", "2022-09-14")]),
    ("Delegations will meet again on Friday.", REF, [("Friday", "2022-09-23")]),
    ("The presidents spoke by telephone on Tuesday.", REF, [("Tuesday", "2022-09-20")]),
    ("Monday's shelling damaged a school.", REF, [("Monday", "2022-09-19")]),
    ("The match has been postponed until Saturday.", REF, [("Saturday", "2022-09-24")]),
    ("Talks resume on Thursday.", REF, [("Thursday", "2022-09-22")]),
    ("The guards said they are going to withdraw on Monday.", REF, [("Monday", "2022-09-26")]),
    ("The envoy left last Tuesday.", REF, [("last Tuesday", "2022-09-13")]),
    ("The vote is next Friday.", REF, [("next Friday", "2022-09-23")]),
    ("The attack came on Sunday night.", REF, [("Sunday night", "2022-09-18TNI")]),
    # clock times take the date next to them
    # a time stamp on a line of its own is page furniture
    ("09:42 GMT\nGood morning and welcome to our live coverage.", REF, []),
]

NOT_DATES = [
    "Tajik President Emomali Rakhmon, 69, said his country wanted peace.",
    "The 45-year-old commander was wounded.",
    '"We will respond to any provocation," he said.',
    "Tensions may rise again, analysts warned.",
    "The government pledged $48 million for reconstruction.",
    "Officials said 48 of the dead were civilians.",
    "Three days of fighting left villages in ruins.",
    "In the past year the border has seen more than ten incidents.",
    "Over the next year the troops will pull back.",
    "Border guards patrol the area every day.",
    "Markets open every Friday.",
    "A 24-hour ceasefire was declared.",
    "The ceasefire lasted 60 days.",
    "About 2000 troops were deployed to the area.",
    "Security Council resolution 1701 calls for calm.",
    "The post sits at 2400 metres.",
    "He finished the race in 3:07:35.",
    "Prime Minister Theresa May spoke to reporters.",
]

NO_REFERENCE = [
    ("Fighting broke out on 14 September.", [("14 September", "XXXX-09-14")]),
    ("The agreement was signed in March.", [("March", "XXXX-03")]),
    ("The clashes of 29 April 2021 killed 55 people.", [("29 April 2021", "2021-04-29")]),
    ("The leaders met on Friday.", [("Friday", "XXXX-WXX-5")]),
    ("Last year, dozens died.", [("Last year", None)]),
    ("The frontier was drawn in the 1920s.", [("the 1920s", "192")]),
]


@pytest.mark.parametrize("text, reference, expected", CASES)
def test_detection_and_normalisation(nlp, text, reference, expected):
    assert found(nlp, text, reference) == expected


# times of day in running text (TimeML TIME), with the day beside them
TIME_CASES = [
    ("The shelling stopped at 10 a.m. local time.", REF, [("10 a.m.", "2022-09-20T10:00")]),
    ("The attack began at 0400 GMT on Monday.", REF, [("0400 GMT", "2022-09-19T04:00"), ("Monday", "2022-09-19")]),
    ("The match has been put off until 15:00 GMT Saturday.", REF, [("15:00 GMT Saturday", "2022-09-24T15:00")]),
    ("Sirens sounded on Sunday at 8 pm.", REF, [("Sunday", "2022-09-18"), ("8 pm", "2022-09-18T20:00")]),
]


@pytest.mark.parametrize("text, reference, expected", TIME_CASES)
def test_times_of_day(nlp, text, reference, expected):
    assert found(nlp, text, reference) == expected
    assert all(value and "T" not in value for _, value in found(nlp, text, reference, times=False))


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(nlp, text):
    assert found(nlp, text, REF) == []


@pytest.mark.parametrize("text, expected", NO_REFERENCE)
def test_without_reference_date(nlp, text, expected):
    assert found(nlp, text, None) == expected


def test_mentions_follow_the_contract(nlp):
    text = "BISHKEK, Sept 17 (Reuters) - Troops clashed on Wednesday and again at 10 a.m. today."
    doc = run(nlp, text, REF)
    for mention in doc._.borderfacts_dates:
        assert text[mention["start"]:mention["end"]] == mention["text"]
        assert mention["granularity"] in ("day", "month", "year", "week", "decade", "time", None)
        assert isinstance(mention["_earlier"], bool)
    public = to_document(doc).to_dict()["dates"]
    assert all(not key.startswith("_") for d in public for key in d)


# --- reference date -----------------------------------------------------------------------------

DATELINES = [
    ("YEREVAN, Sept 14 (Reuters) - Armenia said it was attacked.", None),
    ("YEREVAN, Sept 14 (Reuters) - Armenia said it was attacked.\nPublished 15 September 2022\n", "2022-09-14"),
    ("Clashes\nBAKU, Azerbaijan (AP) — Shelling went on.\nSeptember 13, 2022\n", "2022-09-13"),
    ("Border clashes\nPublished 14 September 2022\nText follows.", "2022-09-14"),
    ("Border clashes\nUpdated November 27, 2024 at 10:15 GMT\nText.", "2024-11-27"),
    ("Border clashes\nLast updated: 12 January 2024\nText.", "2024-01-12"),
    ("Quito, May 21 (EFE)\nPublished 05/21/2026\n\nTroops clashed.", "2026-05-21"),
    ("Cartel war\n\nPrensa Libre | Guatemala City | Wednesday 22/07/2026\n\nText.", "2026-07-22"),
    ("June 14, 2022 - Troops clashed near the river.", "2022-06-14"),
    ("San Salvador, 25 Aug 88 (Canal Doce Television) -- The army said.", "1988-08-25"),
    ("KYIV, Ukraine, Oct. 3, 2022 (AP) — Text.", "2022-10-03"),
    ("Addis Abeba, January 13/2026 – At least eleven farmers have been killed.", "2026-01-13"),
    ("By a correspondent | Published on Wednesday, 14 September 2022 10:00\nText.", "2022-09-14"),
    ("Fighting broke out on 14 September near the village.", None),
    ("The clashes of 29 April 2021 killed 55 people.", None),
]


@pytest.mark.parametrize("text, expected", DATELINES)
def test_reference_from_text(text, expected):
    found_date = reference_from_text(text)
    assert (found_date.isoformat() if found_date else None) == expected


def test_dateline_sets_reference_and_resolves_relative_dates(nlp):
    doc = run(nlp, "Title\nPublished 20 September 2022\nFighting broke out on Wednesday.", None)
    assert doc._.borderfacts_reference_date == {"value": "2022-09-20", "source": "dateline"}
    assert ("Wednesday", "2022-09-14") in found(nlp, doc.text, None)


def test_option_beats_dateline(nlp):
    doc = run(nlp, "Published 20 September 2022\nClashes today.", "2022-09-25")
    assert doc._.borderfacts_reference_date == {"value": "2022-09-25", "source": "option"}
    assert ("today", "2022-09-25") in [(d["text"], d["value"]) for d in doc._.borderfacts_dates]


def test_no_reference_is_null(nlp):
    doc = run(nlp, "Clashes broke out today.", None)
    assert doc._.borderfacts_reference_date == {"value": None, "source": None}


# --- earlier episodes ------------------------------------------------------------------------------

EARLIER = [
    ("Last year, at least 55 people died.", REF, {"Last year": True}),
    ("The 2021 clashes killed 55 people.", REF, {"2021": True}),
    ("A flare-up happened in January.", REF, {"January": True}),
    ("Fighting broke out on September 14.", REF, {"September 14": False}),
    ("The convoy was attacked last month.", REF, {"last month": False}),
    ("Last year, at least 55 people died.", None, {"Last year": True}),
    ("Fighting in 2008 and again in 2022 killed many.", None, {"2008": True, "2022": False}),
    ("Fighting broke out on 14 September.", None, {"14 September": False}),
]


@pytest.mark.parametrize("text, reference, expected", EARLIER)
def test_earlier_episode_flag(nlp, text, reference, expected):
    doc = run(nlp, text, reference)
    assert {d["text"]: d["_earlier"] for d in doc._.borderfacts_dates} == expected


# --- the seed and the shared hard cases ---------------------------------------------------------------

def test_seed_done_when(nlp, seed_text):
    values = found(nlp, seed_text, "2022-09-19")
    assert ("today", "2022-09-19") in values
    assert ("September 14", "2022-09-14") in values
    assert ("Last year", "2021") in values
    assert ("Friday", "2022-09-16") in values
    assert [v for t, v in values if t == "Saturday"] == ["2022-09-17", "2022-09-17"]
    assert all(t != "69" for t, _ in values)
    assert ("September 14", "XXXX-09-14") in found(nlp, seed_text, None)


HARDCASES = SHARED / "benchmarks" / "dates" / "borderfacts-hardcases"


@pytest.mark.skipif(not HARDCASES.is_dir(), reason="shared benchmarks not available")
@pytest.mark.parametrize("name", sorted(p.name[: -len(".gold.json")] for p in HARDCASES.glob("*.gold.json"))
                         if HARDCASES.is_dir() else [])
def test_hardcases(nlp, name):
    gold = json.loads((HARDCASES / f"{name}.gold.json").read_text(encoding="utf-8"))
    text = (HARDCASES / f"{name}.txt").read_text(encoding="utf-8")
    got = [(d["start"], d["end"], d["value"]) for d in run(nlp, text, gold["reference_date"])._.borderfacts_dates]
    want = [(d["start"], d["end"], d["value"]) for d in gold["dates"]]
    assert got == want


# --- robustness ------------------------------------------------------------------------------------------

def test_long_single_line_is_linear():
    text = "clashes on 14 September 2022 and 1999-2000 at 10 a.m. " * 20000 + "9" * 100000
    assert len(candidates(text)) >= 80000


def test_same_input_same_output(nlp):
    text = "Fighting broke out on Friday and continued last week."
    assert found(nlp, text, None) == found(nlp, text, None)
    assert found(nlp, text, REF) == found(nlp, text, REF)


@pytest.mark.parametrize(
    "text, reference, dates",
    [
        ("Bishkek, 17.04.2026 /Kabar/. On April 16, servicemen opened fire.", "2026-04-17",
         [("17.04.2026", "2026-04-17"), ("April 16", "2026-04-16")]),
        ("BelgorodToday | Evening roundup\n22.03.2024, 21:40\n\nTwo killed on Friday.", "2024-03-22",
         [("22.03.2024", "2024-03-22"), ("Friday", "2024-03-22")]),
    ],
)
def test_day_first_numeric_datelines(nlp, text, reference, dates):
    doc = run(nlp, text, None)
    assert doc._.borderfacts_reference_date == {"value": reference, "source": "dateline"}
    assert [(d["text"], d["value"]) for d in doc._.borderfacts_dates] == dates


@pytest.mark.parametrize(
    "text, reference, expected",
    [
        ("The note is dated 14-06-2026.", None, [("14-06-2026", "2026-06-14")]),  # day first: 14 is no month
        ("Posted 05/21/2026.", None, [("05/21/2026", "2026-05-21")]),  # month first: 21 is no month
        ("Imphal, 04-06-2026: curfew imposed.", "2026-06-04", [("04-06-2026", "2026-06-04")]),  # nearer the article
        ("Prensa Libre | Wednesday 22/07/2026", "2026-07-22", [("Wednesday 22/07/2026", "2026-07-22")]),
        # a list item's number on the next line is no day; "03. Jun 2026" is
        ("3. Boats were turned back on 2 September.\n4. Five bodies were found.", None, [("2 September", "XXXX-09-02")]),
        ("Published 03. Jun 2026 by staff.", None, [("03. Jun 2026", "2026-06-03")]),
    ],
)
def test_numeric_and_list_dates(nlp, text, reference, expected):
    assert found(nlp, text, reference) == expected
