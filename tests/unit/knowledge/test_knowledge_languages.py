"""Language codes to text search configurations and stemmers, and queries stemmed as the index is, without a database."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from services.knowledge.domain import (
    LANGUAGE_CONFIGS,
    SEARCH_CONFIGS,
    SearchLanguage,
    fts5_query,
    query_words,
    search_config,
    search_language,
    stemmed_text,
    stemmer,
)
from services.knowledge.search import fts5_match, highlight

MIGRATION = Path(__file__).parents[3] / "services/knowledge/migrations/versions/0003_practice_language_search.py"


@pytest.mark.parametrize(
    ("code", "config"),
    [
        ("en", "english"),
        ("eng", "english"),
        ("es", "spanish"),
        ("spa", "spanish"),
        ("pt", "portuguese"),
        ("por", "portuguese"),
        ("fr", "french"),
        ("fra", "french"),
        ("fre", "french"),
        ("de", "german"),
        ("deu", "german"),
        ("ger", "german"),
        ("it", "italian"),
        ("ita", "italian"),
        (" ES ", "spanish"),
        ("nl", "simple"),
        ("", "simple"),
        (None, "simple"),
    ],
)
def test_a_language_code_names_its_configuration(code, config):
    assert search_config(code) == config


def test_every_query_language_has_a_configuration_and_simple_comes_last():
    assert {search_config(lang) for lang in SearchLanguage} == set(SEARCH_CONFIGS) - {"simple"}
    assert SEARCH_CONFIGS[-1] == "simple" and len(SEARCH_CONFIGS) == len(set(SEARCH_CONFIGS)) == 7


def test_the_migration_maps_the_codes_as_the_domain_does():
    spec = importlib.util.spec_from_file_location("knowledge_0003", MIGRATION)
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert migration.CONFIGS == LANGUAGE_CONFIGS


def test_query_languages_are_iso_639_1_codes():
    assert search_language("es") is SearchLanguage.es
    assert search_language("pt") is SearchLanguage.pt
    # The contract lists the codes in lower case: only those are taken.
    assert search_language("PT") is None
    assert search_language("spa") is None
    assert search_language("xx") is None


def test_texts_are_stemmed_word_for_word_in_their_language():
    assert stemmed_text("es", "Ciudades sostenibles: movilidad_urbana") == "ciudad sosten movil urban"
    assert stemmed_text("en", "Cycling cities, 6,000 trips") == "cycl citi 6 000 trip"
    # Unknown languages keep their words, in lower case.
    assert stemmed_text("nl", "Veilige Fietsers") == "veilige fietsers"
    assert stemmed_text(None, None) == ""


def test_a_query_is_stemmed_as_the_index_is():
    spanish = stemmer("spanish")
    assert fts5_query('barrios "calles verdes" -coches', spanish) == '"barri" AND "call verd" NOT "coch"'
    assert fts5_query("sostenible OR verde", spanish) == '("sosten" OR "verd")'
    # Unstemmed, the query is as it was (words joined by `_` stay one word).
    assert fts5_query("barrios movilidad_urbana") == '"barrios" AND "movilidad_urbana"'
    assert fts5_query("_", spanish) is None
    assert stemmer("simple")("Árboles") == "árboles"


def test_the_words_a_query_looks_for_leave_out_exclusions():
    assert query_words('calles "carril bici" -coches OR autobús') == ["calles", "carril", "bici", "autobús"]


def test_a_query_language_stems_for_every_practice_and_none_for_each_in_its_own():
    assert fts5_match("barrios", SearchLanguage.es) == '{title lead body} : ("barri")'
    branches = fts5_match("barrios", None).split(" OR ")
    assert branches[0] == '(stemming : "english" AND {title lead body} : ("barrio"))'
    assert branches[1] == '(stemming : "spanish" AND {title lead body} : ("barri"))'
    assert branches[-1] == '(stemming : "simple" AND {title lead body} : ("barrios"))'
    assert len(branches) == len(SEARCH_CONFIGS)
    assert fts5_match("-only", None) is None


def test_a_snippet_marks_the_words_of_the_densest_stretch():
    spanish = stemmer("spanish")
    text = "Uno dos tres barrio cuatro cinco seis siete ocho nueve diez once doce trece catorce quince barrios sostenibles fin."
    found = highlight(text, {"barri", "sosten"}, spanish, words=5)
    # Five words from the best hit on, moved back to fill them at the end of the text.
    assert found == "… catorce quince <mark>barrios</mark> <mark>sostenibles</mark> fin"
    assert highlight("Nada aquí.", {"barri"}, spanish) is None
    short = highlight("Barrios.", {"barri"}, spanish)
    assert short == "<mark>Barrios</mark>"


def test_a_snippet_starts_at_the_stretch_with_most_matches():
    english = stemmer("english")
    text = "tree one two three four five six seven eight trees street nine ten eleven"
    assert highlight(text, {"tree", "street"}, english, words=4) == "… <mark>trees</mark> <mark>street</mark> nine ten …"
