"""Who said what: the ``borderfacts_statements`` component (issue 3).

``find_statements(doc)`` is a pure function over a parsed ``Doc``:

1. quotation marks are paired in one linear pass (``quotes.find_quotes``);
2. each quote is attributed from the words around it in its paragraph -
   ``"Q," X said`` / ``said X``, ``X said: "Q"``, ``X said "Q"``, split quotes,
   ``according to X``, ``told reporters``, ``wrote on Telegram``, a trailing
   ``— X``, a reporting verb elsewhere in the sentence (partial quotes), the
   previous quote of the paragraph, and for quote-only paragraphs the speaker
   of the paragraph before;
3. reported speech comes from the dependency parse: the clausal complement
   (``ccomp``) of a reporting verb, and ``according to X, CLAUSE``;
4. speakers are resolved with the rule-based name table of ``speakers``.

Each statement is a dict with the contract's Statement fields plus private
keys (leading underscore) for the casualties component: ``_sent_start`` /
``_sent_end`` (the sentences of the statement and its cue), ``_speaker_kind``
and ``_speaker_party``.
"""
from __future__ import annotations

import bisect
import re
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import gazetteer
from .extensions import doc_text, set_extensions
from .places import world_country, world_places
from .quotes import Quote, find_quotes, paragraphs
from .speakers import ABBREVIATION, ADMINISTRATIVE, HONORIFICS, PERSON_PRONOUNS, NameTable, Speaker, capital_country, clean_name, full_org_name, lexicon, role_aliases, spelled_out_names

_NOT_REPORTED = {"after", "before", "when", "while", "because", "since", "as", "if", "whether", "until", "although", "though",
                 "how", "why", "what", "where", "who", "which", "whom", "whose"}  # indirect questions report nothing
_LEFT_CLAUSE_VERBS = {"say", "add", "claim", "report", "state", "write", "warn", "insist", "confirm", "note",
                      "explain", "announce", "allege", "argue", "stress", "tell", "post", "tweet", "declare"}
WINDOW_BEFORE = 40  # tokens looked at before a quote
WINDOW_AFTER = 30  # tokens looked at after a quote
SHORT_QUOTE = 4  # words; shorter quotes need a speaker in their own sentence
SENTENCE_END = {".", "!", "?"}
DASHES = {"—", "–", "-", "--", "―"}
SCARE_CUES = {"so-called", "dubbed", "named", "nicknamed", "known", "codenamed", "code-named", "titled", "entitled"}
_TRIM = " \t\r\n,;:.!?\"'“”‘’«»„—–-"
_TRIM_END = " \t\r\n,;:.!?\"'“”‘’«»„—–-…"


# --------------------------------------------------------------------------- helpers
def _is_seat(token: Token) -> bool:
    """ "UK-based" in "the UK-based monitor": where a body sits, which neither
    names another body nor gives it a side."""
    return token.dep_ == "amod" and token.lower_ == "based" and token.i > 0 and token.nbor(-1).text == "-"


def token_quotes(doc: Doc, quotes: list[Quote]) -> list[int]:
    """For every token, the index of the quote whose marks enclose it, else -1."""
    result = [-1] * len(doc)
    k = 0
    for token in doc:
        while k < len(quotes) and _quote_limit(quotes[k]) <= token.idx:
            k += 1
        if k < len(quotes) and quotes[k].open <= token.idx < _quote_limit(quotes[k]):
            result[token.i] = k
    return result


def _quote_limit(quote: Quote) -> int:
    return quote.close + 1 if quote.close is not None else quote.end


def token_paragraphs(doc: Doc, paras: list[tuple[int, int]]) -> list[int]:
    starts = [s for s, _ in paras]
    return [max(0, bisect.bisect_right(starts, t.idx) - 1) for t in doc]


# people who speak for nobody but themselves: a place in their phrase is where they live
PRIVATE_PEOPLE = frozenset({"resident", "villager", "witness", "elder", "survivor", "relative", "farmer", "herder",
                            "shepherd", "fisherman", "trader", "passenger", "local"})


def np_span(token: Token, para_of: Optional[list] = None) -> Span:
    """The noun phrase a subject heads, without relative clauses, within its paragraph."""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    if para_of is not None:
        while para_of[left] != para_of[token.i] or doc[left].is_space:
            left += 1
        while para_of[right] != para_of[token.i] or doc[right].is_space:
            right -= 1
    for child in token.rights:
        if child.dep_ in ("relcl", "acl", "advcl", "ccomp", "conj", "cc"):
            right = min(right, child.left_edge.i - 1)
    while right > token.i and (doc[right].is_punct or doc[right].is_space):
        right -= 1
    return doc[left : right + 1]


_PAIRS = (("“", "”"), ("‘", "’"), ("«", "»"))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM_END:
        end -= 1
    # Keep the closing mark of a quotation that ends the clause: 'the UN was "deeply concerned"'.
    if end < len(text) and start < end:
        ch, piece = text[end], text[start:end]
        if ch == '"' and piece.count('"') % 2 == 1:
            end += 1
        elif any(ch == close and piece.count(open_) > piece.count(close) for open_, close in _PAIRS):
            end += 1
    return start, end


# "MOZOGO, Cameroon - ", "KABUL, Afghanistan (Reuters) - ": capitalised words, then a dash
_DATELINE_PREFIX = re.compile(r"(?:[A-Z][\w.'’/-]*,?\s+){1,6}(?:\([^)\n]{1,40}\)\s*)?(?:--|-|–|—)\s+")
# A body named before, referred to by a bare noun: "The entity also warned", "the release added"
TALLY_NOUNS = {"toll", "tally", "count", "figure", "figures", "estimate", "report"}  # a body's own numbers
BODY_NOUNS = {"entity", "agency", "company", "firm", "office", "body", "organisation", "organization", "mission",
              "release", "communiqué", "communique", "bulletin", "operator", "department", "service", "outlet",
              "broadcaster", "channel", "newspaper", "monitor", "observatory", "watchdog"}
GROUP_ADJECTIVES = {"jihadist", "armed", "militant", "rebel", "insurgent", "separatist", "extremist", "terrorist",
                    "islamist", "paramilitary", "guerrilla", "dissident"}
# "the monitor" is the body named "... Observatory ..." as well as "... Monitor ..."
NAME_WORDS_OF_NOUN = {"monitor": ("monitor", "observatory", "watch"), "watchdog": ("watchdog", "watch", "observatory")}
ISSUED_DOCUMENTS = {"communique", "communiqué", "statement", "document", "release", "letter", "decree", "bulletin"}
TALLY_OWNERS = BODY_NOUNS | {"ministry", "army", "military", "police", "government"}  # "the ministry's toll"
GROUP_NOUNS = {"group", "militia", "movement", "rebel", "insurgent", "militant", "faction"}
GROUP_REACH = 1500  # characters back to look for the armed group "the group" means

# --------------------------------------------------------------------------- the extractor
class _Extractor:
    def __init__(self, doc: Doc):
        self.doc = doc
        self.text = doc_text(doc)
        self.lex = lexicon()
        self.quotes = find_quotes(self.text)
        self.paras = paragraphs(self.text)
        self.in_quote = token_quotes(doc, self.quotes)
        self.para_of = token_paragraphs(doc, self.paras)
        self.table = NameTable.build(doc, self.in_quote)
        self.ent_at = {ent.start: ent for ent in doc.ents}
        self.statements: list[dict] = []
        self.by_para: dict[int, list[dict]] = {}
        self.direct: list[dict] = []
        self.quote_ends = [q.end for q in self.quotes]
        self.quote_tokens: list[tuple[int, int]] = [self._quote_token_range(q) for q in self.quotes]

    # ---------------------------------------------------------------- tokens
    def _quote_token_range(self, quote: Quote) -> tuple[int, int]:
        """First token of the opening mark, last token of the closing mark (inclusive)."""
        doc = self.doc
        first = doc.char_span(quote.open, quote.open + 1, alignment_mode="expand")
        last_char = quote.close if quote.close is not None else quote.end - 1
        last = doc.char_span(last_char, last_char + 1, alignment_mode="expand")
        return (first.start if first is not None else 0, (last.end - 1) if last is not None else len(doc) - 1)

    def is_reporting(self, token: Token, quoting: bool = False) -> bool:
        if self.in_quote[token.i] >= 0 or token.pos_ not in ("VERB", "AUX"):
            return False
        lemma = token.lemma_.lower()
        if lemma in self.lex["reporting_verbs"]:
            return not (lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children))
        return quoting and lemma in self.lex["quoting_verbs"]

    # ---------------------------------------------------------------- subjects
    def subject_of(self, verb: Token, depth: int = 0) -> Optional[Token]:
        doc = self.doc
        subject = None
        para = self.para_of[verb.i]
        for child in verb.children:
            if child.dep_ in ("nsubj", "nsubjpass") and self.in_quote[child.i] < 0 and self.para_of[child.i] == para:
                if child.dep_ == "nsubjpass" and child.lower_ in ("it", "there"):
                    continue
                subject = child
                break
        if subject is None:
            for child in verb.children:
                if child.dep_ == "agent":
                    objects = [c for c in child.children if c.dep_ == "pobj"]
                    if objects:
                        return objects[0]
        if subject is not None and subject.i < verb.i:
            # Repair parses such as "... and Tajikistan said 41 people ...",
            # where the subject attached elsewhere: the words just before
            # the verb must belong to the subject.
            j = verb.i - 1
            while j > subject.i and (doc[j].dep_ in ("advmod", "aux", "neg", "npadvmod") or doc[j].is_space):
                j -= 1
            if j != subject.i and doc[j].pos_ in ("PROPN", "PRON", "NOUN") and self.in_quote[j] < 0 \
                    and doc[j].ent_type_ not in ("DATE", "TIME"):  # "the Eastern Command on Friday said"
                if j > subject.right_edge.i or self._via_conj(doc[j], subject):
                    return doc[j]
        if subject is not None:
            return subject
        j = verb.i - 1
        while j >= 0 and doc[j].dep_ in ("advmod", "aux", "neg") and not doc[j].is_space:
            j -= 1
        if j >= 0 and self.para_of[j] == para and self.in_quote[j] < 0 and doc[j].dep_ != "poss":
            if doc[j].pos_ in ("PROPN", "PRON") or doc[j].pos_ == "NOUN" and doc[j].dep_ not in ("pobj", "dobj", "compound"):
                return doc[j]
        if verb.dep_ in ("conj", "xcomp", "advcl", "ccomp", "pcomp") and depth < 3 and verb.head.i != verb.i:
            head = verb.head
            if verb.dep_ == "conj" and self.is_reporting(verb) and not self.is_reporting(head) \
                    and head.dep_ == "ccomp" and self.is_reporting(head.head):
                # "The ministry said that its forces had destroyed X, and claimed that ...":
                # the parser hung "claimed" on "destroyed"; it goes with "said"
                head = head.head
            if self.para_of[head.i] == para and (head.pos_ in ("VERB", "AUX") or self.in_quote[head.i] >= 0):
                found = self.subject_of(head, depth + 1)
                if found is not None:
                    return found
        if verb.i + 1 < len(doc) and doc[verb.i + 1].pos_ == "PROPN" and self.in_quote[verb.i + 1] < 0:
            return doc[verb.i + 1]  # inverted "said Tashiev" parsed without nsubj
        # "Anahit Grigoryan, 63, described ...": the nearest name just before the verb.
        for k in range(verb.i - 1, max(-1, verb.i - 9), -1):
            if self.para_of[k] != para or self.in_quote[k] >= 0 or doc[k].text in SENTENCE_END:
                break
            if doc[k].ent_type_ in ("PERSON", "ORG", "GPE", "NORP") and doc[k].ent_iob_ != "O":
                return doc[k]
        return None

    @staticmethod
    def _via_conj(token: Token, subject: Token) -> bool:
        """``token`` hangs from ``subject`` through a conjunction ("59 fatalities and Tajikistan")."""
        for _ in range(6):
            if token.i == subject.i or token.head.i == token.i:
                return False
            if token.dep_ == "conj":
                return True
            token = token.head
        return False

    def cue_of(self, verb: Token) -> str:
        words = [verb]
        for child in verb.children:
            if child.dep_ == "prt":
                words.append(child)
            elif child.dep_ in ("dobj", "dative") and verb.lemma_.lower() == "tell" and child.right_edge.i - child.left_edge.i < 4:
                words.extend(child.subtree)
            elif child.dep_ == "prep" and child.lower_ in ("on", "in", "via", "to") and child.i > verb.i:
                objects = [c for c in child.children if c.dep_ == "pobj"]
                if objects and objects[0].lemma_.lower().rstrip(".") in self.lex["platforms"] | {"statement"}:
                    words.extend(child.subtree)
        words = sorted({w.i: w for w in words}.values(), key=lambda w: w.i)
        if words[-1].i - words[0].i + 1 == len(words):
            cue = self.doc[words[0].i : words[-1].i + 1].text
        else:
            cue = " ".join(w.text for w in words)
        return cue.rstrip(".,;:") or cue

    def resolve(self, token: Optional[Token], depth: int = 0) -> Speaker:
        """Who a subject token names (see ``speakers``)."""
        if token is None or depth > 3:
            return Speaker(None, None, None)
        table, lex = self.table, self.lex
        low = token.lower_
        if low in PERSON_PRONOUNS:
            para = self.para_of[token.i]
            for p in (para, para - 1):
                earlier = [s for s in self.by_para.get(p, [])[-40:] if s["start"] < token.idx and s.get("_person_like")]
                if earlier and self._gender_clash(max(earlier, key=lambda s: s["start"]), PERSON_PRONOUNS[low]):
                    break  # "“A,” she said. “B,” he said.": not the last speaker
                if earlier:
                    last = max(earlier, key=lambda s: s["start"])
                    k = bisect.bisect_left(table.person_starts, token.idx) - 1
                    if k < 0 or table.persons[k][0] < min(last["start"], last["_sent_start"]):
                        return self._speaker_of(last)
                    break
            name = table.person_before(token.idx, PERSON_PRONOUNS[low])
            return self.person(name, None)
        if low in ("it", "its"):
            if low == "it" and token.dep_ == "nsubj" and depth < 2 and (
                    token.i == token.sent.start or token.head.i == token.sent.root.i
                    and not any(t.dep_ in ("nsubj", "nsubjpass") and self.in_quote[t.i] < 0
                                for t in self.doc[token.sent.start : token.i])):
                # "Armenia's Defence Ministry blames Baku. It says ...": the last sentence's subject
                body = self._previous_subject(token, depth)
                if body is not None:
                    return body
            return self._recent_body(token)
        entry = gazetteer.lookup(token.text) if token.text[:1].isupper() else None
        if entry is not None and entry.kind == "organisation":
            return Speaker(entry.name, "organisation", None)  # "the peacekeeping mission KFOR said"
        if low == "who" and token.head.dep_ == "relcl" and token.head.head.i != token.i:
            return self.resolve(token.head.head, depth + 1)  # "..., according to Brian Kato, who said ..."
        if token.pos_ == "PRON":
            return Speaker(None, None, None)
        if token.lemma_.lower() in BODY_NOUNS and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children) \
                and not any(c.dep_ in ("compound", "amod", "poss", "prep") and not _is_seat(c) for c in token.children):
            # "The agency also said": the agency that spoke last, else the body that spoke last
            # ("The entity also warned", "the release added", "The company said"); a document
            # first introduced with its issuer ("In a communiqué ..., the Governor ...") is theirs
            issuer = self._document_issuer(token, depth) if token.lower_ in ISSUED_DOCUMENTS and depth < 2 else None
            return issuer or self._recent_body(token, token.lemma_.lower())
        if token.lemma_.lower() in GROUP_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) \
                and not any(c.dep_ == "poss" or c.dep_ in ("compound", "amod") and c.lower_ not in GROUP_ADJECTIVES
                            for c in token.children):  # "the jihadist group claimed"
            described = self._described_as_group(token)
            if described is not None:  # "..., according to the Moei Valley Relief Committee, a Mae Sot-based
                return described       # group that sends medics ... The group said": that body
            group = self._recent_group(token.idx)
            if group:  # "The group also claimed": the armed group named last
                return Speaker(group, "organisation", group)
        alias = self._role_alias(token)
        if alias:
            # Headline abbreviations: "PM says ..." -> the prime minister named in the article
            holder = table.holder(alias, token.idx, None)
            if holder:
                return self.person(holder, None)
        span = np_span(token, self.para_of)
        country = table.country_at(span.start_char, span.end_char) or self._capital_in(span)
        # A person named in the phrase.
        people = [p for p in table.persons if p[0] >= span.start_char and p[1] <= span.end_char]
        after = token.i + 1 if token.i + 1 < len(self.doc) and self.doc[token.i + 1].text == "," else span.end
        if not people and after < len(self.doc) and self.doc[after].text == "," \
                and (after == token.i + 1 or token.lemma_.lower() in lex["person_roles"]):
            # "Its spokesman, Khaing Min Naing, wrote", "the Governor of the Far North Region, Abdoulaye
            # Mahamat Tchiroma, ...": an apposition the parser hung elsewhere
            limit = self.doc[min(len(self.doc) - 1, after + 6)].idx
            people = [p for p in table.persons if token.idx < p[0] <= limit][:1]
            if people:
                span = self.doc.char_span(span.start_char, people[0][1], alignment_mode="expand") or span
        if people:
            own = [p for p in people if p[0] <= token.idx < p[1]]
            # "the spokesman of X, Operation Hadin Kai, Lt. Col. Chinedu Okafor-Eze": the titled name
            titled = [p for p in people if self._titled(p[0])]
            # "The village head of Mayanti, Lawan Modu Ali,": the name set off by commas
            appositive = [p for p in people if self.text[max(0, p[0] - 2) : p[0]] == ", " and p[0] > token.idx]
            start, end, name = (own or titled or appositive or people)[0]
            affiliation = self._affiliation(span, start, end)
            return self.person(name, affiliation)
        if (token.pos_ == "PROPN" or token.text[:1].isupper() and token.is_alpha) and not (
                token.ent_type_ in ("GPE", "NORP") and (gazetteer.lookup(token.text) or world_places().get(token.text))):
            # (a known surname the tagger took for a common noun, "Restrepo also warned", or for a
            # place, "Mazurin also said", when no party or place of a side is meant)
            words = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [token]
            person = table.canonical_person(" ".join(t.text for t in words))
            if person:
                return self.person(person, None)
        lemma = token.lemma_.lower()
        # "his statement", "Zhaparov’s website", "a statement from the ministry"
        if lemma in lex["document_nouns"] and token.ent_type_ not in ("ORG",):
            for child in token.children:
                if child.dep_ == "poss":
                    found = self.resolve(child, depth + 1)
                    if found.kind == "country" and lemma in lex["org_nouns"] and token.n_lefts > 1:
                        break  # "Kyrgyzstan's border service" is a body of its own, not the country
                    if found.name or found.party:
                        return found
                if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                    for obj in child.children:
                        if obj.dep_ == "pobj":
                            found = self.resolve(obj, depth + 1)
                            if found.name:
                                return found
                if child.dep_ == "acl" and child.lemma_ in ("sign", "issue", "release", "publish", "post"):
                    # "a communiqué signed by the governor, Hassan Mahamat Djibrine"
                    for agent in child.children:
                        if agent.dep_ == "agent":
                            for obj in agent.children:
                                if obj.dep_ == "pobj":
                                    found = self.resolve(obj, depth + 1)
                                    if found.name:
                                        return found
            definite_document = token.lower_ in ISSUED_DOCUMENTS and not any(c.dep_ == "poss" for c in token.children) \
                and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
            if definite_document and depth < 2:
                issuer = self._document_issuer(token, depth)
                if issuer is not None:  # "In a communiqué ..., the Governor gave details. ... the communiqué states"
                    return issuer
            if token.lower_ in ("website", "site", "statement", "report") and not any(c.dep_ == "poss" for c in token.children):
                entity = self._org_in(span)
                if entity:
                    return entity
                if country is None and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
                    return self._recent_body(token)  # "The statement said": the body that issued it
                return Speaker(None, None, country)
        if lemma in PRIVATE_PEOPLE:
            # "a resident of Karimama told AFP", "Elders in the village of Qansax said": the place names
            # where they live, not who speaks
            return Speaker(None, None, country, person_like=True)
        if lemma in lex["person_roles"] and not (token.pos_ == "PROPN" and token.ent_type_):
            definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "his", "her", "its", "their") for c in token.children)
            definite = definite or any(c.dep_ == "poss" for c in token.children)
            # headline style "Kursk governor says": a place or country before the role names the office
            definite = definite or token.is_lower and not any(c.dep_ == "det" for c in token.children) and any(
                c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ in ("GPE", "NORP"))
                for c in token.children)
            plural = token.tag_ in ("NNS", "NNPS")
            if definite and not plural:
                holder = table.holder(lemma, token.idx, country)
                if holder:
                    return self.person(holder, None)
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "from"):
                    for obj in child.children:
                        if obj.dep_ == "pobj" and (obj.lemma_.lower() in lex["org_nouns"] or obj.ent_type_ in ("ORG", "GPE")):
                            found = self.resolve(obj, depth + 1)
                            if found.name:
                                return Speaker(found.name, found.kind, found.party)
            return Speaker(None, None, country, person_like=True)
        org = self._org_in(span)
        if org is not None:
            return org
        if lemma in lex["org_nouns"] and token.tag_ == "NN" and any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children
        ):
            return Speaker(None, None, country, person_like=True)  # "a Tajik border guard": nobody named
        if lemma in lex["org_nouns"]:
            if lemma in lex["country_nouns"] and country and lemma == "side":
                return Speaker(country, "country", country)
            country_words = {t.lower_ for t in span if gazetteer.lookup(t.text)}
            mods = frozenset(
                t.lower_ for t in span if t.i != token.i and t.is_alpha and not t.is_stop and t.lower_ not in country_words
            )
            found = table.org_like(lemma, mods, country, token.idx + 1)
            if found is not None:
                return Speaker(found.text, "organisation", found.party or country)
            if token.tag_ in ("NNS",) and lemma in ("authorities", "forces"):
                return Speaker(None, None, country)
            if country or mods:
                return Speaker(clean_name(span.text), "organisation", country)
            return Speaker(None, None, None)
        own_country = table.country_at(token.idx, token.idx + len(token.text))
        if own_country and (token.pos_ == "PROPN" or token.ent_type_ in ("GPE", "NORP")):
            return Speaker(own_country, "country", own_country)
        if token.pos_ == "PROPN":
            words = [t for t in token.lefts if t.dep_ == "compound" and t.pos_ == "PROPN"] + [token]
            name = clean_name(" ".join(t.text for t in words))
            person = table.canonical_person(name)
            if person:
                return self.person(person, None)
            capital = capital_country(name)
            if capital:
                return Speaker(capital, "country", capital)  # "Baku denied the claim"
            if name and name[0].isupper():
                entry = gazetteer.find_in(name)
                return Speaker(name, "organisation" if token.ent_type_ == "ORG" else "person", entry.name if entry else country)
        return Speaker(None, None, country)

    def _role_alias(self, token: Token) -> Optional[str]:
        if not token.text.isupper() or len(token.text) > 4:
            return None
        return role_aliases().get(token.lower_)

    @staticmethod
    def _capital_in(span: Span) -> Optional[str]:
        """The country of a capital named in a phrase ("officials in Baku")."""
        previous = None
        for t in span:
            if t.pos_ == "PROPN":
                found = capital_country(t.text) or (previous is not None and capital_country(f"{previous.text} {t.text}"))
                if found:
                    return found
            previous = t
        return None

    def _titled(self, char: int) -> bool:
        """Whether a name starting at ``char`` has an honorific or rank before it ("Lt. Col. X")."""
        before = self.text[max(0, char - 12) : char].lower().replace(".", " ").split()
        return bool(before) and before[-1] in HONORIFICS

    def _recent_group(self, char: int) -> Optional[str]:
        """The armed group named last before ``char`` (within a few paragraphs),
        one of the article's sides first ("JNIM, the Sahelian branch of
        al-Qaeda ... the jihadist group claimed": JNIM)."""
        sides = {p["name"] for p in self.doc._.borderfacts_parties or [] if p.get("role") == "side"}
        k = bisect.bisect_left(self.table._country_starts, char) - 1
        found = []
        for j in range(k, max(-1, k - 30), -1):
            start, _, name = self.table.country_spans[j]
            if char - start > GROUP_REACH:
                break
            entry = gazetteer.lookup(name)
            if entry is not None and entry.kind == "group":
                found.append(entry.name)
        return next((name for name in found if name in sides), found[0] if found else None)

    ISSUER_REACH = 1500  # characters back to the document's first mention

    def _document_issuer(self, token: Token, depth: int) -> Optional[Speaker]:
        """Who issued "the communiqué" / "the statement": the person or body
        that is the subject of the sentence that first mentioned one ("In a
        communiqué read on CRTV, the Governor gave details")."""
        lower = token.lower_
        for earlier in reversed(self.doc[max(0, token.sent.start - 200) : token.sent.start]):
            if token.idx - earlier.idx > self.ISSUER_REACH:
                break
            if earlier.lower_ != lower or not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                  for c in earlier.children):
                continue
            subjects = [c for c in earlier.sent.root.children if c.dep_ == "nsubj"]
            if not subjects:
                return None
            found = self.resolve(subjects[0], depth + 1)
            return found if found.name and found.kind in ("person", "organisation", "country") else None
        return None

    def _described_as_group(self, token: Token) -> Optional[Speaker]:
        """A body the sentence before called "a ... group" in apposition ("the
        Moei Valley Relief Committee, a Mae Sot-based group"): what "the group"
        then means, rather than an armed group named earlier."""
        if token.sent.start == 0:
            return None
        previous = self.doc[token.sent.start - 1].sent
        for word in previous:
            if word.lemma_.lower() == "group" and word.dep_ == "appos" and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in word.children):
                head = word.head
                words = self.doc[head.left_edge.i : head.i + 1]
                name = clean_name(" ".join(t.text for t in words if t.dep_ != "det"))
                if name and head.pos_ == "PROPN":
                    return Speaker(name, "organisation", None)
        return None

    def _previous_subject(self, token: Token, depth: int) -> Optional[Speaker]:
        """The body or country that is the subject of the sentence before, when it is one."""
        if token.sent.start == 0:
            return None
        previous = self.doc[token.sent.start - 1].sent
        subjects = [c for c in previous.root.children if c.dep_ == "nsubj"]
        if not subjects or subjects[0].pos_ == "PRON":
            return None
        owner = next((c for c in subjects[0].children if c.dep_ == "poss" and c.lemma_.lower() in TALLY_OWNERS
                      and subjects[0].lower_ in TALLY_NOUNS), None)
        if owner is not None:
            # "The ministry's first toll stood at five. On Thursday it raised the toll": the toll's owner
            found = self.resolve(owner, depth + 1)
            if found.kind in ("organisation", "country") and found.name:
                return found
        found = self.resolve(subjects[0], depth + 1)
        return found if found.kind in ("organisation", "country") and found.name else None

    def _recent_body(self, token: Token, noun: Optional[str] = None) -> Speaker:
        """"it said", "the statement said": the body that spoke last nearby
        (one whose name has ``noun`` first: "the agency" -> "SANA state news agency")."""
        para = self.para_of[token.i]
        for word in NAME_WORDS_OF_NOUN.get(noun, (noun,)) if noun else ():
            for p in range(para, max(-1, para - 4), -1):
                for statement in sorted((s for s in self.by_para.get(p, [])[-40:] if s["start"] < token.idx),
                                        key=lambda s: -s["start"]):
                    if statement["_speaker_kind"] == "organisation" and word in (statement["speaker"] or "").lower():
                        return Speaker(statement["speaker"], "organisation", statement["_speaker_party"])
            org = self.table.org_like(word, frozenset(), None, token.idx + 1)
            if org is not None:
                return Speaker(org.text, "organisation", org.party)
        for p in range(para, max(-1, para - 3), -1):
            earlier = [s for s in self.by_para.get(p, [])[-40:] if s["start"] < token.idx]
            for statement in sorted(earlier, key=lambda s: -s["start"]):
                if statement["_speaker_kind"] in ("organisation", "country"):
                    return Speaker(statement["speaker"], statement["_speaker_kind"], statement["_speaker_party"])
        org = self.table.org_before(token.idx)
        if org is not None and token.idx - org.start < 1500:
            return Speaker(org.text, "organisation", org.party)
        return Speaker(None, None, None)

    def _gender_clash(self, record: dict, gender: str) -> bool:
        info = self.table.person_info.get(record["speaker"]) if record["speaker"] else None
        return info is not None and info.gender is not None and info.gender != gender

    def _org_in(self, span: Span) -> Optional[Speaker]:
        # Not ``span.ents``: that walks every entity of the document on each call.
        ents = (self.ent_at[t.i] for t in span if t.ent_iob_ == "B" and t.i in self.ent_at)
        root = span.root
        for ent in ents:
            if root.lemma_.lower() in self.lex["org_nouns"] and not (ent.start <= root.i < ent.end) \
                    and ent.end <= root.i:
                continue  # "the Duhok provincial health directorate": "Duhok" only places the body
            if ent.label_ == "ORG" and ent.end <= span.end:
                text = clean_name(full_org_name(ent))
                known = gazetteer.lookup(text) if text else None
                if not text or (known is not None and (known.kind != "organisation" or len(text.split()) <= 2)):
                    # a country or group named as an ORG is no body's name; "UN" in "the UN refugee
                    # agency, UNHCR" is the parent body of the one speaking
                    continue
                head = ent.root.lemma_.lower()
                mods = frozenset(t.lower_ for t in ent if t.i != ent.root.i and t.is_alpha and not t.is_stop)
                country = self.table.country_at(span.start_char, span.end_char)
                found = self.table.org_like(head, mods - {w for w in mods if gazetteer.lookup(w)}, None, ent.start_char + 1)
                generic = len(ent) == 1 and ent.root.lemma_.lower() in self.lex["org_nouns"]
                name = found.text if found is not None else clean_name(span.text) if generic else text
                entry = gazetteer.find_in(name)
                return Speaker(name, "organisation", entry.name if entry else country)
        return None

    def person(self, name: Optional[str], affiliation: Optional[str]) -> Speaker:
        if name is None:
            return Speaker(None, None, None)
        info = self.table.person_info.get(name)
        affiliation = affiliation or (info.title if info else None)
        party = None
        if affiliation:
            entry = gazetteer.find_in(affiliation)
            party = entry.name if entry else None
            if party is None and ADMINISTRATIVE.search(affiliation):
                # "mayor of the Batifa sub-district in Duhok province" speaks for that country;
                # a hospital's director in a border town does not
                party = world_country(affiliation, self.table.country_names)
        if party is None and info is not None:
            party = info.party
        return Speaker(name, "person", party, affiliation)

    def _affiliation(self, span: Span, start: int, end: int) -> Optional[str]:
        """The phrase around a name, without the name: "Kyrgyzstan’s President"."""
        before = self.text[span.start_char : start]
        after = self.text[end : span.end_char]
        parts = []
        for part in (before, after):
            words = part.strip(" ,").split()
            while words and (
                words[0].lower() in ("the", "his", "her", "their", "its", "a", "an", "of", "from", "for", ",", "and", ".")
                or words[0].lower().rstrip(".") in HONORIFICS
            ):
                words = words[1:]
            part = clean_name(" ".join(words))
            if part and any(ch.isalpha() for ch in part):
                parts.append(part)
        return ", ".join(parts) or None

    # ---------------------------------------------------------------- records
    def add(self, kind: str, start: int, end: int, speaker: Speaker, cue: Optional[str], cue_token: Optional[Token]) -> dict:
        doc = self.doc
        sents = []
        for char in (start, max(start, end - 1)):
            span = doc.char_span(char, char + 1, alignment_mode="expand")
            if span is not None:
                sents.append(span[0].sent)
        if cue_token is not None:
            sents.append(cue_token.sent)
        record = {
            "speaker": speaker.name,
            "affiliation": speaker.affiliation if speaker.kind == "person" else None,
            "party": speaker.party,
            "kind": kind,
            "text": self.text[start:end],
            "cue": cue,
            "start": start,
            "end": end,
            "_sent_start": min((s.start_char for s in sents), default=start),
            "_sent_end": max((s.end_char for s in sents), default=end),
            "_speaker_kind": speaker.kind if speaker.name else None,
            "_speaker_party": speaker.party,
            "_paragraph": self.para_of[cue_token.i] if cue_token is not None else None,
            "_person_like": speaker.kind == "person" or speaker.person_like,
        }
        self.statements.append(record)
        if record["_paragraph"] is not None:
            self.by_para.setdefault(record["_paragraph"], []).append(record)
        return record

    # ---------------------------------------------------------------- reported speech
    def reported_speech(self) -> None:
        doc = self.doc
        for token in doc:
            if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
                if self.in_quote[token.i] < 0:
                    self._according_to(token)
                continue
            if not self.is_reporting(token) or token.lemma_.lower() not in self.lex["clause_verbs"]:
                continue
            if any(c.dep_ == "neg" for c in token.children):
                continue  # "did not say"
            if token.dep_ == "xcomp" and token.head.lemma_.lower() in ("decline", "refuse", "fail", "want", "hesitate"):
                continue
            subject = self.subject_of(token)
            if subject is not None and subject.lower_ in ("i", "we", "you", "me", "us"):
                continue  # the writer's own voice
            comps = [c for c in token.children if c.dep_ == "ccomp"]
            if not comps and token.dep_ == "parataxis" and token.head.i < token.i and subject is not None:
                self._parataxis_clause(token, subject)  # "The toll has risen to five, the ministry said, as ..."
                continue
            if not comps and token.dep_ == "parataxis" and token.head.i > token.i and subject is not None:
                self._parenthetical_clause(token, subject)  # "In total, Lozinsky said, five civilians ..."
                continue
            if not comps:
                comps = self._that_clause_on_noun(token)
            if not comps:
                # headline grammar: "Chad says seven soldiers killed in Tibesti attack" (the parser takes
                # the clause with its dropped "were" for an object with a participle)
                comps = [c for c in token.children if c.dep_ == "dobj" and any(
                    a.dep_ == "acl" and a.tag_ == "VBN" and a.i == c.i + 1 for a in c.children)]
            right = [c for c in comps if c.i > token.i]
            # "said Afghan forces had killed 52 soldiers, captured three alive and seized 25 posts":
            # a later clause with no subject and no "that" goes on the one before it
            continuation = {c.i: None for c in right}
            for before, after in zip(right, right[1:]):
                if not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in after.children):
                    continuation[before.i] = after.right_edge.i
                    continuation[after.i] = -1
            for child in comps:
                if child.i < token.i and (right or not self._left_clause(token, child)):
                    continue
                if child.i > token.i and any(
                    c.dep_ in ("mark", "advmod") and c.i == child.left_edge.i and c.lower_ in _NOT_REPORTED for c in child.children
                ):
                    continue
                if continuation.get(child.i) == -1:
                    continue
                self._clause(token, child, continuation.get(child.i))

    def _parataxis_clause(self, verb: Token, subject: Token) -> None:
        """``CLAUSE, X said, ...`` parsed with the reporting verb hanging off the
        clause: the reported words run from the sentence start to the comma
        before the speaker."""
        doc = self.doc
        if verb.lemma_.lower() not in _LEFT_CLAUSE_VERBS:
            return
        first = subject.left_edge.i
        comma = first - 1
        while comma > verb.sent.start and (doc[comma].text in ("”", '"', "’", "'") or doc[comma].is_space):
            comma -= 1
        if comma <= verb.sent.start or doc[comma].text != ",":
            return
        left = verb.sent.start
        while left < comma and self.para_of[left] != self.para_of[verb.i]:
            left += 1
        start, end = _trimmed(self.text, doc[left].idx, doc[comma].idx)
        dateline = _DATELINE_PREFIX.match(self.text, start, end)
        if dateline:  # "MOZOGO, Cameroon - The attackers came ..., residents say"
            start = dateline.end()
        if end - start < 8 or self._mostly_quoted(start, end) or self.in_quote[left] >= 0:
            return
        self.add("indirect", start, end, self.resolve(subject), self.cue_of(verb), verb)

    def _parenthetical_clause(self, verb: Token, subject: Token) -> None:
        """``So far, X said, CLAUSE``: the reporting clause set off by commas
        inside the sentence it reports; the reported words run from the comma
        after it to the sentence end."""
        doc = self.doc
        if verb.lemma_.lower() not in _LEFT_CLAUSE_VERBS:
            return
        # (the parser hangs the commas on the verb: ", Lozinsky said ,")
        comma = verb.right_edge.i if verb.right_edge.text == "," else verb.right_edge.i + 1
        opening = verb.left_edge.i if verb.left_edge.text == "," else verb.left_edge.i - 1
        if comma >= verb.sent.end - 1 or doc[comma].text != "," or opening <= verb.sent.start \
                or doc[opening].text != ",":
            return
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        finite = verb.head.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
            c.dep_ in ("aux", "auxpass") for c in verb.head.children)
        lead_verb = any(t.pos_ in ("VERB", "AUX") for t in doc[verb.sent.start : opening])
        if not finite or not subjects or lead_verb or any(c.i < opening for c in subjects):
            # "Five civilians, the governor said, have been killed": the words are on both sides;
            # "Rockets were fired, the IDF said, most of them intercepted": the clause before is the reported one
            return
        last = doc[verb.sent.end - 1]
        start, end = _trimmed(self.text, doc[comma + 1].idx, last.idx + len(last))  # (drops the full stop)
        if end - start < 8 or self._mostly_quoted(start, end) or self.in_quote[comma + 1] >= 0:
            return
        self.add("indirect", start, end, self.resolve(subject), self.cue_of(verb), verb)

    def _that_clause_on_noun(self, verb: Token) -> list[Token]:
        """``said in a statement that CLAUSE`` / ``told a news briefing that CLAUSE``:
        the parser hangs the that-clause on the noun as a relative clause."""
        doc = self.doc
        nouns = []
        for child in verb.children:
            if child.i < verb.i:
                continue
            if child.dep_ in ("dobj", "dative", "npadvmod"):
                nouns.append(child)
            elif child.dep_ == "prep":
                nouns.extend(c for c in child.children if c.dep_ == "pobj")
        for noun in nouns:
            for clause in noun.children:
                if clause.dep_ not in ("acl", "relcl") or clause.i < noun.i or clause.pos_ not in ("VERB", "AUX"):
                    continue
                first = doc[clause.left_edge.i]
                if first.lower_ != "that" or self.in_quote[first.i] >= 0:
                    continue
                subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
                if subjects and all(c.i != first.i for c in subjects):
                    return [clause]
        return []

    def _left_clause(self, verb: Token, clause: Token) -> bool:
        """``CLAUSE, X said``: a comma (or a quote and comma) separates them."""
        if verb.lemma_.lower() not in _LEFT_CLAUSE_VERBS:
            return False
        j = clause.right_edge.i + 1
        while j < verb.i and self.doc[j].text in ("”", '"', "’", "'"):
            j += 1
        return j < verb.i and self.doc[j].text == ","

    def _clause(self, verb: Token, clause: Token, extend_to: Optional[int] = None) -> None:
        doc = self.doc
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
            return
        if clause.pos_ not in ("VERB", "AUX") and not any(t.pos_ in ("VERB", "AUX") for t in clause.subtree):
            return
        if verb.lemma_.lower() in ("believe", "think") and not self._named_subject(verb):
            return
        inner_subject = self.subject_of(clause) if self.is_reporting(clause) else None
        pieces: list[tuple[int, int]] = []
        if inner_subject is not None and verb.i < inner_subject.i < clause.i and inner_subject.dep_ == "conj":
            # "X reported A and Y said B": A is X's object, B is Y's clause.
            left = verb.i + 1
            right = inner_subject.left_edge.i - 1
            while right >= left and (doc[right].dep_ == "cc" or doc[right].is_punct):
                right -= 1
            if right >= left and any(t.pos_ in ("NOUN", "PROPN") for t in doc[left : right + 1]):
                pieces.append((left, right))
        else:
            left, right = clause.left_edge.i, max(clause.right_edge.i, extend_to or 0)
            if left > verb.i:
                left = max(left, verb.i + 1)
            elif right > verb.i:
                return  # the clause wraps the verb: a parse we cannot trust
            # "..., while Kyrgyzstan said B" / "..., and he called it X": a new
            # reporting clause with its own subject ends the reported one.
            for child in clause.children:
                if child.i > clause.i and child.dep_ in ("advcl", "conj") and self.is_reporting(child, quoting=True) and any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in child.children
                ):
                    cut = child.left_edge.i - 1
                    while cut >= left and (doc[cut].dep_ in ("cc", "mark") or doc[cut].is_punct or doc[cut].is_space):
                        cut -= 1
                    if cut >= left:
                        right = min(right, cut)
                    break
            split = None
            for conj in clause.children:
                if conj.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children):
                    split = conj
                    break
            if split is not None:
                first_right = split.left_edge.i - 1
                while first_right >= left and (doc[first_right].dep_ == "cc" or doc[first_right].is_punct):
                    first_right -= 1
                pieces.append((left, first_right))
                pieces.append((split.left_edge.i, right))
            else:
                pieces.append((left, right))
        subject = self.subject_of(verb)
        speaker = None
        para = self.para_of[verb.i]
        for left, right in pieces:
            while left <= right and self.para_of[left] != para:
                left += 1
            while right >= left and self.para_of[right] != para:
                right -= 1
            if right < left:
                continue
            if doc[right].dep_ == "cc" or doc[right].lower_ in ("and", "or", "but"):
                sent_end = doc[right].sent.end - 1
                while sent_end > right and (self.para_of[sent_end] != para or doc[sent_end].is_space):
                    sent_end -= 1
                right = sent_end
            start, end = _trimmed(self.text, doc[left].idx, doc[right].idx + len(doc[right].text))
            if start < end and self.text[start : start + 5].lower() == "that ":
                start, end = _trimmed(self.text, start + 5, end)
            if end - start < 3 or self._mostly_quoted(start, end):
                continue
            if not any(t.pos_ in ("VERB", "AUX") for t in doc[left : right + 1]) and not pieces[0][0] == left == verb.i + 1:
                continue
            if speaker is None:
                speaker = self.resolve(subject)
            self.add("indirect", start, end, speaker, self.cue_of(verb), verb)

    def _named_subject(self, verb: Token) -> bool:
        subject = self.subject_of(verb)
        return subject is not None and subject.lower_ not in ("i", "we", "you", "they")

    def _mostly_quoted(self, start: int, end: int) -> bool:
        """A clause that is a quotation (it starts at one, or most of it is quoted)."""
        quoted = 0
        i = bisect.bisect_left(self.quote_ends, start)
        for q in self.quotes[i : i + 50]:
            if q.start >= end:
                break
            if q.open <= start <= q.start + 1 or q.start <= start < q.end:
                return True
            quoted += max(0, min(end, q.end) - max(start, q.start))
        return quoted > 0.8 * (end - start)

    def _according_to(self, token: Token) -> None:
        doc = self.doc
        to = doc[token.i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"]
        if not objects:
            if to.i + 1 < len(doc) and doc[to.i + 1].pos_ in ("PROPN", "NOUN", "DET", "ADJ"):
                objects = [doc[to.i + 1]]
                while objects[0].head.i > objects[0].i and objects[0].head.i - to.i <= 6 and objects[0].head.pos_ in ("PROPN", "NOUN"):
                    objects = [objects[0].head]
            else:
                return
        obj = objects[0]
        phrase_end = max(obj.right_edge.i, obj.i)
        if phrase_end + 1 < len(doc) and doc[phrase_end + 1].text == "(":
            # "according to the UN Office for ... (OCHA), 250,000 people ...": the acronym belongs to the source
            close = next((t.i for t in doc[phrase_end + 2 : min(len(doc), phrase_end + 12)] if t.text == ")"), None)
            if close is not None:
                phrase_end = close
        sent = token.sent
        before = (sent.start_char, token.idx)
        after = (doc[phrase_end].idx + len(doc[phrase_end].text), sent.end_char)
        b = _trimmed(self.text, *before)
        a = _trimmed(self.text, *after)
        start, end = a if (a[1] - a[0]) >= (b[1] - b[0]) else b
        if end - start < 8 or self._mostly_quoted(start, end):
            return
        speaker = self.resolve(obj)
        self.add("indirect", start, end, speaker, "according to", token)

    # ---------------------------------------------------------------- direct quotes
    def direct_quotes(self) -> None:
        previous: Optional[dict] = None
        for index, quote in enumerate(self.quotes):
            first, last = self.quote_tokens[index]
            words = self.text[quote.start : quote.end].split()
            short = len(words) <= SHORT_QUOTE and self.text[quote.end - 1] not in ".!?,"
            if short and self._scare_quote(first, words):
                continue
            found = self._attribute(index, quote, first, last, short)
            if found is None and quote.continued and previous is not None and previous["_paragraph"] is not None:
                found = (self._speaker_of(previous), previous["cue"], None)
            if found is None and not short:
                found = self._from_context(index, quote, first)
            if found is None:
                if short:
                    continue  # a scare-quoted term nobody is quoted as saying
                found = (Speaker(None, None, None), None, None)
            speaker, cue, cue_token = found
            record = self.add("direct", quote.start, quote.end, speaker, cue, cue_token)
            if record["_paragraph"] != quote.paragraph:
                if record["_paragraph"] is not None:
                    self.by_para[record["_paragraph"]].remove(record)
                record["_paragraph"] = quote.paragraph
                self.by_para.setdefault(quote.paragraph, []).append(record)
            self.direct.append(record)
            previous = record

    def _speaker_of(self, record: dict) -> Speaker:
        return Speaker(
            record["speaker"], record["_speaker_kind"], record["_speaker_party"], record["affiliation"], record.get("_person_like", False)
        )

    def _scare_quote(self, first: int, words: list[str]) -> bool:
        doc = self.doc
        previous = [doc[j].lower_ for j in range(max(0, first - 2), first)]
        if any(word in SCARE_CUES for word in previous):
            return True
        if previous and previous[-1] == "as" and len(previous) > 1 and previous[-2] == "known":
            return True
        return False

    def _window(self, index: int, start: int, step: int, limit: int) -> list[Token]:
        """Tokens outside quotes next to a quote, within its paragraph and sentence."""
        doc = self.doc
        para = self.para_of[start - step] if 0 <= start - step < len(doc) else None
        tokens: list[Token] = []
        j = start
        while 0 <= j < len(doc) and len(tokens) < limit:
            token = doc[j]
            if self.para_of[j] != para or self.in_quote[j] >= 0:
                break
            if token.is_space:
                j += step
                continue
            if step < 0 and token.text in SENTENCE_END and tokens:
                break
            if step < 0 and token.text in SENTENCE_END and not tokens and j != start:
                break
            tokens.append(token)
            if step > 0 and token.text in SENTENCE_END:
                break
            j += step
        return tokens

    @staticmethod
    def _adjacent(after: list[Token], verb: Token) -> bool:
        """``"Q," X said`` / ``said X``: only the speaker's phrase comes between."""
        for token in after:
            if token.i >= verb.i:
                return True
            if token.dep_ in ("cc", "mark") or token.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ"):
                return False
        return True

    def _attribute(self, index: int, quote: Quote, first: int, last: int, short: bool):
        doc = self.doc
        after = self._window(index, last + 1, 1, WINDOW_AFTER) if quote.close is not None else []
        before = self._window(index, first - 1, -1, WINDOW_BEFORE)
        if not after and quote.close is not None:
            # A "— Name, role" line under the quote
            j = last + 1
            while j < len(doc) and doc[j].is_space:
                j += 1
            if j < len(doc) and doc[j].text in DASHES and self.para_of[j] <= quote.paragraph + 1:
                after = [t for t in doc[j : j + 12] if not t.is_space and self.para_of[t.i] == self.para_of[j]]
        # Trailing "— X" and "according to X"
        if after and after[0].text in DASHES and len(after) > 1:
            target = after[1]
            for token in after[1:6]:
                if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
                    target = token.sent.root if False else token
                    break
            head = target
            while head.head.i != head.i and head.head.i in {t.i for t in after} and head.dep_ in ("compound", "amod", "poss"):
                head = head.head
            speaker = self.resolve(head)
            if speaker.name:
                return speaker, None, None
        for window in (after, before):
            for token in window:
                if token.lower_ == "according" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "to":
                    objects = [c for c in doc[token.i + 1].children if c.dep_ == "pobj"]
                    if objects:
                        return self.resolve(objects[0]), "according to", token
        if before and before[0].text == ":" and not any(self.is_reporting(t, quoting=True) for t in before):
            # "Osman Idris ... summed up the mood: “Q”"
            verbs = [t for t in before if t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "conj", "ccomp")]
            if verbs:
                subject = self.subject_of(verbs[0])
                if subject is not None:
                    return self.resolve(subject), self.cue_of(verbs[0]), verbs[0]
        verb_after = next((t for t in after if self.is_reporting(t)), None)
        if verb_after is not None and not self._adjacent(after, verb_after):
            verb_after = None
        verb_before = next((t for t in before if self.is_reporting(t, quoting=True)), None)
        ends_sentence = self.text[quote.end - 1] in ".!?" and not (after and after[0].text == ",")
        choice = None
        if verb_after is not None and not (ends_sentence and verb_before is not None):
            choice = verb_after
        elif verb_before is not None:
            choice = verb_before
        if choice is not None:
            subject = self.subject_of(choice)
            if subject is None and choice in after:
                subject = next((t for t in after if t.i > choice.i and t.ent_type_ in ("PERSON", "ORG", "GPE")), None)
            if subject is not None:
                return self.resolve(subject), self.cue_of(choice), choice
        # A reporting verb elsewhere in the sentence: partial quotes, split quotes.
        sentence = doc[first].sent
        candidates = [t for t in sentence if t.i < first and self.is_reporting(t, quoting=True)]
        if not candidates:
            candidates = [t for t in sentence if t.i > last and self.is_reporting(t)]
        for verb in reversed(candidates) if candidates and candidates[0].i < first else candidates:
            subject = self.subject_of(verb)
            if subject is not None:
                return self.resolve(subject), self.cue_of(verb), verb
        # The previous quote of the same paragraph (split quotes across sentences).
        for record in reversed(self.direct[-4:]):
            if record.get("_paragraph") == quote.paragraph and record["start"] < quote.start:
                return self._speaker_of(record), record["cue"], None
        return None

    def _from_context(self, index: int, quote: Quote, first: int):
        """Quote-only paragraphs: the speaker of the paragraph before, or its
        ``X said:`` introduction."""
        doc = self.doc
        para_start = self.paras[quote.paragraph][0]
        if self.text[para_start:quote.open].strip():
            return None  # words before the quote in its paragraph named nobody
        if quote.paragraph == 0:
            return None
        prev_start, prev_end = self.paras[quote.paragraph - 1]
        intro = self.text[prev_start:prev_end].rstrip()
        if intro.endswith(":"):
            span = doc.char_span(prev_start, len(intro) + prev_start, alignment_mode="expand")
            if span is not None:
                verbs = [t for t in span if self.is_reporting(t)]
                if verbs:
                    return self.resolve(self.subject_of(verbs[-1])), self.cue_of(verbs[-1]), verbs[-1]
        candidates = [s for s in self.by_para.get(quote.paragraph - 1, []) if s["speaker"]]
        if candidates:
            last = max(candidates, key=lambda s: s["start"])
            return self._speaker_of(last), last["cue"], None
        return None

    def run(self) -> list[dict]:
        self.reported_speech()
        # Direct quotes then look back at the statements of earlier paragraphs.
        self.direct_quotes()
        result = sorted(self.statements, key=lambda s: (s["start"], s["kind"]))
        # a body named by its initials is named in full when the document spells them out
        abbreviations = {r["speaker"] for r in result if r["speaker"] and ABBREVIATION.fullmatch(r["speaker"])}
        full_names = spelled_out_names(self.text, abbreviations)
        for record in result:
            record.pop("_paragraph", None)
            record.pop("_person_like", None)
            record["speaker"] = full_names.get(record["speaker"], record["speaker"])
        return result


def find_statements(doc: Doc) -> list[dict]:
    """Statement dicts for a document (pure)."""
    if not doc.has_annotation("DEP"):
        return []
    return _Extractor(doc).run()


class StatementsComponent:
    def __init__(self, nlp: Language, name: str = "borderfacts_statements"):
        set_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.borderfacts_statements = find_statements(doc)
        return doc


@Language.factory(
    "borderfacts_statements",
    assigns=["doc._.borderfacts_statements"],
    requires=["doc._.borderfacts_parties"],
)
def make_statements_component(nlp: Language, name: str) -> StatementsComponent:
    return StatementsComponent(nlp, name)
