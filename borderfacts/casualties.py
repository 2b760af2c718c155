"""Casualty figures per side: the ``borderfacts_casualties`` component (issue 4).

Works on the existing parse (no extra spaCy pass). For every sentence:

1. ``numbers.find_figures`` finds number expressions with their bounds
   (digits, number words, ranges, "at least", vague amounts).
2. The noun phrase the figure counts is read to the right ("59 fatalities",
   "137,000 Kyrgyz", "three civilians", "dozens of soldiers"); figures that
   count other things (km, years, villages, tanks, money, votes) are dropped.
3. The category comes from the phrase itself ("fatalities", "dead") or from
   the casualty word that governs it in the dependency parse ("were killed",
   "killing 12", "leaving two dead", "the death toll rose to 94"), with a
   short linear fallback when the parse is off.
4. Side, source and earlier-episode flags come from the victims' phrase, the
   enclosing statement / reporting verb, and the dates component.

``find_casualties`` is pure; the component only stores its result and the
summary (``summary.summarize``).
"""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from functools import cached_property, lru_cache
from itertools import islice
from typing import Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import gazetteer, groups, places, timex
from .groups import ARMED_GROUP_NAME, armed_group_name, group_in as _group_in, unknown_groups as _unknown_groups
from .paragraphs import BULLETS, list_marker, line_start
from .parties import one_word_entity, regional_governments, ruling_country
from .extensions import doc_text, set_extensions
from .numbers import Figure, find_figures, lexicon
from .summary import summarize
from .speakers import capital_country
from .statements import PRIVATE_PEOPLE

CATEGORIES = ("killed", "wounded", "displaced", "missing", "captured")
NOMINAL_POS = {"NOUN", "PROPN"}
# Words that may sit between a number and the noun it counts.
NP_FILLERS = {"other", "others", "more", "additional", "suspected", "alleged", "unarmed", "innocent",
              "-", "of", "and", "the"}
POSSESSIVE_OWN = {"its", "their", "our", "his", "her"}
OWN_NOUNS = {"country", "nation", "republic", "side"}  # "the country's soldiers": the reporter's own
OVERALL_CUES = ("both sides", "each side", "in total", "all sides", "combined", "on both", "the two sides",
                "across the country", "nationwide", "countrywide",  # a nationwide toll covers every side there
                "attackers included", "assailants included", "including the attackers", "including attackers",
                "including the assailants", "fighters included")  # "the toll, attackers included, at 100"
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "obj", "attr", "oprd", "npadvmod", "appos", "dative", "pobj", "conj", "ROOT"}


def _semicolon_between(a: Token, b: Token) -> bool:
    """Whether a semicolon parts two tokens of a sentence: another clause ("...; Tehran says ...")."""
    return any(t.text == ";" for t in a.doc[min(a.i, b.i) : max(a.i, b.i)])


@lru_cache(maxsize=1)
def _tables() -> dict:
    lex = lexicon()
    words: dict[str, str] = {}
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for category in CATEGORIES:
        entry = lex["categories"][category]
        for word in entry["words"]:
            words.setdefault(word, category)
        for verb in entry["verbs"]:
            verbs.setdefault(verb, category)
        for noun in entry["nouns"]:
            nouns.setdefault(noun, category)
    victims: dict[str, str] = {}
    for group in ("military", "civilians", "people"):
        for word in lex["victims"][group]:
            victims.setdefault(word, group)
    return {
        "words": words,
        "verbs": verbs,
        "nouns": nouns,
        "victims": victims,
        "exclude": set(lex["exclusion_nouns"]),
        "deploy": set(lex["deployment_verbs"]),
        "negators": set(lex["negators"]),
        "reporting": set(lex["reporting_verbs"]),
        "update": set(lex["update_words"]),
        "subset": tuple(lex["subset_cues"]),
        "historical": tuple(lex["historical_cues"]),
        "treatment": set(lex.get("treatment_verbs", ())),
        "treatment_objects": set(lex.get("treatment_objects", ())),
        "movement": set(lex.get("movement_verbs", ())),
        "movement_places": set(lex.get("movement_places", ())),
    }


# ---------------------------------------------------------------- cue words

HOSPITAL_WORDS = {"hospital", "hospitals", "clinic", "clinics", "infirmary"}


# verbs that are casualty words only in an idiom cue_category reads from the parse ("sent to hell")
IDIOM_CUE_LEMMAS = {"send", "dispatch", "take", "carry", "round", "pick"}


# heads of institutions' names: "received 30 people from the Ministry of Defence" is no flight
INSTITUTION_WORDS = {"ministry", "office", "department", "agency", "commission", "council", "committee", "army",
                     "forces", "police", "command", "service", "government", "embassy", "university", "school"}


def _named_place(token: Token) -> bool:
    """A place's name, as far as the tagger tells ("Kajo-Keji" it may call an organisation), not an institution's."""
    return token.ent_type_ in {"GPE", "LOC"} or token.pos_ == "PROPN" and token.ent_type_ not in {"PERSON", "NORP"} \
        and token.lower_ not in INSTITUTION_WORDS


BODY_PARTS = {"leg", "arm", "hand", "foot", "eye", "finger", "thumb", "toe", "limb", "ear", "sight", "eyesight",
              "hearing", "feet", "legs", "arms", "hands", "eyes", "fingers", "limbs", "head", "chest", "shoulder",
              "back", "neck", "stomach", "abdomen", "thigh", "knee"}


WOUND_NOUNS = {"wound", "injury", "burn"}


# people living, sleeping or staying in shelters, camps or with relatives have left their homes
SHELTERING_VERBS = {"live", "stay", "sleep", "spend", "register", "camp", "shelter", "crowd", "move", "huddle"}
SHELTER_WORDS = {"shelter", "shelters", "camp", "camps", "tent", "tents", "relatives", "hotels", "hotel", "schools",
                 "mosques", "churches", "temples", "evacuation", "host"}


GRAVE_WORDS = {"critical", "serious", "grave", "life-threatening"}  # a condition only the wounded are in


def cue_category(token: Token) -> Optional[str]:
    """The casualty category a token expresses ("killed", "deaths", "toll"), or None."""
    tables = _tables()
    lower = token.lower_
    if lower == "lost" or token.lemma_ == "lose":
        # "lost their lives" / "lost 12 soldiers": killed; "lost 3 villages" is filtered by the noun;
        # "contact has been lost with one border guard", "lost contact with": missing
        if any(t.lower_ in {"contact", "touch", "communication"} for t in token.children) or \
                (token.i >= 2 and "contact" in {token.nbor(-1).lower_, token.nbor(-2).lower_, token.nbor(-3).lower_
                                                if token.i >= 3 else ""}):
            return "missing"
        if any(t.dep_ == "dobj" and t.lemma_.lower() in BODY_PARTS for t in token.children):
            return "wounded"  # "one of them losing his right thumb", "lost a leg"
        return "killed"
    if token.pos_ == "VERB" and token.lemma_ in {"hit", "shoot", "strike", "graze"} and any(
            c.dep_ == "prep" and c.lower_ in {"in", "on"} and any(o.lemma_.lower() in BODY_PARTS for o in c.children)
            for c in token.children):
        return "wounded"  # "had been hit in the leg", "was shot in the arm"
    if token.pos_ == "VERB" and token.lemma_ == "bury" and any(c.dep_ == "dobj" for c in token.children) \
            and not any(c.dep_ == "auxpass" for c in token.children):
        return "killed"  # "We have buried 19 of our people" (not "buried under the rubble")
    if lower == "condition" and any(c.dep_ == "amod" and c.lower_ in GRAVE_WORDS for c in token.children):
        return "wounded"  # "Three of them were in a critical condition"
    if token.lemma_ == "account" and any(c.dep_ == "neg" for c in token.children) and any(
            c.dep_ == "prep" and c.lower_ == "for" for c in token.children):
        return "missing"  # "several soldiers had not yet been accounted for"
    if token.pos_ == "VERB" and token.lemma_ in SHELTERING_VERBS and any(
            c.dep_ == "prep" and c.lower_ in {"in", "at", "with", "to", "into"} and any(
                o.lower_ in SHELTER_WORDS for p in [c] + [x for x in c.children if x.dep_ == "pobj"]
                for o in p.subtree) for c in token.children):
        return "displaced"  # "have been living in temporary shelters", "sleeping at relatives' homes"
    if token.pos_ == "VERB" and token.lemma_ == "move" and any(c.dep_ == "advmod" and c.lower_ == "away" for c in token.children):
        return "displaced"  # "5,000 people have moved away from the frontier"
    if lower == "remains" and token.pos_ == "NOUN" and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return "killed"  # "the remains of three soldiers"
    if lower in {"lives", "life"}:
        # "claimed the lives of 14 civilians", "the attack claimed 63 lives", "gave their lives"
        return "killed" if token.dep_ == "dobj" and token.head.lemma_ in {"claim", "take", "cost"} | LIFE_GIVING_VERBS \
            else None
    if lower == "sacrifice":  # "paid the ultimate sacrifice", "made the supreme sacrifice"
        return "killed" if token.dep_ == "dobj" and token.head.lemma_ in {"pay", "make"} else None
    if lower == "price":  # "paid the ultimate price" (but "paid a high price for the offensive")
        return "killed" if token.dep_ == "dobj" and token.head.lemma_ == "pay" and any(
            c.lower_ in {"ultimate", "supreme"} for c in token.children) else None
    if token.lemma_ in {"take", "carry"} and any(c.lower_ in {"away", "hostage", "prisoner", "captive", "prisoners", "hostages"}
                                      for c in token.children):
        if any(c.dep_ == "prep" and c.lower_ == "on" and any(o.lemma_ == "stretcher" for o in c.children)
               for c in token.children):
            return "wounded"  # "soldiers being carried away on stretchers"
        return "captured"  # "had been taken away", "taken hostage"
    if token.lemma_ in {"stab", "beat", "hack"} and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ == "death" for o in c.children)
            for c in token.children):
        return "killed"  # "stabbed to death", "beaten to death": killed, not wounded
    if token.lemma_ in {"send", "dispatch"} and any(
            c.dep_ == "prep" and c.lower_ == "to" and any(o.lower_ == "hell" for o in c.children)
            for c in token.children):
        return "killed"  # "12 terrorists were sent to hell", "dispatched four of the terrorists to hell"
    if token.lemma_ == "take" and token.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ in {"across", "into"} and any(
                o.lower_ in {"line", "border", "frontier", "forest", "bush", "captivity"} for o in c.children)
            for c in token.children):
        return "captured"  # "two herders were taken across the line by the PLA", "23 people taken into the forest"
    if token.lemma_ in {"round", "pick"} and token.pos_ == "VERB" and token.i + 1 < len(token.doc) \
            and token.nbor(1).text != "-" and any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return "captured"  # "rounded up about 40 young men", "picked up two other traders"
    if token.lemma_ == "fall" and token.pos_ == "VERB" and any(
            c.dep_ == "prep" and any(o.lower_ in FALLEN_OBJECTS for o in c.subtree) for c in token.children):
        return "killed"  # "four of our soldiers fell as martyrs", "fell on the field of honour", "fell in battle"
    if token.lemma_ in {"hold", "retain"} and token.pos_ == "VERB" and any(
            c.dep_ == "agent" or c.dep_ == "prep" and any(o.lower_ in {"captivity", "custody", "hostage"} for o in c.children)
            or c.dep_ == "dobj" and c.lower_ in tables["victims"] and tables["victims"][c.lower_] == "military"
            or c.dep_ == "dobj" and c.lower_ in {"others", "more"} and any(n.dep_ == "nummod" for n in c.children)
            for c in token.children):
        # "civilians held by the ELN", "held in captivity", "the ELN holds 11 guardsmen",
        # "killed seven soldiers and were holding two others"
        return "captured"
    if token.lemma_ in {"receive", "host", "welcome"} and token.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ == "from" and any(_named_place(o) for o in c.children)
            for c in token.children) and any(
            c.dep_ == "dobj" and tables["victims"].get(c.lower_) in {"people", "civilians"}
            and c.lower_ not in tables["words"] for c in token.children):
        return "displaced"  # "We have received more than 1,200 people from Kajo-Keji"
    if token.lemma_ in {"take", "seek", "find"} and token.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lower_ in {"refuge", "shelter", "sanctuary"} for c in token.children):
        return "displaced"  # "650 people have taken refuge in the municipal seat"
    if token.lemma_ in {"search", "look"} and token.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ == "for" and any(
                o.dep_ == "pobj" and o.lower_ in tables["victims"] and o.lower_ not in _fighter_nouns()
                for o in c.children) for c in token.children):
        return "missing"  # "rescuers were still searching the rubble for up to five people"
    if lower == "unable" and any(c.dep_ == "xcomp" and c.lemma_ == "return" for c in token.children):
        return "displaced"  # "Around 90,000 Lebanese remain unable to return to their villages"
    if token.lemma_ in tables["treatment"] and token.pos_ in {"VERB", "AUX"}:
        # "were being treated for burns", "treated in hospital", "admitted to hospital"
        for child in islice(token.children, MAX_CHILDREN):
            if child.dep_ == "prep" and child.lower_ in {"for", "in", "at", "to"} and any(
                    c.dep_ == "pobj" and c.lower_ in tables["treatment_objects"] for c in child.children):
                return "wounded"
        if lower not in tables["words"]:
            return None
    if token.lemma_ in {"receive", "sustain", "suffer", "undergo"} and token.pos_ == "VERB":
        # "received a gunshot wound", "sustained shrapnel injuries", "were receiving treatment for wounds"
        for child in islice(token.children, MAX_CHILDREN):
            if child.dep_ in {"dobj", "obj"} and (child.lower_ in tables["treatment_objects"] - HOSPITAL_WORDS
                                                   or child.lower_ in {"cuts", "bruises", "treatment", "care"}):
                return "wounded"
        return None
    found = tables["words"].get(lower)
    if found is None and (token.pos_ in {"VERB", "AUX"} or token.pos_ == "NOUN" and any(
            c.dep_ in {"nsubj", "dobj"} for c in token.children) and any(c.dep_ == "dobj" for c in token.children)):
        # (headline verbs the tagger reads as nouns: "Bandits kill 23 in Niger border villages")
        found = tables["verbs"].get(token.lemma_)
    if found is None and token.pos_ in {"NOUN", "PROPN"}:
        found = tables["nouns"].get(lower)  # "the number of civilian martyrs"
    if found == "wounded" and any(c.lower_ in {"fatally", "mortally", "lethally"} for c in token.children):
        return "killed"  # "was fatally wounded"
    if found in (None, "displaced") and token.pos_ == "VERB" and token.lemma_ not in tables["treatment"] \
            and not any(c.dep_ in {"acomp", "oprd", "xcomp"} and c.lower_ in {"dead", "lifeless"} for c in token.children) \
            and any(
            c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" and o.lemma_ in WOUND_NOUNS for o in c.children)
            for c in _with_phrases(token)):
        # "15 residents were pulled from the rubble with injuries", "arrived with gunshot wounds",
        # "evacuated with serious injuries", "taken to hospital with shrapnel wounds"
        return "wounded"
    if found == "displaced" and token.dep_ == "xcomp" and token.head.lemma_ in ATTEMPT_VERBS:
        return None  # "shot dead as they tried to flee": a flight tried, nobody displaced by it
    return found


ATTEMPT_VERBS = {"try", "attempt"}


def _with_phrases(verb: Token) -> Iterator[Token]:
    """A verb's prepositions, and those hung on its place ("taken to hospital with wounds")."""
    for child in islice(verb.children, MAX_CHILDREN):
        yield child
        if child.dep_ == "prep" and child.lower_ in {"to", "into"}:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield from (c for c in obj.children if c.dep_ == "prep")


def _negated(cue: Token, np_tokens: list[Token]) -> bool:
    negators = _tables()["negators"]
    if cue.lemma_ == "account":
        return False  # "not accounted for" is the missing, not a negation
    if any(child.dep_ == "neg" or child.lower_ in negators and not _without_clause(child) for child in cue.children):
        return True
    if cue.head.i != cue.i and any(child.dep_ == "neg" for child in cue.head.children if cue.dep_ in {"xcomp", "ccomp"}) \
            and not _semicolon_between(cue, cue.head):
        return True  # (not "... received a gunshot wound; his life is not in danger")
    return any(t.lower_ in negators and not _bound_negation(t) for t in np_tokens)


def _without_clause(token: Token) -> bool:
    """'without giving locations': a clause of its own, not a negated casualty ('left without casualties' is one)."""
    return token.lower_ == "without" and any(c.dep_ == "pcomp" or c.tag_ == "VBG" for c in token.children)


def _bound_negation(token: Token) -> bool:
    """'not less than seven', 'no more than five': a bound, not a negation."""
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ in {"less", "fewer", "more", "under", "over"}


# -------------------------------------------------------------- the phrase

VICTIM_PHRASE_TOKENS = 6  # "15 Jaish al - Adl fighters"


def _victim_phrase(doc: Doc, span: Span, sent: Span):
    """(tokens of the counted phrase after the number, head token or None)."""
    tables = _tables()
    tokens: list[Token] = []
    head = None
    i = span.end
    limit = min(sent.end, span.end + VICTIM_PHRASE_TOKENS)
    while i < limit:
        tok = doc[i]
        lower = tok.lower_
        if tok.is_space or (tok.is_quote and not tokens and i == span.end):
            # hard line breaks inside a phrase (wire copy); '"dozens" of ELN fighters'
            i += 1
            limit = min(sent.end, limit + 1)
            continue
        if tok.text == "(" and tokens and head is not None:
            close = next((j for j in range(i + 1, min(i + 5, sent.end)) if doc[j].text == ")"), None)
            if close is not None and close + 1 < sent.end and doc[close + 1].pos_ in NOMINAL_POS \
                    and all(t.pos_ in {"PROPN", "NOUN", "PUNCT"} for t in doc[i + 1 : close]):
                # "13 Islamic State (ISIS) militants": a bracketed short name inside the phrase
                i = close + 1
                limit = min(sent.end, max(limit, i + 3))
                continue
        age_end = _age_end(doc, i) if not tokens else None
        if age_end is not None and age_end <= sent.end:  # "an 11-year-old boy": skip the age
            i = age_end
            limit = min(sent.end, i + VICTIM_PHRASE_TOKENS)
            continue
        if (lower in {"of", "the"} and not tokens and i == span.end) or \
                (lower in POSSESSIVE_OWN and (tokens[-1] if tokens else span[-1]).lower_ == "of"):
            tokens.append(tok)
            i += 1
            continue
        if lower in {"and", "-"} and tokens and not (lower == "-" and not tok.whitespace_ and not doc[i - 1].whitespace_):
            break  # ("al-Adl": a hyphen inside a name joins)
        if lower == "-" and not tok.whitespace_:
            limit = min(sent.end, limit + 1)  # ("Tehrik-i-Taliban Pakistan fighters": hyphens are no words)
        if lower == "-" and head is not None and head.lower_ in tables["victims"]:
            break  # "passers-by", "brothers-in-law": the victim noun heads the compound
        if tokens and tok.is_title and lower in TITLE_CASE_PREPOSITIONS:
            break  # "Five Georgians Near Occupation Line": a title-case headline's preposition ends the phrase
        if tok.pos_ == "VERB" and head is not None:
            break  # "one of the soldiers wounded in the attack had died": a participle on the noun
        if tok.pos_ == "ADV" and lower.endswith("ly") and i + 1 < limit and doc[i + 1].dep_ == "amod":
            tokens.append(tok)  # "two critically wounded border guards"
            i += 1
            continue
        if lower in {"last", "this", "next", "earlier"} and doc[i + 1 : i + 2].text.lower() in TIME_NOUNS:
            break  # "up from about 9,000 last week": a time, not the counted noun
        if lower in {"yesterday", "today", "tonight"}:
            break  # "the toll rose to 12 yesterday"
        if lower in HEADLINE_VICTIM_VERBS:
            break  # "120,000 flee", "7,000 Congolese flee into Kisoro": a headline's verb the tagger took for a noun
        if lower == "of" and head is not None and head.lower_ in tables["victims"]:
            break  # "10,000 residents of Batken region": the place is not the counted noun
        if head is not None and head.lower_ in tables["victims"] and head.lower_ not in NP_FILLERS \
                and head.pos_ == "NOUN" and (lower in tables["words"] or tok.lemma_ in tables["words"]):
            break  # "taken 37 government soldiers prisoner": the casualty word is no part of the noun
        if tok.tag_ == "POS" and tokens and i + 1 < limit and doc[i + 1].pos_ in NOMINAL_POS | {"ADJ"}:
            tokens.append(tok)  # "105 of the country's soldiers"
            i += 1
            continue
        if tok.pos_ in NOMINAL_POS or tok.pos_ == "ADJ" or lower in NP_FILLERS or tok.ent_type_ == "NORP" \
                or lower in tables["victims"] or lower in tables["nouns"]:
            if tok.pos_ == "ADJ" and lower not in tables["nouns"] and lower not in tables["victims"] \
                    and tok.ent_type_ != "NORP" and doc[i + 1 : i + 2].text.lower() in {"", ",", ".", "and", "in"}:
                # predicative adjective ("59 dead" is a noun, "nearly 60 percent higher" is not)
                break
            tokens.append(tok)
            if tok.pos_ in NOMINAL_POS or lower in tables["victims"] or lower in tables["nouns"] \
                    or gazetteer.canonical(tok.text):
                head = tok
            i += 1
            continue
        break
    if head is not None:
        tokens = [t for t in tokens if t.i <= head.i]
    return tokens, head


ENEMY_WORDS = {"enemy", "enemy's", "occupiers", "occupier", "invaders", "invader", "occupants"}
FALLEN_OBJECTS = {"martyr", "martyrs", "honour", "honor", "battle", "combat", "action", "duty"}
KIN_NOUNS = {"relatives", "families", "parents", "widows", "orphans", "mothers", "fathers", "kin", "siblings"}
# a family's own dead, told by a relative: part of the toll the article gives, never added to it
KIN = {"son", "daughter", "brother", "sister", "husband", "wife", "mother", "father", "child", "baby", "nephew",
       "niece", "cousin", "grandson", "granddaughter", "grandmother", "grandfather", "grandchild", "uncle", "aunt"}
KIN_VICTIMS = {"sons", "daughters", "brothers", "sisters", "nephews", "nieces", "cousins", "husbands",
               "wives", "grandchildren", "uncles"}
# times, not people: "up from about 9,000 last week", "by the time", "by evening"
TIME_NOUNS = {"time", "end", "morning", "evening", "night", "afternoon", "noon", "day", "week", "weekend", "month",
              "year", "then", "now", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
HEADLINE_VICTIM_VERBS = {"flee", "die", "perish", "drown"}  # present-tense verbs whose subject is the victims
TITLE_CASE_PREPOSITIONS = {"near", "in", "on", "at", "after", "amid", "along", "across", "over", "from", "with",
                           "during", "as", "inside", "outside", "by", "into"}

# what only happens to people: an unknown plural these govern is people
PEOPLE_ONLY_CATEGORIES = frozenset({"killed", "wounded", "missing"})
# killing verbs that also take things ("destroyed up to 100 militants" / "destroyed several depots")
THINGS_TOO_VERBS = frozenset({"destroy"})


def _classify_head(head: Optional[Token]):
    """(kind, category, group): kind is 'cue', 'victim', 'other' or 'none'."""
    tables = _tables()
    if head is None:
        return "none", None, "people"
    lower = head.lower_
    if lower == "another" or lower in ORDINAL_MORE and head.i > 0 and head.nbor(-1).lower_ == "a":
        # "one soldier was killed and another wounded", "and a third was wounded": like a bare number
        return "none", None, "people"
    if lower in tables["exclude"] or head.like_num:
        return "other", None, None
    if head.ent_type_ == "PERSON" and head.pos_ == "PROPN":
        return "victim", None, "people"  # a named victim (see _named_victims)
    if lower in tables["nouns"]:
        return "cue", tables["nouns"][lower], "people"
    if lower in {"lives", "life"} and cue_category(head) == "killed":
        return "cue", "killed", "people"  # "the clashes have claimed at least nine lives"
    if lower in tables["victims"]:
        return "victim", None, tables["victims"][lower]
    if head.lemma_ in tables["victims"]:
        return "victim", None, tables["victims"][head.lemma_]
    if gazetteer.canonical(head.text) or head.ent_type_ == "NORP":
        return "victim", None, "people"
    if head.tag_ == "NN" and lower in _person_nouns():
        return "victim", None, "people"  # "a civilian driver", "the school cook"
    if head.is_upper and head.is_alpha and 2 <= len(head) <= 6 and head.pos_ == "PROPN" and head.i > 0 \
            and head.nbor(-1).like_num:
        return "unknown", None, "people"  # "Eleven VDP lost their lives": a force's initials, if a harm word follows
    if head.tag_ == "NNS" and head.pos_ == "NOUN" and head.is_alpha and not head.ent_type_:
        # a plural the lexicon does not know ("dissidents", "engineers", "drivers"): people only
        # when a killing, wounding or missing word governs it (checked once the cue is known)
        return "unknown", None, "people"
    return "other", None, None


def _group_of(tokens: list[Token], default: str) -> str:
    victims = _tables()["victims"]
    groups = {victims.get(t.lower_) for t in tokens} - {None}
    for group in ("military", "civilians"):
        if group in groups:
            return group
    return default


# Real sentences give a word a handful of dependents; a list of thousands of
# numbers gives one word thousands, and scanning them all for every figure
# would make the component quadratic.
MAX_CHILDREN = 64


# plural amount nouns that head "of" phrases the way numbers do ("dozens of families"): the words of the
# number lexicon's vague amounts before "of" ("dozens of", "tens of thousands of", ...)
AMOUNT_NOUNS = frozenset(word for amount in lexicon()["vague"] for word, after in zip(amount.split(), amount.split()[1:])
                         if after == "of" and word.endswith("s"))


def _amount_word(token: Token) -> bool:
    return token.like_num or token.lower_ in AMOUNT_NOUNS


FINITE_TAGS = frozenset({"VBP", "VBZ", "VBD", "MD"})


# verbs whose object "their lives" makes the subject dead
LIFE_GIVING_VERBS = {"lose", "give", "lay", "sacrifice"}


LIST_VERBS = {"were", "are", "was", "is", "included", "include", "includes"}


def _listed_after_cue(anchor: Token) -> Optional[Token]:
    """The casualty noun a list of victims is given for, read off the words when the parse fails:
    "the dead were four men, three women and two children" (each item, up the list to "were")."""
    doc = anchor.doc
    if anchor.pos_ not in {"NOUN", "PROPN"}:
        return None  # ("the youngest of the dead was 15": an age, no listed victims)
    after = anchor.i + 1  # (the noun's own next word: its conjuncts may run on to another clause's verb)
    if after < len(doc) and (doc[after].pos_ in {"AUX", "VERB"} or doc[after].tag_ in FINITE_TAGS):
        return None  # "..., and four other villagers were wounded": an item with a predicate of its own
    i = anchor.left_edge.i - 1
    start = max(anchor.sent.start, anchor.i - LIST_REACH)
    while i > start and (doc[i].text in {",", "and"} or doc[i].pos_ in {"NUM", "NOUN", "ADJ", "PROPN", "DET"}):
        if doc[i].lower_ in LIST_VERBS:
            break
        i -= 1
    if i - 1 < anchor.sent.start or doc[i].lower_ not in LIST_VERBS:
        return None
    noun = doc[i - 1]
    return noun if noun.pos_ in {"NOUN", "ADJ"} and (_tables()["nouns"].get(noun.lower_) or
                                                      noun.lower_ in {"victims", "dead"}) else None


LIST_REACH = 14  # tokens back from a listed figure to the "were" of "the dead were ..."


def _governing_cue(anchor: Token, sent: Span) -> Optional[Token]:
    """The casualty word that governs ``anchor`` (the counted noun or the number)."""
    listed = _listed_after_cue(anchor)
    if listed is not None:
        return listed  # "the dead were four men, three women and two children, and four others were wounded"
    if anchor.dep_ == "conj" and any(c.dep_ == "nummod" for c in anchor.head.children):
        # "the bodies of the four tribesmen and eight injured civilians": the eight are wounded (a count
        # coordinated with another count; not "the burnt dormitory and three injured students died", misparsed)
        own = next((c for c in anchor.children if c.dep_ == "amod" and c.i < anchor.i and cue_category(c)), None)
        if own is not None:
            return own
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of" and anchor.head.head.lower_ in {"bodies", "corpses", "remains"}:
        return anchor.head.head  # "recovered the bodies of two missing soldiers": they are dead
    node = anchor
    after = anchor.doc[anchor.right_edge.i + 1] if anchor.right_edge.i + 1 < len(anchor.doc) else None
    first = anchor
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if anchor.dep_ == "conj" and first.dep_ in {"dobj", "obj", "pobj"} and after is not None \
            and after.tag_ in FINITE_TAGS:
        # "We have lost four officers and three others are nursing injuries": the subject of a clause of its
        # own, not more objects of the verb before
        return None
    # climb coordination: "two soldiers and a civilian were wounded"
    # and lists the parser hung as appositions ("four Reservists, three Kenyan civilians and two traders")
    while (node.dep_ == "conj" or node.dep_ == "appos" and any(c.dep_ == "nummod" for c in node.children)
           and not any(t.text == ";" for t in anchor.doc[node.head.i : node.i])) \
            and node.head.pos_ in NOMINAL_POS | {"NUM", "PRON"} and node.head.i != node.i:
        node = node.head
    # "one of the soldiers wounded in the attack had died": the clause verb the
    # figure is the subject of says what happened to it, not the participle on its noun
    subject = anchor
    if subject.dep_ == "pobj" and subject.head.lower_ == "of" and _amount_word(subject.head.head):
        subject = subject.head.head  # "two of the soldiers", "dozens of families from the village of X"
    if subject.dep_ == "appos" and subject.head.pos_ == "PROPN" and subject.head.i < subject.i \
            and subject.head.dep_ in {"nsubj", "nsubjpass"}:
        # "According to X, Lawan Bakari Mahamat, more than 1,200 inhabitants ... have fled": the
        # parser hung the subject on the source's name
        subject = subject.head
    if subject.dep_ in {"nsubj", "nsubjpass"} and cue_category(subject.head) and subject.head.pos_ in {"VERB", "AUX"}:
        participle = next((c for c in islice(anchor.children, MAX_CHILDREN) if c.dep_ in {"acl", "amod"}
                           and c.i == anchor.i + 1 and cue_category(c)), None)
        if participle is not None and any(c.dep_ in {"nsubj", "nsubjpass"} and c.i != subject.i
                                          for c in subject.head.children):
            return participle  # "3 KNV cadres killed, AR personnel injured": the verb has a subject of its own
        return subject.head
    for child in islice(anchor.children, MAX_CHILDREN):  # "12 people killed in the attack", "others wounded"
        if child.dep_ in {"acl", "relcl", "amod"} and cue_category(child) and \
                not any(t.is_punct for t in anchor.doc[min(anchor.i, child.i) + 1 : max(anchor.i, child.i)]):
            return child
    if node.dep_ == "pobj" and node.head.lower_ in {"of", "to", "at"}:
        prep = node.head
        owner = prep.head
        if cue_category(owner):  # "deaths of 12 soldiers", "toll ... to 94"
            return owner
        # "two of its soldiers", "A total of 612 people ... have been evacuated"
        node = owner if ((_amount_word(owner) or owner.lower_ == "total") and prep.lower_ == "of") else prep
    among = _among_them(anchor, sent)
    if among is not None:
        return among  # "treated 27 wounded people since Monday, among them eight children"
    if node.dep_ == "pobj" and node.head.lower_ == "including" and node.head.head.pos_ in NOMINAL_POS \
            and node.head.head.i < node.head.i:
        # "killed at least 16 civilians, including six children": the word of the figure the part is of
        return _governing_cue(node.head.head, sent)
    if node.dep_ == "pobj" and node.head.lower_ == "including" and node.head.head.pos_ in {"VERB", "AUX"}:
        # "treated 43 wounded patients ... since Sunday, including 12 children": the parser hung the part
        # on the verb; it is part of the verb's counted object
        verb = node.head.head
        whole = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.i < node.head.i
                      and any(n.dep_ == "nummod" for n in c.children)), None)
        if whole is not None:
            return _governing_cue(whole, sent)
        toll = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "toll"), None)
        if toll is not None and verb.lemma_ in TOLL_MOVERS:
            return toll  # "put the toll at seven, including two children"
        if verb.lemma_ in _tables()["update"] | {"rise", "climb", "reach", "increase", "jump"}:
            # "The number of injured has risen to seven from four, including three civilians": part of the toll
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is not None and cue_category(subject):
                return subject
            if subject is not None:
                return next((o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj" and cue_category(o)), None)
    governor = node.head
    if node.dep_ in {"nsubj", "nsubjpass"} and governor.lemma_ == "be":
        # "19 soldiers were among those killed / among the dead"
        for prep in islice(governor.children, MAX_CHILDREN):
            if prep.dep_ == "prep" and prep.lower_ == "among":
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        if cue_category(obj):
                            return obj
                        for child in obj.children:
                            if child.dep_ in {"acl", "relcl", "amod"} and cue_category(child):
                                return child
    if governor.lemma_ in {"embrace", "attain", "achieve", "receive"}:
        for child in islice(governor.children, MAX_CHILDREN):
            if child.dep_ in {"dobj", "obj"} and child.lower_ in {"martyrdom", "shahadat", "shahadah", "shahadath"}:
                return child  # "Three soldiers embraced martyrdom"
    hops = 0
    while governor is not None and hops < 3:
        if cue_category(governor):
            return governor
        for child in islice(governor.children, MAX_CHILDREN):
            # "192 servicemen became martyrs and 511 were wounded": the figure's own predicate noun,
            # before any coordinated clause's word
            if child.dep_ == "attr" and child.i > node.i and cue_category(child):
                return child
        # "the number of dead had risen to 42 ... and that 64 people were being treated": the
        # toll's own word first, before any coordinated clause's; then a participle on its noun
        # ("the number of Thai civilians killed since ... has risen to 14")
        counted = [o for child in islice(governor.children, MAX_CHILDREN)
                   if child.dep_ in {"nsubj", "nsubjpass"} and child.lower_ in {"number", "tally", "count"}
                   for of in child.children if of.dep_ == "prep" and of.lower_ == "of"
                   for o in of.children if o.dep_ == "pobj"]
        word = next((o for o in counted if cue_category(o)), None) or next(
            (c for o in counted for c in o.children if c.dep_ in {"acl", "amod"} and cue_category(c)), None)
        if word is not None:
            return word
        for child in islice(governor.children, MAX_CHILDREN):
            if child.dep_ in {"xcomp", "oprd", "acomp", "conj", "ccomp", "advcl"} and cue_category(child) \
                    and (child.i > node.i - 1 or child.dep_ in {"acomp", "oprd"} and child.i == governor.i + 1
                         and node.i > child.i) and not (child.dep_ == "ccomp" and node.dep_ == "nsubj"
                                                      and governor.lemma_ in _tables()["reporting"]) \
                    and not (child.dep_ == "conj" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in child.children)):
                # ("shot dead five people": the verb's own complement, before its object)
                # "Two men said the shelling killed four soldiers": the speakers are not the dead; "7,600
                # civilians were forced from their homes, and 17 soldiers were taken prisoner": a clause with
                # a subject of its own says nothing of them
                return child
            if child.dep_ in {"nsubj", "nsubjpass"} and child.lower_ == "toll":
                return child
            if child.dep_ == "conj" and child.i > node.i and child.lemma_ in STATE_VERBS \
                    and not any(c.dep_ in {"nsubj", "nsubjpass", "neg"} for c in child.children):
                # "two woodcutters ... have not returned and are missing", "... and were considered missing":
                # the shared subject's state
                word = next((c for c in child.children if c.dep_ in {"acomp", "attr", "oprd", "xcomp"}
                             and cue_category(c)), None)
                if word is not None:
                    return word
            if child.dep_ == "dobj" and child.lower_ in {"lives", "life"} and governor.lemma_ in LIFE_GIVING_VERBS:
                return child  # "lost their lives", "gave their lives", "laid down their lives"
            if child.dep_ == "dobj" and child.lower_ in {"sacrifice", "price"} and cue_category(child):
                return child  # "paid the ultimate sacrifice", "paid the ultimate price"
            if child.dep_ == "prep" and child.lower_ == "as":  # "was listed as missing", "confirmed as dead"
                word = next((c for c in child.children if c.dep_ in {"pcomp", "pobj", "acomp"} and cue_category(c)),
                            None)
                if word is not None:
                    return word
        if governor.dep_ in {"aux", "auxpass"} or governor.pos_ == "ADP":
            governor = governor.head
            hops += 1
            continue
        break
    return None


STATE_VERBS = {"be", "remain", "consider", "declare", "list", "presume", "report", "believe"}  # "... and are missing"


def _among_them(anchor: Token, sent: Span) -> Optional[Token]:
    """The casualty word of the figure before "among them N": its parts share it."""
    doc = anchor.doc
    i = anchor.i - 1
    while i > sent.start and doc[i].lower_ not in {"them", "whom"} and (
            doc[i].is_punct or anchor.left_edge.i <= i and doc[i].lower_ != "among"):
        i -= 1  # over the figure's own modifiers ("a 12-year-old")
    if not (i > sent.start and doc[i].lower_ in {"them", "whom"} and doc[i - 1].lower_ == "among"):
        return None
    for token in reversed(doc[sent.start : i - 1]):
        if token.like_num:  # the nearest figure before: "12 killed and 121 wounded, among them 10 children"
            cue = _adjacent_cue(doc, doc[token.i : token.i + 1], sent) if token.dep_ != "nummod" else None
            cue = cue or _governing_cue(token.head if token.dep_ == "nummod" else token, sent)
            if cue is not None:
                return cue
    return None


NOMINAL_OF_ONLY = {"evacuation"}  # casualty nouns that count only the people "of" them


def _present_verb_category(word: str) -> Optional[str]:
    """The category of a casualty verb in the present, as headlines have it ("kill", "Kills", "Detain"), never
    a participle ("hurt", "killed")."""
    verbs = _tables()["verbs"]
    word = word.lower()
    if word.endswith("s") and word[:-1] in verbs:
        return verbs[word[:-1]]  # "kills", "wounds"
    return None if word in _tables()["words"] else verbs.get(word)  # ("hurt" is a participle too)


def _headline_verb(token: Token) -> bool:
    """A harm verb in the present, as headlines have it ("kill", "kills", "wound")."""
    return _present_verb_category(token.text) in HARM_CATEGORIES


def _adjacent_cue(doc: Doc, span: Span, sent: Span) -> Optional[Token]:
    """'12 killed, 15 injured': a casualty participle right after a bare number
    is its word, whatever the parser attached the number to."""
    i = span.end
    while i < sent.end and doc[i].is_space:
        i += 1
    if i < sent.end and doc[i].lemma_ in {"receive", "sustain", "suffer"}:
        for word in doc[i + 1 : min(i + 4, sent.end)]:  # "144 received wounds", "sustained gunshot injuries"
            if cue_category(word) == "wounded":
                return word
    if i < sent.end and doc[i].tag_ in {"VBN", "VBD", "JJ"} and cue_category(doc[i]) is not None:
        nxt = doc[i + 1] if i + 1 < sent.end else None
        if nxt is None or nxt.is_punct or nxt.lower_ in {"and", "or", "in", "on", "at", "during", "when", "after"}:
            return doc[i]
    return None


def _partitive_clause_verb(span: Span, np_tokens: list[Token]) -> Optional[Token]:
    """'one of the injured died', 'two of the wounded later died': a number
    taken out of a casualty noun ("N of the wounded") that is the subject of a
    casualty verb of another category: that verb says what happened to them."""
    if not np_tokens or np_tokens[0].lower_ != "of":
        return None
    number = span[-1]
    if number.dep_ in {"nsubj", "nsubjpass"} and number.head.pos_ in {"VERB", "AUX"}:
        verb = number.head
    else:
        verb = _next_verb(np_tokens[-1])
        if verb is None or cue_category(verb) != "killed":
            return None
    category = cue_category(verb)
    head_category = _tables()["nouns"].get(np_tokens[-1].lower_)
    if category is None or category == head_category:
        return None
    return verb


def _next_verb(last: Token, reach: int = 10) -> Optional[Token]:
    """The verb right after a phrase, over an apposition ("one of the wounded, a
    58-year-old man, died"), when the parser hung the phrase elsewhere."""
    doc = last.doc
    for token in doc[last.i + 1 : min(len(doc), last.i + 1 + reach)]:
        if token.pos_ == "VERB":
            return token
        if token.pos_ not in {"PUNCT", "DET", "NUM", "ADJ", "NOUN", "ADV", "AUX"} or token.is_sent_start:
            return None
    return None


# verbs of moving people that others do: their object (or passive subject) is displaced
MOVED_BY_OTHERS = frozenset({"move", "relocate", "transfer", "resettle", "force", "drive", "bus", "shift"})
DESTINATION_PREPS = {"into", "over", "across", "to", "from", "toward", "towards", "in", "at"}


def _movement_verb(anchor: Token, span: Span) -> Optional[Token]:
    """'6,000 people crossed into Chad', 'hundreds of residents have left (the
    area)': people (never troops or vehicles: the caller checks the noun) as
    the subject of a verb of leaving or crossing are displaced, without any
    casualty word. 'cross' / 'pour' / 'arrive' need a destination or the border."""
    tables = _tables()
    subject = anchor
    if subject.dep_ == "pobj" and subject.head.lower_ == "of" and subject.head.head.i in range(span.start, span.end):
        subject = subject.head.head  # "hundreds of residents"
    verb = subject.head
    relative = next((c for c in islice(subject.children, MAX_CHILDREN) if c.dep_ == "relcl"
                     and c.lemma_ in tables["movement"]), None)
    if relative is not None:
        verb = relative  # "about 350 people who crossed the river into Colombia"
    elif subject.dep_ in {"nsubj", "nsubjpass"} and verb.lemma_ in {"force", "compel", "make", "order", "tell", "have"}:
        # "90,000 people have been forced to leave their homes"
        verb = next((c for c in islice(verb.children, MAX_CHILDREN) if c.dep_ == "xcomp"
                     and c.lemma_ in tables["movement"]), verb)
    elif subject.dep_ in {"nsubjpass", "dobj"} and verb.lemma_ in MOVED_BY_OTHERS:
        # "600 residents were moved to safer villages", "moved 600 residents to shelters",
        # "forced thousands from their homes"
        preps = [c for c in islice(verb.children, MAX_CHILDREN)
                 if c.dep_ == "prep" and c.lower_ in {"to", "from", "out", "into"}]  # ("drive 2,000 villagers into Mizoram")
        destinations = [o.lower_ for p in preps for o in p.children if o.dep_ == "pobj"]
        if any(o in tables["treatment_objects"] for o in destinations):
            return None  # "the wounded were moved to hospital": treated, not displaced
        if verb.pos_ == "VERB" and preps and (verb.lemma_ != "force" or any(
                o in tables["movement_places"] for o in destinations)):
            return verb
        return None
    elif subject.dep_ != "nsubj":
        return None
    if verb.pos_ != "VERB" or verb.lemma_ not in tables["movement"]:
        return None
    objects = [c for c in islice(verb.children, MAX_CHILDREN) if c.dep_ in {"dobj", "obj"}]
    preps = {c.lower_ for c in islice(verb.children, MAX_CHILDREN) if c.dep_ == "prep"}
    places_ = tables["movement_places"]
    if verb.lemma_ in {"leave", "abandon", "escape"}:
        if objects and not any(o.lower_ in places_ or o.ent_type_ in {"GPE", "LOC"}
                               or o.pos_ == "PROPN" and places.world_places().get(o.text) for o in objects):
            return None  # "left 12 dead", "left a note"
        if any(c.dep_ in {"oprd", "xcomp", "ccomp", "acomp"} for c in verb.children):
            return None
        return verb
    if objects and any(o.lower_ in places_ for o in objects):
        return verb  # "crossed the border"
    if verb.lemma_ == "enter" and any(o.ent_type_ in {"GPE", "LOC"} for o in objects):
        return verb  # "1,300 Rohingya have entered Bangladesh"
    if preps & DESTINATION_PREPS:
        return verb  # "crossed into Chad", "crossed the Moei river from Myanmar into Thailand"
    return None


ARMED_UNIT_WORDS = {"units", "unit", "police", "army", "forces"}


def _destination_of_flight(token: Token) -> bool:
    """Whether a place name is where people fled or crossed to ("crossed into Moyo District in Uganda",
    "fled to Chad"): up a chain of prepositional phrases to a movement verb through "into" or "to"."""
    node, through = token, False
    for _ in range(4):
        if node.dep_ not in {"pobj", "compound", "amod"} or node.head.i == node.i:
            return False
        node = node.head
        if node.pos_ == "ADP":
            through = through or node.lower_ in {"into", "to", "toward", "towards"}
            node = node.head
            if node.pos_ == "VERB":
                subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
                armed = subject is not None and any(  # "units of the Liyu police crossed into Somaliland": an attack
                    _tables()["victims"].get(t.lower_) == "military" or t.lower_ in _fighter_nouns()
                    or t.lower_ in ARMED_UNIT_WORDS for t in subject.subtree)
                return through and not armed and (node.lemma_ in _tables()["movement"] or node.lemma_ == "flee")
    return False


def _destination_party(cue: Token, context: "_Context") -> Optional[str]:
    """People who fled or crossed *into* one side of a two-country conflict
    ("6,000 people crossed into Chad", "18,000 people have arrived in Adre") come from the other one."""
    if cue_category(cue) != "displaced" and cue.lemma_ not in _tables()["movement"]:
        return None
    mentions = context.mentions
    countries = sorted(context.country_sides)
    if len(countries) != 2:
        return None
    # "had crossed into Cameroon ... and were sheltering in two schools": the coordinated movement verb too
    verbs = [cue] + ([cue.head] if cue.dep_ == "conj" else []) + [c for c in cue.children if c.dep_ == "conj"]
    if cue.pos_ == "NOUN" and cue.dep_ == "nsubj" and cue.head.lemma_ in _tables()["movement"] | {"flee"}:
        verbs.append(cue.head)  # "18,000 refugees have crossed ... into Adre": the refugees' own verb
    if cue.dep_ == "pobj" and cue.head.lower_ == "of" and cue.head.head.dep_ == "nsubj" \
            and cue.head.head.head.lemma_ == "cross":
        # "some 4,000 of the displaced had crossed the border into Venezuela" (not "11,000 of the displaced have
        # arrived in Cúcuta": a town of their own country may take them in)
        verbs.append(cue.head.head.head)
    for child in (c for verb in verbs for c in islice(verb.children, MAX_CHILDREN)):
        if child.dep_ == "prep" and child.lower_ == "from" and child.head.lemma_ in {"cross", "flee"}:
            # "18,000 refugees have crossed from Sudan's West Darfur state into Adre": from where they fled
            for obj in (o for o in child.children if o.dep_ == "pobj"):
                sub = _place_phrase(obj)
                where = _party_in(mentions, sub.start_char, sub.end_char)
                if where in countries:
                    return where
    for child in (c for verb in verbs for c in islice(verb.children, MAX_CHILDREN)):
        if child.dep_ == "prep" and (child.lower_ in {"into", "to", "toward", "towards"} or
                                     child.lower_ in {"in", "at"} and child.head.lemma_ in ARRIVAL_VERBS):
            for obj in (o for prep in [child] + [c for c in child.children if c.dep_ == "conj"]
                        for o in prep.children):  # "arrived in and around the border town of Adre"
                if obj.dep_ == "pobj":
                    sub = _place_phrase(obj)
                    where = _party_in(mentions, sub.start_char, sub.end_char)
                    if where is None and child.lower_ in {"in", "at", "into"}:
                        where = context.places.party_in(sub)  # "arrived in Adre"; "fled to" a town may be home
                    if where in countries:
                        return countries[1 - countries.index(where)]
    return None


def _named_conjuncts(head: Optional[Token], cue: Token) -> int:
    """How many named persons a counted victim noun is coordinated with under
    the same casualty verb ("killed Fayez Jan and one additional insurgent",
    "detained Abdul Rahman and six suspects"): each name is one more person.
    A name with its own number or article ("a commander, X,") is its own figure."""
    if head is None or head.dep_ != "conj":
        return 0
    first = head.head
    if first.pos_ != "PROPN" or first.dep_ not in {"dobj", "obj", "nsubjpass"} or first.head.i != cue.i:
        return 0
    if first.ent_type_ and first.ent_type_ != "PERSON" or first.is_upper:
        return 0  # "DUSHANBE, January 9 -- Three Chinese nationals and ...": a dateline is no person
    names = [first] + [c for c in first.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.i < head.i]
    for name in names:
        if any(c.dep_ in {"nummod", "det"} and c.lower_ not in {"the"} for c in name.children):
            return 0
        if (name.ent_type_ and name.ent_type_ != "PERSON") or gazetteer.canonical(name.text):
            return 0  # a place or a side ("killed Armenia and ...") is no person
    return len(names)


CLAUSE_OPENERS = {"when", "after", "as", "because", "while", "before"}
MORE_WORDS = {"more", "other", "others", "another", "further"}


def _linear_cue(doc: Doc, start: int, end: int, sent: Span, blockers: set[int]) -> Optional[Token]:
    """Nearest casualty word after (then before) a phrase in the same clause."""
    limit = min(sent.end, end + 6)
    if end < sent.end and doc[end].text == ",":
        # over an apposition: "nearly 40 people, most of them young men, were still missing"
        close = next((j for j in range(end + 1, min(sent.end, end + 9)) if doc[j].text == ","), None)
        if close is not None and not any(t.pos_ in {"VERB", "AUX"} for t in doc[end + 1 : close]):
            limit = min(sent.end, close + 5)
    for i in range(end, limit):
        tok = doc[i]
        if tok.text in {";", ":"} or tok.lower_ in {"while", "but", "whereas"}:
            break
        if tok.pos_ == "VERB" and tok.lemma_ in _tables()["reporting"] and any(
                c.dep_ == "nsubj" and c.left_edge.i < end and c.right_edge.i >= start for c in tok.children):
            break  # "Two men said the shelling killed four soldiers": the speakers are not the victims
        if cue_category(tok):
            return tok
    for i in range(start - 1, max(sent.start, start - 7) - 1, -1):
        tok = doc[i]
        if tok.text in {";", "."} or (i in blockers and i < start - 4):
            break
        if tok.lower_ in CLAUSE_OPENERS and tok.dep_ in {"advmod", "mark"} \
                and not any(t.lower_ in MORE_WORDS for t in doc[start:end]):
            # "a jawan was injured when a group of smugglers attacked": the when-clause's own people (but
            # "injuries had risen to nine, after three more personnel ...": more of the same)
            break
        if tok.pos_ == "VERB" and tok.lemma_ in _tables()["reporting"]:
            speaker = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < i), None)
            if speaker is not None and any(cue_category(t)
                                           for t in doc[speaker.left_edge.i : speaker.right_edge.i + 1]):
                # "A relative of one of the victims said the group of about 30 men": the speaker's word
                return None
        if cue_category(tok) and tok.pos_ in {"VERB", "NOUN", "ADJ"}:
            return tok
        if tok.pos_ == "PROPN" and tok.is_title and _title_case(sent) and _lemma_cue(tok):
            return tok  # "Russian Border Guards Detain Five Georgians": the tagger reads a title-case verb as a name
        if tok.text == ":":  # "eight dead: five soldiers and three civilians" (a breakdown)
            continue
    return None


def _clause_cue_above(noun: Token) -> Optional[Token]:
    """The casualty verb a long subject hangs from, past the participle clause
    the parser made of it ("Two herders [grazing cattle near the wadi] were
    wounded", "drivers [waiting to enter the crossing] were injured"): farther
    than the linear look-ahead reaches."""
    node = noun
    for _ in range(3):
        if node.dep_ not in {"nsubj", "nsubjpass", "csubj", "csubjpass"} or node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and cue_category(node) and node.i > noun.i:
            return node
        for conj in islice(node.children, MAX_CHILDREN):  # "... waiting to enter ... were lightly injured"
            if conj.dep_ == "conj" and conj.pos_ == "VERB" and cue_category(conj) and not any(
                    c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children):
                return conj
    return None


def _toll_context(doc: Doc, span: Span, sent: Span) -> Optional[Token]:
    """'the death toll rose to 94', 'a toll of 94', 'the number of dead stands at 94'."""
    for i in range(span.start - 1, max(sent.start, span.start - 9) - 1, -1):
        tok = doc[i]
        if tok.like_num:
            break
        if tok.lower_ == "toll":
            return tok
        if tok.lower_ in _tables()["nouns"] and i > sent.start and doc[i - 1].lower_ == "of":
            return tok
        if tok.lower_ in _tables()["nouns"] and doc[i + 1].lower_ == "at" and i + 2 == span.start:
            return tok  # "put the dead at nine"
        if tok.lower_ in {"number", "count", "tally", "total"} and i + 1 < span.start and doc[i + 1].lower_ == "of":
            for word in doc[i + 2 : min(i + 5, span.start)]:  # "the number of killed servicemen reached three"
                if cue_category(word) is not None:
                    return word
    # "The number of people displaced by the clashes between ... rose this Friday to 18,400":
    # the subject of the verb the figure is the new value of
    last = span[-1]
    if last.dep_ == "nummod" and last.head.dep_ == "pobj" and last.head.lower_ in {"people", "persons"}:
        last = last.head  # "raised the figure to 742 people"
    prep = last.head
    reached = last.dep_ == "dobj" and prep.pos_ == "VERB" and prep.lower_ in _tables()["update"]
    if reached or last.dep_ == "pobj" and prep.lower_ in {"to", "at", "past"} and prep.head.pos_ in {"VERB", "AUX"}:
        verb = prep if reached else prep.head  # "the figure had reached 5,020", "climbed past 4,000"
        if verb.lemma_ in TOLL_MOVERS:  # "bringing the number of Georgians taken to Tskhinvali to six"
            subjects = [c for c in islice(verb.children, MAX_CHILDREN) if c.dep_ in {"dobj", "obj"}]
        else:
            subjects = [c for c in islice(verb.children, MAX_CHILDREN) if c.dep_ in {"nsubj", "nsubjpass"}]
        for subject in subjects:
            if subject.lower_ in {"number", "count", "tally", "total"}:
                for word in doc[subject.i + 1 : min(subject.right_edge.i + 1, subject.i + 40)]:
                    if cue_category(word) is not None and word.i != span.start:
                        return word
            if subject.lower_ in {"figure", "number", "total", "tally"} and subject.right_edge.i == subject.i \
                    and (verb.lower_ in _tables()["update"] or verb.lemma_ in TOLL_MOVERS):
                # "put the death toll at 17, but the number rose to 26": the count the clause before gave
                earlier = next((t for t in reversed(doc[sent.start : subject.i]) if t.lower_ == "toll"), None)
                if earlier is not None:
                    return earlier
                if sent.start == 0:
                    continue
                # "About 2,300 refugees had arrived by Monday. By Tuesday the figure had risen to 3,100":
                # the count the sentence before gave, updated
                previous = doc[sent.start - 1].sent
                return next((t for t in reversed(previous) if cue_category(t) is not None or (
                    t.lemma_ in _tables()["movement"] and t.pos_ == "VERB" and any(
                        c.dep_ == "nsubj" and any(n.like_num for n in c.subtree) for c in t.children))), None)
                # ("About 2,700 people had crossed on Thursday. The figure climbed past 4,000")
    return None


# ---------------------------------------------------------------- parties

LINKED_TO = re.compile(r"[-‑](?:linked|affiliated|aligned|allied|inspired)\b", re.IGNORECASE)
GOVERNMENT_NOUNS = ("government", "authorities", "regime", "rulers", "emirate")  # not a regional "administration"


OWN_FIGHTER_NOUNS = {"men", "members", "man", "member", "comrades", "comrade"}  # a group's word for its own fighters


def _governing_groups(text: str, parties: list[dict], reference: Optional[str] = None) -> dict[str, str]:
    """Armed groups the text presents as a country's government ("the Taliban
    government", "Houthi authorities"): their people are that country's people
    (a careful reader counts Afghan government forces under Afghanistan).
    The country is the one the group's own name carries ("Afghan Taliban"),
    else the most mentioned country that is not already a side. Groups that
    have been a country's government since a date (the lexicon's
    ``governments``) are that country in articles from then on (or undated)."""
    # "Taliban fighters" in 2026: Afghan forces. The parties list already names them so;
    # speakers and sources looked up in the gazetteer still say "Taliban".
    mapping: dict[str, str] = {group: ruler for group in lexicon().get("governments", {})
                               if (ruler := ruling_country(group, text, reference))}
    lower = text.lower()
    for party in parties:
        if party.get("_kind") != "group" or party["name"] in mapping:
            continue
        names = {party["name"], *party.get("aliases", [])}
        pattern = r"\b(?:%s)(?:['’]s)?(?:-led|-run)?\s+(?:%s)\b" % (
            "|".join(re.escape(n.lower()) for n in names), "|".join(GOVERNMENT_NOUNS))
        if not re.search(pattern, lower):
            continue
        country = None
        entry = next((e for e in gazetteer.entries() if e.name == party["name"]), None)
        for surface in (entry.surfaces if entry else ()):
            for word in re.findall(r"[\w'’-]+", surface):
                hit = gazetteer.lookup(word)
                if hit is not None and hit.kind == "country":
                    country = hit.name
                    break
            if country:
                break
        home = lexicon().get("group_home", {}).get(party["name"])
        if country is None and home in {p["name"] for p in parties}:
            # "Houthi authorities" in a story that names Yemen: the group stays itself (Yemen's government
            # is another side), never the country most named besides (the migrants' Ethiopia)
            continue
        if country is None:
            others = [p for p in parties if p.get("_kind") == "country" and p.get("role") != "side"]
            if others:
                country = max(others, key=lambda p: p.get("mentions", 0))["name"]
        if country:
            mapping[party["name"]] = country
    return mapping


def _mentions(doc: Doc, governing: dict[str, str]) -> list[tuple[int, int, str]]:
    parties = doc._.borderfacts_parties or []
    spans = []
    text = doc_text(doc)
    for party in parties:
        if party.get("_kind") == "organisation":  # mediators are not victims' sides
            continue
        for start, end in party.get("_spans", []):
            if LINKED_TO.match(text, end):
                continue  # "fighters of the al-Qaeda-linked JNIM": a label of another group, not a side
            spans.append((start, end, governing.get(party["name"], party["name"])))
    if not spans:  # degrade gracefully: single-token gazetteer lookups
        for tok in doc:
            if tok.pos_ in NOMINAL_POS | {"ADJ"} and tok.text[:1].isupper():
                name = gazetteer.canonical(tok.text)
                if name:
                    spans.append((tok.idx, tok.idx + len(tok), name))
    return sorted(spans)


def _side_names(doc: Doc, governing: dict[str, str]) -> set[str]:
    """Canonical names (after the governing-group mapping) of the parties with role ``side``."""
    parties = doc._.borderfacts_parties or []
    return {governing.get(p["name"], p["name"]) for p in parties if p.get("role") == "side"}


def _de_facto_side(sides: set[str]) -> Optional[str]:
    """The one self-declared entity among the sides (Nagorno-Karabakh, South
    Ossetia...), whose officials and fighters the news calls "the region's",
    "separatist" or "breakaway"; None when there is none or more than one."""
    entities = set(lexicon().get("de_facto_entities", ())) & sides
    return next(iter(entities)) if len(entities) == 1 else None


@lru_cache(maxsize=1)
def _DE_FACTO_CUE() -> re.Pattern:
    cues = lexicon().get("de_facto_cues", ())
    return re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(re.escape(c) for c in cues), re.IGNORECASE)


def _event_place_tokens(sent: Span) -> set[int]:
    """Tokens inside a preposition phrase on a two-sided event noun ("in the
    battle for the eastern Congolese city of Goma")."""
    tokens: set[int] = set()
    for tok in sent:
        if tok.lower_ in EVENT_NOUNS and tok.dep_ == "pobj":
            for child in tok.children:
                if child.dep_ in {"prep", "amod", "compound"}:
                    tokens.update(range(child.left_edge.i, child.right_edge.i + 1))
    return tokens


MAX_MENTION_CHARS = 200  # longer than any gazetteer name


def _party_in(mentions, start: int, end: int) -> Optional[str]:
    """The first party mention overlapping [start, end). ``mentions`` is sorted
    by start, so only the few just before ``end`` need looking at."""
    j = bisect.bisect_left(mentions, (end,)) - 1
    first = None
    while j >= 0 and mentions[j][0] > start - MAX_MENTION_CHARS:
        if mentions[j][1] > start:
            first = j
        j -= 1
    return mentions[first][2] if first is not None else None


# ---------------------------------------------------------------- sources

NEARBY_STATEMENTS = 64  # statements on either side of a figure worth checking


PRIVATE_AFFILIATION = re.compile(r"\b(?:%s)s?\b" % "|".join(sorted(PRIVATE_PEOPLE)), re.IGNORECASE)
def _of_the_victims(after: str) -> bool:
    """'... of the officers', '... of the injured officers': a part of people counted before."""
    match = re.match(r"\s+of\s+(?:the|these|those)\s+(\w+)(?:\s+(\w+))?", after)
    victims = _tables()["victims"]
    words = [word.lower() for word in (match.groups() if match else ()) if word]
    # (not "four of the attackers": the enemy's men are counted by other rules)
    return any(word in victims for word in words) and not any(word in _fighter_nouns() for word in words)


CONTRAST_WORDS = r"(?:while|whereas|although|though|but|meanwhile)"
CONTRASTING_CLAUSE = re.compile(r"\b%s\b[^,;:]*$" % CONTRAST_WORDS, re.IGNORECASE)


def _statement_for(statements: list[dict], start: int, end: int, starts: Optional[list[int]] = None,
                   text: str = "") -> Optional[dict]:
    """The statement a figure sits in. With ``starts`` (the statements' sorted
    start offsets) only the statements near the figure are checked, which
    keeps a document with thousands of statements linear. A statement in a
    contrasting clause after the figure is no source of it ("Four soldiers were
    killed ..., while Addis Ababa denied that any of its forces had taken part"),
    nor is one after a semicolon ("Three children martyred; Tehran says ...")."""
    if starts is not None:
        i = bisect.bisect_right(starts, end)
        statements = statements[max(0, i - NEARBY_STATEMENTS) : i + NEARBY_STATEMENTS]
    inside = [s for s in statements if s.get("start", -1) <= start and end <= s.get("end", -1)]
    if inside:
        return min(inside, key=lambda s: s["end"] - s["start"])
    around = [s for s in statements
              if s.get("_sent_start", -1) <= start and end <= s.get("_sent_end", -1) and s.get("kind") == "indirect"
              and not (s.get("start", -1) > end and (CONTRASTING_CLAUSE.search(text[end : s["start"]])
                                                     or ";" in text[end : s["start"]]))
              and not (s.get("end", -1) <= start and ";" in text[s["end"] : start])]
    if len(around) == 1:
        return around[0]
    return None


def _reporter_from_parse(cue: Token, sent: Span, mentions, context: Optional["_Context"] = None
                         ) -> tuple[Optional[str], Optional[str]]:
    """(reported_by, reporter party) from a reporting verb above the cue or 'according to'."""
    reporting = _tables()["reporting"]
    node = cue
    for _ in range(6):
        if node.lemma_ in reporting and node.pos_ in {"VERB", "AUX"} and node.i != cue.i:
            if _semicolon_between(cue, node):
                # "Three children martyred, two women injured; Tehran says it targeted ...": not Tehran's
                # ("ISPR says 23 khwarij killed; Kabul claims 20 Pakistani troops dead": Kabul's)
                break
            subjects = [c for c in node.children if c.dep_ in {"nsubj", "nsubjpass"}
                        and not (c.left_edge.i <= cue.i <= c.right_edge.i and cue.i < node.i)]
            if subjects:
                subject = subjects[0]
                right = subject.right_edge.i if subject.i > node.i else min(subject.right_edge.i, node.i - 1)
                sub = subject.doc[subject.left_edge.i : right + 1]
                return _source_name(sub, mentions)
        if node.head.i == node.i:
            break
        node = node.head
    if context is not None:
        return context.per_sentence(sent, "according", lambda: _according_source(sent, mentions))
    return _according_source(sent, mentions)


def _according_source(sent: Span, mentions) -> tuple[Optional[str], Optional[str]]:
    """The "according to X" source of a sentence, if any."""
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.doc[tok.i + 1].lower_ == "to":
            objects = [c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"]
            if objects:
                obj = objects[0]
                end = next((t.i for t in tok.doc[obj.i + 1 : obj.right_edge.i + 1] if t.text == ","),
                           obj.right_edge.i + 1)  # ("According to IRNA, Jaish al-Adl militants killed ...")
                return _source_name(tok.doc[obj.left_edge.i : end], mentions)
            return None, None
    return None, None


SEAT = re.compile(r"\w[-–]based\b")
SEAT_WORD = re.compile(r"\S+[-–]based\b")


def _source_name(span: Span, mentions) -> tuple[Optional[str], Optional[str]]:
    if span.root.pos_ == "PRON":
        return None, None
    text = span.text
    party = _party_in(mentions, span.start_char, span.end_char)
    if SEAT.search(text):  # "the UK-based monitor": where the body sits, not whose it is
        party, text = None, SEAT_WORD.sub("", text)
    if party:
        return party, party
    entry = gazetteer.find_in(text)
    if entry is not None:
        return entry.name, (None if entry.kind == "organisation" else entry.name)
    capital = capital_country(span.text)
    if capital:  # "Baku had given a figure of 35 dead"
        return capital, capital
    named = [e for e in span.ents if e.label_ in {"PERSON", "ORG"}]
    if named:
        # the name the phrase is about: "Mtwara Regional Commissioner Hamisi Kamugisha put the toll at seven"
        # (the NER tags "Mtwara Regional" a person too)
        head = next((e for e in named if e.start <= span.root.i < e.end), named[0])
        return head.text, None
    if re.fullmatch(r"(?:the|its|their)\s+(?:\w+\s+)?(?:ministry|army|military|government|office|service|"
                    r"command|authorities|spokesman|spokeswoman|police)", span.text.strip(), re.IGNORECASE):
        return span.text.strip(), None  # "the ministry raised its toll": the caller finds which ministry
    return None, None


# ------------------------------------------------------------- historical

LEAD_CHARS = 600  # the headline and first paragraph or two
LEAD_END = re.compile(r"\s*[^\n]*\n\s*\n\s*[^\n]*")
MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "March 26, 2026", "26 March 2026", "2026-03-26": a day of a year, as a story dates its own events
FULL_DATE = re.compile(r"\b(?:%s\s+\d{1,2}(?:,?\s+|/)(?:19|20)\d\d|\d{1,2}\s+%s,?\s+(?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)\b"
                       % (MONTHS, MONTHS))


def _current_year(doc: Doc) -> Optional[int]:
    reference = (doc._.borderfacts_reference_date or {}).get("value")
    if reference and re.match(r"\d{4}", reference):
        return int(reference[:4])
    text = doc_text(doc)
    years = [int(y) for y in re.findall(r"\b(19[5-9]\d|20\d\d)\b", text)]
    if not years:
        return None
    lead = LEAD_END.match(text)  # the headline and the first paragraph
    lead_text = text[: min(LEAD_CHARS, lead.end() if lead else LEAD_CHARS)]
    if not FULL_DATE.search(text[: 2 * LEAD_CHARS]) and not re.search(r"\b(?:19[5-9]\d|20\d\d)\b", lead_text):
        # an undated story that names no year in its lead, nor a full date ("March 26, 2026") soon after,
        # tells its own events without one ("on March 11"): the years it names further down ("the April
        # 2015 attack") are earlier
        return max(years) + 1
    return max(years)


SINCE = re.compile(r"\b(?:since|from)\s+(?:(?:early|late|mid)[\s-]+)?(?:\w+\s+)?$", re.IGNORECASE)
EARLIER_REPORT = re.compile(
    r"\b(?:earlier|initially|first|previously|originally)\s+(?:said|reported|put|gave|announced|stated|told)\b"
    r"|\bprevious\s+(?:update|toll|figure|report|count)\b"
    r"|\bhad\s+(?:earlier\s+|initially\s+|first\s+|previously\s+)?(?:said|reported|put|given|announced|stated|told|claimed|confirmed)\b"
    r"|\b(?:said|reported)\s+earlier\b", re.IGNORECASE)
SINCE_CLAUSE = re.compile(r"\bsince\s+[^\s\d][^.;:,\d]{0,60}$", re.IGNORECASE)  # "since the two made peace in 2018"
RELATIVE_CLAUSE = re.compile(r"\b(?:who|whom|whose)\b[^,.;:]*$")
# "the deadliest attack on security forces in the state since 2021": a record, not when the figure happened
# (but "the deadliest since 17 April 2025, when 54 soldiers were killed" tells that earlier attack)
SINCE_WHEN_AFTER = re.compile(r"\s*,?\s*when\b")
SUPERLATIVE_SINCE = re.compile(r"\b(?:deadliest|worst|bloodiest|largest|biggest|heaviest|highest|fiercest|gravest|"
                               r"most\s+\w+|first)\b[^.;]{0,80}\bsince\s+(?:[A-Z][a-z]+\s+)?$", re.IGNORECASE)
# "a rise of 47 per cent on the same period last year": a baseline, not the episode
COMPARISON = re.compile(r"(?:same period|compared (?:with|to)|\bthan|up from|down from|\bversus)\s[^.;]{0,25}$|"
                        r"\bon\s+(?:the\s+)?(?:same|that of)\b[^.;]{0,20}$")
CURRENT_CUES = re.compile(r"\b(?:latest|this (?:week|month|year|time)|now|current(?:ly)?|new|recent|so far|"
                          r"since|today|tonight|yesterday|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
                          r"has|have|is|are)\b")
BACK_REFERENCES = ("the war", "that war", "that offensive", "that operation", "that campaign", "that incursion", "the conflict", "that conflict", "those clashes", "that fighting",
                   "the fighting then", "at the time", "that time", "the clashes then", "that period", "those years",
                   "that year", "that episode", "those days", "those incidents", "that incident", "those attacks",
                   "that attack", "those killings")


# the back-references that point at one earlier episode ("that war", "those clashes"), not "the war"
DEMONSTRATIVE_BACK = re.compile(r"\b(?:that\s+(?:[\w-]+\s+)?(?:%s)|those\s+(?:[\w-]+\s+)?(?:%s))\b" % tuple(
    "|".join(sorted({ref.split(" ", 1)[1] for ref in BACK_REFERENCES if ref.split()[0] == word} | more))
    for word, more in (("that", set()), ("those", {"days", "weeks", "months", "exchanges", "hostilities", "strikes"}))),
    re.IGNORECASE)  # ("those four days": not "said that clashes ...")
# "Yerevan later said 207 of its servicemen had been killed", a paragraph after the 2022 war: later in that war
LATER_OPENING = re.compile(r"\W*(?:[\w'’-]+\s+){0,3}later\b", re.IGNORECASE)
PERIOD_START = re.compile(r"\b(?:began|begun|started|erupted|broke out|launched|(?:took|taking|take) up arms)\b",
                          re.IGNORECASE)
SINCE_WHEN = re.compile(r"\W{0,3}(?:,\s*)?when\b", re.IGNORECASE)


def _in_dated_since_clause(cue: Token, year: Optional[int]) -> bool:
    """A figure inside a "since" clause with an earlier year is that earlier
    event's ("attacks since al-Shabaab fighters raided Mpeketoni in June 2014,
    killing about 60 people"); the main clause's figures are not."""
    if not year:
        return False
    node = cue
    for _ in range(4):
        if any(c.dep_ == "mark" and c.lower_ == "since" for c in islice(node.children, MAX_CHILDREN)):
            return any(t.like_num and len(t.text) == 4 and t.text.isdigit() and int(t.text) < year
                       for t in islice(node.subtree, MAX_CHILDREN))
        if node.head.i == node.i:
            return False
        node = node.head
    return False


# "the four-day conflict of May 2025, in which", "the 2008 war, during which", "the December 2019 attack on
# the Inates camp, in which": the figures after belong to it
DATED_EVENT_CLAUSE = re.compile(
    r"\b(?:(?P<y1>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,2}(?:war|conflict|clashes|fighting|offensive|battle|"
    r"insurgency|attack|assault|ambush|raid)(?:\s+(?:on|at|in|near|against)\s+[^,;.()]{1,50})?"
    r"|(?:war|conflict|clashes|fighting|offensive|battle|insurgency|attack|assault|ambush|raid)"
    r"\s+(?:of|in)\s+(?:[A-Z][a-z]+\s+)?(?P<y2>(?:19|20)\d\d)),?\s+(?:in|during)\s+which\b[^;]*$"
    r"|\b(?:since|in)\s+(?:[A-Z][a-z]+\s+)?(?P<y3>(?:19|20)\d\d),?\s+when\b[^;]*$")  # "since June 2014, when ..."



def _after_dated_event(before: str, year: Optional[int]) -> bool:
    """Whether the text before a figure puts it in a relative clause on an earlier dated event."""
    match = DATED_EVENT_CLAUSE.search(before)
    if match and match.group("y3") and match.group(0).lower().startswith("since"):
        return True  # "since June 2014, when gunmen killed about 60 people": a past event, whatever today is
    return bool(match) and bool(year) and int(match.group("y1") or match.group("y2") or match.group("y3")) < year


LONG_SINCE_YEARS = 4  # "since 2011": a long-run tally is background, not the current episode's count


def _since(doc, start: int, year: Optional[int] = None) -> bool:
    """'since October 2023': a cumulative toll up to now, not an earlier episode
    (but "since 2011, when 300,000 people fled" tells what happened in 2011).
    ``doc`` is the Doc or its text."""
    text = doc if isinstance(doc, str) else doc_text(doc)
    if not SINCE.search(text[max(0, start - 20) : start]):
        return False
    found = re.match(r"[\w ]*?(\d{4})", text[start : start + 24])
    if found and year and int(found.group(1)) <= year - LONG_SINCE_YEARS:
        return False  # "Turkish border forces have killed 542 Syrian civilians since 2011"
    return not (found and SINCE_WHEN.match(text[start + found.end() : start + found.end() + 10]))


def _first_date_at(dates: list[dict], offset: int) -> int:
    """Index of the first date starting at or after ``offset`` (dates are sorted by start)."""
    low, high = 0, len(dates)
    while low < high:
        middle = (low + high) // 2
        if dates[middle].get("start", -1) < offset:
            low = middle + 1
        else:
            high = middle
    return low


def _episode_start(text: str, dates: list[dict]) -> Optional[str]:
    """The start of the current episode when the article gives one ("fighting
    since 15 April", "since April"): its earliest such date value."""
    starts = [d["value"] for d in dates if d.get("value") and re.match(r"\d{4}", d["value"])
              and _since(text, d.get("start", 0))
              and not SUPERLATIVE_SINCE.search(text[max(0, d.get("start", 0) - 60) : d.get("start", 0)])
              and _about_the_conflict(text, d.get("start", 0))]
    return min(starts) if starts else None


def _about_the_conflict(text: str, start: int) -> bool:
    """Whether the sentence of a "since" date speaks of fighting, its toll or its people ("fighting
    since 15 April", "have been displaced since January"; not "trade across the frontier has grown since
    last year")."""
    clause = re.split(r"[.;!?\n]", text[max(0, start - CLAUSE_BEFORE_SINCE) : start])[-1] \
        + re.split(r"[.;!?\n]", text[start : start + CLAUSE_BEFORE_SINCE])[0]  # ("Since January, officers have ...")
    words = re.findall(r"[a-z-]+", clause.lower())
    tables = _tables()
    return any(w in EVENT_NOUNS or w in ATTACK_NOUNS or w in tables["words"] or w in tables["nouns"]
               or w in tables["victims"] or w in REFUGEE_NOUNS for w in words)  # ("refugees who crossed since")


# "rose to 32,150 from about 30,400 in December": the date of an update's old count, not another episode
OLD_COUNT_DATE = re.compile(r"\bfrom\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|at\s+least|an\s+estimated)"
                            r"\s+)?[\d,.]+(?:\s+[a-z]+)?\s+(?:in|on|by|at\s+the\s+end\s+of)\s+(?:early\s+|late\s+|mid-)?$")
CLAUSE_BEFORE_SINCE = 250  # characters of the sentence looked at on each side of a "since" date


# "the worst fighting since 2020": a comparison with an earlier episode, not the start of this one
SUPERLATIVE_SINCE = re.compile(r"\b(?:\w+est|first|most\s+\w+|biggest|worst)\b[^.;:!?]{0,45}\bsince\s+[^.;]{0,12}$",
                               re.IGNORECASE)


def _within_episode(value: Optional[str], start: Optional[str]) -> bool:
    """'in June' of a war going on 'since April' is the same episode."""
    if not value or not start or not re.match(r"\d{4}", value):
        return False
    return value >= start[: len(value)]


RECENT_DAYS = timedelta(days=14)  # a month that ended this long before the article's date is another episode's
FRONTED_MONTH = re.compile(r"\W*(?:(?:(?:Back|Earlier|Also|Later)\s+)?(?:In|During)\s+(?:early|late|mid-?)?\s*)?",
                           re.IGNORECASE)  # "In January, ...", "Last month, ..."
THAT_YEAR = re.compile(r"\b(?:of|in|during|by)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
                       r"Oct|Nov|Dec)[a-z]*\s+(?:of\s+)?)?that\s+year\b|^\W*That\s+year\b", re.IGNORECASE)  # ("In September that year")
FRONTED_YEAR = re.compile(r"\W*(?:In|During|Throughout|Between)\s+(?:early\s+|late\s+|mid-)?(?:19|20)\d\d\b")


def _sentence_dates(sent: Span, dates: list[dict]) -> Iterator[dict]:
    """The dates that start inside a sentence (``dates`` is sorted by start)."""
    for item in dates[_first_date_at(dates, sent.start_char):]:
        if item.get("start", -1) >= sent.end_char:
            break
        if sent.start_char <= item.get("start", -1):
            yield item


def _names_earlier_date(sent: Span, dates: list[dict]) -> bool:
    """Whether a sentence names a date clearly before the article's own time."""
    return any(item.get("_earlier") for item in _sentence_dates(sent, dates))


def _names_current_date(sent: Span, dates: list[dict]) -> bool:
    """Whether a sentence names a date of the article's own time (not an earlier one)."""
    return any(not item.get("_earlier") and item.get("value") for item in _sentence_dates(sent, dates))


BEFORE_THIS_EVENT = re.compile(r"\s*(?:before|prior to)\s+(?:the\s+|this\s+|[\w-]+['’]s\s+)?(?:latest\s+|[\w-]+\s+)?"
                               r"(?:deaths?|attacks?|clash(?:es)?|incidents?|killings?|shootings?|fighting|"
                               r"violence|strikes?|raids?|ambush)\b[^,]{0,40},[^.]*\bhad\b", re.IGNORECASE)


def _describes_people(sent: Span, char: int) -> bool:
    """A year that says who people are, not when they fell: "six signatories of the 2016 peace
    agreement" (but "the victims of the 2014 massacre" and "the toll of the 2020 war" are then's)."""
    span = sent.doc.char_span(char, char + 4, alignment_mode="expand")
    if span is None:
        return False
    if re.search(r"\bborn(?:\s+in)?\s*$", doc_text(sent.doc)[max(0, char - 12) : char]):
        return True  # "Private Hayk Sargsyan, born in 2006, had been missing"
    noun = span.root if span.root.dep_ == "pobj" else span.root.head
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    owner = noun.head.head
    return owner.tag_ == "NNS" and owner.lower_ in _tables()["victims"] and cue_category(owner) is None


# "in the past week", "in the past 24 hours": the story's own days, not an earlier episode
RECENT_SPAN_AFTER = re.compile(r"\s+(?:few\s+|several\s+|two\s+|three\s+|\d+\s+)?(?:days?|weeks?|hours?|nights?)\b")


def _historical(doc, sent: Span, dates: list[dict], year: Optional[int], previous: bool = False,
                episode_start: Optional[str] = None, undated: bool = False,
                recent_month: Optional[str] = None) -> bool:
    """Whether a sentence's figures belong to an earlier episode: an earlier
    date or year in it (not "since 2023"), a lexical cue ("last year"), or a
    back-reference ("the war") right after a sentence about that episode.
    ``recent_month``: the month two weeks before the article's date ("2026-02")."""
    own_date = False
    text = doc if isinstance(doc, str) else doc_text(doc)
    for item in dates[_first_date_at(dates, sent.start_char):]:
        if item.get("start", -1) >= sent.end_char:
            break
        if sent.start_char <= item.get("start", -1) < sent.end_char:
            own_date = True
            before = text[sent.start_char : item["start"]]
            if recent_month and item.get("granularity") == "month" and item.get("value") \
                    and FRONTED_MONTH.fullmatch(before) and item["value"][:7] < recent_month \
                    and not _within_episode(item.get("value"), episode_start):
                return True  # "In January, 12 civilians were killed when ...", told on 3 March: an earlier attack
            if item.get("_earlier") and not _since(doc, item["start"], year) \
                    and not _within_episode(item.get("value"), episode_start) \
                    and not _describes_people(sent, item["start"]) \
                    and not _in_agreement_clause(sent.doc, item["start"]) \
                    and not OLD_COUNT_DATE.search(before[-60:]) \
                    and not COMPARISON.search(before[-40:].lower()) \
                    and not SINCE_CLAUSE.search(before) \
                    and not (SUPERLATIVE_SINCE.search(before) and not SINCE_WHEN_AFTER.match(text, item.get("end", 0))):
                return True
    lower = sent.text.lower()
    for cue in _tables()["historical"]:
        at = lower.find(cue)
        if at >= 0 and not COMPARISON.search(lower[max(0, at - 40) : at]) \
                and not _in_agreement_clause(sent.doc, sent.start_char + at) \
                and not RECENT_SPAN_AFTER.match(lower, at + len(cue)):
            return True
    if year:
        for match in re.finditer(r"\b(19[0-9]\d|20\d\d)(s)?\b", sent.text):
            since_clause = SINCE_CLAUSE.search(sent.text[: match.start()])
            if since_clause and PERIOD_START.search(since_clause.group(0)) \
                    and int(match.group(1)) <= year - LONG_SINCE_YEARS:
                return True  # "at least 94 people have died since the crisis began in 2021": a long-run tally
            if RELATIVE_CLAUSE.search(sent.text[: match.start()]) or since_clause \
                    or SUPERLATIVE_SINCE.search(sent.text[: match.start()]) \
                    and not SINCE_WHEN_AFTER.match(sent.text, match.end()) \
                    or _describes_people(sent, sent.start_char + match.start()):
                # "six former combatants who had laid down arms under the 2016 accord",
                # "the worst violence since the two neighbours made peace in 2018": background
                continue
            if int(match.group(1)) < year and not _since(doc, sent.start_char + match.start(), year):
                return True
    if THAT_YEAR.search(sent.text):
        return True  # "... since 2018. In March of that year, four marines died": the year named before
    if BEFORE_THIS_EVENT.match(sent.text):
        return True  # "Before Saturday's deaths, at least five had been killed since January": a prior tally
    if undated and FRONTED_YEAR.match(sent.text):
        return True  # "In 2023 alone, the health office documented ...", in an article with no date of its own
    if previous and not own_date and (any(ref in lower for ref in BACK_REFERENCES) or DEMONSTRATIVE_BACK.search(lower)
                                      or re.search(r"\b(?:then|later)\b", lower)
                                      or not CURRENT_CUES.search(lower)):
        # the paragraph goes on about the earlier episode ("In 1999 the two armies
        # fought a war above Kargil. India lost 527 soldiers.") unless it comes back
        # "The Tajik side then reported 41 dead" right after the 2022 figures
        return True
    return False


def _in_agreement_clause(doc: Doc, char: int) -> bool:
    """Whether the word at ``char`` sits in a clause describing an agreement: "a clash that killed at
    least three soldiers and threatened a peace accord the two sides initialled last year" (the accord's
    year, not the clash's; but "refugees, most of whom fled a crackdown that began in August 2017" dates
    their flight)."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return False
    for node in span[0].ancestors:
        if node.dep_ in {"relcl", "acl"}:
            return node.head.lemma_.lower() in AGREEMENT_NOUNS and not any(cue_category(t) for t in node.subtree)
    return False


AGREEMENT_NOUNS = {"accord", "agreement", "deal", "treaty", "ceasefire", "truce", "pact", "protocol", "memorandum"}


# ------------------------------------------------------- singular victims

# Singular victim nouns that do not name one person ("a militia", "a family of five").
NOT_ONE_PERSON = {"army", "militia", "police", "personnel", "population", "family", "households", "human",
                  "dead", "wounded", "injured", "missing", "more", "others", "those", "ones", "lives", "souls",
                  "casualties", "victims", "bodies", "forces", "security forces", "general", "private"}


AGE_AFTER_NUMBER = re.compile(r"\s*-\s*(?:year|month|week|day)s?\s*-\s*old\b", re.IGNORECASE)
AGE_UNITS = {"year", "month", "week", "day"}


def _age_end(doc: Doc, i: int) -> Optional[int]:
    """The token after an age that starts at ``i`` ("11 - year - old"), else None."""
    if i + 4 >= len(doc) or not doc[i].like_num:
        return None
    words = doc[i + 1 : i + 5]
    if words[0].text == "-" and words[1].lower_.rstrip("s") in AGE_UNITS and words[2].text == "-" \
            and words[3].lower_ == "old":
        return i + 5
    return None


def _singular_figures(sent: Span, figures: list[Figure]) -> list[Figure]:
    """'a soldier', 'an officer', 'a Cambodian civilian', 'another guard': an indefinite singular
    victim noun counts one person (the ISAF / UCDP reading). Appositions ("one
    civilian, a 70-year-old man") and predicates ("he was a soldier") restate a
    victim and are not new figures; the casualty word is checked later as for
    any figure."""
    victims = _tables()["victims"]
    taken = [(f.start, f.end) for f in figures]
    found: list[Figure] = []
    for tok in sent:
        if tok.lower_ not in {"a", "an", "another"} or tok.dep_ != "det":
            continue  # ("another soldier had been wounded": one more person)
        head = tok.head
        first = tok.i + 1  # the first word of the noun phrase after the article
        age_end = _age_end(tok.doc, first) if first < len(tok.doc) and tok.doc[first].like_num else None
        if age_end is not None and age_end <= head.i:
            first = age_end  # "an 11-year-old boy": the age is part of the noun phrase, not a count
        # the words before the noun, an abbreviation in brackets left out ("a Guyana Defence Force (GDF) soldier")
        words = [t for t in tok.doc[first : max(first, head.i)] if not (
            t.text in "()" or t.is_upper and t.i > first and tok.doc[t.i - 1].text == "(")]
        if head.i <= tok.i or len(words) > 3 or head.tag_ not in {"NN", "NNP"}:
            continue
        lower = head.lower_
        if lower in NOT_ONE_PERSON or (lower not in victims and head.lemma_.lower() not in victims
                                       and lower not in _person_nouns()):  # ("a civilian driver")
            continue
        if head.dep_ in {"appos", "attr", "npadvmod"} or any(t.is_punct for t in words):
            continue
        if head.dep_ in {"nsubj", "nsubjpass"} and head.head.lemma_ in _tables()["reporting"]:
            continue  # the source, not a victim: "..., a police commander said"
        before = tok.doc[tok.i - 1] if tok.i > sent.start else None
        if before is not None and before.lower_ in {"such", "what", "as", "quite", "than"} \
                and not (before.lower_ == "as" and before.dep_ == "mark"):
            continue  # "served as a soldier" (but "even as a porter was killed" opens a clause)
        start = tok.idx
        if any(s <= start < e for s, e in taken):
            continue
        # "a woman and her 9-year-old son", "a farmer and his wife": each relative a person more
        count = 1 + sum(1 for c in head.children if c.dep_ == "conj" and c.tag_ == "NN" and c.lemma_.lower() in KIN
                        and any(g.dep_ == "poss" and g.tag_ == "PRP$" for g in c.children))
        found.append(Figure(start, start + len(tok), count, count, None, False, tok.text))
    return found


ORDINAL_MORE = {"third", "fourth", "fifth", "sixth", "seventh"}


def _another_figures(sent: Span, figures: list[Figure]) -> list[Figure]:
    """'one of its soldiers was killed and another wounded', 'three are
    wounded and another remains missing': "another" as the subject of a
    casualty verb coordinated with an earlier one is one more person."""
    taken = [(f.start, f.end) for f in figures]
    found: list[Figure] = []
    for tok in sent:
        ordinal = tok.lower_ in ORDINAL_MORE and tok.i > sent.start and tok.nbor(-1).lower_ == "a"
        if (tok.lower_ != "another" and not ordinal) or not any(start < tok.idx for start, _ in taken):
            continue  # one more than a figure said before it ("and a third was moderately wounded")
        nxt = tok.nbor(1) if tok.i + 1 < sent.end else None
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            verb = tok.head
            if cue_category(verb) is None and not any(c.dep_ == "acomp" and cue_category(c) for c in verb.children):
                continue
        elif nxt is None or cue_category(nxt) is None:  # "GDF soldier dead, another missing"
            continue
        if any(s <= tok.idx < e for s, e in taken):
            continue
        found.append(Figure(tok.idx, tok.idx + len(tok), 1, 1, None, False, tok.text, bare=True))
    return found


TITLE_WORDS = 12


def _title_case(sent: Span) -> bool:
    """A headline in title case ("Russian Border Guards Detain Five Georgians Near Occupation Line")."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 4 and sum(t.is_title for t in words) >= 0.8 * len(words)


def _lemma_cue(token: Token) -> Optional[str]:
    """The category of a title-case word read as the verb it would be in lower case ("Detain", "Wound")."""
    word = token.lower_
    tables = _tables()
    return tables["words"].get(word) or tables["verbs"].get(word) or (
        tables["verbs"].get(word[:-1]) if word.endswith("s") else None)


def _title_line(sent: Span) -> bool:
    """A subhead or live-blog entry title on a line of its own ("Lebanese
    soldier killed in Khiam"): short, no closing punctuation, a line break after."""
    if len(sent) > TITLE_WORDS:
        return False
    text = sent.text
    stripped = text.rstrip()
    line_after = sent.end == len(sent.doc) or "\n" in text[len(stripped):]
    return line_after and line_start(sent.doc, sent[0]) and stripped[-1:] not in '.!?"”:;,'


def _headline_singulars(sent: Span, figures: list[Figure]) -> list[Figure]:
    """Headlines drop the article: "Armenian serviceman killed by sniper fire",
    "shepherd dies in landmine blast" count one person each."""
    victims = _tables()["victims"]
    taken = [(f.start, f.end) for f in figures]
    found: list[Figure] = []
    for tok in sent:
        title = tok.tag_ == "NNP" and tok.text[:1].isupper() and not tok.is_upper  # "Georgian Villager Shot Dead"
        if tok.tag_ != "NN" and not title or (tok.lower_ not in victims and tok.lemma_.lower() not in victims) \
                or tok.lower_ in NOT_ONE_PERSON or any(c.dep_ in {"det", "nummod"} for c in tok.children) \
                or tok.i > sent.start and tok.nbor(-1).like_num:
            continue  # ("One soldier killed": counted with its number)
        nxt = tok.nbor(1) if tok.i + 1 < sent.end else None
        shot_dead = nxt is not None and nxt.lower_ == "shot" and nxt.i + 1 < sent.end and nxt.nbor(1).lower_ == "dead"
        if nxt is None or not shot_dead and (
                (cue_category(nxt) or (_lemma_cue(nxt) if title else None)) is None
                or nxt.tag_ not in {"VBN", "VBD", "VBZ", "JJ"} | ({"NNP"} if title else set())):
            continue
        if any(s <= tok.idx < e for s, e in taken):
            continue
        found.append(Figure(tok.idx, tok.idx + len(tok), 1, 1, None, False, tok.text, bare=True))
    return found


NAMED_VICTIM_VERBS = {"die", "perish", "succumb"}  # a named person as their subject is one death


def _named_victims(sent: Span, figures: list[Figure], people: list[Span], people_starts: list[int]) -> list[Figure]:
    """A named person as the one hit: "Junior Sergeant Hayk Mkrtchyan was
    fatally wounded", "Rajesh Singh died", "the strike killed commander Fayez
    Jan" count one person each. The figure spans the name with its rank or role
    word, so the victim's group comes from that word."""
    victims = _tables()["victims"]
    taken = [(f.start, f.end) for f in figures]
    found: list[Figure] = []
    # the document's people, found by bisection: Span.ents walks every entity of the document
    for ent in people[bisect.bisect_left(people_starts, sent.start) : bisect.bisect_left(people_starts, sent.end)]:
        root = ent.root
        verb = root.head
        if any(c.dep_ == "conj" for c in root.children):
            continue  # "commander Fayez Jan and two others": counted with the figure beside it
        if root.dep_ == "nsubjpass" or root.dep_ == "dobj" and verb.pos_ == "VERB":
            category = cue_category(verb)
        elif root.dep_ == "nsubj" and verb.lemma_ in NAMED_VICTIM_VERBS:
            category = "killed"
        else:
            continue
        if category not in {"killed", "wounded", "missing", "captured"} or verb.lemma_ in _tables()["reporting"]:
            continue
        start = ent.start
        while start > sent.start and sent.doc[start - 1].dep_ == "compound" and \
                (sent.doc[start - 1].lower_ in victims or sent.doc[start - 1].text[:1].isupper()):
            start -= 1  # "Junior Sergeant", "commander"
        first = sent.doc[start]
        if any(s < ent.end_char and first.idx < e for s, e in taken):
            continue
        found.append(Figure(first.idx, ent.end_char, 1, 1, None, False, sent.doc[start : ent.end].text, bare=True))
    return found


BARE_PLURAL_NOT = {"others", "those", "more", "ones", "people", "persons", "individuals", "humans", "lives", "souls",
                   "casualties", "forces", "security forces", "members", "personnel", "troops", "police", "families",
                   "households", "population", "officials", "leaders", "nationals", "citizens", "compatriots"}
PATIENT_SUBJECT_VERBS = {"die", "perish", "succumb"}
IRREALIS_AUX = {"to", "will", "would", "could", "may", "might", "should", "must", "can", "'ll", "wo"}


def _bare_plural_figures(sent: Span, figures: list[Figure]) -> list[Figure]:
    """'insurgents were detained', 'killed Bahraini soldiers': a plural victim
    noun with no number, determiner or possessive, that is the patient of a
    casualty verb (passive subject, object, or subject of 'die'), counts as a
    vague figure: count null, low = the lexicon's bare-plural value (2)."""
    tables = _tables()
    victims = tables["victims"]
    low = lexicon().get("bare_plural", 2)
    taken = [(f.start, f.end) for f in figures]
    found: list[Figure] = []
    for tok in sent:
        if tok.tag_ != "NNS" or tok.lower_ not in victims or tok.lower_ in BARE_PLURAL_NOT:
            continue
        if tok.dep_ == "conj":
            continue  # "killed two soldiers and civilians": the number may cover both
        verb = tok.head
        if tok.dep_ == "nsubjpass" or (tok.dep_ == "nsubj" and verb.lemma_ in PATIENT_SUBJECT_VERBS):
            pass
        elif tok.dep_ in {"dobj", "obj"}:
            pass
        else:
            continue
        if verb.pos_ != "VERB" or cue_category(verb) is None:
            continue
        if any(c.dep_ in {"aux", "auxpass"} and (c.lower_ in IRREALIS_AUX or (c.tag_ in {"VBP", "VBZ"} and c.lemma_ == "be"))
               for c in islice(verb.children, MAX_CHILDREN)):
            continue  # "no plan to evacuate villagers", "civilians are being killed" (generic, not an event)
        if any(c.dep_ in {"det", "nummod", "poss", "quantmod", "predet"} or c.like_num
               for c in islice(tok.children, MAX_CHILDREN)):
            continue
        left = tok.left_edge.i
        for c in tok.lefts:
            if c.dep_ not in {"amod", "compound", "nmod"} and c.text not in "()":
                left = c.i + 1  # (brackets round an abbreviation: "a dozen People's Liberation Army (PLA) soldiers")
        left = max(left, sent.start)
        if any(t.like_num or t.dep_ in {"det", "poss", "nummod"} for t in tok.doc[left : tok.i]):
            continue
        start = tok.doc[left].idx
        end = tok.idx + len(tok)
        if any(s < end and start < e for s, e in taken):
            continue
        found.append(Figure(start, end, None, low, None, True, tok.doc[left : tok.i + 1].text, bare=True))
    return found


# ------------------------------------------------------------------- ages

AGE_AFTER = {",", ".", ";", ")", "”", "\"", "'", "’", "who", "whose", "and", "said", "says", "told"}


def _is_age(doc: Doc, span: Span, sent: Span) -> bool:
    """'said Jovia Kabugho, 44,' / 'Rakhmon, 69,' / 'a farmer, 52, said': a bare
    number set off by commas right after a person's name or a person noun is
    an age, wherever it sits in the sentence."""
    if span.start - 2 < sent.start or doc[span.start - 1].text != ",":
        return False
    person = doc[span.start - 2]
    # (a two-word name the tagger took for an organisation also counts: "The injured, Shafiqul Islam, 19,")
    two_word_name = person.pos_ == "PROPN" and person.is_title and person.ent_type_ not in {"GPE", "LOC", "NORP"} \
        and span.start - 3 >= sent.start and doc[span.start - 3].pos_ == "PROPN" and doc[span.start - 3].is_title
    if not (person.ent_type_ == "PERSON" or person.lower_ in _person_nouns() or two_word_name):
        return False
    if span.end >= sent.end:
        return True
    return doc[span.end].lower_ in AGE_AFTER or doc[span.end].is_space


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset:
    """Singular nouns for one person ("a farmer, 52,"): the lexicon's person nouns."""
    return frozenset(lexicon().get("person_nouns", ()))


# ------------------------------------------------------------------- main

def find_casualties(doc: Doc) -> list[dict]:
    """Casualty dicts for a document (pure)."""
    context = _Context(doc)
    token = groups.reading(context.unknown_groups)
    try:
        return _find_casualties(doc, context)
    finally:
        groups.done(token)


def _find_casualties(doc: Doc, context: "_Context") -> list[dict]:
    tables = _tables()
    dates = doc._.borderfacts_dates or []
    year = _current_year(doc)
    reference = (doc._.borderfacts_reference_date or {}).get("value")
    undated = not reference  # (the year above is then a guess)
    recent_month = (date.fromisoformat(reference[:10]) - RECENT_DAYS).isoformat()[:7] \
        if reference and re.fullmatch(r"\d{4}-\d\d-\d\d", reference[:10]) else None
    episode_start = _episode_start(context.text, dates)
    found: list[dict] = []
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    previous_historical = False
    episode_told = False
    previous_para = -1
    people = [ent for ent in doc.ents if ent.label_ == "PERSON" and len(ent) >= 2]
    people_starts = [ent.start for ent in people]
    for sent in sentences:
        para = context.paragraph_of(sent.start_char)
        if para != previous_para and not (previous_historical and (DEMONSTRATIVE_BACK.search(sent.text)
                                                                 or LATER_OPENING.match(sent.text))):
            previous_historical = episode_told = False  # (one-sentence paragraphs: "During that war, ...")
        previous_para = para
        # "an 11-year-old boy": an age is never a count (the article counts the boy)
        figures = [f for f in find_figures(sent.text, sent.start_char) if not AGE_AFTER_NUMBER.match(
            context.text, f.end)]
        figures += _singular_figures(sent, figures)
        headline = sent.start_char < context.headline_end or _title_line(sent) or context.in_deck(sent.start_char)
        figures += _bare_plural_figures(sent, figures)
        figures += _named_victims(sent, figures, people, people_starts)
        if headline:
            figures += _headline_singulars(sent, figures)
        figures += _another_figures(sent, figures)
        figures.sort(key=lambda f: f.start)
        spans = [doc.char_span(f.start, f.end, alignment_mode="expand") for f in figures]
        blockers = {t.i for s in spans if s is not None for t in s}
        historical = None
        for figure, span in zip(figures, spans):
            if span is None:
                continue
            item = _read_figure(doc, sent, figure, span, context, blockers)
            if item is None:
                continue
            if historical is None:
                historical = _historical(context.text, sent, dates, year, previous_historical, episode_start, undated,
                                         recent_month)
            if headline and figure.bare and figure.vague:
                # "Gunmen kill villagers in ...": told again with its number below (gold has 9 of 30 such
                # headline figures over the tuned sets); it still tells whose the story is
                item["_vote_only"] = True
            item["historical"] = historical or item.pop("_cumulative", False) or _in_dated_since_clause(
                doc[item["_cue"]], year) \
                or _after_dated_event(context.text[sent.start_char : figure.start], year)
            found.append(item)
        if historical is None and (re.search(r"\b(?:19|20)\d\d\b", sent.text)
                                   or para > 0 and _names_earlier_date(sent, dates)):
            # ("The attack follows an episode in November, when ... Five Chinese citizens died in those incidents")
            historical = _historical(context.text, sent, dates, year, episode_start=episode_start, undated=undated,
                                     recent_month=recent_month)
        elif historical is None and episode_told and not CURRENT_CUES.search(sent.text.lower()):
            # a sentence with no figure and no year goes on about the past episode the paragraph tells
            # ("The second, in September 2022, was far bloodier. Tajik forces pushed into Batken.
            # Kyrgyzstan reported 59 dead.")
            historical = True
        # (not in the first paragraph, where a release's header codes can read as old dates: "2010-11-S-231",
        # nor after a sentence that also names a current date: "The war, which began in April 2023, reached
        # Chad's border in March 2026")
        episode_told = bool(historical) and para > 0 and not _names_current_date(sent, dates)
        previous_historical = bool(historical)
    _parts_of_previous(found)
    _inherit_sides(found)
    _parts_of_updates(found)
    _past_wars_take_no_side(found, context)
    _default_side(found, context)
    _refugees_origin(found)
    _moved_updates(found)
    _inherit_sides(found)  # "nine soldiers had been killed and 23 wounded" once the nine have their side
    _parts_follow_their_toll(found)
    home = lexicon().get("group_home", {})
    de_facto = set(lexicon().get("de_facto_entities", ()))
    _same_fighters(found)
    for item in found:
        # the contract: a party is a canonical gazetteer party or an armed group's name, never a raw string
        if item["party"] not in context.unknown_groups:
            item["party"] = side_name(item["party"])
        if item["party"] in home and item["group"] != "military" and home[item["party"]] not in de_facto:
            if item.get("_why") == "reporter" and item.get("_reporter_party") == item["party"] \
                    and item["party"] in lexicon().get("separatist_groups", ()):
                # a separatist group's count of the civilians hit in the homeland it claims ("the FLA
                # said 16 civilians were killed"): no state's people by its word, and not its fighters
                item["party"], item["_why"] = None, None
                continue
            if item.get("_why") in {"reporter", "phrase"} and item.get("_reporter_party") == item["party"] \
                    and item["group"] == "people" and item.get("_head") in OWN_FIGHTER_NOUNS:
                # "his fighters had lost four men", "the loss of two of our comrades", says the militia: its own men
                continue
            item["party"] = home[item["party"]]  # civilians under a group are its country's people
        elif item["party"] in de_facto and context.sides and item["party"] not in context.sides:
            # "three Sahrawi civilians" in a Morocco-Polisario story: the movement that stands for them
            # (an unrecognised entity that is no side of its own)
            speakers = [g for g in context.sides if home.get(g) == item["party"]]
            if len(speakers) == 1:
                item["party"] = speakers[0]
    _mark_claims(found, context)
    _tolls_of_one_group(found)
    _mark_conjuncts(found)
    _others_add_up(found)
    found = [item for before, item in zip([None] + found, found) if not _vague_part_of(item, before)]
    return _merge_singular_conjuncts([item for item in found if not item.get("_vote_only")], context.text)


SEVERITY_WORDS = {"critically", "in"}  # (gold counts "several of them critically", not "some of them seriously")
QUANTIFIERS = {"some", "many", "most", "several", "few", "a few", "all", "both"}


def _bare_amount(doc: Doc, span: Span) -> bool:
    """A number or amount that stands for people on its own or as a part ("about 1,300 crossed", "thousands
    fled", "about 6,000 of the roughly 20,000 residents ... had left"): not a quantifier ("some crossed", "many
    of whom left") nor the start of a phrase that says who they are ("two with serious head wounds had been
    shifted")."""
    after = doc[span.end] if span.end < len(doc) else None
    return span.text.lower() not in QUANTIFIERS and not (after is not None and after.lower_ == "with")


def _vague_part_of(item: dict, before: Optional[dict]) -> bool:
    """'about 120,000 people had been displaced west of Goma since Sunday, many of them for the second time':
    a vague part under the same casualty word as the count before it is that count again, no figure of its
    own (but "Many of them are injured", of people who fled, is one)."""
    return bool(item.get("_vague_part") and before is not None and before["_sent"] == item["_sent"]
                and before["_cue"] == item["_cue"] and before["count"] is not None)


def _parts_follow_their_toll(found: list[dict]) -> None:
    """'23 terrorists including two senior commanders', 'killed 14 civilians,
    among them six children': a part named after "including" / "among them"
    is of the side of the toll it belongs to (none when the toll has none) and
    is a claim when the toll is, unless its own phrase names a side."""
    for index, item in enumerate(found):
        if not item.get("_part"):
            continue
        toll = next((other for other in reversed(found[:index]) if other["_sent"] == item["_sent"]
                     and other["category"] == item["category"] and not other.get("_part")), None)
        if toll is None:
            continue
        if item.get("_why") == "phrase":
            if item["group"] == "military" and toll["group"] == "people" and toll["party"] \
                    and toll.get("_why") in WEAK_SIDE_RULES:
                # "19 wounded people since Saturday, including three Fano fighters": a hospital's count
                # of both sides, not the side a weak rule gave it (often from that very part)
                toll["party"], toll["_why"], toll["_overall"] = None, None, True
            continue
        item["party"], item["_why"] = toll["party"], "subset"
        if toll.get("_claim"):
            item["_claim"] = True  # a part of what a side says it killed is its claim too


def _moved_updates(found: list[dict]) -> None:
    """'The figure climbed past 4,000' after a count of people who crossed: the
    side of the count it updates, not of where they arrived."""
    for index, item in enumerate(found):
        if item.get("_moved_update"):
            earlier = next((other for other in reversed(found[:index]) if other["category"] == "displaced"
                            and not other["historical"]), None)
            if earlier is not None:
                item["party"], item["_why"] = earlier["party"], "update"


def _mark_claims(found: list[dict], context: "_Context") -> None:
    """What a source says someone inflicted is that side's claim, kept out of the summary."""
    fighters = _fighter_nouns()
    for item in found:
        if item.get("_claim"):
            continue
        if item.get("_agent") and item["reported_by"] and item["party"] \
                and item.get("_reporter_party") != item["party"] and item.get("_why") != "reporter":
            item["_claim"] = True  # "Turkish forces have neutralised 17 PKK terrorists, the ministry announced"
        elif item.get("_head") in fighters and not item["historical"] \
                and item["party"] is None and item.get("_reporter_party") in context.sides:
            # "More than 30 of the militiamen were killed," said the Sudanese army: a side's count of
            # fighters it names no side for. (A known group's fighters counted with no source stay in:
            # ISAF's gold counts its own press releases' "insurgents killed".)
            item["_claim"] = True
        elif item["party"] and item.get("_reporter_party") in context.sides and item["party"] in context.sides \
                and item["party"] != item["_reporter_party"] and item["group"] == "military" \
                and not item["historical"] and item.get("_why") == "phrase":
            # "at least two CCG personnel appeared to have been hurt", says the Philippine army chief:
            # a side's word on the enemy's losses is its claim
            item["_claim"] = True
    for previous, item in zip(found, found[1:]):
        if previous["_sent"] == item["_sent"] and item.get("_why") == "reporter" and previous.get("_claim") \
                and previous["party"] != item.get("_reporter_party") and not previous.get("_overall") \
                and (item.get("_head") in {"others", "more", None} or item.get("_more") or item.get("_bare")
                     or item["group"] == "military" == previous["group"] and item.get("_head") not in fighters
                     and (_is_armed_group(item.get("_reporter_party"))
                          or item.get("_reporter_party") in context.unknown_groups)):
            # "killing seven terrorists and capturing two others": more of the enemy the source
            # counted, not its own people ("killing dozens of junta troops and capturing 27 soldiers", says
            # an armed group: a group counts its own as fighters, not soldiers)
            item["party"], item["_why"], item["_claim"] = previous["party"], "inherited", True
            item["group"] = previous["group"]


MONTH_WORDS = frozenset(timex.lexicon()["months"])  # the dates component's month names and abbreviations
MONEY_SIGN_BEFORE = re.compile(r"(?:[$€£¥₹]|\b[A-Z]{1,3}\$)\s*$")
CURRENCY = {"$", "€", "£", "US$", "¥", "₹", "₦", "Sh", "KSh", "Ksh", "Rs", "Rs.", "PKR", "INR", "USD", "EUR"}


# "the toll had risen to five dead and 31 wounded": the second count is updated too
UPDATED_CONJUNCT = re.compile(r"\b(?:to|at)\s+[\w,.-]+(?:\s+[a-z-]+){1,2}\s*(?:,\s*|\s+and\s+|,\s+and\s+)$")
# captives a source says it holds or that gave themselves up to it ("in BGB custody", "surrendered to")
HELD_BY_SOURCE = re.compile(r"\b(?:in|into|under)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}custody\b|"
                            r"\bsurrender(?:ed|ing|s)?\s+to\b|\b(?:we|our\s+(?:forces|troops|men))\s+"
                            r"(?:are\s+|were\s+)?(?:hold|holding|held)\b", re.IGNORECASE)
# an armed group's own people by any name: "four of its members", "two senior commanders"
GROUP_MEMBER_NOUNS = {"members", "member", "men", "man", "cadres", "cadre", "commanders", "commander", "leaders",
                      "leader", "others", "more"}


STILL_MISSING = re.compile(r"\b(?:still|remains?|remained|now)\b", re.IGNORECASE)


TOLL_WORDS = {"toll", "tally", "count", "figure", "number"}


def _old_count(doc: Doc, span: Span, sent: Span) -> bool:
    """A bare number after "from" ("rose to 41 from 29", "from the 29 reported on Saturday")."""
    prev = doc[span.start - 1] if span.start > sent.start else None
    if prev is not None and prev.lower_ == "the" and prev.i > sent.start:
        prev = doc[prev.i - 1]
    return prev is not None and prev.lower_ == "from"


def _read_figure(doc, sent, figure: Figure, span: Span, context: "_Context", blockers) -> Optional[dict]:
    mentions, statements = context.mentions, context.statements
    text = context.text  # Doc.text is rebuilt on every access: read it once per document
    tables = _tables()
    before = doc[span.start - 1] if span.start > sent.start else None
    if before is not None and (before.text in CURRENCY or before.lower_ in {"aged", "age", "no", "not", "no.", "how"}):
        return None  # money, ages, negations, questions ("how many of its men")
    if before is not None and before.lower_ == "of" and figure.text.lower() == "one" \
            and re.match(r"\s+of\s+(?:the|those|these)\b", text[figure.end : figure.end + 12]):
        return None  # "a relative of one of the victims", "the mother of one of the dead soldiers": a person, no count
    if before is not None and figure.text.istitle() and figure.text.isalpha() and before.text.istitle() \
            and before.is_alpha and before.pos_ in {"PROPN", "NOUN"} and not _title_line(sent) \
            and sent.start_char >= context.headline_end:
        return None  # "Region Seven Chairman Kenneth Williams": a number inside a name
    if figure.year_like and before is not None and before.lower_.rstrip(".") in MONTH_WORDS:
        return None  # "in April 2025 jihadists killed 54 soldiers": a month's year, whatever noun follows
    if before is not None and any(c.isdigit() for c in before.text) and \
            figure.text.split()[0].lower() in {"million", "billion", "thousand", "hundred", "lakh", "crore"}:
        return None  # "Sh2 million": the amount's digits are glued to a currency
    if "-year" in text[figure.end : figure.end + 6].lower() or text[figure.end : figure.end + 1] in {"%", "-"}:
        return None
    if MONEY_SIGN_BEFORE.search(text[max(0, figure.start - 5) : figure.start]):
        return None  # "RD$40 million", "RD$ 40 million": money, whatever the tokenizer made of its sign
    if figure.bare:  # the figure is the victim noun itself ("suspected insurgents")
        np_tokens, head = list(span), span[-1]
    else:
        np_tokens, head = _victim_phrase(doc, span, sent)
    if any(t.lower_ in KIN_NOUNS and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "of" for t in np_tokens):
        return None  # "7 relatives of people killed": the bereaved, not the dead
    kind, category, group = _classify_head(head)
    # a headline's or deck's present-tense harm verb right before the number ("... Kills 4", "kill 47")
    after_headline_verb = span.start > sent.start and _headline_verb(doc[span.start - 1]) \
        and (sent.start_char < context.headline_end or context.in_deck(sent.start_char))
    if kind == "other" and head is not None and head.pos_ == "PROPN" and head.i >= span.end and after_headline_verb:
        # "Russian Shelling Kills 4 Near Vovchansk": a title-case headline's number after its verb stands alone
        np_tokens, head = list(span), None
        kind, category, group = _classify_head(head)
    if kind == "other" and head is not None and head.tag_ == "NN" and head.is_alpha and not head.ent_type_ \
            and span.text.lower() == "one" and head.lower_ not in tables["exclude"]:
        kind = "unknown"  # "One rifleman ... has been missing": a person only if a harm word governs it
    guessed = kind == "unknown"
    if guessed:
        kind = "victim"
    referent = head  # the noun the figure counts; "them" stands for one said before
    if head is not None and head.lower_ in {"them", "those"}:
        # "pursued the attackers to the river and killed 12 of them"
        # (or in the sentence before: "Our forces tracked the rebels. We killed 26 of them")
        window_start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        antecedent = next((t for t in reversed(doc[window_start : span.start])
                           if t.tag_ == "NNS" and t.lower_ in tables["victims"]), None)  # not "for two days"
        if antecedent is not None and antecedent.lower_ in _fighter_nouns():
            referent, group = antecedent, "military"
    if kind == "other":
        return None
    if kind == "none" and _is_age(doc, span, sent):
        return None
    if figure.year_like and kind == "none":
        return None
    headline_verb = kind in {"none", "victim"} and after_headline_verb
    if figure.vague and kind == "none" and _governing_cue(span[-1], sent) is None and not headline_verb \
            and not (_bare_amount(doc, span) and _movement_verb(span[-1], span)):  # ("forcing thousands from homes")
        return None
    anchor = head if head is not None else span[-1]
    cue = None
    superseded = False
    update = False
    partitive_verb = False
    label_phrase = None  # "Soldiers wounded" of a list line "- Soldiers wounded: 2"
    toll_moved = False  # a figure that updates the count of people who moved ("the figure climbed past 4,000")
    opening = None  # "Of the dead, ..." opening the sentence: its figures are parts
    if kind == "cue":
        cue = head
        if category == "displaced":  # "46 wounded refugees": wounded, whoever they are
            hurt = _harm_to_displaced(head, sent, context)
            if hurt is not None:
                cue, category = hurt, cue_category(hurt)
        verb = _partitive_clause_verb(span, np_tokens)
        if verb is not None:  # "two of the wounded later died": the clause verb decides
            cue, category, partitive_verb = verb, cue_category(verb), True
    else:
        cue = _adjacent_cue(doc, span, sent) if kind == "none" else None
        if cue is None and kind == "victim" and head is not None and head.i + 1 < sent.end \
                and doc[head.i + 1].dep_ == "amod" and doc[head.i + 1].head.i == head.i \
                and cue_category(doc[head.i + 1]):
            # "left at least three people dead and at least 12 wounded": the word after the noun says what
            # befell them, whatever verb the parser hung the list on
            cue = doc[head.i + 1]
        if cue is None and kind == "none" and span.start - 3 >= sent.start \
                and doc[span.start - 1].lower_ in {"at", "to"} \
                and any(t.lower_ == "toll" for t in doc[span.start - 4 : span.start - 1]):
            # "put the toll at seven, including two children, with five others wounded": the toll's count,
            # whatever clause the parser hangs on the verb
            cue = _toll_context(doc, span, sent)
        if cue is None:
            cue = _governing_cue(anchor, sent)
            if cue is not None and _semicolon_between(cue, anchor):
                cue = None  # "some 30 gunmen barricaded themselves in a monastery; one officer ... were killed"
            # "The toll rose to 41 from the 29 reported on Saturday": the old count of the toll
            superseded = superseded or cue is not None and kind == "none" and cue.lower_ in TOLL_WORDS \
                and _old_count(doc, span, sent)
        if cue is None:
            label = context.per_sentence(sent, "label", lambda: _label(sent))
            if label is not None and label[1].end <= span.start:
                # "2. Injured: 43 people – 29 refugees, 13 Sudanese civilians and one police officer",
                # "- Soldiers wounded: 2", "- Venezuelans who fled into Colombia: about 2,600"
                cue, label_phrase = label
        if cue is None:
            opening = context.per_sentence(sent, "partitive opening", lambda: _partitive_opening(sent))
            if opening is not None and opening.i < span.start and span[-1].dep_ in {"nsubj", "nsubjpass"} \
                    and span[-1].head.lemma_ == "be":
                cue = opening  # "Of the dead, 11 are students, two are militiamen and one is the school cook"
            else:
                opening = None
        if cue is None and (kind == "none" or head is not None and head.lower_ in {"people", "persons"}):
            toll = _toll_context(doc, span, sent)
            if toll is not None:
                cue = toll
                toll_moved = cue_category(toll) is None and toll.lemma_ in tables["movement"]  # people who crossed
                if _old_count(doc, span, sent):
                    superseded = True
                elif context.per_sentence(sent, "update", lambda: any(t.lower_ in tables["update"] for t in sent)):
                    update = True
        to_from = span.start - 3 >= sent.start and doc[span.start - 1].lower_ == "from" \
            and doc[span.start - 2].like_num and doc[span.start - 3].lower_ == "to"
        if cue is None and kind == "none" and span.start - 2 >= sent.start \
                and doc[span.start - 1].lower_ == "from" and (doc[span.start - 2].lower_ in {"up", "down"} or to_from):
            # "19 patients have died ..., up from 11 on Friday", "raising the number of wounded ranks to four
            # from three": the old count of the figure before
            number = doc[span.start - 2] if to_from else \
                next((t for t in reversed(doc[sent.start : span.start - 2]) if t.like_num), None)
            cue = next((t for t in doc[number.i + 1 : span.start - 2] if cue_category(t)), None) or next(
                (t for t in reversed(doc[sent.start : number.i]) if cue_category(t)), None) \
                if number is not None else None  # ("the death toll had risen to seven, up from five")
            superseded = cue is not None
        if cue is None and headline_verb and kind == "victim":
            cue = doc[span.start - 1]  # "Russian Forces Detain Two Villagers, Man Wounded": the verb before it
        if cue is None and kind == "victim" and figure.text.lower() not in {"a", "an"}:
            cue = _linear_cue(doc, span.start, (np_tokens[-1].i + 1) if np_tokens else span.end, sent,
                              blockers - {t.i for t in span})
            taker = head.head if head is not None and head.head.pos_ == "VERB" and (
                head.dep_ == "dobj" or head.dep_ == "nsubj" and head.head.tag_ in {"VBD", "VBZ", "VBP"}) \
                else None  # (or acts: "dozens were injured when around 1,500 people tried to scale the fence")
            if cue is not None and taker is not None and not cue_category(taker) \
                    and not taker.left_edge.i <= cue.i <= taker.right_edge.i:
                # "the operation, involving about 600 troops ..., killed nine": what another verb
                # takes, with the casualty word outside its clause, is no victim of that word
                cue = None
        if cue is None and kind == "victim" and head is not None:
            cue = _clause_cue_above(head)  # "Two herders grazing cattle near the wadi were wounded"
        if cue is None and kind == "victim" and head is not None:
            governing = _governing_cue(head, sent)
            if governing is not None and governing.lemma_ in IDIOM_CUE_LEMMAS:
                cue = governing  # "nine khwarij were sent to hell": an idiom no word list holds
        if cue is None and kind == "none" and span[-1].dep_ in {"nsubj", "nsubjpass", "dobj"}:
            cue = _governing_cue(span[-1], sent)
        if cue is None and headline_verb and kind == "none":
            cue = doc[span.start - 1]  # "ADF raids on both sides of border kill 47": however a headline parses
        moved = toll_moved
        if cue is None and (kind == "victim" and group != "military" or kind == "none" and _bare_amount(doc, span)):
            # "3,000 people have crossed into Thailand", "forcing thousands from their homes", "about 1,300
            # crossed into Venezuela": a bare amount that moves is people
            cue = _movement_verb(anchor, span)
            moved = cue is not None
        if cue is None:
            return None
        category = "displaced" if moved else (cue_category(cue) if cue.lower_ != "toll" else _toll_category(cue))
        if category is None and (cue.pos_ == "PROPN" or _headline_verb(cue)):
            category = _lemma_cue(cue)  # a title-case headline's verb ("Detain"), a verb parsed as a noun
        if category is None:
            return None
        if category == "displaced" and not moved and cue.pos_ in NOMINAL_POS:
            hurt = _harm_to_displaced(cue, sent, context)  # "Killed: 17 refugees – 12 Ethiopian nationals"
            if hurt is not None:
                cue, category = hurt, cue_category(hurt)
        if category == "displaced" and head is not None:
            hurt = next((c for c in head.children if c.dep_ == "amod" and cue_category(c) in HARM_CATEGORIES), None)
            if hurt is not None:  # "Two wounded herders were evacuated": moved for care, counted as wounded
                cue, category, moved = hurt, cue_category(hurt), False
        if cue.lemma_ in tables["deploy"] and not moved and cue.lemma_ not in IDIOM_CUE_LEMMAS \
                and not (cue.lemma_ == "move" and category == "displaced"):  # ("moved away from the frontier")
            return None  # "troops moved to the border" (people who moved to camps are displaced)
    if head is not None and head.dep_ in {"nsubj", "nsubjpass", "dobj"} and head.head.lemma_ in tables["deploy"] \
            and head.head.i != cue.i and not cue_category(head.head) \
            and not (cue.head.i == head.i and cue.dep_ == "acl" and cue.lemma_ in FLIGHT_VERBS):
        # "150 officers had been sent to reinforce posts", whatever casualty word is near
        # (but "sent over 50,000 Colombians fleeing their homes" is a flight)
        return None
    prev = doc[span.start - 1] if span.start > sent.start else None
    if prev is not None and context.per_sentence(sent, "update", lambda: any(t.lower_ in tables["update"] for t in sent)):
        if prev.lower_ == "from":  # "rose to 94 from 49": 49 is replaced
            superseded, update = True, False
        elif prev.lower_ in {"to", "at"} and not superseded:
            update = True
        elif prev.lower_ in {"and", ","} and not superseded and UPDATED_CONJUNCT.search(
                text[max(sent.start_char, figure.start - 50) : figure.start]) \
                and not re.match(r"\s+of\b", text[figure.end : figure.end + 4]):  # ("nine, three of them civilians")
            update = True  # "the toll had risen to five dead and 31 wounded": both counts are updated
    if cue.lower_ in NOMINAL_OF_ONLY and not any(c.dep_ == "prep" and c.lower_ == "of"
                                                 and c.left_edge.i <= anchor.i <= c.right_edge.i for c in cue.children):
        # "the evacuation of 1,300 people, including 240 children" (not "20,000 residents covered by an
        # evacuation order")
        return None
    if _negated(cue, np_tokens + list(span)):
        return None
    if cue.lemma_ in THINGS_TOO_VERBS and (guessed or head is None or head.lower_ not in tables["victims"]):
        return None  # "destroyed 46 caves", "47 Ukrainian fixed-wing drones": only a victim noun is killed
    if guessed and not (category in PEOPLE_ONLY_CATEGORIES and
                        ((head.head.i == cue.i or cue.dep_ in {"oprd", "acomp", "xcomp"} and cue.head.i == head.head.i)
                         and head.dep_ in {"nsubj", "nsubjpass", "dobj"}
                         or cue.head.i == head.i and cue.dep_ in {"amod", "acl", "relcl"})):
        return None  # "captured 12 launchers", "three trucks were hit"
    if kind == "none" and cue.lower_ != "toll" and span[-1].dep_ not in ARGUMENT_DEPS | {"nummod"} \
            and label_phrase is None and not _after_label(context, sent, cue, span) and not headline_verb \
            and not (span[-1].lower_ == "another" and span[-1].head.i == cue.i):  # "another missing"
        return None
    group = _group_of(np_tokens or (list(label_phrase) if label_phrase is not None else []), group or "people")
    if head is None and cue.dep_ in {"amod", "acl"} and cue.head.lower_ in _fighter_nouns() and (
            cue.i < cue.head.i or cue.head.dep_ == "pobj" and cue.head.head.lower_ == "of"
            and cue.head.head.head.lower_ in {"number", "count", "tally", "total", "toll"}
            and cue.head.lower_ not in {"combatants", "combatant"}):  # (either side's: "VDP combatants")
        # "the number of dead attackers rose to three", "the number of militants killed in the operation had
        # risen to 17": the toll counts the attackers
        referent, group = cue.head, "military"
    # "three armed men", "five armed individuals": fighters, whoever's they are
    armed_men = head is not None and head.lower_ in {"men", "man", "individuals", "persons", "people", "elements"} \
        and any(t.lower_ == "armed" for t in np_tokens)
    if armed_men:
        group = "military"
    if category == "displaced" and group == "military":
        return None
    np_end_char = (np_tokens[-1].idx + len(np_tokens[-1])) if np_tokens else span.end_char
    # side of the victims
    party = None
    if head is not None and head.lower_ in _fighter_nouns() | {"members", "member", "men"}:
        # "fighters of the Balochistan Liberation Front", "31 members of the 33rd Front"
        tail = re.match(r"\s+(?:of|from)\s+(?:the\s+)?(?=[A-Z0-9])", text[np_end_char : np_end_char + 12])
        phrase = text[np_end_char + tail.end() : np_end_char + tail.end() + 60] if tail else \
            text[span.start_char : np_end_char]
        known = _party_in(mentions, np_end_char + tail.end(), np_end_char + tail.end() + 1) if tail else None
        group_match = ARMED_GROUP_NAME.match(phrase) if tail and known is None else None
        # a party the gazetteer knows first ("members of the Sinjar Resistance Units (YBS)")
        party = known or (armed_group_name(group_match.group("name")) if group_match else _group_in(phrase))
    party = party or _party_in(mentions, span.start_char, np_end_char)
    if party is None and label_phrase is not None and not np_tokens:
        party = _party_in(mentions, label_phrase.start_char, label_phrase.end_char)  # "- Venezuelans who fled: 2,600"
    if party is None and head is not None:
        # "soldiers of Armenia", "Armenia's soldiers"
        for child in head.children:
            if child.dep_ == "poss":
                party = _party_in(mentions, child.idx, child.idx + len(child))
                if party is None and (child.lower_ in POSSESSIVE_OWN or child.lower_ in OWN_NOUNS):
                    party = "_own"
            elif child.dep_ == "prep" and child.lower_ in {"from", "of"}:
                # "soldiers from Armenia", "members of Iran's security forces",
                # "residents of Batken region" (a place the article put in Kyrgyzstan)
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and _landmark(child, objects[0]):
                    objects = []
                if objects and objects[0].lower_ not in EVENT_NOUNS:
                    sub = _place_phrase(objects[0])
                    party = _party_in(mentions, sub.start_char, sub.end_char) or context.places.party_in(sub)
            if party:
                break
    if party is None and context.de_facto and any(t.lower_ in {"separatist", "separatists", "breakaway"}
                                                  for t in np_tokens):
        party = context.de_facto  # "84 separatist fighters"
    statement = _statement_for(context.statements, figure.start, figure.end, context.statement_starts, context.text)
    context.position = figure.start
    reported_by = reporter_party = None
    if statement is not None:
        reported_by = statement.get("speaker")
        reporter_party = side_name(statement.get("_speaker_party") or statement.get("party"))
        if statement.get("_speaker_kind") == "country" or side_name(gazetteer.canonical(reported_by)):
            reported_by = gazetteer.canonical(reported_by) or reported_by
            reporter_party = reporter_party or side_name(reported_by)
    parsed_by, parsed_party = _reporter_from_parse(cue, sent, mentions, context)
    if parsed_by and parsed_party is None and re.match(r"(?:the|its|their)\s", parsed_by, re.IGNORECASE):
        # "the ministry" -> the ministry that spoke last
        parsed_by, parsed_party = context.body_before(parsed_by.split()[-1].lower())
    if reported_by is None:
        reported_by = parsed_by
    if reporter_party is None and statement is not None and statement.get("speaker") \
            and not (gazetteer.lookup(statement["speaker"]) and not side_name(statement["speaker"])):
        reporter_party = side_name(parsed_party) if parsed_party else None
        if reporter_party is None:
            reporter_party = context.speaker_party(statement.get("speaker"), statement.get("affiliation"))
    elif reporter_party is None:
        reporter_party = side_name(parsed_party)
        if reporter_party and context.sides and reporter_party not in context.sides:
            reporter_party = None  # a third party named near the source ("who visited the United States")
        if reporter_party is None and parsed_by and statement is None:
            reporter_party = context.speaker_party(parsed_by, None)  # "..., the Border Service noted"
    if reporter_party is None and reported_by in context.unknown_groups:
        reporter_party = reported_by  # "RED-Tabara said it killed nine soldiers"
    if reporter_party is None and reported_by:
        outlet = STATE_MEDIA().search(reported_by)
        speaks_for = lexicon()["state_media"][outlet.group(0)] if outlet else None
        if speaks_for in context.sides:
            reporter_party = speaks_for  # "The Global Times claimed ..."
    if reporter_party is None and reported_by and re.search(r"\benemy\b", reported_by, re.IGNORECASE) \
            and context.home_side():
        reporter_party = context.other_country(context.home_side())  # "the enemy army said", in a Lebanese paper
    if reporter_party is None and reported_by and STATE_BODY.search(reported_by) \
            and gazetteer.find_in(reported_by) is None \
            and places.world_country(reported_by, set(context.country_sides)) is None:
        # "the National Defense Ministry announced", in a story filed from Ankara: the home country's
        # (not "the Zulia Integral Defense Zone", named after a place of the other side: see below)
        reporter_party = context.home_side()
    if reporter_party is None and party is not None and statement is not None and not statement.get("speaker") \
            and ANONYMOUS_SOURCE.search(
            text[statement.get("_sent_start", statement["start"]) : statement["start"]]) \
            and not _party_in(mentions, statement.get("_sent_start", statement["start"]), statement["start"]):
        # "Sources in the defence establishment claimed ... 15 PLA soldiers hurt", filed from New Delhi:
        # the home side's word on the enemy, a claim (never taken for its own losses)
        reporter_party = context.home_side()
    if reporter_party:
        reporter_party = context.governing.get(reporter_party, reporter_party)
    if reporter_party is None and reported_by and context.country_sides and not _organisation(reported_by):
        # "the FSB Border Directorate for the Kursk Region", "the Bwera Town Council": a body of the
        # place it is named after ("the TIA" as the article spelt it: "Tigray Interim Administration")
        reporter_party = places.world_country(context.spelt_out.get(reported_by, reported_by),
                                              set(context.country_sides))
    if reporter_party and MEDICAL_SOURCE.search(" ".join(filter(None, (
            reported_by, statement.get("affiliation") if statement else None)))):
        reporter_party = None  # a hospital's count is of whoever it treats, not the losses of a side
    if reporter_party in context.missions and not (referent is not None and referent.lower_ in PEACEKEEPER_NOUNS
                                                   | {"others", "more", "another"}):
        reporter_party = None  # a peacekeeping mission's count of civilians is a neutral report, not its losses
    if statement is not None and reporter_party and statement.get("speaker"):
        context.learn(statement["speaker"], reporter_party)
    if party is None and any(t.lower_ in {"junta", "junta's"} for t in np_tokens):
        party = _junta_country(context)  # "27 junta soldiers" in a Thai paper: Myanmar's
    if party is None and any(t.lower_ in {"government", "regime", "state", "junta", "pro-government", "federal"}
                             for t in np_tokens):
        party = _government_of(context, reporter_party, sent)  # "37 government soldiers", said by the rebels
    if referent is not None and referent.lower_ in PEACEKEEPER_NOUNS and party not in context.missions:
        party = context.missions[0] if context.missions else None  # "three peacekeepers" of the mission named
    if party is None and _unnamed_group_phrase(np_tokens):
        # "three of the group's members", "members of the terrorist organization": the armed group meant
        groups = context.armed_groups
        party = groups[0] if len(groups) == 1 else _nearest_group(context, figure.start, groups)
    if party is None and any(t.lower_ in ENEMY_WORDS for t in np_tokens):
        # "up to 30 occupiers", "40 enemy soldiers": the other side of whoever speaks (or files the story)
        party = context.other_country(reporter_party or context.home_side())
    if party is None:
        party = _predicate_party(span, context)  # "four of the dead were South Sudanese engineers"
    why = "phrase" if party else None  # which rule gave the side (kept as _why for diagnosis)
    loser = cue if cue.lemma_ in {"lose", "suffer", "evacuate", "relocate"} else None
    if loser is None and cue.dep_ == "acl" and cue.head.dep_ == "dobj" and cue.head.head.lemma_ in {"lose", "suffer"}:
        loser = cue.head.head  # "Russian forces had lost about 30 soldiers killed": the losses are the subject's
    if party is None and loser is not None:
        # "Armenia lost 15 servicemen", "Israeli authorities have evacuated some 2,500 residents": the subject's
        subjects = [c for c in loser.children if c.dep_ == "nsubj"]
        if subjects:
            sub = doc[subjects[0].left_edge.i : subjects[0].right_edge.i + 1]
            party = _party_in(mentions, sub.start_char, sub.end_char)
            if party is None and any(t.lower_ in ENEMY_WORDS for t in sub) and (reporter_party or context.home_side()):
                # "the enemy lost more than sixty elements", says one side: its enemy's losses
                party = _enemy_of(context, reporter_party or context.home_side(), "military", figure.start)
    why = why or ("lose" if party else None)
    if party is None:
        party = _toll_owner(anchor, cue, mentions)
        why = why or ("toll" if party else None)
    if party is None and not any(t.lower_ in NO_SIDE_VICTIMS() for t in np_tokens) \
            and not (referent is not None and referent.lower_ in _fighter_nouns()
                     and any(group in context.sides or group in context.unknown_groups
                             for group in context.armed_groups)):
        # "nine injured in total on the Kyrgyz side" (not "12 migrants had been killed ... on the Yemeni side",
        # nor "On the Nigerian side, ... troops had killed 32 terrorists": the armed group's, as below, when
        # that group is a side; a group named in passing leaves gunmen "on the Lebanese side" Lebanon's)
        party = context.side_phrase(sent, cue)
        why = why or ("side phrase" if party else None)
    if party is None and OWN_SIDE.search(text[cue.idx : cue.idx + 40]):
        party = "_own"  # "at least 220 people had died on their side", said by that side
    side_words = SIDE_WORDS.search(text[sent.start_char : figure.start]) if party is None else None
    if side_words and side_words.group(1).lower() == "our":
        party = "_own"  # "On our side, we deplore 6 killed and 14 wounded"
    elif side_words:
        # "The provisional toll on the enemy side is 47 killed": the enemy of whoever speaks
        speaker_side = reporter_party or context.home_side()
        party = (_enemy_of(context, speaker_side, "military", figure.start) or context.other_country(speaker_side)) \
            if speaker_side else None
        why = "enemy" if party else None
    if party is None and (reporter_party or context.home_side()) \
            and (cue.lemma_ in ENEMY_ONLY_VERBS or cue.lower_ in ENEMY_ONLY_VERBS) \
            and not (referent is not None and referent.lower_ in _fighter_nouns()):  # (fighters: the group rules)
        # "Turkey's ministry said it had neutralised 23 members", "up to 120 servicemen neutralized" in a
        # story filed from Moscow: the enemy of whoever speaks, wherever they fell
        party = _enemy_of(context, reporter_party or context.home_side(), "military", figure.start)
        why = why or ("enemy" if party else None)
    between = _two_sided_subject(cue)  # "fighting between X and Y": both sides' toll
    two_sided = between is not None or context.paired_in_headline(figure.start)
    refugees = referent is not None and referent.lower_ in REFUGEE_NOUNS or \
        any(t.lower_ in REFUGEE_NOUNS for t in np_tokens)
    migrants = referent is not None and referent.lower_ in NO_SIDE_VICTIMS() or \
        any(t.lower_ in NO_SIDE_VICTIMS() for t in np_tokens)
    # refugees are never the people of the country they are in: no place says whose they are
    placeable = not refugees and not migrants  # (nor migrants: "12 migrants ... killed in shelling on the Yemeni side")
    if party is None and between is not None and placeable:
        # "clashes between rival tribal gunmen in Yemen's eastern Mahra governorate": a feud among one
        # country's people
        party = _feud_country(between, context)
        why = why or ("feud" if party else None)
    if party is None and two_sided and group == "civilians" and placeable:
        # civilians caught in a two-sided fight are the people of where it happened
        party = _clause_place_party(cue, context, civilians=True)
        why = why or ("clause" if party else None)
    overall_kind = context.per_sentence(sent, "overall", lambda: _overall(sent, span))
    overall = (bool(overall_kind) or two_sided) and party is None
    if overall and overall_kind == "total" and not two_sided and group != "military":
        # "In total, more than 35,000 people have been evacuated from border areas of Oddar Meanchey and
        # Preah Vihear provinces": a total of one side's places is that side's
        placed = _place_party(cue, mentions, head, context.places) \
            or _clause_place_party(cue, context, civilians=group == "civilians") \
            or context.sentence_party(sent, cue, reporter_party)[0]
        if placed:
            party, why, overall = placed, why or "place", False
    if overall and not two_sided and _overall_elsewhere(context, sent, cue):
        overall = False  # "Six soldiers injured in face-off ...; Army says both sides disengaged": another report's
    if party == "_own":
        # "one of our defenders was killed" in a side's own press release: the side it speaks for
        first_person = any(t.lower_ in {"our", "we", "us"} for t in np_tokens)
        owner = None if first_person else _possessor_subject(cue, context, reporter_party)
        if owner is None and any(t.lower_ == "its" for t in np_tokens):
            owner = _group_named_before(context, sent, figure.start, reporter_party)
        if owner is None and not first_person and reporter_party and _first_person_agent(cue):
            # "Our forces repelled the attack, killing more than 150 of their fighters": the enemy's men
            owner = _enemy_of(context, reporter_party, "military", figure.start)
        party = owner or reporter_party or (context.home_side() if first_person else None)
    if party is None and not overall:
        # "2,300 of them crossed the river into the Dominican city of Dajabón": from the other side,
        # whatever place the clause names
        party = _destination_party(cue, context)
        why = why or ("destination" if party else None)
    if party is None and not overall and group != "military" and placeable:
        # civilians / people located in a side's territory are that side's
        party = _place_party(cue, mentions, head, context.places)
        why = why or ("place" if party else None)
    if party is None and not overall and group != "military" and placeable \
            and not (referent is not None and referent.lower_ in _fighter_nouns() or armed_men):
        party = _clause_place_party(cue, context, civilians=group == "civilians")
        why = why or ("clause" if party else None)
    fighters = referent is not None and referent.lower_ in _fighter_nouns() or armed_men
    # "killed at least 40 assailants, captured 11 others": more of the people just counted, whoever acted
    more_of_before = referent is not None and referent.lower_ == "others" and any(i < span.start for i in blockers)
    if party is None and not overall and not fighters and placeable and not more_of_before:
        party = _retaliation_party(cue, mentions, context.sides) or \
            _attacked_party(context, sent, cue) or _opponent_party(context, sent)
        why = why or ("attacked" if party else None)
    reporter_is_agent = False  # "the IDF said troops had killed four armed men": never the IDF's people
    looked_back = None
    sentence_back = False
    if party is None and reporter_party and refugees and not overall:
        # "46 wounded refugees", said by the host country's ministry: the people of the country they fled
        party = context.other_country(reporter_party)
        why = why or ("refugees" if party else None)
    elif party is None and reporter_party and not overall and not fighters and not migrants \
            and not (context.migrant_story and group != "military" and category != "displaced"
                     and not (group == "civilians" and referent is not None)):
        # (migrants are nobody's own losses: "At least two migrants died, the Government Delegation said";
        # a resident named as such is a local, migrant story or not)
        outlaws = any(t.lower_ in OUTLAW_NOUNS() for t in np_tokens)  # "14 smugglers dead", said by the army
        held = HELD_BY_SOURCE.search(text, sent.start_char, sent.end_char) if category == "captured" else None
        captor = _party_in(mentions, held.start(), held.end()) if held else None
        if held and side_name(captor) in (None, reporter_party):  # (not "in Azerbaijani custody", says Armenia)
            # "the number in BGB custody rose to 95", said by the BGB: the men it holds are the enemy's
            party = _enemy_of(context, reporter_party, "military", figure.start)
            why = why or ("enemy" if party else None)
        elif not outlaws and _reports_own_losses(cue, reporter_party, mentions):
            # a side's own losses are never its enemy's fighters ("17 guerrillas had been killed")
            party = reporter_party
            why = why or "reporter"
        else:
            reporter_is_agent = True
    # where fighters fell says nothing about whose they were ("insurgents killed in Kandahar")
    if party is None and not overall and not fighters and placeable:
        party = _place_party(cue, mentions, head, context.places) or context.side_phrase(sent, cue)
        why = why or ("place2" if party else None)
    if party is None and not overall and kind != "none" and not fighters and placeable \
            and not context.migrants_in(sent):  # "fired at a group of migrants"
        # people who left their homes are the story's people (the default side) before those
        # of the last side an earlier sentence named, often the one that shelled them
        displaced = category == "displaced"  # (also when a movement verb gave it: "had left their homes")
        party, from_earlier = context.sentence_party(sent, cue, reporter_party, look_back=not displaced)
        if displaced and party is None:
            looked_back = context.sentence_party(sent, cue, reporter_party)[0]
            if reporter_is_agent and looked_back == reporter_party:
                looked_back = None
        if reporter_is_agent and party == reporter_party:
            party = None
        if group == "civilians" and party in context.armed_groups:
            party = None  # "six civilians killed in an attack attributed to the LRA": an armed group has no civilians
        if group == "military" and party and (gazetteer.lookup(party) or _NO_ENTRY).kind == "group" \
                and party not in context.unknown_groups \
                and not (referent is not None and referent.lower_ in GROUP_MEMBER_NOUNS):
            # "four soldiers were wounded" after a sentence about the PKK: the soldiers it fights
            party = _enemy_of(context, party, "military", figure.start)
        why = why or ("sentence" if party else None)
        sentence_back = why == "sentence" and from_earlier
    martyred = cue.lemma_.lower() in MARTYR_WORDS or cue.lower_ in MARTYR_WORDS
    if martyred and why in {"sentence", "attacked"} and context.home_side() and party != context.home_side() \
            and reporter_party in (None, context.home_side()):
        # "At least four civilians were martyred when Indian troops opened fire", filed from Muzaffarabad:
        # a side calls only its own dead martyrs, whoever else the sentence names
        party, why = context.home_side(), "martyr"
    enemy_unknown = False
    if party is None and fighters and not overall and not context.armed_groups and reporter_party \
            and reporter_party in context.country_sides and not _reports_own_losses(cue, reporter_party, mentions):
        # "Syria's Defence Ministry claimed its forces had killed more than 20 gunmen", no armed group
        # named: the other country's fighters, by the state's own account (a claim)
        party = context.other_country(reporter_party)
        why = why or ("enemy" if party else None)
    if party is None and reporter_is_agent and not overall:
        # "JNIM claimed its fighters had taken seven prisoners": the captives a side claims are the enemy's men
        prisoners = category == "captured" and referent is not None and referent.lower_ in PRISONER_NOUNS
        party = _enemy_of(context, reporter_party, "military" if prisoners else group, figure.start)
        why = why or ("enemy" if party else None)
        # an armed group's count of soldiers it hit, the state unnamed: the story's side (set later)
        enemy_unknown = party is None and group == "military" and reporter_party in context.unknown_groups | {
            n for n in context.sides if (gazetteer.lookup(n) or _NO_ENTRY).kind == "group"}
    home = lexicon().get("group_home", {})
    # a group reporting its home country's losses ("the Houthi-run health ministry") is no enemy claim
    # (its enemy's soldiers are a claim all the same: "the Arakan Army said it killed 60 junta troops")
    # A side's count of another party's civilians it did not hit ("three Chinese nationals were
    # killed", say Tajik border troops) is a report, not a claim of what it inflicted.
    claim = bool(party and reporter_party and party != reporter_party and not refugees
                 and category != "displaced"  # a side counts the other's refugees it takes in; it claims no flight
                 and (home.get(reporter_party) != party or group == "military"
                      or category == "captured" and reporter_is_agent)  # ("JNIM claimed ... seven prisoners")
                 and (group == "military" or fighters or reporter_is_agent or category == "captured"
                      or party in context.sides and (gazetteer.lookup(party) or _NO_ENTRY).kind != "country"
                      or _enemies(context, reporter_party, party)))
    if not claim and party and reporter_party is None and _own_forces_acted(cue):
        claim = True  # "the group claimed its fighters had killed more than 50 government soldiers"
    if not claim and party and reporter_party is None and cue.dep_ in {"xcomp", "acl"} and cue.head.lemma_ == "claim":
        # "Houthis claim to have killed more than 20 Saudi troops": what the claimant says it did to others
        claimants = [c for c in cue.head.children if c.dep_ == "nsubj"]
        claimant = _party_in(mentions, claimants[0].left_edge.idx, claimants[0].idx + len(claimants[0])) \
            if claimants else None
        claim = side_name(claimant) not in (None, party)
    label = context.per_sentence(sent, "label", lambda: _label(sent))
    labelled = label is not None and cue.i == label[0].i
    # a label's figure is its own phrase ("five Eritreans"), not the line from the label on
    # (so is a part after "including" and an old count after "up from")
    part = PART_OPENER.search(text, max(0, span.start_char - 20), span.start_char) is not None
    own_phrase = labelled or opening is not None or superseded or part
    start = span.start_char if own_phrase else min(span.start_char, cue.idx)
    start = max(start, sent.start_char)  # (a count the sentence before gave: "the figure had risen to 3,100")
    end = np_end_char if own_phrase else max(np_end_char, cue.idx + len(cue))
    if opening is not None and span[-1].head.lemma_ == "be":
        attr = next((c for c in span[-1].head.children if c.dep_ == "attr"), None)
        if attr is not None:  # "11 are students": the figure with what it counts
            end = max(end, attr.idx + len(attr))
    count, low, high = figure.count, figure.low, figure.high
    named = _named_conjuncts(head if head is not None and head.dep_ == "conj" else span[-1], cue) \
        if kind == "victim" and count is not None else 0
    if named:  # "killed the commander Fayez Jan and one additional insurgent": 2 in all
        count += named
        low = low + named if low is not None else None
        high = high + named if high is not None else None
    item = {
        "party": party,
        "category": category,
        "count": count,
        "low": low,
        "high": high,
        "group": group,
        "reported_by": reported_by,
        "historical": False,
        "text": text[start:end],
        "start": start,
        "end": end,
        "_cue": cue.i,
        # "five of them later died": the figure is the subject of its own casualty verb
        "_own_verb": span[-1].dep_ in {"nsubj", "nsubjpass"} and span[-1].head.i == cue.i,
        "_sent": sent.start,
        "_figure": [figure.start, figure.end],
        "_bare": kind == "none" or (head is not None and head.lower_ in {"others", "more", "them", "those"}),
        "_overall": overall,
        "_why": why,
        "_looked_back": looked_back,
        "_sentence_back": sentence_back,
        "_head": "gunmen" if armed_men else referent.lower_ if referent is not None else None,
        "_agent": _has_agent(cue),
        "_event": _in_event(cue),
        "_martyr": cue.lemma_.lower() in MARTYR_WORDS or cue.lower_ in MARTYR_WORDS,
    }
    item["_reporter_party"] = reporter_party
    if statement is not None and statement.get("speaker") == reported_by and PRIVATE_AFFILIATION.search(
            statement.get("affiliation") or ""):
        item["_witness"] = True  # "Gul Rahman, a resident of Margha": what one person saw, not a toll
    labelled_side = _side_label(context, text, figure.start)
    if labelled_side is not None:
        # a communiqué's toll "by side": "- Enemy side: 63 killed, 21 taken prisoner" / "- Friendly side: 7 killed"
        item["party"], item["_why"], item["_overall"] = labelled_side[0], "side label", False
        claim = labelled_side[1]
    if _cumulative_toll(cue, figure):
        item["_cumulative"] = True
    if enemy_unknown:
        item["_enemy_of_reporter"] = True
    if claim or party and (cue.lemma_ in ENEMY_ONLY_VERBS or cue.lower_ in ENEMY_ONLY_VERBS):
        item["_claim"] = True  # ("to neutralise some forty terrorists": only the enemy's count says so)
    window = text[sent.start_char : figure.start]
    if EARLIER_REPORT.search(window):
        item["_earlier"] = True  # "the ministry had said 50", "its previous update put the toll at 13"
    after = text[figure.end : figure.end + 12].lower()
    if re.match(r"\s+(?:more|additional|further)\b", after) or \
            re.search(r"\b(?:another|a further|further|an additional|additional)\s+$", window.lower()):
        item["_more"] = True  # "17 more soldiers had died": adds to the toll before it
    if toll_moved:
        item["_moved_update"] = True  # "The figure climbed past 4,000": the count of the people who crossed, updated
    if re.match(r"\s+other\b", after):
        item["_other"] = True  # "Twenty-two other combatants were wounded": the same people as the figure before
    of_whom = re.match(r"\s+of\s+(?:the\s+)?(dead|wounded|injured|victims|them|those|whom|the killed)\b",
                       text[figure.end : figure.end + 24].lower())
    if not partitive_verb and of_whom:
        item["_subset"] = True  # "240 of the dead were children"
        item["_of_the_dead"] = of_whom.group(1) not in {"them", "those", "whom"}  # a toll said before, by name
    elif _of_the_victims(text[figure.end : figure.end + 40]) and item["category"] in {"killed", "wounded"}:
        item["_subset"] = True  # "three of the officers died on the spot": part of the officers counted before
    if head is not None and cue.i != head.i and head.left_edge.i <= cue.i <= head.right_edge.i \
            and re.match(r"\s+of\s+(?:the|these|those)\b", text[figure.end : figure.end + 12].lower()):
        item["_subset"] = True  # "five of the insurgents who were killed were commanders"
    of_them = re.match(r"\s*,?\s+of\s+(?:them|whom)\s+(?:were\s+|are\s+)?(\w+)", text[figure.end : figure.end + 40])
    if of_them and kind != "cue" and of_them.group(1).lower() not in tables["words"]:
        # "killed four people, three of them children": a part of the figure before
        # ("one of them wounded" says what happened to that one)
        item["_of_them"] = True
    elif of_them and kind != "cue":
        item["_of_them_hit"] = True  # "Nine of them are wounded": of the people before, its own casualty
    if of_them and figure.vague and figure.count is None and of_them.group(1).lower() not in SEVERITY_WORDS:
        # "120,000 people had been displaced ..., many of them for the second time" (but "wounded, several of
        # them critically" names the gravely hurt: a figure of its own)
        item["_vague_part"] = True
    if referent is not None and referent.lower_ in KIN_VICTIMS:
        item["_subset"] = True  # "she lost two nephews", "his two sons were among the dead": part of the toll
    if superseded:
        item["_superseded"] = True
    if kind != "cue" and opening is not None:
        item["_subset"] = True  # parts of the dead counted before
    if update or item["category"] == "missing" and STILL_MISSING.search(
            text[min(figure.start, cue.idx) : max(figure.end, cue.idx + len(cue))]):
        # "one herder was still missing", after "four herders remain unaccounted for": the missing are
        # a state the latest count gives, not incidents that add up
        item["_update"] = True
    lower_before = text[max(sent.start_char, figure.start - 25) : figure.start].lower()
    if labelled:
        # "Killed: 17 refugees – 12 Ethiopian nationals ... and five Eritreans": the label's first
        # figure is the toll, the ones after a dash, comma or "among" are parts of it
        if re.search(r"[–—,;(]|\s-\s|\bamong\b", text[label[1].end_char + 1 : figure.start]):
            item["_subset"] = True
    elif any(cue_word in lower_before for cue_word in tables["subset"]) or \
            (cue.i < span.start and ":" in doc[cue.i : span.start].text) or \
            re.match(r"\W*among\b[^,;]*$", text[sent.start_char : figure.start], re.IGNORECASE):
        item["_subset"] = True  # "Among the civilians martyred were two children"
    if context.per_sentence(sent, "toll includes", lambda: _toll_includes(sent)):
        item["_subset"] = True  # "The figures include the soldier killed in Khiam and the two people killed near Tyre"
    if item.get("_subset") and PART_OPENER.search(lower_before):
        item["_part"] = True
        item.pop("_update", None)  # "nine residents, including an elderly priest, remain missing": a part, no new count
    return item


PART_OPENER = re.compile(r"\b(?:including|among (?:them|whom))\s*$", re.IGNORECASE)  # a part's own phrase follows
INCLUDED_IN = {"figure", "figures", "toll", "tolls", "total", "number", "count", "dead", "tally"}


HARM_CATEGORIES = {"killed", "wounded", "missing", "captured"}
INTO_BEFORE = re.compile(r"\binto\s+(?:the\s+)?$", re.IGNORECASE)
NO_BEFORE = re.compile(r"\bno\s+$", re.IGNORECASE)  # "no Omani nationals had been harmed"
PRISONER_NOUNS = {"prisoners", "prisoner", "pows", "pow"}  # captives of war (not "hostages": often civilians)
LABEL_WIDTH = 8  # words a category label may take before its colon ("Venezuelans who fled into Colombia:")


def _harm_to_displaced(noun: Token, sent: Span, context: "_Context") -> Optional[Token]:
    """What happened to displaced people ("46 wounded refugees", "killing at least 17 refugees",
    "leaves 17 refugees dead", "Missing: 26 refugees"): the harm word, or None when they are only displaced."""
    hurt = next((c for c in noun.children if c.dep_ in {"amod", "compound"} and
                 cue_category(c) in HARM_CATEGORIES), None)
    if hurt is None and noun.dep_ in ARGUMENT_DEPS:
        hurt = _governing_cue(noun, sent)
    if hurt is None or hurt.i == noun.i:
        label = context.per_sentence(sent, "label", lambda: _label(sent))
        hurt = label[0] if label is not None else None
    return hurt if hurt is not None and cue_category(hurt) in HARM_CATEGORIES else None


def _partitive_opening(sent: Span) -> Optional[Token]:
    """The casualty word of an opening "Of the dead," / "Among the wounded," whose parts the sentence lists."""
    words = [t for t in sent[:6] if not (t.is_space or t.is_quote)]  # ('"Of the dead, 11 are students,"')
    if len(words) >= 4 and words[0].lower_ in {"of", "among"} and words[1].lower_ == "the" \
            and cue_category(words[2]) and words[3].text == ",":
        return words[2]
    return None


SIDE_LABEL_CHARS = 60
SIDE_LABEL = re.compile(r"\W*(?:on\s+the\s+)?(?P<side>enemy|enemy's|adversary|terrorists?'?|friendly|own|our)\s+"
                        r"(?:side|forces|ranks|losses|casualties|camp)\s*:", re.IGNORECASE)


def _side_label(context: "_Context", text: str, at: int) -> Optional[tuple[str, bool]]:
    """(side, is a claim) when the line holding a figure opens with a label
    naming whose losses follow ("- Enemy side:", "Friendly forces:"), from the
    side that files the story; None otherwise or when the side is unknown."""
    window = max(0, at - SIDE_LABEL_CHARS)  # a label is short: never scan a long line back to its start
    newline = text.rfind("\n", window, at)
    if newline < 0 and window > 0:
        return None
    match = SIDE_LABEL.match(text, newline + 1, at)
    if not match:
        return None
    home = context.home_side()
    if match.group("side").lower() in {"friendly", "own", "our"}:
        return (home, False) if home else None
    groups = context.armed_groups
    enemy = groups[0] if len(groups) == 1 else context.other_country(home) if home else None
    return (enemy, True) if enemy else None


def _after_label(context: "_Context", sent: Span, cue: Token, span: Span) -> bool:
    """Whether a figure follows the label whose casualty word is ``cue`` ("- Soldiers wounded: 2")."""
    label = context.per_sentence(sent, "label", lambda: _label(sent))
    return label is not None and label[0].i == cue.i and span.start > label[1].end


def _label(sent: Span) -> Optional[tuple[Token, Span]]:
    """(casualty word, label words) of a label opening a list item or line ("2. Injured: 43 people ...",
    "- Soldiers wounded: 2", "- Fatalities since January 2: 47"), or None."""
    doc = sent.doc
    i = sent.start
    while i < sent.end and (doc[i].is_space or doc[i].text in BULLETS or doc[i].text in {".", ")"}
                            or doc[i].text.rstrip(".)").isdigit() and len(doc[i].text) <= 3):
        i += 1
    for k in range(i + 1, min(i + 1 + LABEL_WIDTH, sent.end)):
        if doc[k].text == ":":
            cue = next((t for t in doc[i:k] if cue_category(t)), None)
            return (cue, doc[i:k]) if cue is not None else None
        if doc[k].is_punct:
            break
    return None


def _toll_includes(sent: Span) -> bool:
    """A sentence that lists what a toll already contains: its figures are parts, never added."""
    return any(t.lemma_ == "include" and t.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lower_ in INCLUDED_IN for c in islice(t.children, MAX_CHILDREN)) for t in sent)


# ------------------------------------------------------- sides in context

def _statement_side(statement: dict) -> Optional[str]:
    return side_name(statement.get("_speaker_party") or statement.get("party"))


def side_name(name: Optional[str]) -> Optional[str]:
    """A party name that can own casualties: organisations (OCHA, WHO, the UN)
    report figures but are never the victims' side; an armed group the
    gazetteer does not know keeps the name the article gives it."""
    if not name:
        return None
    entry = gazetteer.lookup(name)
    if entry is None:
        # a raw place or body string ("Saada province") is never a side; a group the article introduced is
        return name if name in groups.article_groups() else armed_group_name(name)
    if entry.kind == "organisation":
        # a peacekeeping mission owns its peacekeepers' casualties ("three UNIFIL peacekeepers were wounded")
        return entry.name if entry.name in PEACEKEEPING_MISSIONS() else None
    return entry.name


@lru_cache(maxsize=1)
def PEACEKEEPING_MISSIONS() -> frozenset:
    return frozenset(lexicon().get("peacekeeping_missions", ()))


def _overall(sent: Span, span: Span) -> Optional[str]:
    """"both": a sentence speaks of every side ("on both sides", "nationwide"); "total": it only totals
    ("In total", "combined"), which one side's places may still own; None."""
    # lower-case words only: "the Combined Military Hospital" is a name, not a combined toll
    kinds = {"total" if match.group(0).lower() in TOTAL_CUES else "both"
             for match in OVERALL_PATTERN().finditer(sent.text) if not _describes_someone(sent, match)}
    return "both" if "both" in kinds else "total" if kinds else None


TOTAL_CUES = {"in total", "combined"}  # (a nationwide toll covers every side there, the country's war's too)


def _describes_someone(sent: Span, match: re.Match) -> bool:
    """Whether a "both sides" lies in a participle that describes a noun and
    tells of no casualty: "according to the Moei River Relief Network, a
    community aid group working on both sides of the border" (a relative
    clause may still be about the fight: "a peace accord the two sides
    initialled")."""
    at = sent.doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand")
    if at is None:
        return False
    node = at.root
    while node.head.i != node.i and sent.start <= node.i:
        if node.dep_ == "acl" and node.tag_ == "VBG" and node.head.pos_ in {"NOUN", "PROPN"}:
            return not any(cue_category(t) for t in node.subtree)
        node = node.head
    return False


def _overall_elsewhere(context: "_Context", sent: Span, cue: Token) -> bool:
    """Whether every "both sides" of a sentence belongs to another report in it."""
    elsewhere = _other_reports(context, sent, cue)
    if not elsewhere:
        return False
    doc = sent.doc
    for match in OVERALL_PATTERN().finditer(sent.text):
        at = doc.char_span(sent.start_char + match.start(), sent.start_char + match.end(), alignment_mode="expand")
        if at is None or at.start not in elsewhere:
            return False
    return True


@lru_cache(maxsize=1)
def OVERALL_PATTERN() -> re.Pattern:
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(m) for m in OVERALL_CUES) + r"|^(?i:%s)\b"
                      % "|".join(re.escape(m) for m in OVERALL_CUES))


TOLL_OWNERS = {"loss", "losses", "toll", "casualties", "casualty", "deaths", "dead", "tally", "figure", "number"}


def _toll_owner(anchor: Token, cue: Token, mentions) -> Optional[str]:
    """'Armenian losses exceeded 200 dead', "Georgia's toll rose to 130", "the
    losses of the Tajik side amount to seven servicemen killed": the side named
    on the toll noun the figure is predicated of."""
    node = anchor
    for _ in range(4):
        if node.head.i == node.i:
            break
        if node.dep_ in {"relcl", "acl"} and node.head.lower_ in TOLL_OWNERS:
            return _toll_noun_party(node.head, mentions)
        node = node.head
        if node.dep_ == "acl" and node.head.dep_ == "pobj" and node.head.head.lower_ == "of" \
                and node.head.head.head.lower_ in TOLL_OWNERS:
            # "raised the number of Chinese nationals killed to three": the parser hung "to three" on "killed"
            return _toll_noun_party(node.head.head.head, mentions)
        if node.pos_ in {"VERB", "AUX"}:
            for child in node.children:
                # "bringing the number of Russian servicemen captured to 470": the object
                # ("raised the number of Chinese nationals killed to three")
                roles = {"nsubj", "nsubjpass"} | ({"dobj"} if node.lemma_ in TOLL_MOVERS else set())
                if child.dep_ in roles and child.lower_ in TOLL_OWNERS:
                    party = _toll_noun_party(child, mentions)
                    if party:
                        return party
                    if any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in child.children):
                        # "Baku put its own death toll at 80": the subject's own toll
                        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
                        if subject is not None:
                            party = _party_in(mentions, subject.idx, subject.idx + len(subject)) \
                                or capital_country(subject.text)
                            if party:
                                return party
            if not (node.dep_ in {"relcl", "acl"} and node.head.lower_ in TOLL_OWNERS):
                break
    return None


TOLL_MOVERS = {"bring", "raise", "put", "revise", "increase", "lift", "update", "push", "take"}  # "... the toll to N"


def _toll_noun_party(noun: Token, mentions) -> Optional[str]:
    """The side on a toll noun: "Armenian losses", "Georgia's toll", "the losses of the Tajik side"."""
    for mod in noun.children:
        if mod.dep_ in {"poss", "amod", "compound", "nmod"}:
            party = _party_in(mentions, mod.idx, mod.idx + len(mod))
            if party:
                return party
        if mod.dep_ == "prep" and mod.lower_ in {"of", "among"}:  # ("the death toll among Somaliland herders")
            for obj in mod.children:
                if obj.dep_ == "pobj" and not (obj.lower_ in ATTACK_NOUNS or obj.lemma_.lower() in ATTACK_NOUNS
                                               or obj.lower_ in WEAPON_NOUNS):
                    # (the toll "of the Israeli enemy strike" is its victims', not the attacker's)
                    phrase = obj.doc[obj.left_edge.i : obj.i + 1]
                    party = _party_in(mentions, phrase.start_char, phrase.end_char)
                    if party:
                        return party
    return None


AGENT_VERBS_EXTRA = {"attack", "shell", "strike", "hit", "fire", "bomb", "raid", "storm", "ambush", "target", "shoot", "launch"}


# Subjects of these verbs own the victims, they did not attack them
# ("the army is mourning five soldiers", "Armenia lost 15 servicemen").
OWNER_VERBS = {"lose", "suffer", "have", "report", "mourn", "bury", "honour", "honor", "remember", "commemorate",
               "repatriate", "identify", "name", "count", "confirm", "record", "treat", "evacuate", "sustain", "receive"}


def _agent_tokens(sent: Span) -> set[int]:
    """Tokens naming the attackers in a sentence: subjects of transitive or attack
    verbs, 'by' agents, and modifiers of weapons ('Pakistani shells')."""
    agents: set[int] = set()
    for tok in sent:
        if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB":
            verb = tok.head
            transitive = any(c.dep_ in {"dobj", "obj"} for c in verb.children)
            if (transitive or verb.lemma_ in AGENT_VERBS_EXTRA) and verb.lemma_ not in _tables()["reporting"] \
                    and verb.lemma_ not in OWNER_VERBS:
                agents.update(range(tok.left_edge.i, tok.right_edge.i + 1))
        elif tok.dep_ == "prep" and tok.lower_ in {"on", "to"} and tok.head.lemma_ in {"blame", "attribute"}:
            agents.update(range(tok.i, tok.right_edge.i + 1))  # "an attack blamed on al-Shabaab"
        elif tok.dep_ == "agent" or (tok.dep_ == "prep" and tok.lower_ == "by"):
            objects = [c for c in tok.children if c.dep_ == "pobj"]
            if objects and objects[0].lemma_ in TIME_NOUNS:  # "by the time", "by evening"
                continue
            agents.update(range(tok.i, tok.right_edge.i + 1))
    return agents


REFUGE_VERBS = {"treat", "admit", "shelter", "arrive", "reach", "live", "stay", "settle", "register", "host",
                "receive", "flee", "cross", "escape", "evacuate", "take", "bring", "transfer", "fly", "airlift"}
LOCATIVE_PREPS = {"in", "near", "at", "inside", "outside", "around"}
LOOK_BACK = 2  # sentences a figure with no side of its own may look back for one


ANONYMOUS_SOURCE = re.compile(r"\b(?:sources?|officials?|an official|officers)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def STATE_MEDIA() -> re.Pattern:
    """State outlets (lexicon ``state_media``) by name, longest first."""
    names = sorted(lexicon().get("state_media", {}), key=len, reverse=True)
    return re.compile(r"\b(?:%s)\b" % "|".join(re.escape(n) for n in names)) if names else re.compile(r"(?!)")


# where a body sits, right after its name: "the Civil Defence in Jazan"
SEAT_IN = re.compile(r"\s+in\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# a state body named without its country ("the Defence Ministry", "the General Staff", "the army")
STATE_BODY = re.compile(r"\b(?:ministry|ministries|general staff|armed forces|army|military|border (?:guard|service|police)|"
                        r"interior|defen[cs]e|government|presidency|police|"
                        r"(?:northern|southern|eastern|western|central|joint|operations) command)\b",
                        re.IGNORECASE)  # ("the Army's Eastern Command": a state's military command)
# ("the president of civil society in Kasindi", "president of the local traders' union": no state's office)
STATE_ROLE = re.compile(r"\b(?:minister|chief of staff|joint chiefs|commander-in-chief|"
                        r"president(?!\s+of\s+(?:the\s+)?(?-i:[a-z]))|prime minister|"
                        r"foreign office)\b",
                        re.IGNORECASE)
UNNAMED_GROUP_NOUNS = {"group", "organization", "organisation", "movement", "militia", "faction", "outfit"}


def _unnamed_group_phrase(np_tokens: list[Token]) -> bool:
    """Victims the phrase places in an armed group it does not name: "the
    group's members", "members of the terrorist organization"."""
    for tok in np_tokens:
        candidates = [tok] + [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"
                              for o in c.children if o.dep_ == "pobj"]
        for noun in candidates:
            if noun.lemma_.lower() in UNNAMED_GROUP_NOUNS and noun.pos_ == "NOUN" and any(
                    c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in noun.children) \
                    and not any(c.pos_ == "PROPN" or c.ent_type_ for c in noun.children):
                return True
    return False


def _armed_groups(doc: Doc, sides: set[str], unknown_groups: set[str]) -> list[str]:
    """The armed groups fighters may belong to: the sides that are groups;
    else any group named, even once or twice; else groups the gazetteer does
    not know ("the RED-Tabara rebels")."""
    regional = regional_governments()  # ("Jubaland forces" are no militants)
    groups = sorted(name for name in sides if (gazetteer.lookup(name) or _NO_ENTRY).kind == "group"
                    and name not in regional
                    or name in unknown_groups)  # ("Tancol", a side the text introduced, over a group named in passing)
    if not groups:
        groups = sorted({side_name(p["name"]) for p in doc._.borderfacts_parties or []
                         if p.get("_kind") == "group"} - {None} - regional)
    return groups or sorted(unknown_groups)


class _Context:
    """Per-document facts the side rules share: party mentions, statements, the
    parties of speakers learnt so far, and paragraph boundaries."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        reference = (doc._.borderfacts_reference_date or {}).get("value")
        governing = _governing_groups(self.text, doc._.borderfacts_parties or [],
                                      reference if reference and re.match(r"\d{4}-\d\d-\d\d", reference) else None)
        self.governing = governing  # "the Taliban" as Afghanistan's government: one name for both
        self.mentions = _mentions(doc, governing)
        self.mention_starts = [m[0] for m in self.mentions]  # sorted: bisect per sentence
        self.sides = _side_names(doc, governing)
        # the sides that are countries (not armed groups): asked about for many figures, computed once
        self.country_sides = frozenset(n for n in self.sides if (gazetteer.lookup(n) or _NO_ENTRY).kind == "country")
        # the groups the parties component found in the text; the text is read again only in a pipeline
        # without that component
        parties = doc._.borderfacts_parties
        self.unknown_groups = {p["name"] for p in parties if p.get("_introduced")} if parties is not None \
            else _unknown_groups(self.text)
        # the peacekeeping missions the article names, most mentioned first: their peacekeepers' side
        self.missions = [p["name"] for p in sorted(doc._.borderfacts_parties or [], key=lambda p: -p.get("mentions", 0))
                         if p["name"] in PEACEKEEPING_MISSIONS()]
        self.cache: dict = {}  # per-sentence answers every figure of a sentence shares
        self.places = places.PlaceTable(doc, self.mentions, frozenset(self.sides))
        self.de_facto = _de_facto_side(self.sides)
        self.armed_groups = _armed_groups(doc, self.sides, self.unknown_groups)
        self.statements = sorted(doc._.borderfacts_statements or [], key=lambda s: s.get("start", -1))
        self.statement_starts = [s.get("start", -1) for s in self.statements]
        self.speakers: dict[str, str] = {}
        # (start, speaker, party): the same short name ("the defence ministry")
        # can belong to different sides in one article, so the nearest earlier one wins
        self.known: list[tuple[int, str, str]] = []
        for statement in self.statements:
            party = side_name(statement.get("_speaker_party") or statement.get("party"))
            if party and statement.get("speaker"):
                self.known.append((statement.get("start", 0), statement["speaker"], party))
        self.known.sort()
        self.position = 0
        self.paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n\s*\n", self.text)]
        headline = HEADLINE.search(self.text[:HEADLINE_CHARS])  # the first short line before a blank line
        self.headline_end = headline.end(1) if headline and not headline.group(1).rstrip().endswith(".") else 0
        self.deck_spans = _deck_spans(self.text, self.headline_end)

    def in_deck(self, start: int) -> bool:
        """Whether a position lies in a standfirst line under the headline."""
        return any(s <= start < e for s, e in self.deck_spans)

    def other_country(self, *known: Optional[str]) -> Optional[str]:
        """The one country among the sides that is none of ``known``, if there is exactly one."""
        others = self.country_sides - set(known)
        return next(iter(others)) if len(others) == 1 else None

    def home_side(self) -> Optional[str]:
        """The side the dateline or byline files the story from, else the one
        the headline places it in ("Stray shells wound three in Mae Sot")."""
        if "home" not in self.cache:
            self.cache["home"] = _dateline_side(self) or _enemy_naming_side(self) or _headline_side(self) \
                or _outlet_side(self)
        return self.cache["home"]

    def per_sentence(self, sent: Span, what: str, compute):
        """``compute()`` once per sentence: figures of one long sentence share
        these answers, and asking again would make long sentences quadratic."""
        key = (what, sent.start)
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]

    def attackers(self, sent: Span) -> set[str]:
        return self.per_sentence(sent, "attackers", lambda: _attacker_sides(sent, self.mentions))

    def side_phrase(self, sent: Span, cue: Token) -> Optional[str]:
        """The side a sentence says it speaks of, unless a contrast ("while", "but") parts it from ``cue``."""
        party, at = self.per_sentence(sent, "side phrase", lambda: _side_phrase_party(sent, self.mentions))
        if party is None:
            return None
        between = self.text[min(at, cue.idx) : max(at, cue.idx)]
        # "600 families fled El Wak, while about 350 families on the Somali side moved": that clause's only
        return None if CONTRAST.search(between) else party

    def migrants_in(self, sent: Span) -> bool:
        return self.per_sentence(sent, "migrants", lambda: _migrants_in(sent))

    @cached_property
    def spelt_out(self) -> dict[str, str]:
        """Abbreviations the article spells out: "The Tigray Interim Administration (TIA)" -> {"TIA": ...}."""
        return {m.group(2): m.group(1) for m in SPELT_OUT.finditer(self.text)}

    @cached_property
    def headline(self) -> Optional[re.Match]:
        """The headline: the first short line standing alone before a blank line, after
        a masthead or section label if any ("THE NAIROBI COURIER / NEWS | COUNTIES")."""
        for candidate in HEADLINE.finditer(self.text[:HEADLINE_CHARS]):
            line = candidate.group(1).strip()
            if len(line.split()) >= 4 and not line.isupper() and "|" not in line:
                return candidate
        return None

    @cached_property
    def headline_pairs(self) -> set[int]:
        """Ends of side names the headline joins with "and" ("India and Pakistan trade heavy fire")."""
        if self.headline is None:
            return set()
        start, end = self.headline.start(1), self.headline.end(1)
        named = [(m_start, m_stop) for m_start, m_stop, name in self.mentions
                 if start <= m_start < end and side_name(gazetteer.canonical(name))]
        paired = set()
        for (left_start, left_stop), (right_start, _) in zip(named, named[1:]):
            if self.text[left_stop:right_start] == " and " \
                    and not PLACE_PREPOSITION_BEFORE.search(self.text, start, left_start):
                # (not "near border with Burkina Faso and Niger", "in Syria and Iraq": places, not actors)
                paired.update((left_stop, right_start))
        return paired

    @cached_property
    def headline_label(self) -> Optional[tuple[int, int]]:
        """Where the headline's country or section label is ("Mali: ...", "AFRICA/SOUTH SUDAN - ...")."""
        if self.headline is None:
            return None
        start = self.headline.start(1)
        line = self.headline.group(1)
        skipped = len(line) - len(line.lstrip())
        label = SECTION_LABEL.match(line, skipped) or COUNTRY_LABEL.match(line, skipped)
        if label is None or (gazetteer.lookup(label.group(1)) or _NO_ENTRY).kind != "country":
            return None  # ("Demchok scuffle: Old fault lines ...": no country)
        return start + label.start(1), start + label.end(1)

    def paired_in_headline(self, at: int) -> bool:
        """A headline figure in the clause of two sides acting together: "India and Pakistan trade
        heavy fire across Kashmir frontier, killing at least 21" (not "... in Syria and Iraq after nine
        soldiers killed", nor "Seven civilians killed as ENDF and SNA standoff ...")."""
        if not self.headline_pairs or at >= self.headline.end(1):
            return False
        pair_end = max((end for end in self.headline_pairs if end < at), default=None)
        return pair_end is not None and not HEADLINE_CLAUSE_BREAK.search(self.text, pair_end, at)

    @cached_property
    def migrant_story(self) -> bool:
        """A headline about migrants: its unnamed people are nobody's own losses."""
        headline = self.text[:HEADLINE_CHARS].lower().split("\n\n")[0]
        return bool(re.search(r"\b(?:%s)\b" % "|".join(sorted(NO_SIDE_VICTIMS())), headline))

    def _bodies_before(self, noun: str) -> list[dict]:
        """The statements before the current figure whose speaker's name has
        ``noun`` ("ministry" -> "Ethiopia's Ministry of National Defence"), in text order."""
        return [statement for statement in self.statements if statement.get("start", 0) <= self.position
                and noun in (statement.get("speaker") or "").lower().split()]

    def body_before(self, noun: str) -> tuple[Optional[str], Optional[str]]:
        """(speaker, side) of the last such statement."""
        found = self._bodies_before(noun)
        return (found[-1]["speaker"], _statement_side(found[-1])) if found else (None, None)

    def learn(self, speaker: str, party: str) -> None:
        self.speakers.setdefault(speaker, party)

    def _named_at(self, speaker: Optional[str]) -> int:
        """The offset where the text first names ``speaker``, or -1."""
        return self.text.find(speaker) if speaker else -1

    def _introduced(self, speaker: str) -> Optional[Span]:
        """Where the text first names ``speaker``."""
        at = self._named_at(speaker)
        return self.doc.char_span(at, at + len(speaker), alignment_mode="expand") if at >= 0 else None

    def introduction_party(self, speaker: Optional[str]) -> Optional[str]:
        """The one side named, as a country, demonym or town, in the sentence
        that introduces ``speaker`` before their name ("... hit central Sumy,
        citing the head of the regional military administration, Serhiy Kryvonis")."""
        if not speaker or len(speaker.split()) < 2:
            return None
        key = ("introduced", speaker)
        if key not in self.cache:  # asked for every figure the speaker gives
            self.cache[key] = self._introduction_party(speaker)
        return self.cache[key]

    def _introduction_party(self, speaker: str) -> Optional[str]:
        span = self._introduced(speaker)
        if span is None:
            return None
        at, start = span.start_char, span.sent.start_char
        quote = max(self.text.rfind(mark, start, at) for mark in '"“”')
        start = max(start, quote + 1)  # what a quotation says is no introduction
        # (not where the story's people were taken: "taken across the river into Colombian territory,
        # Defense Minister Andrés Villacís told a press conference in Quito")
        found = {side_name(name) for s, e, name in self.mentions if start <= s and e <= at
                 and not INTO_BEFORE.search(self.text, max(0, s - 12), s)}
        found |= set(places.world_matches(self.text[start:at], self.sides))
        found = {name for name in found if name in self.sides}
        return found.pop() if len(found) == 1 else None

    def _possessive_role_before(self, speaker: str) -> bool:
        """'Its spokesperson, Lieutenant Colonel X': the role's "its" the statement's affiliation left out."""
        at = self._named_at(speaker)
        return at > 0 and bool(re.search(r"\b(?:its|their)\s+[\w-]+(?:\s+[\w-]+)?,\s*(?:[A-Z][\w.-]*\s+){0,3}$",
                                          self.text[max(0, at - 80) : at], re.IGNORECASE))

    def _subject_before(self, speaker: str) -> Optional[Token]:
        """The subject of the sentence before the one that introduces ``speaker``."""
        span = self._introduced(speaker)
        if span is None or span.sent.start == 0:
            return None
        previous = self.doc[span.sent.start - 1].sent
        return next((c for c in previous.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)

    def _subject_before_is(self, speaker: str, body: str) -> bool:
        """"Rwanda's government blamed ... Government spokeswoman X said": the body the role speaks for
        is the subject of the sentence before (then :meth:`possessor_party` gives its side)."""
        subject = self._subject_before(speaker)
        return subject is not None and subject.lower_ == body.lower().split()[-1]

    def possessor_party(self, speaker: str) -> Optional[str]:
        """The side "its" / "their" before a speaker's role stands for: the
        subject of the sentence before ("The Burundian army tells a different
        story. Its spokesman, Col X, said ...")."""
        subject = self._subject_before(speaker)
        if subject is None:
            return None
        start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
        named = [side_name(name) for s, e, name in self.mentions if start <= s and e <= end]
        named = [name for name in named if name in self.sides]
        return named[0] if named else None

    def speaker_party(self, speaker: Optional[str], affiliation: Optional[str]) -> Optional[str]:
        """A speaker's side: from their affiliation, what other statements tell,
        or the words next to their name ("Armenian Prime Minister Nikol Pashinyan",
        "Lusine Sargsyan, Armenia's ombudsman")."""
        if affiliation:
            entry = gazetteer.find_in(affiliation)
            if entry is not None and entry.kind != "organisation":
                return entry.name
            if self.de_facto and _DE_FACTO_CUE().search(affiliation):
                return self.de_facto  # "the region's human rights ombudsman"
            body = STATE_BODY.search(affiliation)
            if body:  # "ministry spokesman Colonel Samer al-Dabbagh" after "Syria's Defence Ministry said"
                spoken = self._bodies_before(body.group(0).lower().split()[-1])
                named = {party for party in map(_statement_side, spoken) if party}
                if len(named) == 1:
                    return named.pop()
                # both sides' ministries spoke: the one that spoke just before the spokesman is named
                named_at = self._named_at(speaker)
                at = named_at if 0 <= named_at < self.position else self.position
                last = _statement_side(spoken[-1]) if spoken else None
                if last and self.paragraph_of(at) - self.paragraph_of(spoken[-1].get("start", 0)) <= 1:
                    return last
            introduced = self.introduction_party(speaker)
            if not introduced and (re.match(r"(?:its|their)\b", affiliation, re.IGNORECASE)
                                   or self._possessive_role_before(speaker)
                                   or body and self._subject_before_is(speaker, body.group(0))):
                introduced = self.possessor_party(speaker)  # "The CCMSR rejected ... its spokesman, X, said"
            if introduced:
                return introduced  # "On the Burundian side, a communiqué signed by the army spokesman, Colonel X"
            if (body or STATE_ROLE.search(affiliation)) and self.home_side():
                return self.home_side()  # "Defense Minister Ahn Seong-min", in a story filed from Seoul
        if not speaker:
            return None
        earlier = [party for start, name, party in self.known if name == speaker and start <= self.position]
        if earlier:
            return earlier[-1]
        short = re.sub(r"^(?:the|a|an)\s+", "", speaker, flags=re.IGNORECASE)
        if len(short.split()) >= 2:  # "the Border Service" -> "Border Service of the State Committee ... Kyrgyz Republic"
            longer = [party for start, name, party in self.known if name.startswith(short) and start <= self.position]
            if longer:
                return longer[-1]
        if speaker in self.speakers:
            return self.speakers[speaker]
        if STATE_BODY.fullmatch(re.sub(r"^(?:the|its|their)\s+", "", speaker, flags=re.IGNORECASE)) \
                and self.home_side():
            return self.home_side()  # "the Army said", in a story filed from Srinagar: the home side's army
        text = self.text
        for match in re.finditer(re.escape(speaker), text):
            for start, end, name in reversed(self.mentions):
                if match.start() - 60 <= start and end <= match.start():
                    between = text[end : match.start()]
                    if not re.search(r"[.;:!?\"“”,()]|\n", between) and len(between.split()) <= 5 \
                            and not {"in", "near", "at", "outside", "around", "into", "across"}.intersection(between.lower().split()):
                        # (not "Jordanian airstrikes in Suwayda": the name there is a place)
                        return side_name(name)
                    break
            after = text[match.end() : match.end() + 60]
            m = re.match(r",\s+(?:the\s+|a\s+|an\s+)?([^,.;:\n]+)", after)
            a0 = match.end() + m.start(1) if m else 0
            first = self.doc.char_span(a0, a0 + 1, alignment_mode="expand") if m else None
            title = self.doc.char_span(a0, match.end() + m.end(1), alignment_mode="expand") if m else None
            if title is not None and title[0].lower_ not in {"which", "who", "whose"} \
                    and any(t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in title):
                continue  # a clause, not a title: "According to IRNA, Jaish al-Adl militants killed ..."
            if m and not (first is not None and first[0].lemma_ in _tables()["reporting"]):
                # (a reporting verb after "Name," starts the reported clause, not a title:
                # "Mohamed al-Rumaih, said Tunisian forces ...")
                for start, end, name in self.mentions:
                    if a0 <= start and end <= match.end() + m.end(1):
                        return side_name(name)
            seat = SEAT_IN.match(text, match.end())
            if seat:  # "The Civil Defence in Jazan said": the body of a side's province
                placed = places.world_country(seat.group("place"), set(self.country_sides))
                if placed:
                    return placed
        return None

    def paragraph_of(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.paragraph_starts, char) - 1)

    def sentence_party(self, sent: Span, cue: Token, reporter_party: Optional[str],
                       look_back: bool = True) -> tuple[Optional[str], bool]:
        """The one side a sentence speaks of once its attackers are set aside
        ("By the time Cameroonian soldiers arrived, a dozen villagers had been
        killed"); failing that, the side of the previous sentence of the
        paragraph when this one names no party at all. With it, whether the
        side came from an earlier sentence."""
        retaliating = _retaliation_party(cue, self.mentions, self.sides)
        if retaliating:
            return retaliating, False
        names, any_mention = self._victim_sides(sent, cue)
        if len(names) == 1:
            return next(iter(names)), False
        if any_mention:
            return None, False
        # the sentences before (short wire paragraphs: across paragraph breaks)
        # name the side the story is on: "Armenia says shells landed on Jermuk.
        # / Three civilians were wounded in Jermuk, local officials said."
        if list_marker(self.doc, sent[0]):
            return None, False  # a numbered or bulleted item stands alone ("9. According to OCHA, ...")
        if ACROSS_THE_BORDER.match(self.text, sent.start_char) and sent.start > 0:
            # "Across the border, the Kiryat Shmona municipality said about 1,200 residents had left": the
            # other country than the one the story was on
            named, _ = self._victim_sides(self.doc[sent.start - 1].sent)
            before = next(iter(named)) if len(named) == 1 else self.home_side()
            other = self.other_country(before) if before in self.country_sides else None
            if other:
                return other, False
        if not look_back:
            return None, False
        current = sent
        for step in range(LOOK_BACK):
            if current.start == 0:
                return None, False
            previous = self.doc[current.start - 1].sent
            if step > 0 and self.paragraph_of(previous.start_char) != self.paragraph_of(current.start_char):
                return None, False  # one paragraph break at most, right before the figure's sentence
            current = previous
            opening = SIDE_OPENING.match(self.text, current.start_char, current.end_char)
            if opening and self.paragraph_of(current.start_char) == self.paragraph_of(sent.start_char):
                # "On the Mozambican side, the picture this month is grim. ... officials said nine civilians had
                # been beheaded": the paragraph goes on about that side
                party = _party_in(self.mentions, opening.start(1), opening.end(1))
                if party:
                    return party, True
            names, any_mention = self._victim_sides(current)
            if len(names) == 1:
                return next(iter(names)), True
            if any_mention:
                return None, False
        return None, False

    def _victim_sides(self, sent: Span, cue: Optional[Token] = None) -> tuple[set[str], bool]:
        """Sides (role ``side`` only: a third party such as a mediator or an
        ally is never the victims' side by mere mention) named in a sentence
        outside its attackers and outside two-sided event phrases ("in the
        battle for the Congolese city")."""
        agents = self.per_sentence(sent, "agents", lambda: _agent_tokens(sent) | _event_place_tokens(sent))
        # (another report in the sentence: "Indian Army claims Pakistani troops opened fire in Keran; SDMA
        # says 1,200 residents moved")
        elsewhere = _other_reports(self, sent, cue) if cue is not None else frozenset()
        names = set()
        any_mention = False
        for start, end, name in _sentence_mentions(self, sent):
            span = self.doc.char_span(start, end, alignment_mode="expand")
            if span is not None and any(t.i in elsewhere for t in span):
                continue
            if NO_BEFORE.search(self.text, max(0, start - 4), start):
                continue  # "adding that no Omani nationals had been harmed": nobody of that side is a victim
            if self.headline_label and self.headline_label[0] <= start < self.headline_label[1]:
                continue  # "Somaliland: ... clan clashes claim 11 lives": where the story is filed (the default)
            any_mention = True
            if span is not None and any(t.i in agents for t in span):
                continue
            if span is not None and span[-1].head.lemma_.lower() in BORDER_NOUNS \
                    and span[-1].dep_ in {"amod", "compound"} \
                    and not (span[-1].head.lower_ == "side" and span[-1].head.head.lower_ == "on"
                             and not span[-1].head.head.is_sent_start):
                # "near the Venezuelan border" places the event, it names no victims ("stormed settlements
                # on the Nigerian side" does; "On the Burundian side, a communiqué claims ..." says whose word)
                continue
            if PAIRED_BORDER_AFTER.match(self.text, end):
                continue  # "villages straddling the Uganda-DR Congo border": the parser hangs "Uganda" off "DR"
            if span is not None and any(t.dep_ == "pobj" and t.head.lower_ in {"with", "of"}
                                        and t.head.head.lower_ in BORDER_NOUNS | {"crossing"}
                                        for t in (span[-1], span.root)):
                # "near the border with Venezuela / with the Federal Republic of Nigeria", "near the Shahan
                # crossing with Oman"
                continue
            if span is not None and _destination_of_flight(span.root):
                continue  # "1,200 people have crossed into Moyo District in Uganda": where they went, not whose
            if span is not None and span.root.head.lower_ in MEDIA_NOUNS and span.root.head.dep_ in {"pobj", "dobj"}:
                continue  # "read on Niger's state broadcaster RTN", "told Syrian state television": a source
            if SEAT.match(self.text, end - 1):
                continue  # "the UK-based monitor said": where a body sits, not whose the victims are
            if DISTANCE_FROM.search(self.text[max(0, start - 40) : start]):
                continue  # "a village barely 4 km from Nigeria's Cross River State": a landmark, not the place
            if span is not None and _chased_to(span.root):
                continue  # "pursued villagers all the way to the edge of the Chadian border town of Adré"
            if span is not None and span[-1].dep_ == "pobj" and span[-1].head.lower_ in {"into", "toward", "towards"}:
                continue  # "hundreds crossed into Burkina Faso": where they went, not whose they are
            if span is not None and span.root.dep_ in {"pobj", "amod", "compound"} and _fire_origin(span.root):
                continue  # "It came from Eritrean positions on the ridge": where the fire came from
            if self.sides and name not in self.sides and not (
                    cue is not None and span is not None and cue.left_edge.i <= span.start
                    and span.end - 1 <= cue.right_edge.i):
                # a third party counts only inside the casualty clause itself
                # ("fled ... from South Ossetia into Russia"), never by a
                # mere mention elsewhere ("who cut short a visit to the United States")
                continue
            names.add(name)
        names -= self.attackers(sent)  # "Six officers killed as Al-Shabaab raids ..."
        places = self._sentence_places(sent, agents | elsewhere) if elsewhere else \
            self.per_sentence(sent, "places", lambda: self._sentence_places(sent, agents))
        if places:
            names |= places
            any_mention = True
        return names, any_mention

    def _sentence_places(self, sent: Span, agents: set[int]) -> set[str]:
        """Sides of the towns a sentence places things in."""
        names: set[str] = set()
        # a location label before a colon ("6. 7 November 2026, Razih district (Saada): Five farmers ...")
        colon = next((t for t in sent[:LABEL_TOKENS] if t.is_punct and t.text.endswith(":")), None)
        if colon is not None and not any(t.pos_ in {"VERB", "AUX"} for t in sent[: colon.i - sent.start]):
            self._add_place(names, self.doc[sent.start : colon.i])
        # towns the sentence places things in ("In Chaman, mortar shells landed ..."):
        # the side they belong to, by the article or the world gazetteer
        for tok in sent:
            named = tok.pos_ == "PROPN" or any(c.dep_ in {"compound", "amod"} and c.text[:1].isupper() and c.i > sent.start
                                               for c in tok.children)  # "in Beni territory"
            town_of = tok.lower_ in TOWN_NOUNS and any(  # "near the town of Katzrin"
                c.dep_ == "prep" and c.lower_ == "of" and any(g.pos_ == "PROPN" for g in c.children) for c in tok.children)
            raided = tok.dep_ == "dobj" and tok.head.lemma_ in RAID_VERBS and named and tok.i not in agents
            # "bombed five villages south of Myawaddy": a direction from a town places things too
            directed = tok.dep_ == "pobj" and named and tok.head.lower_ == "of" \
                and tok.head.head.lower_ in DIRECTIONS and tok.i not in agents
            if directed:
                self._add_place(names, self.doc[tok.left_edge.i : tok.i + 1])
                continue
            fled = named and tok.i not in agents and (
                tok.dep_ == "dobj" and tok.head.lemma_ in FLIGHT_VERBS
                or tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_ in FLIGHT_VERBS)
            if fled:  # "villagers fleeing the Kereinik area of West Darfur": where the people are from
                self._add_place(names, self.doc[tok.left_edge.i : tok.right_edge.i + 1])
                continue
            if raided or tok.dep_ == "pobj" and (named or town_of) and tok.head.lower_ in LOCATIVE_PREPS \
                    and (tok.head.head.pos_ in {"VERB", "AUX"} or tok.head.head.lower_ in AREA_NOUNS
                         or tok.head.head.lower_ in BORDERLINE_NOUNS and tok.head.head.head.lower_ in CROSSING_WORDS) \
                    and tok.head.head.lemma_ not in REFUGE_VERBS \
                    and tok.i not in agents and tok.head.i not in agents:
                # where things happened ("In Chaman, shells landed", "in Beni territory",
                # "stormed Kambasa village in Beni territory", "struck an open area near the
                # town of Katzrin"), not where the wounded are treated ("the hospital in Adré")
                # or found refuge
                self._add_place(names, self.doc[tok.left_edge.i : (tok.right_edge.i if raided or town_of else tok.i) + 1])
        return names

    def _add_place(self, names: set[str], phrase: Span) -> None:
        """Add the side whose town or region ``phrase`` names (a party name itself is counted elsewhere)."""
        if _party_in(self.mentions, phrase.start_char, phrase.end_char):
            return
        place = self.places.party_in(phrase)
        if place and (not self.sides or place in self.sides):
            names.add(place)


LABEL_TOKENS = 14  # how far into a sentence a "Place, date:" label may reach
BORDER_NOUNS = {"border", "frontier", "boundary", "side", "bank", "line"}
REFUGEE_NOUNS = {"refugees", "refugee", "arrivals", "asylum-seekers", "asylum"}  # never their host's own people
PEACEKEEPER_NOUNS = {"peacekeeper", "peacekeepers", "blue helmets", "helmets"}
TOWN_NOUNS = {"town", "village", "city", "hamlet", "settlement", "district", "province", "region", "municipality",
              "county", "commune", "locality", "community", "camp", "area", "outskirts"}
DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
              "north-east", "north-west", "south-east", "south-west"}  # "five villages south of Myawaddy"
AREA_NOUNS = {"area", "areas", "field", "fields", "outskirts", "edge", "part", "parts", "road", "farm", "farmland"}
# verbs whose object is the place attacked ("stormed Kambasa village in Beni territory")
RAID_VERBS = {"storm", "raid", "attack", "overrun", "shell", "bomb", "strike", "hit", "pound", "target", "ransack",
              "besiege", "invade"}


# Two-sided events: "killed in the battle for the Congolese city of Goma" places
# the battle, not the victims' side.
EVENT_NOUNS = {"battle", "fighting", "war", "clash", "clashes", "conflict", "fight", "combat", "hostilities",
               "skirmish", "skirmishes", "confrontation", "violence", "battles", "wars", "conflicts"}


ATTACK_NOUNS = {"attack", "strike", "airstrike", "shelling", "bombardment", "raid", "ambush", "bombing", "assault",
                "offensive", "incursion", "explosion", "blast", "fire", "barrage", "operation"}


RETALIATION_VERBS = {"strike", "hit", "attack", "bomb", "shell", "pound", "retaliate", "raid", "launch", "target",
                     "vow", "threaten", "hunt", "respond"}


def _retaliation_party(cue: Token, mentions, sides: set[str]) -> Optional[str]:
    """'Turkey strikes Kurdish militants after nine soldiers killed': losses
    given as the reason for a side's strike are that side's own."""
    node = cue
    for _ in range(3):
        if node.dep_ in {"advcl", "pcomp", "pobj"} and node.head.i != node.i:
            marker = [c for c in node.children if c.dep_ == "mark" and c.lower_ in {"after", "following"}]
            if node.dep_ in {"pcomp", "pobj"}:
                marker = [node.head] if node.head.lower_ in {"after", "following"} else []
                main = node.head.head
            else:
                main = node.head
            struck = main.lemma_ in RETALIATION_VERBS or main.lemma_ in {"carry", "conduct", "launch"} and any(
                c.dep_ == "dobj" and c.lemma_ in ATTACK_NOUNS | {"strikes", "airstrikes"} for c in main.children)
            if marker and struck:  # ("Pakistan carried out strikes ... after an Iranian attack killed three")
                for child in main.children:
                    if child.dep_ == "nsubj":
                        sub = child.doc[child.left_edge.i : child.right_edge.i + 1]
                        party = _party_in(mentions, sub.start_char, sub.end_char)
                        if party and (not sides or party in sides):
                            return party
                return None
        if node.head.i == node.i:
            break
        node = node.head
    return None


def _landmark(prep: Token, obj: Token) -> bool:
    """A place a distance is measured from: "three others injured ... about 15 kilometres from the
    Somalia border" says where the blast was, not whose the victims are."""
    return bool(DISTANCE_FROM.search(doc_text(obj.doc), max(0, prep.idx - 30), obj.left_edge.idx))


def _place_party(cue: Token, mentions, head: Optional[Token] = None, places=None) -> Optional[str]:
    """The side whose territory the casualty word (or the victims' noun) is
    located in ("evacuated from parts of Russia's Kursk region", "killed in
    Armenia", "1,200 people in Lebanon", "residents of Batken region" with
    Batken placed in Kyrgyzstan earlier in the article)."""
    owners = [cue] + ([head] if head is not None and head.i != cue.i else [])
    if cue_category(cue) == "displaced" and cue.pos_ == "VERB":
        for child in cue.children:
            if child.dep_ in {"dobj", "obj"} and child.ent_type_ in {"GPE", "LOC", ""} and child.pos_ == "PROPN":
                sub = _place_phrase(child)
                party = _party_in(mentions, sub.start_char, sub.end_char) or (places.party_in(sub) if places else None)
                if party:
                    return party
    for owner in owners:
        for child in owner.children:
            if child.dep_ != "prep" or child.lower_ not in {"in", "from", "inside", "within", "of"}:
                continue
            if child.lower_ == "of" and owner is cue:
                continue
            if child.lower_ == "in" and owner.lemma_ in ARRIVAL_VERBS:
                continue  # "arrived in Adre": where they came to, not whose they are
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if not objects or objects[0].lower_ in EVENT_NOUNS or _attack_or_weapon(objects[0]) \
                    or _attack_word_after(objects[0]) or _landmark(child, objects[0]):
                continue  # "the toll from the Houthi drone attack": an attack is no place
            sub = _place_phrase(objects[0])
            party = _party_in(mentions, sub.start_char, sub.end_char) if child.lower_ != "of" or owner is head else None
            if party is None and places:
                party = places.party_in(sub)
            if party:
                return party
    return None


ACCUSING_VERBS = {"accuse", "blame"}  # ("... of killing 11 civilians", "... for shelling the village")
ATTACK_VERBS = {"shell", "strike", "attack", "bomb", "fire", "target", "pound", "hit", "raid", "ambush", "shoot",
                "violate", "bombard", "storm", "ram"}  # ("Pakistan violates ceasefire in Poonch": the attacker)


def _predicate_party(span: Span, context: "_Context") -> Optional[str]:
    """The side a figure's predicate noun names: "four of the dead were South Sudanese engineers",
    "three of those killed were Pakistani soldiers"."""
    root = span[-1]
    copula = root.head
    if root.dep_ != "nsubj" or copula.lemma_ != "be" or copula.i < root.i:
        return None
    # the predicate's noun, read off the words (the parser often hangs "were X engineers and ..." wrongly)
    noun = next((t for t in root.doc[copula.i + 1 : copula.i + 6] if t.tag_ == "NNS"), None)
    if noun is None or noun.i == copula.i + 1 \
            or any(t.pos_ in {"ADP", "VERB"} for t in root.doc[copula.i + 1 : noun.i]):
        return None  # ("two of the wounded were in Pakistani hospitals" places them, it names no side)
    named = _party_in(context.mentions, copula.idx + len(copula), noun.idx)
    return side_name(named) if named else None


def _first_person_agent(cue: Token) -> bool:
    """Whether the speaker's own side does the deed: the subject of the cue's clause, or of the clause
    it hangs from ("Our forces repelled ..., killing"), is "we" or "our ..."."""
    node = cue
    for _ in range(3):
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return any(t.lower_ in {"we", "our"} for t in subject.subtree)
        if node.dep_ not in {"advcl", "conj", "xcomp"} or node.head.i == node.i:
            return False
        node = node.head
    return False


CARRY_VERBS = {"carry", "take", "evacuate", "remove", "retrieve", "recover", "bury", "collect", "drag"}


def _possessor_subject(cue: Token, context: "_Context", reporter_party: Optional[str]) -> Optional[str]:
    """Whose "their men" are when the clause's subject owns them: "The attackers
    lost 11 of their men" (said by the army: the enemy's), "Armenia lost 15 of its soldiers"."""
    if cue.lemma_ not in OWNER_VERBS:
        taken = cue.head.head if cue.dep_ == "pobj" and cue.head.lower_ == "of" else cue
        if cue.pos_ in NOMINAL_POS | {"ADJ"} and taken.dep_ == "dobj" and taken.head.lemma_ in CARRY_VERBS:
            cue = taken.head  # "The assailants carried away several of their dead"
        else:
            return None  # "a drone killed six of its fighters": the subject of "killed" owns nobody
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    named = _party_in(context.mentions, subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
    if named:
        return side_name(named)
    if subject.lower_ in _fighter_nouns():
        groups = context.armed_groups
        if len(groups) == 1:
            return groups[0]
        return context.other_country(reporter_party) if reporter_party else None
    return None


def _group_named_before(context: "_Context", sent: Span, before: int, reporter_party: Optional[str]) -> Optional[str]:
    """The armed group a sentence names last before ``before``, not the one
    speaking: "the Guards hit two strongholds of the militant group Jaish
    al-Adl, killing nine of its members"."""
    named = [side_name(name) for start, _, name in _sentence_mentions(context, sent) if start < before]
    groups = [name for name in named if name and name != reporter_party
              and ((gazetteer.lookup(name) or _NO_ENTRY).kind == "group" or name in context.unknown_groups)]
    if not groups and sent.start > 0 and GROUP_ANAPHOR.search(context.text, sent.start_char, before):
        # "Hezbollah said it had fired rockets ... In a separate statement, the group announced the deaths
        # of three of its members": the group the sentence before named
        previous = sent.doc[sent.start - 1].sent
        if context.paragraph_of(previous.start_char) == context.paragraph_of(sent.start_char):
            return _group_named_before(context, previous, previous.end_char, reporter_party)
    return groups[-1] if groups else None


ACROSS_THE_BORDER = re.compile(r"(?:Across|On the other side of) the (?:border|frontier|river|boundary),")
GROUP_ANAPHOR = re.compile(r"\b[Tt]he (?:group|movement|militia|organi[sz]ation|rebels|insurgents)\b")


# "Russian Forces Detain", "Indian troops kill": a side's force and the verb of what it did
FORCES_THEN_VERB = re.compile(r"\s+(?:[Bb]order\s+)?(?:[Ff]orces|[Tt]roops|[Gg]uards|[Ss]oldiers|[Aa]rmy|[Pp]olice)\s+"
                              r"([A-Za-z]+)\b")


def _attacker_sides(sent: Span, mentions) -> set[str]:
    """Sides a sentence names as attackers: on an attack or weapon noun
    ("unprovoked Pakistani shelling", "Azerbaijan's drone strike", "fire from
    the Turkish side", "an attack by Ethiopian forces") or as the subject of an
    attack verb ("Armenian forces shelled the village")."""
    found: set[str] = set()
    for tok in sent:
        lower, lemma = tok.lower_, tok.lemma_.lower()
        phrases = []
        if tok.pos_ in {"NOUN", "PROPN"} and _attack_or_weapon(tok):
            # the modifiers just before the noun, nearest first, up to the first word that names no party
            # (in "Islamic Emirate Condemns Pakistani Airstrikes" only "Pakistani" is the attacker)
            modifiers = [c for c in islice(tok.children, MAX_CHILDREN)
                         if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.i < tok.i]
            named = False
            for child in sorted(modifiers, key=lambda c: -c.i):
                phrase = child.doc[child.left_edge.i : child.i + 1]
                if _party_in(mentions, phrase.start_char, phrase.end_char) is None:
                    if named:
                        break
                    continue  # "Azerbaijan's drone strike": "drone" names nobody, the word before may
                named = True
                phrases.append(phrase)
            for child in islice(tok.children, MAX_CHILDREN):
                if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
                    phrases.extend(child.doc[c.left_edge.i : c.right_edge.i + 1] for c in child.children
                                   if c.dep_ == "pobj")
        elif tok.pos_ == "VERB" and (lemma in ATTACK_VERBS or lemma == "open" and any(
                c.dep_ == "dobj" and c.lower_ == "fire" for c in islice(tok.children, MAX_CHILDREN))
                or lemma == "resort" and any(c.dep_ == "prep" and c.lower_ == "to" and any(
                    o.lower_ in ATTACK_NOUNS | WEAPON_NOUNS | {"firing", "shelling"} for o in c.children)
                    for c in islice(tok.children, MAX_CHILDREN))):
            # ("Pakistan Rangers resorted to unprovoked mortar shelling")
            # "Armenian forces shelled the village", "Iranian guards open fire near Panjgur"
            phrases.extend(tok.doc[c.left_edge.i : c.right_edge.i + 1] for c in islice(tok.children, MAX_CHILDREN)
                           if c.dep_ == "nsubj")
        elif tok.pos_ in {"NOUN", "PROPN"} and (lower in INTRUDER_NOUNS or lower == "group" and any(
                c.lower_ in INTRUDER_NOUNS and c.dep_ in {"compound", "amod"} for c in tok.lefts)):
            # "a sabotage group from Belarus", "Pakistani infiltrators": where the intruders came from
            phrases.extend(tok.doc[c.left_edge.i : c.i + 1] for c in islice(tok.children, MAX_CHILDREN)
                           if c.dep_ in {"amod", "compound", "poss"} and c.i < tok.i)
            phrases.extend(tok.doc[o.left_edge.i : o.right_edge.i + 1] for c in islice(tok.children, MAX_CHILDREN)
                           if c.dep_ == "prep" and c.lower_ == "from" for o in c.children if o.dep_ == "pobj")
        elif tok.pos_ == "VERB" and lemma in ACCUSING_VERBS and any(
                c.dep_ == "prep" and c.lower_ in {"of", "for"} and any(
                    g.dep_ in {"pcomp", "pobj"} and (cue_category(g) or g.lemma_ in ATTACK_VERBS) for g in c.children)
                for c in islice(tok.children, MAX_CHILDREN)):
            # "accused the Eritrean Defence Forces of killing at least 11 civilians": the accused did it
            phrases.extend(tok.doc[c.left_edge.i : c.right_edge.i + 1] for c in islice(tok.children, MAX_CHILDREN)
                           if c.dep_ == "dobj")
        for phrase in phrases:
            party = _party_in(mentions, phrase.start_char, phrase.end_char)
            if party:
                found.add(party)
        if tok.i + 1 < sent.end and _attack_word_after(tok):
            # "Pakistani shelling" however the parser hung it
            party = _party_in(mentions, tok.idx, tok.idx + len(tok))
            if party:
                found.add(party)
    text = sent.text
    for start, end, name in mentions[bisect.bisect_left(mentions, (sent.start_char,)) :
                                     bisect.bisect_left(mentions, (sent.end_char,))]:
        acting = FORCES_THEN_VERB.match(text, end - sent.start_char)
        if acting is None:
            continue
        verb = sent.doc.char_span(sent.start_char + acting.start(1), sent.start_char + acting.end(1))
        if _present_verb_category(acting.group(1)) in HARM_CATEGORIES or verb is not None and cue_category(
                verb.root) in HARM_CATEGORIES and any(c.dep_ == "dobj" for c in verb.root.children):
            # "Russian Forces Detain Two Villagers", however the parser read the title case; "Russian border
            # guards detained three residents" (not "four Indian soldiers hurt")
            found.add(name)
    for match in AS_ACTOR.finditer(sent.text):
        verb = match.group("verb")
        stems = {verb, verb[:-1], verb[:-2]}
        if stems & ATTACK_VERBS or match.group("other") and stems & CLASH_VERBS:
            # "6 Navy personnel hurt as China Coast Guard rams ...", "Eleven farmers killed as Sudanese army,
            # Fano militia clash": the actors, however the parser read the headline
            for group in ("actor", "other"):
                if match.group(group):
                    party = _party_in(mentions, sent.start_char + match.start(group),
                                      sent.start_char + match.end(group))
                    if party:
                        found.add(party)
    return found


INTRUDER_NOUNS = {"saboteurs", "saboteur", "sabotage", "infiltrators", "infiltrator", "intruders", "intruder",
                  "raiders", "raider", "assailants", "assailant"}  # attackers named by what they did
CLASH_VERBS = {"clash", "fight", "battle", "trade", "exchange"}  # two actors of one verb ("as X, Y clash")
_ACTOR = (r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
          r"(?:\s+(?:troops|forces|army|soldiers|jets|drones|guards|militants|militias?|rebels|gunmen|fighters))?")
# "... as China Coast Guard rams", "as Russian forces shell", "as Sudanese army, Fano militia clash": the
# actors of an "as" clause and its verb
AS_ACTOR = re.compile(r"\bas\s+(?:the\s+)?(?P<actor>%s)(?:(?:,|\s+and)\s+(?:the\s+)?(?P<other>%s))?"
                      r"\s+(?P<verb>[a-z]+)\b" % (_ACTOR, _ACTOR))


@lru_cache(maxsize=1)
def NO_SIDE_VICTIMS() -> frozenset:
    return frozenset(w for w in lexicon().get("no_default_nouns", ()) if w.startswith("migrant") or w.startswith("asylum"))


def _attacked_party(context: "_Context", sent: Span, cue: Optional[Token] = None) -> Optional[str]:
    """In a two-sided conflict, victims the text ties to no side were hit by
    the one attacker the sentence names (or the subject of the casualty verb
    itself: "Eritrean soldiers ... took away 14 young men"): they are the
    other side's. An armed group among the sides is no victim here: civilians
    hit by Israel in a war with Hezbollah are Lebanon's."""
    sides = context.sides
    attackers = {side_name(a) for a in context.attackers(sent)} & sides
    if not attackers and cue is not None:
        attackers = {side_name(a) for a in _subject_parties(cue, context.mentions)} & sides
    if len(attackers) != 1:
        return None
    if context.migrants_in(sent):
        return None  # "Saudi forces fired at a group of migrants, killing 41": no side's people
    attacker = next(iter(attackers))
    if (gazetteer.lookup(attacker) or _NO_ENTRY).kind != "country":
        return None  # an armed group may strike either side ("ADF fighters ambushed a truck")
    elsewhere = _other_reports(context, sent, cue) if cue is not None else frozenset()
    if elsewhere and all(t.i in elsewhere for m_start, m_end, name in _sentence_mentions(context, sent)
                         if side_name(name) == attacker
                         for t in sent.doc.char_span(m_start, m_end, alignment_mode="expand") or ()):
        return None  # "Indian Army claims Pakistani troops opened fire first; SDMA says 1,200 residents moved"
    home = lexicon().get("group_home", {})
    if any(home.get(group) == attacker for group in context.sides):
        return None  # a state striking its own insurgents ("Mali drone strike ... kills civilians"): not the neighbour's
    return context.other_country(attacker)


# "injured in a face-off with PLA troops", "killed in a shootout with Tajik servicemen": the opponent
OPPONENT = re.compile(r"\b(?:clash(?:es)?|face-?off|stand-?off|shoot-?out|firefight|skirmish(?:es)?|gunfight|"
                      r"gun battle|scuffle|brawl|exchange of fire|encounter)\s+with\s+(?:the\s+)?", re.IGNORECASE)


def _sentence_mentions(context: "_Context", sent: Span) -> list[tuple[int, int, str]]:
    """The party mentions that start inside a sentence."""
    lo = bisect.bisect_left(context.mention_starts, sent.start_char)
    hi = bisect.bisect_left(context.mention_starts, sent.end_char)
    return context.mentions[lo:hi]


def _opponent_party(context: "_Context", sent: Span) -> Optional[str]:
    """Victims hurt in a fight with one country's forces are the other
    country's ("Six soldiers injured in face-off with PLA troops")."""
    return context.per_sentence(sent, "opponent", lambda: _sentence_opponent(context, sent))


def _sentence_opponent(context: "_Context", sent: Span) -> Optional[str]:
    match = OPPONENT.search(context.text, sent.start_char, sent.end_char)
    if match is None:
        return None
    opponent = side_name(_party_in(context.mentions, match.end(), match.end() + 12))  # (the very next words)
    if opponent is None or opponent not in context.country_sides:
        return None
    return context.other_country(opponent)


def _reporting_verbs(sent: Span) -> list[Token]:
    """The reporting verbs of a sentence that have a subject of their own."""
    reporting = _tables()["reporting"]
    return [token for token in sent if token.pos_ == "VERB" and token.lemma_ in reporting
            and any(c.dep_ == "nsubj" for c in token.children)]


def _other_reports(context: "_Context", sent: Span, cue: Token) -> frozenset:
    """Tokens of the reports in a sentence that do not hold ``cue``: the
    subtree of each reporting verb with a subject of its own that leaves the
    casualty word out ("[Indian Army claims Pakistani troops opened fire in
    Keran sector]; SDMA says 1,200 residents moved")."""
    found: set[int] = set()
    for token in context.per_sentence(sent, "reporting verbs", lambda: _reporting_verbs(sent)):
        if not token.left_edge.i <= cue.i <= token.right_edge.i:
            found.update(range(token.left_edge.i, token.right_edge.i + 1))
            continue
        # a headline the parser hung on the report after its semicolon ("Six soldiers injured in face-off
        # with PLA troops; Army says both sides disengaged"): the part past the semicolon is that report
        semicolon = next((t.i for t in sent.doc[min(cue.i, token.i) : max(cue.i, token.i)] if t.text == ";"), None)
        if semicolon is not None:
            found.update(range(semicolon, sent.end) if cue.i < semicolon else range(sent.start, semicolon))
    return frozenset(found)


def _subject_parties(cue: Token, mentions) -> set[str]:
    """Parties named in the active subject of a casualty verb (shared with
    the verb it is coordinated with): "Eritrean soldiers crossed the line and
    took away 14 young men"; or in its agent: "detained by Chinese troops"."""
    if cue.pos_ != "VERB":
        return set()
    # the agent of a passive one that harms too ("Two graziers ... detained by Chinese troops"; not
    # "evacuated by road to ... Port Sudan")
    agents = [o for c in islice(cue.children, MAX_CHILDREN) if c.dep_ == "agent" for o in c.children
              if o.dep_ == "pobj"] if cue_category(cue) in {"killed", "wounded", "captured"} else []
    found = {party for party in (_party_in(mentions, o.left_edge.idx, o.idx + len(o)) for o in agents) if party}
    subjects = []
    if not any(c.dep_ == "auxpass" for c in cue.children):
        subjects = [c for c in islice(cue.children, MAX_CHILDREN) if c.dep_ == "nsubj"]
        if not subjects and cue.dep_ == "conj":
            subjects = [c for c in islice(cue.head.children, MAX_CHILDREN) if c.dep_ == "nsubj"]
    for subject in subjects:
        if subject.lower_ in EVENT_NOUNS or subject.lemma_.lower() in EVENT_NOUNS:
            continue  # "Fighting between the SAF and Ethiopian militia has killed 27": both sides'
        # the subject's own words, not a clause on it ("attacks in Abyei, which both Sudan and South Sudan claim")
        end = subject.right_edge.i
        for child in islice(subject.subtree, MAX_CHILDREN):
            if child.dep_ in {"relcl", "acl", "appos"} and child.i > subject.i:
                end = min(end, child.left_edge.i - 1)
        phrase = subject.doc[subject.left_edge.i : end + 1]
        party = _party_in(mentions, phrase.start_char, phrase.end_char)
        if party:
            found.add(party)
    return found


FIRE_ORIGIN_VERBS = {"come", "fire", "launch", "originate"}


def _fire_origin(token: Token) -> bool:
    """A party word inside "from X" on a firing verb ("came from Eritrean
    positions", "fired from Congolese territory"): the attackers' ground."""
    node = token
    for _ in range(3):
        if node.dep_ == "pobj" and node.head.lower_ == "from":
            verb = node.head.head
            return verb.lemma_ in FIRE_ORIGIN_VERBS or verb.lemma_ in ATTACK_VERBS
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _attack_word_after(token: Token) -> bool:
    """'in the unprovoked Pakistani shelling' parsed with "Pakistani" as the
    object: the word after it says it names the attacker, not a place."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return nxt is not None and _attack_or_weapon(nxt)  # "Myanmar bombs land in Tak"


def _attack_or_weapon(token: Token) -> bool:
    """An attack or weapon noun, also as a title-case headline's plural the
    tagger leaves unlemmatised ("Pakistani Airstrikes")."""
    words = {token.lower_, token.lemma_.lower()}
    if token.lower_.endswith("s"):
        words.add(token.lower_[:-1])
    return bool(words & (ATTACK_NOUNS | WEAPON_NOUNS)) or token.lower_ == "firing"


def _junta_country(context: "_Context") -> Optional[str]:
    """The one country side ruled by a military junta at the article's date (the lexicon's ``juntas``)."""
    reference = ((context.doc._.borderfacts_reference_date or {}).get("value") or "")[:10]
    ruled = {country for country, since in lexicon().get("juntas", {}).items()
             if country in context.country_sides and (not re.match(r"\d{4}-\d\d-\d\d", reference) or reference >= since)}
    return next(iter(ruled)) if len(ruled) == 1 else None


def _government_of(context: "_Context", reporter_party: Optional[str], sent: Span) -> Optional[str]:
    """The state whose "government soldiers" they are: the home country of the
    armed group reporting or fighting them, else the one country among the sides."""
    home = lexicon().get("group_home", {})
    for name in [reporter_party, *sorted(context.attackers(sent))]:
        if name and name in home:
            return home[name]
    if len(context.country_sides) == 1:
        return next(iter(context.country_sides))
    # "27 junta soldiers" in a Thai paper on the KNU's war: the state the article's armed groups fight
    homes = {home[g] for g in context.sides if g in home} & context.country_sides
    if len(homes) == 1:
        return next(iter(homes))
    if reporter_party and reporter_party not in context.country_sides and context.home_side():
        # "17 government troops", said by a rebel group the gazetteer does not place: the government of
        # the country the story is filed from
        return context.home_side()
    return None


CLAUSE_BREAKS = {"advcl", "ccomp", "relcl", "parataxis", "conj", "acl", "xcomp", "csubj", "mark"}
ARRIVAL_VERBS = {"arrive", "land"}  # "arrived in Adre": where they came to, not from
# agents, frontiers, and earlier events ("the deadliest violence since the 2023 massacre in Mpondwe")
AWAY_PREPOSITIONS = {"via", "by", "between", "along", "since"}
DESTINATION_PREPOSITIONS = {"into", "to", "toward", "towards", "across", "over", "for", "at"}  # where the displaced went
MAX_CLAUSE_TOKENS = 60  # a clause scan stays local however long the sentence


BORDERLINE_NOUNS = BORDER_NOUNS - {"side", "bank", "line"}  # the line itself: "the Uganda-DR Congo border"
CROSSING_WORDS = {"across", "over", "beyond"}  # "Across the border in Beni territory, ...": the place beyond it
PAIRED_BORDER_AFTER = re.compile(r"\s?[-–/]\s?[A-Z][\w.' -]{1,30}?\s(?:border|frontier|boundary)\b")


def _clause_place_party(cue: Token, context: "_Context", civilians: bool = False) -> Optional[str]:
    """The side whose town or region the casualty's own clause places the
    event in ("Fighting ... north of Goma has killed at least 43 civilians",
    "more than 120,000 people had fled their homes in Rutshuru territory"):
    the clause of the casualty word (a participle's "killing" the clause it
    hangs on), its subordinate clauses set aside, and never a destination,
    an agent or the attack's origin ("fled into Chad", "shells fired from X").
    A battle's or fighting's toll ("2,900 people were killed in the battle for
    Goma") is both sides' unless the victims are civilians."""
    node = cue
    for _ in range(4):  # the clause's verb: climb over nouns, adjectives and "killing"-participles
        if node.pos_ in {"VERB", "AUX"} and not (node.tag_ == "VBG" and node.dep_ in {"advcl", "acl", "xcomp"}) \
                or node.head.i == node.i:
            break
        node = node.head
    displaced = cue_category(cue) == "displaced"
    parties = set()
    seen = 0
    stack = [node]
    while stack and seen < MAX_CLAUSE_TOKENS:
        token = stack.pop()
        seen += 1
        if token.lower_ in EVENT_NOUNS and token.dep_ in {"nsubj", "pobj"} and not civilians:
            return None
        if token.lower_ in BORDERLINE_NOUNS and token.left_edge.i < token.i:
            # "villages straddling the Uganda-DR Congo border": both countries, so neither
            for name in re.split(r"\s*[-–/]\s*", token.doc[token.left_edge.i : token.i].text):
                party = context.places.party_of_text(name)
                if party:
                    parties.add(party)
        compound_part = token.i > 0 and token.nbor(-1).pos_ == "PROPN" and token.nbor(-1).head.i == token.i
        if token.pos_ == "PROPN" and not compound_part:  # a name's head word, with its compound words
            words = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [token]
            person = token.ent_type_ == "PERSON" and not one_word_entity(token)  # a lone "person" may be a town
            party = context.places.party_of_text(" ".join(t.text for t in words)) \
                if not (person or token.ent_type_ in {"ORG", "NORP"}) else None
            if party:
                parties.add(party)
        for child in islice(token.children, MAX_CHILDREN):
            if child.dep_ in CLAUSE_BREAKS and (child.dep_ != "conj" or child.pos_ in {"VERB", "AUX"}) \
                    and not (child.left_edge.i <= cue.i <= child.right_edge.i):
                continue
            if child.dep_ in {"prep", "agent"} and (child.lower_ in AWAY_PREPOSITIONS or child.dep_ == "agent"
                                                    or child.lower_ in DESTINATION_PREPOSITIONS and displaced
                                                    or child.lower_ == "in" and token.lemma_ in ARRIVAL_VERBS
                                                    or child.lower_ == "from" and not displaced):
                continue
            stack.append(child)
    parties &= context.sides
    return next(iter(parties)) if len(parties) == 1 else None


def _place_phrase(pobj: Token) -> Span:
    """The place an object of 'in/from' names: its own words and 'of' chains
    ("parts of Russia's Kursk region"), not the events or agents hanging off
    it ("an ambush by Ethiopian forces", "the battle for the Congolese city")."""
    node = pobj
    for _ in range(3):
        ofs = [c for c in node.children if c.dep_ == "prep" and c.lower_ == "of"]
        objects = [c for c in ofs[0].children if c.dep_ == "pobj"] if ofs else []
        if not objects:
            break
        node = objects[0]
    start = pobj.left_edge.i
    end = node.i
    for child in node.children:  # "Kursk region" compounds after the head are rare; keep conj places
        if child.dep_ in {"conj", "appos"} and child.i > end:
            end = child.i
    return pobj.doc[start : end + 1]


def _migrants_in(sent: Span) -> bool:
    return any(t.lower_ in NO_SIDE_VICTIMS() for t in sent)


def _side_phrase_party(sent: Span, mentions) -> tuple[Optional[str], Optional[int]]:
    """'On the Thai side, ...', 'three persons on the Belarusian side were
    injured', 'nine injured in total on the Kyrgyz side': the one side the
    sentence says it speaks of, with where the phrase starts."""
    found = {}
    for match in SIDE_PHRASE.finditer(sent.text):
        if re.search(r"\bby\b[^,.;]{0,40}$", sent.text[: match.start()]):
            continue  # "stabbed by a man on the Belarusian side": where the attacker stood
        party = _party_in(mentions, sent.start_char + match.start(1), sent.start_char + match.end(1))
        if party:
            found.setdefault(party, sent.start_char + match.start())
    return next(iter(found.items())) if len(found) == 1 else (None, None)


CONTRAST = re.compile(r"\b%s\b" % CONTRAST_WORDS)


SIDE_WORDS = re.compile(r"\bon\s+(our|the\s+enemy(?:['’]s)?)\s+side\b[^.;:]*$", re.IGNORECASE)
OWN_SIDE = re.compile(r"^\w+\s+(?:\w+\s+){0,2}on\s+(?:their|its|our)\s+(?:own\s+)?side\b", re.IGNORECASE)
SIDE_OPENING = re.compile(r"\W*On\s+the\s+([\w'’-]+(?:\s+[\w'’-]+)?)\s+side\s*,", re.IGNORECASE)
SIDE_PHRASE = re.compile(r"(?:^\W*(?:on|across|over)|\bon)\s+the\s+([\w'’-]+(?:\s+[\w'’-]+)?)\s+side\b", re.IGNORECASE)


def _two_sided_subject(cue: Token) -> Optional[Token]:
    """'Fighting between the ELN and a FARC faction has killed 38 people', '29
    soldiers killed in three days of fighting between Ethiopian and Eritrean
    forces': a toll of both sides together. The "between" that says so, or None."""
    children = list(islice(cue.children, MAX_CHILDREN))
    if cue.head.lemma_ in {"leave", "cause"} and cue.head.i != cue.i:
        children += list(islice(cue.head.children, MAX_CHILDREN))  # "Fighting between ... has left several dead"
    for child in children:
        if child.dep_ == "nsubj":
            found = _between_below(child)
            if found is not None:
                return found
        elif child.dep_ == "prep" and child.lower_ in {"in", "during", "amid", "from"}:
            for obj in child.children:
                found = _between_below(obj) if obj.dep_ == "pobj" else None
                if found is not None:
                    return found
    return None


def _between_below(noun: Token, depth: int = 2) -> Optional[Token]:
    """The "between" of an event noun, or of one an "of" / "from" chain leads
    to ("three days of fighting between ...", "the toll from two days of
    clashes between ...")."""
    if noun.lower_ in EVENT_NOUNS:
        found = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"), None)
        if found is not None:
            return found
    if depth == 0:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in {"of", "from"}:
            for obj in prep.children:
                found = _between_below(obj, depth - 1) if obj.dep_ == "pobj" else None
                if found is not None:
                    return found
    return None


FEUD_WORDS = {"rival", "tribal", "tribe", "tribes", "clan", "clans", "communities", "factions"}


def _feud_country(between: Token, context: "_Context") -> Optional[str]:
    """The one country a feud between rival tribes or clans takes place in
    ("clashes between rival tribal gunmen in Yemen's eastern Mahra
    governorate, near the Shahan crossing with Oman"), when no side or armed
    group is among the rivals."""
    doc = between.doc
    rivals = [o for o in between.children if o.dep_ == "pobj"]
    rivals += [c for o in rivals for c in o.conjuncts]
    if not rivals:
        return None
    words = [t for o in rivals for t in doc[o.left_edge.i : o.i + 1]]
    if not any(t.lower_ in FEUD_WORDS for t in words) or any(
            _party_in(context.mentions, t.idx, t.idx + len(t)) for t in words):
        return None
    phrase = doc[between.i : between.right_edge.i + 1]
    names = set()
    first = bisect.bisect_left(context.mention_starts, phrase.start_char)
    for start, end, name in context.mentions[first:]:
        if start >= phrase.end_char:
            break
        if end > phrase.end_char or name not in context.country_sides:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and span[-1].dep_ == "pobj" and span[-1].head.lower_ in {"with", "of"} \
                and span[-1].head.head.lower_ in BORDER_NOUNS:
            continue  # the neighbour a landmark names
        names.add(name)
    return next(iter(names)) if len(names) == 1 else None


def _in_event(cue: Token) -> bool:
    """'killed in the battle for Goma', 'died during the clashes': a two-sided
    event (a subject 'fighting between X and Y' makes the toll overall instead)."""
    for child in islice(cue.children, MAX_CHILDREN):
        if child.dep_ == "prep" and child.lower_ in {"in", "during", "amid"}:
            if any(c.dep_ == "pobj" and c.lower_ in EVENT_NOUNS for c in child.children):
                return True
    return False


def _own_forces_acted(cue: Token) -> bool:
    """Whether the casualty verb's subject is a source's own forces ("its fighters had killed", "their
    men captured"): what a side says its forces inflicted is its claim, whoever reports it."""
    if cue.pos_ != "VERB" or cue.lemma_ in OWNER_VERBS or any(c.dep_ == "auxpass" for c in cue.children):
        return False
    return any(child.dep_ == "nsubj" and (child.lower_ in _fighter_nouns() or child.lower_ in AGENT_FORCES
                                          or child.lower_ in {"men", "troops"})
               and any(c.dep_ == "poss" and c.lower_ in {"its", "their", "our"} for c in child.children)
               for child in islice(cue.children, MAX_CHILDREN))


def _has_agent(cue: Token) -> bool:
    """An active casualty verb with a person, force or side as its subject
    ("troops had killed 20", "Pakistan said it killed 40"): the victims are
    that agent's enemy, not the article's default side. Attacks and weapons
    as subjects ("the blast killed 12") are no agents, nor is a side that
    lost its own ("the group had lost a few fighters")."""
    if cue.pos_ == "NOUN" and cue.head.pos_ == "VERB" and cue.head.lemma_ in {"take", "hold"}:
        cue = cue.head  # "Eritrean forces had taken 14 soldiers prisoner": the taker
    if cue.pos_ != "VERB" or cue.lemma_ in OWNER_VERBS:
        return False
    children = list(islice(cue.children, MAX_CHILDREN))
    if cue.dep_ == "conj" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children) \
            and cue.head.pos_ == "VERB" and not any(c.dep_ == "auxpass" for c in children):
        # "soldiers had pursued the attackers and killed 23 of them": the shared subject
        children += [c for c in islice(cue.head.children, MAX_CHILDREN) if c.dep_ == "nsubj"]
    for child in children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and (_not_an_agent(objects[0]) or objects[0].lower_ in _fighter_nouns()):
                continue  # "displaced by the conflict", "injured by stones thrown from ...", "abducted by the rebels"
            return True
        if child.dep_ == "nsubj":
            if _not_an_agent(child) or child.lower_ in _fighter_nouns():
                return False  # "the rebels abducted six students": the article's side is the victim
            if child.like_num or child.pos_ == "NUM":
                return False  # "eleven soldiers killed and six wounded": the number is the victims
            if any(c.dep_ == "nummod" for c in child.children) and not any(
                    c.dep_ in {"dobj", "obj"} and not any(t.text == "," for t in cue.doc[cue.i + 1 : c.i])
                    for c in islice(cue.children, MAX_CHILDREN)):
                # headline ellipsis "Six officers killed as ...": the victims, not agents (an object the
                # parser hung on past a comma belongs to the next clause: "..., militants raid village")
                return False
            if cue_category(cue) in {"killed", "wounded", "captured"} and cue.lemma_ not in {"die", "perish", "succumb"}:
                return True
    return False


def _not_an_agent(noun: Token) -> bool:
    """Attacks, weapons, missiles, events and forces of nature do things in a
    clause without being a side."""
    lower, lemma = noun.lower_, noun.lemma_.lower()
    return bool({lower, lemma} & (ATTACK_NOUNS | WEAPON_NOUNS | EVENT_NOUNS | DEBRIS_NOUNS))


DEBRIS_NOUNS = {"stone", "stones", "rock", "rocks", "debris", "rubble", "shrapnel", "splinter", "splinters",
                "fragment", "fragments", "gas", "flood", "floods", "fire", "fires", "heat", "cold"}


@lru_cache(maxsize=1)
def OUTLAW_NOUNS() -> frozenset:
    return frozenset(lexicon().get("outlaw_nouns", ()))


def _fighter_nouns() -> frozenset:
    return frozenset(lexicon().get("armed_group_nouns", ()))


WEAPON_NOUNS = {"shell", "rocket", "missile", "drone", "bomb", "mine", "grenade", "mortar", "artillery", "gunfire",
                "shrapnel", "landmine", "fire", "shot", "bullet", "explosion", "blast", "violence", "fighting", "clash",
                "storm", "flood", "landslide", "collapse", "crash", "device", "ied"}


def _toll_category(toll: Token) -> str:
    for child in toll.children:
        if child.dep_ in {"compound", "amod"}:
            category = cue_category(child)
            if category and child.lower_ not in {"death"}:
                return category
    return "killed"


def _enemy_of(context: "_Context", reporter_party: str, group: str, at: int) -> Optional[str]:
    """Whose people a source says its own forces hit: for a country, the one
    other country among the sides ("the IDF said troops had killed four armed
    men"); for an armed group, the soldiers of the one country it fights
    ("FARC dissidents said they killed more than 15 soldiers"): the one state
    whose forces the text named before offset ``at``, else its home state
    when that is a side (an insurgency fights its own government) unless its
    war is with another state or crosses borders (lexicon
    ``foreign_front_groups``), else the one country other than its home, else
    its home country when that is the only one."""
    countries = context.country_sides
    kind = (gazetteer.lookup(reporter_party) or _NO_ENTRY).kind
    if kind == "country":
        # a state fighting an armed group hits the group ("412 had been neutralized", says Turkey of the PKK)
        groups = [g for g in context.sides if (gazetteer.lookup(g) or _NO_ENTRY).kind == "group"
                  and lexicon().get("group_home", {}).get(g) != reporter_party or g in context.unknown_groups]
        if len(groups) == 1:
            return groups[0]
        return context.other_country(reporter_party)
    if group != "military" or not (kind == "group" or reporter_party in context.unknown_groups):
        return None
    forces = _countries_with_forces(context, at)
    if len(forces) == 1:  # "the ELN said it killed five soldiers", after "eight Colombian soldiers"
        return forces.pop()
    home = lexicon().get("group_home", {}).get(reporter_party)
    if home in countries and reporter_party not in lexicon().get("foreign_front_groups", ()):
        # an insurgency fights its own state ("the BLF said it killed 23 soldiers", "the TTP claimed 22
        # soldiers" in a Pakistan-Afghanistan story)
        return home
    other = context.other_country(home)
    if other:
        return other
    return home if home in countries and len(countries) == 1 else None


def _enemies(context: "_Context", one: str, other: str) -> bool:
    """Two of the article's sides, both countries, in a two-country story: the
    one's count of the other's people is a claim about the enemy."""
    return len(context.country_sides) == 2 and {one, other} == context.country_sides


def _reports_own_losses(cue: Token, reporter_party: str, mentions) -> bool:
    """A side reporting a figure with no victims' side named: its own losses,
    unless the side itself is the agent ("Pakistan said it killed 40", "its
    forces had killed over 20", "Russian troops had killed hundreds")."""
    if cue.pos_ == "ADJ" and cue.dep_ == "amod":
        cue = cue.head  # "taken two guards captive", parsed as "captive guards"
    if cue.pos_ in {"NOUN", "ADJ"} and cue.head.pos_ == "VERB" and cue.head.lemma_ in {"take", "hold"}:
        cue = cue.head  # "its fighters had taken two soldiers prisoner" (or "captive"): the taker
    if cue.lemma_ in {"detain", "arrest", "apprehend"} and not any(c.dep_ == "agent" for c in cue.children):
        return False  # a state's "four people had been detained": the people it detained, not its own
    if cue.lemma_ in ENEMY_ONLY_VERBS or cue.lower_ in ENEMY_ONLY_VERBS:
        return False  # "412 had been neutralized": no side neutralises its own
    if cue.lemma_ in _tables()["treatment"] | {"admit"}:
        return True  # "Israel's Magen David Adom said it treated two men": who treats the wounded hit nobody
    if cue.lemma_ in {"lose", "suffer"}:
        # "his fighters had lost four men", "we suffered casualties": the subject's own losses, unless
        # the subject is the enemy ("the enemy lost more than sixty elements")
        return not any(t.lower_ in ENEMY_WORDS for c in cue.children if c.dep_ == "nsubj" for t in c.subtree)
    passive = any(c.dep_ == "auxpass" for c in cue.children)
    children = list(islice(cue.children, MAX_CHILDREN))
    if cue.dep_ == "xcomp" and cue.head.lemma_ in _tables()["reporting"] | {"claim"} and not passive:
        return False  # "the group claimed to have killed more than 30 soldiers": the source did it
    if cue.dep_ in {"conj", "advcl"} and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children) \
            and not passive:
        # "Afghan forces had killed 52 soldiers, captured three alive", "its units had pursued the
        # attackers towards the border, killing 11 of them": the shared subject
        children += [c for c in islice(cue.head.children, MAX_CHILDREN) if c.dep_ in {"nsubj", "agent"}]
    for child in children:
        if child.dep_ == "nsubj" and not passive or child.dep_ == "agent":
            if child.lower_ in {"it", "we", "they", "us"}:
                return False
            sub = child.doc[child.left_edge.i : child.right_edge.i + 1]
            named = _party_in(mentions, sub.start_char, sub.end_char)
            if named == reporter_party:
                return False
            noun = next((c for c in child.children if c.dep_ == "pobj"), child) if child.dep_ == "agent" else child
            if any(t.lower_ in POSSESSIVE_OWN for t in child.doc[noun.left_edge.i : noun.i + 1]) and not named:
                # "its forces killed 20" (not "killed by M23 terrorists and their Rwandan backers", nor
                # "wounded by shrapnel in his yard": the agent's own words only)
                return False
            if named is None and child.lower_ in GROUP_SELF_NOUNS and _is_armed_group(reporter_party):
                return False  # "JNIM claimed that the group had killed 64 soldiers": the group itself
            counted_subject = child.like_num or any(c.dep_ == "nummod" for c in child.children)
            if named is None and child.lower_ in AGENT_FORCES and cue.lemma_ not in PATIENT_SUBJECT_VERBS \
                    and not counted_subject \
                    and cue.lemma_ not in {"receive", "sustain", "suffer", "undergo"}:  # their subject is the victim
                return False  # "the IDF said ... troops had killed four armed men": its own troops
    return True


# how an armed group's own statement names the group as the actor
GROUP_SELF_NOUNS = {"group", "movement", "organisation", "organization", "front"}


def _is_armed_group(name: Optional[str]) -> bool:
    return bool(name) and (gazetteer.lookup(name) or _NO_ENTRY).kind == "group"


MARTYR_WORDS = {"martyr", "martyred", "martyrdom", "shahadat", "shaheed"}  # a side's word for its own dead

# Words a side uses only for the enemy it hit
ENEMY_ONLY_VERBS = {"neutralise", "neutralize", "neutralised", "neutralized", "eliminate", "eliminated", "liquidate",
                    "liquidated", "destroy", "destroyed"}


# Bare agents a source's statement means as its own ("troops had killed four armed men")
AGENT_FORCES = {"troops", "forces", "soldiers", "units", "aircraft", "jets", "drones", "artillery", "army",
                "servicemen", "personnel", "guards", "police", "commandos", "officers", "policemen", "gendarmes",
                "rangers", "marines", "paratroopers"}


def _parts_of_previous(found: list[dict]) -> None:
    """'killed four people, three of them children, and injured five others':
    "three of them" is part of the figure before it, of its kind and side,
    whatever casualty word comes next."""
    for before, item in zip(found, found[1:]):
        if item.get("_of_them") and before["_sent"] == item["_sent"] and before["count"] is not None \
                and item["count"] is not None and item["count"] <= before["count"]:
            if before["category"] == "wounded" and item["category"] == "killed" and item.get("_own_verb"):
                continue  # "wounding 20, five of them later died": deaths of their own, not part of the wounded
            item["category"], item["_subset"] = before["category"], True
            if item["party"] is None or item.get("_why") not in {"phrase"}:
                item["party"] = before["party"]
        elif (item.get("_of_them") or item.get("_of_them_hit")) and before["_sent"] < item["_sent"] \
                and before["count"] is not None \
                and item["count"] is not None and item["count"] <= before["count"] and before["party"] \
                and before.get("_why") == "phrase" and (item["party"] is None
                                                        or item.get("_why") in WEAK_SIDE_RULES | {"reporter"}):
            # "around 350 people from Myanmar's Sagaing Region entered India ... Officials said 12 of them had
            # gunshot injuries": the people of the figure just told, whatever befell them and whoever tells
            # ("23 Myanmar border guards were detained by the BGB ... Nine of them are wounded, it said"), and
            # of its episode ("detained 41 Georgian citizens ... in 2025. At least 12 of them remained in custody")
            item["party"], item["_why"] = before["party"], "subset"
            item["historical"] = item["historical"] or before["historical"]
        elif item.get("_subset") and (item["party"] is None or item.get("_why") == "enemy") \
                and before["_sent"] == item["_sent"] \
                and before["category"] == item["category"] and before["party"]:
            item["party"], item["_why"] = before["party"], "subset"  # "15 fighters, among them two commanders"
    for index, item in enumerate(found):
        if item.get("_of_the_dead") and (item["party"] is None or item.get("_why") in WEAK_SIDE_RULES):
            # "six of the dead were civilians", a sentence or more after the toll: of the toll's side,
            # not of a side the sentence happens to name ("men who took up arms against the Israeli force")
            toll = next((other for other in reversed(found[:index]) if other["category"] == item["category"]
                         and not other["historical"] and not other.get("_subset") and not other.get("_part")), None)
            if toll is not None and toll["party"] and not toll.get("_claim"):
                item["party"], item["_why"] = toll["party"], "subset"


def _parts_of_updates(found: list[dict]) -> None:
    """'the number of dead had risen to five after two of the injured died':
    smaller figures of the same kind in an update's sentence explain it."""
    for update in found:
        if not update.get("_update") or update["count"] is None:
            continue
        for item in found:
            if item is not update and item["_sent"] == update["_sent"] and item["category"] == update["category"] \
                    and item["count"] is not None and item["count"] < update["count"] and not item.get("_superseded"):
                item["_subset"] = True


WEAK_SIDE_RULES = {"place", "place2", "clause", "sentence", "attacked"}  # sides read off the clause, not the victims


def _inherit_sides(found: list[dict]) -> None:
    """A bare figure ("58 Pakistani soldiers had been killed and 30 wounded",
    "five others wounded") belongs to the side of the figure before it in the
    same sentence."""
    previous = None
    for item in found:
        if previous is not None and previous["_sent"] == item["_sent"] and item.get("_why") in {"reporter", "enemy"} \
                and (item.get("_head") in {"others", "more", None} or item.get("_more")) \
                and previous.get("_why") in {"phrase", "group"} and previous["party"]:
            # "killing more than 30 Houthi fighters and capturing four others": the same fighters,
            # not the reporter's own people, and never the civilians of the group's home
            if previous["group"] == "military":
                item["group"] = "military"
            if previous["party"] != item["party"]:
                item["party"], item["_why"] = previous["party"], "inherited"
                if item.get("_reporter_party") and item["party"] != item["_reporter_party"]:
                    item["_claim"] = True
        if previous is not None and previous["_sent"] == item["_sent"] and item["party"] is None \
                and item.get("_superseded") and previous["party"] and previous["category"] == item["category"]:
            item["party"], item["_why"] = previous["party"], "inherited"  # "rose to seven, up from five"
        if previous is not None and previous["_sent"] == item["_sent"] and item.get("_bare") and previous["party"] \
                and not item.get("_overall") and (item["party"] is None or item.get("_why") in WEAK_SIDE_RULES
                                                  and previous.get("_why") == "phrase"):
            # ("killed 38 Russian soldiers and wounded 54 in the Vovchansk sector": the same soldiers,
            # wherever they were hit)
            item["party"] = previous["party"]
            reporter = item.get("_reporter_party")
            if reporter and item["party"] != reporter:
                item["_claim"] = True
        if previous is not None and previous["_sent"] == item["_sent"] and previous["_cue"] == item["_cue"] \
                and previous.get("_why") == "phrase" and previous["party"] and item.get("_why") in WEAK_SIDE_RULES \
                and item["party"] != previous["party"] and not item.get("_overall"):
            # "13 Cambodian civilians and five soldiers died": the side named on the first of one
            # coordination's victims is the others' too, before the clause's attacker or place
            item["party"], item["_why"] = previous["party"], "inherited"
            item.pop("_claim", None)
            reporter = item.get("_reporter_party")
            if reporter and item["party"] != reporter and previous.get("_claim"):
                item["_claim"] = True
        previous = item


DESTINATION = re.compile(r"\b(?:into|to|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE)
LOCATIVE = re.compile(r"\b(?:in|inside|within)\s+(?:the\s+)?" + r"(?:(?:north|south|east|west|central|north-?east|"
                      r"north-?west|south-?east|south-?west)(?:ern)?\s+)?$", re.IGNORECASE)
# a country a headline names as the opponent ("Border clashes with Cambodia") or as where captives are
# held ("five still held in Venezuela"): not where the victims belong
OPPONENT_OR_CAPTOR = re.compile(r"\b(?:(?:clash(?:es)?|fighting|war|tensions?|fire|standoff|dispute)\s+with|"
                                r"(?:held|detained|jailed|kept|imprisoned)\s+(?:captive\s+)?in)\s+(?:the\s+)?$",
                                re.IGNORECASE)
STRONG_VOTE = 3  # sided figures that outweigh what the headline or dateline say
# An unattributed side needs this share of the sided figures (and at least two of them).
DEFAULT_SHARE = 2 / 3
DEFAULT_MIN = 2


def _headline_side(context: "_Context") -> Optional[str]:
    """The one side a headline places the story in: side mentions in the first
    line when it is a headline (short, no final full stop, a blank line after),
    leaving out destinations ("troops chase rebels into Congo"); a mention
    after "in" wins over the others ("Shelling by X kills 3 in Y")."""
    text = context.text
    match = context.headline
    if not match:
        return None
    line = match.group(1).strip()
    if context.headline_label:
        # "AFRICA/SOUTH SUDAN - Cattle raids ...", "Mali: JNIM fighters overrun army post": the country the
        # story is filed under
        entry = gazetteer.lookup(text[slice(*context.headline_label)])  # (case-folded: "SOUTH SUDAN" too)
        if entry is not None and entry.name in context.sides:
            return entry.name
    if len(line.split()) > 20 or line.endswith("."):
        return None
    start, end = match.start(1), match.end(1)
    found: list[tuple[str, bool]] = []
    forces: set[str] = set()  # sides named by their troops ("Ethiopian troops")
    first = start
    if context.headline_pairs:
        return None  # "India and Pakistan trade heavy fire ...": both act, neither is the place
    for start, stop, name in context.mentions:
        if start >= end:
            break
        if start < first:
            continue
        entry = gazetteer.lookup(name)
        if entry is None or entry.kind != "country" or (context.sides and entry.name not in context.sides):
            continue  # a headline naming an armed group names an actor, not a place
        name = entry.name
        before = text[max(0, start - 20) : start]
        if BORDER_WITH.search(text, first, start):
            continue  # "army post near border with Burkina Faso and Niger", however the parser hung it
        if DESTINATION.search(before) or OPPONENT_OR_CAPTOR.search(before) \
                or re.search(r"\bby\s+(?:the\s+)?$", before, re.IGNORECASE):
            continue  # ("... Three Detained by Russian Forces": the agent, not the victims)
        span = context.doc.char_span(start, stop, alignment_mode="expand")
        if span is not None and name in context.attackers(span.sent):
            continue  # "Five fuel carriers killed as Iranian guards open fire near Panjgur", "Russian Forces Detain
            # Two Villagers": the attacker's
        if span is not None and (span.root.dep_ in {"amod", "compound"} and span.root.head.lower_ in BORDER_NOUNS
                                 or span.root.dep_ == "pobj" and span.root.head.head.lower_ in BORDER_NOUNS):
            continue  # "Mali drone strike near Algerian border kills civilians": a border places nobody
        if span is not None:
            root = span.root
            while (root.dep_ == "compound" or root.dep_ == "amod" and root.head.lower_ in AGENT_FORCES) \
                    and root.head.i != root.i:
                root = root.head
            if root.lower_ in AGENT_FORCES:
                forces.add(name)
            if root.dep_ == "nsubj" and root.head.pos_ == "VERB" and (
                    cue_category(root.head) in {"killed", "captured"} or root.lower_ in AGENT_FORCES
                    and root.head.lemma_ not in _tables()["reporting"]):  # ("Sudanese army says": a source)
                # "UPDF kills 26 ADF rebels after raid on Congolese village", "... as Indian troops resort
                # to unprovoked firing": the force that acts is no victim
                continue
        found.append((name, bool(LOCATIVE.search(before))))
    if len(forces) >= 2:
        # "Ethiopian troops, Somali forces clash near Doolow": both armies act; the town places the story
        found = [(name, inside) for name, inside in found if name not in forces]
    words = line.split()
    title_case = sum(w[:1].isupper() for w in words) > 0.6 * len(words)  # "Troops Clash Near ...": no town test
    # "Goma's displaced wait as the M23 closes in": towns the gazetteer places in one side; with a
    # side named too ("M23 rebels close in on Goma as shells hit Rwanda's Gisenyi") they may disagree.
    # A title-case headline naming a side still takes a town after "in" ("Shelling Kills 4 in Belgorod
    # Region as Ukraine Claims ..."): where it happened outranks who speaks.
    towns_too = not found or not title_case
    for town, place in set(places.world_names(line, context.sides)):
        if capital_country(town):
            continue  # "Iraq recalls envoy from Ankara": a capital names a government, not where
        at = line.find(town)
        if at >= 0 and INTO_BEFORE.search(line, max(0, at - 20), at):
            # "thousands of displaced people cross into Adjumani": where they went, not the story (but
            # "thousands flee to Cúcuta" may stay in the country)
            continue
        inside = bool(LOCATIVE.search(line[max(0, at - 20) : at])) if at >= 0 else False
        if not towns_too and not inside:
            continue
        if place not in {name for name, _ in found} or inside:
            found.append((place, inside))  # "Stray shells wound three in Mae Sot as junta pounds Myawaddy"
    located = {name for name, inside in found if inside}
    names = located or {name for name, _ in found}
    return next(iter(names)) if len(names) == 1 else None


PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:with|in|into|near|on|of|from|to|across|along|at|inside)\s+(?:the\s+)?$",
                                      re.IGNORECASE)
HEADLINE_CLAUSE_BREAK = re.compile(r"[;:|]|\b(?:after|as|when|while|since|following|amid|but)\b", re.IGNORECASE)
HEADLINE = re.compile(r"^[ \t]*([^\n]+)\n[ \t]*\n", re.MULTILINE)
COUNTRY_LABEL = re.compile(r"([A-Z][\w'’ -]{2,30}):\s")  # "Yemen: Nine dead in tribal clashes ..."
BORDER_WITH = re.compile(r"\b(?:border|frontier)s?\s+with\s+(?:the\s+)?[^,;:.]{0,40}$", re.IGNORECASE)
SECTION_LABEL = re.compile(r"[A-Z][A-Z ]+/([A-Z][A-Z' -]+?)\s+[-–—]\s")  # "ASIA/MYANMAR - ...": region and country
HEADLINE_CHARS = 400
DECK_PARAGRAPHS = 3  # the headline's standfirst lines come within the first few paragraphs
DECK = re.compile(r"^[ \t]*([^\n]+)\n[ \t]*(?:\n|$)", re.MULTILINE)


def _deck_spans(text: str, headline_end: int) -> list[tuple[int, int]]:
    """Standfirst lines under a headline ("Porter killed, soldier injured in
    Pakistani firing in Keran; three civilians hurt as shells land in
    Churunda"): paragraphs of one line with no closing punctuation, before the
    story's first sentence. Headlines drop their articles there too."""
    if not headline_end:
        return []
    spans = []
    for match in list(DECK.finditer(text, headline_end))[:DECK_PARAGRAPHS]:
        line = match.group(1).rstrip()
        if line[-1:] in '.!?"”':
            break  # the story has begun
        if len(line.split()) >= 4 and line[-1:] not in ":;,":
            spans.append((match.start(1), match.start(1) + len(line)))
    return spans
# "By OMAR ABDI, Mandera", "Staff Correspondent, Cox's Bazar | Fri Feb 6, 2026"
BYLINE = re.compile(r"^[ \t]*(?:By [A-Z][^\n,|]{2,60}|(?:Staff|Special|Our|Local) [Cc]orrespondent|[A-Z][\w ]{0,20}"
                    r"[Cc]orrespondent|[A-Z][\w ]{0,20}[Bb]ureau|[A-Z][\w ]{0,20} News),\s*(?:in\s+)?(?P<place>[A-Z][\w'’ -]{2,30}?)"
                    r"[ \t]*(?:\||$)", re.MULTILINE)
DATELINE = re.compile(r"^[ \t]*(?P<place>[A-ZÀ-Þ][A-Za-zÀ-ÿ'’. -]{1,40}?)(?P<second>/[A-ZÀ-Þ][A-Za-zÀ-ÿ'’. -]+?)?"
                      r"(?:,\s*(?P<rest>[^\n—–()]{1,60}?))?"
                      r"\s*(?:\((?P<paren>[^)\n]{1,40})\)\s*){0,2}(?P<end>—|–|--?|/|:(?=\s)|\||(?<=\)\s)(?=[A-Z])|(?<=[A-Z]{3})\.(?=\s)|(?<=\))\.(?=\s))",
                      re.MULTILINE)
# ("YEREVAN, MARCH 12, ARMENPRESS. A serviceman ...", "Lima, July 8, 2026 (ANDINA). Three ...": an agency's name
# and a full stop)
# ("ISTANBUL | AUG 18", "Jammu, May 12 (PTI) Three villagers ...")


OUTLET_CHARS = 400  # a masthead or byline: the first lines only


@lru_cache(maxsize=1)
def _outlets() -> dict[str, str]:
    """One country's newsrooms (lexicon ``news_outlets``) and the state outlets (``state_media``)."""
    return {**lexicon().get("state_media", {}), **lexicon().get("news_outlets", {})}


@lru_cache(maxsize=1)
def _OUTLETS() -> re.Pattern:
    names = sorted(_outlets(), key=len, reverse=True)
    return re.compile(r"(?<![\w.])(?:%s)(?![\w])" % "|".join(re.escape(name) for name in names))


def _outlet_side(context: "_Context") -> Optional[str]:
    """The side of the one country's newsroom a masthead or byline names
    ("Lefaso.net / Tuesday 17 March 2026", "Civil.ge, 26/05/2026"), when it is a side."""
    outlets = _outlets()
    found = {outlets[m.group(0)] for m in _OUTLETS().finditer(context.text[:OUTLET_CHARS])}
    found &= context.sides
    return next(iter(found)) if len(found) == 1 else None


PLACE_PARTICLES = {"de", "du", "des", "la", "le", "el", "al", "of", "on", "upon", "am", "an", "der", "di", "da", "do"}


def _dateline_side(context: "_Context") -> Optional[str]:
    """The side a dateline puts the reporter in ("BULENGO, Democratic Republic
    of Congo —", "ISLAMABAD —", "KABUL, Afghanistan (Reuters) -"), looked for in
    the first lines only."""
    head = context.text[:600]
    for match in BYLINE.finditer(head):  # "By OMAR ABDI, Mandera"
        name = context.places.world_party(match.group("place"))
        if name and name in context.sides:
            return name
    for match in DATELINE.finditer(head):
        if any(word[:1].islower() and word not in PLACE_PARTICLES for word in match.group("place").split()):
            continue  # "Shooting at water intake near Vorukh:" is a headline, not a place
        if match.group("end") == "|" and not re.match(r"\s*(?:[A-Za-z]{3,9}\.? )?\d", head[match.end() : match.end() + 20]):
            continue  # "ISTANBUL | AUG 18, 2026" is a dateline; "ANALYSIS | ELN vs. FARC" a section label
        if match.group("second"):
            # "KHARTOUM/JUBA": filed from both sides, unless both places are one side's ("QUETTA/CHAMAN")
            # ("BAJAUR/ISLAMABAD": a district the gazetteer does not know beside the capital it does)
            both = {_city_country(context, p) for p in (match.group("place"), match.group("second").lstrip("/"))}
            both.discard(None)
            return next(iter(both)) if len(both) == 1 and both <= context.sides else None
        rest = match.group("rest") or match.group("paren")  # ("Spin Boldak (Afghanistan) (AFP) -")
        country = rest.split(",")[0].strip() if rest else None  # "GOMA, DR Congo, Feb 4" / "GEORGETOWN, Thursday ..."
        entry = gazetteer.lookup(country) if country else None
        name = entry.name if entry is not None and entry.kind == "country" else None
        if name is None:
            place = match.group("place").strip()
            name = context.places.world_party(place.title() if place.isupper() else place)
        if name and name in context.sides:
            return name
    for match in PLACE_DATE_LINE.finditer(head):  # "Jammu, May 14" alone on its line
        name = _city_country(context, match.group("place"))
        if name and name in context.sides:
            return name
    for match in PLACE_LINE.finditer(head):  # "DAILY SABAH WITH AA / ANKARA / Jun 18, 2026"
        name = _city_country(context, match.group(1))
        if name and name in context.sides:
            return name
    for line in head.split("\n")[:MASTHEAD_LINES]:
        # "Kurdistan24 | Duhok | 2026-06-07": a masthead's fields, one of them the city filed from
        fields = [f.strip() for f in re.split(r"\s[|/]\s", line)]
        for field in fields[1:] if len(fields) > 1 else ():
            if re.fullmatch(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}", field):
                name = _city_country(context, field)
                if name and name in context.sides:
                    return name
    for line in head.split("\n")[:REPORT_HEADER_LINES]:
        # a report's masthead in capitals ends with its country: "CIVILIAN IMPACT MONITORING PROJECT
        # (CIMP) - YEMEN" (a headline "Chad: Refugee arrivals surge" names where, not whose)
        match = REPORT_COUNTRY.match(line.strip()) if line.isupper() else None
        if match:
            entry = gazetteer.lookup(match.group("country").title())
            if entry is not None and entry.kind == "country" and entry.name in context.sides:
                return entry.name
    return None


SPELT_OUT = re.compile(r"\b((?:[A-Z][\w'’-]+\s+){1,6})\(([A-Z]{2,8})\)")
REPORT_HEADER_LINES = 3
MASTHEAD_LINES = 5
REPORT_COUNTRY = re.compile(r"^.+\s[-–—]\s+(?P<country>[A-Z][A-Za-z ]{2,30}?)$")


# "the Israeli enemy", "the Zionist enemy": only one side's own press calls the other so
ENEMY_NAMING = re.compile(r"\b([A-Z][\w'’-]+)\s+enemy\b")
ENEMY_NAMING_CHARS = 1500


def _enemy_naming_side(context: "_Context") -> Optional[str]:
    """The side whose press an article reads as: the other one of two countries it calls "the X enemy"."""
    named = {side_name(gazetteer.canonical(m.group(1))) for m in ENEMY_NAMING.finditer(context.text[:ENEMY_NAMING_CHARS])}
    named = {n for n in named if n in context.country_sides}
    return context.other_country(next(iter(named))) if len(named) == 1 else None


def _city_country(context: "_Context", city: str) -> Optional[str]:
    """The country a dateline city ("ANKARA", "Quetta") stands for: a capital's, else a town's."""
    city = city.strip().title()
    return capital_country(city) or context.places.world_party(city)


PLACE_DATE_LINE = re.compile(r"^[ \t]*(?P<place>[A-ZÀ-Þ][A-Za-zÀ-ÿ'’. -]{1,30}?),\s*(?:[A-Z][a-z]{2,8}\.? \d{1,2}|"
                             r"\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?[ \t]*$", re.MULTILINE)
PLACE_LINE = re.compile(r"^[ \t]*([A-ZÀ-Þ][A-ZÀ-Þ'’. -]{2,30})[ \t]*$", re.MULTILINE)  # a city alone on a line ("CÚCUTA")


class _NoEntry:
    kind = None


_NO_ENTRY = _NoEntry()


OTHER_WINDOW = 80  # tokens between the starts of the sentences of "N other X" and the figure before it


def _refugees_origin(found: list[dict]) -> None:
    """Refugees the text ties to no side are the ones it said where they fled
    from, when every such figure names one country ("18,000 refugees have
    crossed from Sudan's West Darfur ... MSF treated 212 wounded refugees")."""
    refugees = [item for item in found if item.get("_head") in REFUGEE_NOUNS and not item["historical"]]
    origins = {item["party"] for item in refugees
               if item["party"] and item.get("_why") in {"phrase", "destination", "refugees"}}
    if len(origins) != 1:
        return
    origin = origins.pop()
    for item in refugees:
        if item["party"] is None and not item.get("_overall"):
            item["party"], item["_why"] = origin, "refugees"


def _default_side(found: list[dict], context: "_Context") -> None:
    """Single-incident articles: a current figure the text ties to no side and
    to no overall count belongs to the side the article is about, when the
    figures that do carry a side mostly (>= 2/3, at least two casualty words,
    a side's report of its own losses not voting) name one side, or else when
    the headline places the story in one country. Figures a source gives,
    figures whose clause has a state or person agent ("troops had killed 20"),
    two-sided events ("killed in the fighting"), foreign personnel and the
    enemy's fighters keep no side. Fighters ("20 of the rebels") are the one
    armed group among the sides, when there is exactly one."""
    counts: dict[str, int] = {}
    seen: set[tuple[int, int, str]] = set()
    for item in found:
        # a side's report of its own losses is its statement, not where the story happened
        if item["party"] and not item["historical"] and not item.get("_claim") and item.get("_why") != "reporter" \
                and item.get("_reporter_party") != item["party"] and not (item.get("_agent") and item["reported_by"]) \
                and item.get("_head") not in _fighter_nouns() and not item.get("_part"):
            # fighters are where the enemy is, not the story; what a source says it inflicted is a claim;
            # a part of a toll ("14 civilians, among them two Algerians") says nothing of the rest
            name = side_name(item["party"])
            key = (item["_sent"], item["_cue"], name)
            if name in context.missions:
                continue  # peacekeepers are foreign personnel: the villagers around them are not the mission's
            if name and key not in seen:  # one vote per casualty word: "a soldier and two civilians were killed"
                seen.add(key)
                counts[name] = counts.get(name, 0) + 1
    side = None
    # a story about migrants killed at a border: its victims are no side's people
    no_side = context.migrant_story
    migrant_side = False
    if no_side:  # unless the text says whose migrants they are ("14 Ethiopian migrants")
        named = {item["party"] for item in found if item.get("_head") in NO_SIDE_VICTIMS() and item["party"]
                 and item.get("_why") == "phrase"}
        if len(named) == 1:  # for the migrants and people of the story only, not farmers or soldiers
            side, no_side, migrant_side = next(iter(named)), False, True
    if counts and not no_side and side is None:
        best = max(counts, key=counts.get)
        if counts[best] >= DEFAULT_MIN and counts[best] >= DEFAULT_SHARE * sum(counts.values()):
            side = best
            placed = _headline_side(context) or _dateline_side(context)
            if placed and placed != best and counts[best] < STRONG_VOTE:
                side = placed  # a few sided figures do not outvote the headline ("Niger: jihadists kill 13")
    if side is None and not no_side:
        side = _headline_side(context)
    if side is None and not no_side:
        side = _dateline_side(context) or _outlet_side(context) or _one_home_country(context)
    lex = lexicon()
    excluded = set(lex.get("no_default_nouns", ()))
    fighters = _fighter_nouns()
    no_same_noun = excluded | fighters | NO_SIDE_VICTIMS()  # nouns the same-noun rule gives no side
    groups = context.armed_groups
    the_group = groups[0] if len(groups) == 1 else None
    previous = None
    fighters_side = None  # the side of the last fighters the text named with one ("three Serb gunmen")
    for item in found:
        before, previous = previous, item
        # with several armed groups named, fighters are those of the group named last before them
        group = the_group or (_nearest_group(context, item["start"], groups) if len(groups) > 1 else None)
        if item.get("_head") in fighters and item["party"] and item.get("_why") == "phrase":
            fighters_side = item["party"]
        elif not group and item.get("_head") in fighters and item["party"] is None and fighters_side \
                and not item.get("_overall"):
            item["party"] = fighters_side  # "Three of the attackers were killed": the same gunmen
            item["_why"] = "fighters"
            continue
        if item.get("_other") and item.get("_head") in fighters and item["party"] is None and before is not None \
                and before["party"] and not before.get("_claim") and before.get("_why") not in {"reporter", "enemy"} \
                and item["_sent"] - before["_sent"] <= OTHER_WINDOW:
            # "the death of 23 soldiers ... Twenty-two other combatants were wounded": more of the same men,
            # not the armed group's
            item["party"], item["_why"] = before["party"], "inherited"
            continue
        if item.get("_head") == "others" and item["party"] is None and before is not None \
                and (before["_sent"] == item["_sent"] or item["_sent"] > 0
                     and context.doc[item["_sent"] - 1].sent.start == before["_sent"]) \
                and before["party"] and before.get("_why") == "phrase" \
                and not before.get("_claim") and before["historical"] == item["historical"]:
            # "eleven Ethiopian farmers have been killed and 23 others abducted in fighting between ...",
            # "the bodies of 14 Ethiopian migrants had been recovered ... At least 30 others were injured":
            # the others are more of the people just named, not both sides' toll
            item["party"], item["_why"], item["_overall"] = before["party"], "inherited", False
            continue
        if group and item.get("_head") in fighters and not item.get("_overall") and \
                (item["party"] is None or item.get("_why") == "sentence"):
            # a mere mention elsewhere in the sentence ("X's government claimed dozens of rebels were killed")
            # does not make rebels that side's people
            origin = _fighters_origin(context, item["_head"], item["start"]) if group not in context.sides else None
            # "troops killed up to 20 of the rebels": the one armed group of the article (but "gunmen from
            # Lebanon attacked ... Syrian forces had killed dozens of gunmen", a group named only in passing:
            # the gunmen's country)
            item["party"] = origin or group
            item["_why"] = "group"
            source = item.get("reported_by")
            neutral = (gazetteer.lookup(source) or _NO_ENTRY).kind == "organisation" if source else True
            if source and not neutral and item.get("_reporter_party") != group and side_name(source) != group:
                # the other side's forces killed them, by its own account ("At least six dissidents were
                # killed, the Joint Command said"): not summed
                item["_claim"] = True
            continue
        if item["party"] is None and item.get("_martyr") and not item["historical"] and context.home_side() \
                and item.get("_reporter_party") in (None, context.home_side()):
            # "Two soldiers and four civilians were martyred" in a paper filed from Quetta: a side
            # calls only its own dead martyrs, even in a two-sided exchange
            item["party"], item["_why"], item["_overall"] = context.home_side(), "martyr", False
            continue
        if item.get("_sentence_back") and not item["historical"]:
            named = _same_noun_side(context, item, no_same_noun)
            if named and named != item["party"]:
                # "Ethiopian federal police officers were killed ... near the Eritrean port of Assab. / 11
                # officers had been killed": the side named on that noun before, not the last one named
                item["party"], item["_why"] = named, "same noun"
                continue
            if (item.get("_bare") or item.get("_head") in _tables()["nouns"]) and before is not None \
                    and before["_sent"] == item["_sent"] and before["party"] and before.get("_why") == "same noun":
                item["party"], item["_why"] = before["party"], "inherited"  # "... had been killed and 19 wounded"
                continue
        if item["party"] is not None or item.get("_overall"):
            continue
        index = found.index(item)
        if item["count"] is not None and (any(
                other["count"] == item["count"] and other["category"] == item["category"]
                and other["party"] is None and other is not item and other["start"] >= context.headline_end
                for other in found[:index]) or
                item["start"] < LEAD_CHARS and any(
                other["count"] == item["count"] and other["category"] == item["category"] and other.get("_overall")
                and other["party"] is None and not other["historical"] for other in found[index + 1 :])):
            # a restated figure ("the toll had risen to 2,900") keeps the first mention's side: none (a
            # headline's figure is no first mention: it has no sentence to give it a side); so does a
            # headline's toll the lead tells as both sides' ("war between the ELN and the 33rd Front has left
            # at least 41 people dead")
            continue
        restated = _restated_nearby(found, index)
        if restated:  # "Three killed in strike on Aitaroun" / "A strike ... killed three civilians, Lebanon said"
            item["party"], item["_why"] = restated, "restated"
            continue
        if item.get("_subset") and not item["historical"] and not item.get("_overall"):
            earlier = _last_sided(found, index, item["category"])
            if earlier:  # "Among the civilians martyred were two children": part of the last such figure
                item["party"], item["_why"] = earlier, "subset"
                continue
        if item.get("_update") and not item["historical"]:
            earlier = _last_sided(found, index, item["category"])
            if earlier:  # "the toll rises to five": the toll of the last figure of that kind
                item["party"], item["_why"] = earlier, "update"
                continue
        if item.get("_superseded") and before is not None and before["_sent"] == item["_sent"] \
                and before["party"] is None:
            continue  # "rose to 2,900 from around 900": the old figure goes with the new one
        if item.get("_bare") and before is not None and before["_sent"] == item["_sent"] and before["party"]:
            item["party"], item["_why"] = before["party"], "inherited"  # "killed 10 Zuwara fighters and captured 15 more"
            continue
        if item.get("_more") and item.get("_head") == "more" and item["party"] is None and before is not None \
                and before["party"] and not before.get("_claim") and not before["historical"] \
                and item["_sent"] - before["_sent"] <= OTHER_WINDOW:
            # "11 officers had been killed and 19 wounded. Four more were captured": more of the same men
            item["party"], item["_why"] = before["party"], "inherited"
            continue
        if side is not None and item.get("_enemy_of_reporter") and not item["historical"] \
                and side != item.get("_reporter_party"):
            # "the jihadist group claimed to have killed more than 30 soldiers": the story side's, a claim
            item["party"], item["_why"], item["_claim"] = side, "default", True
            continue
        if item.get("_reporter_party"):
            continue
        named = _same_noun_side(context, item, no_same_noun)
        if named:  # "Colombian soldiers ... One soldier was killed": the soldiers named before
            item["party"], item["_why"] = named, "same noun"
            continue
        if side is None and context.migrant_story and item["group"] == "military" and not item.get("_overall") \
                and item.get("_head") not in fighters and not item.get("_agent") and context.home_side():
            # the soldiers and guards of a migrant story are the home side's, whoever the migrants are
            item["party"], item["_why"] = context.home_side(), "default"
            continue
        if side is None:
            continue
        if item["historical"] and (item.get("_cumulative") or _war_sentence(context, item)):
            continue  # "More than 6,500 people were killed before a truce ended the war": both sides' dead
        if item.get("_agent") or item.get("_event") and item["category"] != "displaced" \
                or item.get("_head") in excluded | fighters \
                and not (migrant_side and item.get("_head") in NO_SIDE_VICTIMS() and not _organisation(
                    item["reported_by"])):
            # (the migrants of a story that says whose they are are theirs, "seven migrants", but an
            # agency's count along the whole route is of everyone's)
            continue
        if item.get("_more") and before is not None and (before["party"] is None or before.get("_overall")):
            continue  # "87 died on both sides ... Dozens more are missing": more of the same overall count
        if migrant_side and item.get("_head") not in NO_SIDE_VICTIMS() | {"people", "persons", "others", None}:
            continue  # "Five farmers were killed" in a story about Ethiopian migrants: not Ethiopians
        if item.get("_head") in REFUGEE_NOUNS and side == context.home_side():
            continue  # "17 refugees" in a story filed from the country that hosts them: not its people
        item["party"] = side
        item["_why"] = "default"
    for item in found:
        if item["party"] is None and item.get("_looked_back") and not item.get("_overall"):
            # people who left their homes are the story's people; with no story side, the last side named
            item["party"], item["_why"] = (side, "default") if side else (item["_looked_back"], "sentence")


FLIGHT_VERBS = {"flee", "escape", "leave", "abandon", "evacuate"}
MEDIA_NOUNS = {"broadcaster", "television", "tv", "radio", "agency", "channel", "newspaper", "daily", "media", "outlet",
               "press", "news"}
PURSUIT_VERBS = {"pursue", "chase", "follow", "drive", "push", "flee", "run", "escape", "hunt", "track"}


def _one_home_country(context: "_Context") -> Optional[str]:
    """The one country among the sides when every other side is an armed group
    at home there: "the war between the ELN and the FARC dissidents" in
    Colombia is fought among Colombia's people."""
    if len(context.country_sides) != 1:
        return None
    country = next(iter(context.country_sides))
    home = lexicon().get("group_home", {})
    groups = [name for name in context.sides if name != country]
    return country if groups and all(home.get(group) == country for group in groups) else None


def _chased_to(token: Token) -> bool:
    """A place named as where a pursuit or flight ended ("chased them to the
    edge of the Chadian border town"): where victims went, not whose they are."""
    for _ in range(MAX_CHILDREN):
        if token.dep_ in {"amod", "compound", "nmod", "poss"} and token.head.i != token.i:
            token = token.head
        elif token.dep_ == "pobj" and token.head.lower_ == "of":
            token = token.head.head
        elif token.dep_ == "pobj":
            verb = token.head.head
            return token.head.lower_ in {"to", "toward", "towards", "into"} and verb.pos_ == "VERB" \
                and verb.lemma_ in PURSUIT_VERBS
        else:
            return False
    return False


# "4 km from", "a few miles south of the": a distance names a landmark, not where things happened
DISTANCE_FROM = re.compile(r"\b(?:km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\s+(?:(?:north|south|east|west|"
                           r"north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+|away\s+)?(?:from|of)\s+"
                           r"(?:the\s+)?$", re.IGNORECASE)
RESTATED_SENTENCES = 2  # how far apart a headline figure and its restatement in the text may be


LONG_SPAN_WORDS = {"year", "years", "decade", "decades", "decades-long", "long-running", "generations"}
WAR_SUBJECTS = {"war", "conflict", "insurgency", "campaign", "violence", "wars", "conflicts", "civil"}


def _cumulative_toll(cue: Token, figure: Figure) -> bool:
    """A whole war's toll, background to the news: "The wider war ... killed
    more than 150,000 people", "The ADF ... has killed thousands of civilians"."""
    if cue_category(cue) == "killed" and (figure.low or figure.count or 0) >= 1000 and any(
            t.lemma_.lower() in WAR_SUBJECTS and t.dep_ == "pobj" and t.head.lower_ in {"in", "during", "over", "throughout"}
            and any(w.lower_ in LONG_SPAN_WORDS for w in islice(t.subtree, MAX_CHILDREN)) for t in cue.sent):
        return True  # "In its 40-year campaign ..., the PKK has been responsible for the deaths of nearly 40,000"
    if cue.pos_ != "VERB" or cue_category(cue) != "killed" or cue.lemma_ in PATIENT_SUBJECT_VERBS:
        return False  # the killer's toll: the subject is the agent, never the victims who moved or died
    subjects = [c for c in islice(cue.children, MAX_CHILDREN) if c.dep_ == "nsubj"]
    if not subjects:
        return False
    subject = subjects[0]
    if subject.lemma_.lower() in WAR_SUBJECTS:
        return (figure.low or figure.count or 0) >= 1000
    perfect = any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in cue.children)
    named = subject.pos_ == "PROPN" or gazetteer.lookup(subject.text) is not None
    return perfect and named and (figure.vague and (figure.low or 0) >= 200 or (figure.count or 0) >= 1000)


NEAREST_GROUP_CHARS = 1200  # how far back "the assailants" may look for their group's name


def _nearest_group(context: "_Context", char: int, groups: list[str]) -> Optional[str]:
    """The armed group (one of ``groups``) named last before ``char``, nearby."""
    k = bisect.bisect_left(context.mention_starts, char) - 1
    while k >= 0 and char - context.mentions[k][0] <= NEAREST_GROUP_CHARS:
        name = side_name(context.mentions[k][2]) or context.mentions[k][2]
        if name in groups:
            return name
        k -= 1
    return None


def _same_fighters(found: list[dict]) -> None:
    """Counts with no noun of their own after a side's fighters in one sentence
    are more of those fighters ("eight of its own fighters had been killed and
    at least 20 wounded"), so a group's home country does not take them."""
    for before, item in zip(found, found[1:]):
        if before["_sent"] == item["_sent"] and before["group"] == "military" and before["party"] == item["party"] \
                and item["group"] == "people" \
                and (item.get("_head") in {None, "others", "more"} or item.get("_head") in _tables()["nouns"]):
            item["group"] = "military"


def _past_wars_take_no_side(found: list[dict], context: "_Context") -> None:
    """An earlier war's or clash's toll is both sides' dead, whichever country
    the sentence names ("Tajikistan, whose civil war killed up to 100,000
    people", "the 2011 clashes near Preah Vihear killed at least 20 people")."""
    for item in found:
        if item["historical"] and item.get("_why") == "sentence" and item["group"] != "military" \
                and _war_sentence(context, item):
            item["party"], item["_why"] = None, None


def _war_sentence(context: "_Context", item: dict) -> bool:
    """Whether a figure's sentence speaks of a war or fighting (two-sided), not of one side's losses."""
    sent = context.doc[item["_sent"]].sent
    return context.per_sentence(sent, "war", lambda: any(t.lower_ in EVENT_NOUNS for t in sent))


MEDICAL_SOURCE = re.compile(r"\b(?:hospital|clinic|medical cent(?:re|er)|doctors?|physicians?|surgeons?|nurses?|"
                            r"paramedics?|medics?|morgue|mortuary|emergency rooms?|ambulances?)\b", re.IGNORECASE)


def _organisation(name: Optional[str]) -> bool:
    """Whether a source is an organisation (an agency, NGO, the UN) rather than a side."""
    return bool(name) and (gazetteer.lookup(name) or _NO_ENTRY).kind == "organisation"


def _restated_nearby(found: list[dict], index: int) -> Optional[str]:
    """The side of the same figure (category and count) given with a side a
    sentence or two away: a subhead and its paragraph, a lede and its detail."""
    item = found[index]
    if item["count"] is None or item.get("_subset"):
        return None
    if item.get("_head") == "others" and index > 0 and found[index - 1]["_sent"] == item["_sent"]:
        return None  # "one civilian was killed and four others were wounded": more of the people just named
    one = item["count"] < 2  # "one" recurs by chance: the same noun too ("Soldier killed" / "A GDF soldier was killed")
    sentences = sorted({other["_sent"] for other in found})
    position = sentences.index(item["_sent"])
    near = set(sentences[max(0, position - RESTATED_SENTENCES) : position + RESTATED_SENTENCES + 1])
    parties = {other["party"] for other in found if other is not item and other["_sent"] in near
               and other["count"] == item["count"] and other["category"] == item["category"]
               and (not one or item.get("_head") and other.get("_head") == item["_head"])
               and not other.get("_part")  # ("seven people, including three children": not the lead's three)
               and other["party"] and not other.get("_claim") and not other["historical"]}
    return next(iter(parties)) if len(parties) == 1 else None


PARTY_MODIFIERS = {"amod", "compound", "nmod", "poss"}  # the dependents a side's name modifies a noun by


OPPONENT_PREPOSITIONS = {"with", "by", "against"}


def _sided_nouns(context: "_Context") -> dict[str, list[tuple[int, str]]]:
    """Noun (as written and as lemma) -> (offset, side) of each place the text
    modifies it with a side's name ("Colombian soldiers", "Kenya's police"),
    in text order; computed once per document."""
    index = context.cache.get("sided nouns")
    if index is None:
        index = context.cache["sided nouns"] = {}
        for token in context.doc:
            if token.pos_ not in {"NOUN", "PROPN"}:
                continue
            if token.dep_ == "pobj" and token.head.lower_ in OPPONENT_PREPOSITIONS \
                    or token.dep_ == "nsubj" and token.head.lemma_ in ATTACK_VERBS | {"open"}:
                continue  # "a shootout with Tajik servicemen", "Tajik servicemen opened fire": the other side's
            for left in token.lefts:
                if left.dep_ not in PARTY_MODIFIERS:
                    continue
                party = side_name(_party_in(context.mentions, left.idx, left.idx + len(left.text)))
                if party in context.sides:
                    for key in {token.lower_, token.lemma_.lower()}:
                        index.setdefault(key, []).append((token.idx, party))
                    break
    return index


def _fighters_origin(context: "_Context", noun: str, before: int) -> Optional[str]:
    """The one country side the text gave fighters of this noun before offset
    ``before``: "Lebanese gunmen", "gunmen from Lebanon"."""
    key = ("fighters origin", noun)
    if key not in context.cache:  # (offset, country) of each such phrase, once per noun and document
        named = []
        for token in context.doc:
            if token.lower_ != noun:
                continue
            words = [left for left in token.lefts if left.dep_ in PARTY_MODIFIERS]
            words += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children
                      if o.dep_ == "pobj"]
            for word in words:
                party = side_name(_party_in(context.mentions, word.idx, word.idx + len(word.text)))
                if party in context.country_sides:
                    named.append((token.idx, party))
        context.cache[key] = named
    found = {party for at, party in context.cache[key] if at < before}
    return found.pop() if len(found) == 1 else None


def _countries_with_forces(context: "_Context", before: int) -> set[str]:
    """The countries whose soldiers, guards or police the text names before
    offset ``before`` ("Iranian border guards"): the state forces an armed
    group is fighting there."""
    victims, fighters = _tables()["victims"], _fighter_nouns()
    return {party for noun, mentions in _sided_nouns(context).items()
            if victims.get(noun) == "military" and noun not in fighters
            for at, party in mentions if at < before and party in context.country_sides}


def _same_noun_side(context: "_Context", item: dict, unsided: set) -> Optional[str]:
    """The one side whose name modifies every earlier mention of the figure's
    noun that any side's name modifies ("Nigerien soldiers ... Three soldiers
    are still missing"); None when those mentions name two sides."""
    head = item.get("_head")
    if not head or head in unsided or head in {"people", "persons", "others", "more", "another"}:
        return None
    mentions = _sided_nouns(context).get(head, ())
    named = {party for _, party in mentions[: bisect.bisect_left(mentions, (item["start"],))]}
    return named.pop() if len(named) == 1 else None  # (soldiers of both sides named before: whose is unclear)


def _last_sided(found: list[dict], index: int, category: str) -> Optional[str]:
    """The side of the last earlier current figure of a category (claims about the enemy left out)."""
    for other in reversed(found[:index]):
        if other["category"] == category and not other["historical"] and not other.get("_claim") \
                and not other.get("_overall") and not other.get("_subset") \
                and not (other.get("_agent") and other.get("_why") != "phrase"):
            return other["party"]  # ("militants killed 10 Iranian border guards": whose, the phrase says)
    return None


def _tolls_of_one_group(found: list[dict]) -> None:
    """'Six police officers were killed ... The death toll rose to six': a bare
    toll that updates the count of one group is that group's, so other people
    counted apart ("one civilian was also killed") still add in the summary."""
    victims = _tables()["victims"]
    for index, item in enumerate(found):
        if not item.get("_update") or item["group"] != "people" or item.get("_head") or item["historical"]:
            continue
        named = {victims.get(word) for word in re.findall(r"[a-z]+", item["text"].lower())} & {"military", "civilians"}
        if named:  # "the number of injured guards had risen to five": the toll names its people
            item["group"] = next(iter(named)) if len(named) == 1 else item["group"]
            continue
        earlier = next((other for other in reversed(found[:index]) if other["category"] == item["category"]
                        and other["party"] == item["party"] and not other["historical"]
                        and not other.get("_claim") and not other.get("_subset")), None)
        if earlier is not None and earlier["group"] in {"military", "civilians"} and not earlier.get("_conj") \
                and (earlier["count"] or 0) <= (item["count"] or 0):
            item["group"] = earlier["group"]


def _mark_conjuncts(found: list[dict]) -> None:
    """Figures sharing one casualty word in one sentence ("673 soldiers and 36
    civilians were killed") are parts of one event: give them a shared key."""
    keys: dict[tuple, int] = {}
    for item in found:
        key = (item["_sent"], item["_cue"], item["party"], item["category"])
        keys[key] = keys.get(key, 0) + 1
    for item in found:
        key = (item["_sent"], item["_cue"], item["party"], item["category"])
        if keys[key] > 1:
            item["_conj"] = f"{item['_sent']}:{item['_cue']}"


def _others_add_up(found: list[dict]) -> None:
    """'more than 1,500 people have crossed into Uganda, and nearly 3,000 others have taken refuge in Aru':
    "others" of the same kind and side as a figure just before in the sentence are more people, whatever
    their verb: they add to it (as "N more" do)."""
    for before, item in zip(found, found[1:]):
        if item.get("_head") == "others" and item["_sent"] == before["_sent"] and not item.get("_conj") \
                and item["category"] == before["category"] and item["party"] == before["party"] \
                and not item.get("_subset") and not before.get("_subset") \
                and item["count"] is not None and before["count"] is not None:
            item["_more"] = True


def _merge_singular_conjuncts(found: list[dict], text: str) -> list[dict]:
    """'a woman and two teenagers were wounded', 'two truck drivers and a porter': one civilian
    coordinated with a count of civilians under one casualty word is one figure of them all
    (3), as a reader tallies it. (Soldiers stay apart: "an officer and two soldiers" is
    split in most gold files; merging them too lost 0.002 facts over the tuned sets.)"""
    merged: list[dict] = []
    for item in found:
        before = merged[-1] if merged else None
        if before is not None and item.get("_conj") and before.get("_conj") == item["_conj"] \
                and before["group"] == item["group"] == "civilians" and before["party"] == item["party"] \
                and 1 in (before["count"], item["count"]) and before["count"] and item["count"] \
                and before["high"] is None and item["high"] is None and not before.get("_subset") \
                and not item.get("_subset") and not before.get("_part") and not item.get("_part"):
            start, end = min(before["start"], item["start"]), max(before["end"], item["end"])
            before.update(count=before["count"] + item["count"], low=before["count"] + item["count"],
                          start=start, end=end, text=text[start:end])
            continue
        merged.append(item)
    return merged


class CasualtiesComponent:
    def __init__(self, nlp: Language, name: str = "borderfacts_casualties"):
        set_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        casualties = find_casualties(doc)
        doc._.borderfacts_casualties = casualties
        doc._.borderfacts_summary = summarize(casualties)
        return doc


@Language.factory(
    "borderfacts_casualties",
    assigns=["doc._.borderfacts_casualties", "doc._.borderfacts_summary"],
    requires=["doc._.borderfacts_parties", "doc._.borderfacts_statements", "doc._.borderfacts_dates"],
)
def make_casualties_component(nlp: Language, name: str) -> CasualtiesComponent:
    return CasualtiesComponent(nlp, name)
