"""Search queries as FTS5 reads them, labels and tags, without a database."""

from __future__ import annotations

from services.knowledge.domain import Place, fts5_query, slug, tags_of


def test_words_are_quoted_and_all_required():
    assert fts5_query("street trees") == '"street" AND "trees"'


def test_phrases_exclusions_and_or():
    assert fts5_query('"street trees" -cable') == '"street trees" NOT "cable"'
    assert fts5_query("compost OR cable metro") == '("compost" OR "cable") AND "metro"'


def test_fts5_syntax_in_the_input_stays_words():
    # Words joined by punctuation are a phrase, as websearch_to_tsquery reads them.
    assert fts5_query('trees" AND NEAR(x *') == '"trees" AND "AND" AND "NEAR x"'
    assert fts5_query("col:value ^start") == '"col value" AND "start"'


def test_a_query_without_words_is_none():
    assert fts5_query('" - " * ( )') is None
    assert fts5_query("-only") is None
    assert fts5_query("OR") is None


def test_labels_are_slugs():
    assert slug("Circular economy") == "circular_economy"
    assert slug(" Énergie ") == "energie"
    assert slug("!") is None
    assert slug(None) is None


def test_a_practice_is_filed_under_its_places_regions_and_cities():
    places = [Place("Porto", "c-1", "PT").as_dict(), Place("Quito", None, "EC", "EC-P").as_dict(), Place("Somewhere").as_dict()]
    assert places[1]["world_region"] == "latin_america_caribbean" and places[2]["world_region"] is None
    assert tags_of(["mobility"], [11], ["transport"], places) == {
        ("theme", "mobility"),
        ("sdg", "11"),
        ("sector", "transport"),
        ("region", "eu"),
        ("region", "latin_america_caribbean"),
        ("country", "PT"),
        ("country", "EC"),
        ("city", "c-1"),
    }
