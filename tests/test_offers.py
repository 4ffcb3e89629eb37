"""Loan offers: schema, bundled catalogue, validation messages, exact files, and the catalogue in the database."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from sqlalchemy import select

from desktop.paths import resource
from desktop.services import offers
from desktop.services.offers import (
    OfferError,
    delete_offer,
    duplicate_offer,
    get_offer,
    install_catalogue,
    list_offers,
    load_offer_file,
    save_offer,
    save_offer_file,
    validate_offer,
)
from desktop.store.models import LoanOffer

BUNDLED = sorted(resource("offers").glob("*.json"))
BULLET = "illustrative-btc-bullet-50-70-80"
RU_BANK = "illustrative-ru-bank-key-rate-plus-7"


def good() -> dict:
    return load_offer_file(resource("offers", f"{BULLET}.json"))


def error_of(data) -> OfferError:
    with pytest.raises(OfferError) as info:
        validate_offer(data)
    return info.value


# ---------------------------------------------------------------------------------------------- schema + catalogue
def test_schema_is_valid_draft_2020_12():
    Draft202012Validator.check_schema(offers.schema())
    assert offers.schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_catalogue_has_the_five_illustrative_offers():
    ids = {p.stem for p in BUNDLED}
    assert ids == {
        "illustrative-btc-bullet-50-70-80",
        "illustrative-btc-interest-only-40",
        "illustrative-btc-50-70-85",
        "illustrative-ru-bank-key-rate-plus-7",
        "illustrative-equipment-asic-rub",
    }


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_every_bundled_offer_validates_and_is_illustrative(path: Path):
    data = load_offer_file(path)
    validate_offer(data)
    assert data["id"] == path.stem
    assert data["illustrative"] is True
    assert data["lender"].startswith("Illustrative")
    assert "not a real offer" in data["source"]
    assert offers.EDITED_KEY not in data


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_bundled_files_are_exact_and_canonical(path: Path):
    text = path.read_text(encoding="utf-8")
    data = json.loads(text, parse_float=Decimal)
    assert not any(isinstance(v, float) for v in _leaves(data))
    assert offers.dumps_offer(data) == text  # saving a bundled offer unchanged rewrites the same bytes


def _leaves(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from _leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from _leaves(v)
    else:
        yield value


def test_catalogue_figures_match_the_modelled_terms():
    by_id = {p.stem: load_offer_file(p) for p in BUNDLED}
    b = by_id["illustrative-btc-interest-only-40"]
    assert (b["ltv"]["initial"], b["ltv"]["margin_call"], b["ltv"]["liquidation"]) == (
        Decimal("0.40"), Decimal("0.667"), Decimal("0.909"))
    assert b["billing_days"] == 30 and b["repayment"] == "interest_only"
    assert b["fees"]["origination_percent"] == 2 and b["fees"]["origination"] == "deducted"
    ru = by_id[RU_BANK]
    assert ru["rate"] == {"kind": "reference_plus", "reference": "cbr_key_rate", "reference_percent": Decimal("16.5"),
                          "margin_percent": Decimal("7.0"), "as_of": "2025-10-27"}
    assert "16.5 %" in ru["source"] and "27 October 2025" in ru["source"]
    assert ru["ltv"]["initial"] == Decimal("0.5") and ru["term_months"]["max"] == 24
    assert ru["eligibility"]["legal_forms"] == ["sole_trader", "company"]
    assert ru["eligibility"]["min_months_registered"] == 12
    assert (ru["currency"], ru["repayment"]) == ("RUB", "annuity")
    eq = by_id["illustrative-equipment-asic-rub"]
    assert (eq["collateral"], eq["equipment_haircut"], eq["currency"]) == ("equipment", Decimal("0.6"), "RUB")


# ---------------------------------------------------------------------------------------------- broken offers
def test_missing_ltv():
    data = good()
    del data["ltv"]
    err = error_of(data)
    assert err.key == "ltv"
    assert "missing" in err.message


def test_missing_nested_key_names_the_full_path():
    data = good()
    del data["ltv"]["cure_to"]
    err = error_of(data)
    assert err.key == "ltv.cure_to" and "missing" in err.message


def test_margin_call_above_liquidation():
    data = good()
    data["ltv"]["margin_call"] = Decimal("0.85")
    err = error_of(data)
    assert err.key == "ltv.margin_call"
    assert "0.85" in err.message and "0.80" in err.message and "liquidation" in err.message
    assert str(err).startswith("ltv.margin_call: ")


@pytest.mark.parametrize(("mutate", "key", "words"), [
    (lambda d: d["ltv"].update(initial=Decimal("0.75")), "ltv.initial", "margin-call"),
    (lambda d: d["ltv"].update(cure_to=Decimal("0.75")), "ltv.cure_to", "margin-call"),
    (lambda d: d["ltv"].update(liquidation=Decimal("1.2")), "ltv.liquidation", "at most 1"),
    (lambda d: d["term_months"].update(min=24, max=12, default=12), "term_months.min", "longest"),
    (lambda d: d["term_months"].update(min=3, max=12, default=18), "term_months.default", "between 3 and 12"),
    (lambda d: d["amount"].update(min=5000, max=100), "amount.max", "below the smallest"),
    (lambda d: d.update(collateral="btc+equipment"), "equipment_haircut", "equipment"),
    (lambda d: d["fees"].update(origination="sometimes"), "fees.origination", "“deducted”"),
    (lambda d: d["eligibility"]["legal_forms"].append("trust"), "eligibility.legal_forms[3]", "“trust”"),
    (lambda d: d.update(id="My Offer"), "id", "hyphens"),
    (lambda d: d.update(lender="  "), "lender", "empty"),
    (lambda d: d.update(schema=2), "schema", "format 1"),
    (lambda d: d.update(surprise=1), "surprise", "x-"),
    (lambda d: d["ltv"].update(typo=1), "ltv.typo", "unknown key"),
    (lambda d: d["term_months"].update(min=Decimal("3.5")), "term_months.min", "whole number"),
    (lambda d: d.update(billing_days=0), "billing_days", "at least 1"),
])
def test_semantic_and_schema_problems_name_the_key(mutate, key, words):
    data = good()
    mutate(data)
    err = error_of(data)
    assert err.key == key, str(err)
    assert words in err.message, err.message


def test_x_prefixed_extras_are_allowed_everywhere():
    data = good()
    data["x-note"] = "mine"
    data["ltv"]["x-source"] = "call"
    data["notes"] = "free text"
    validate_offer(data)


def test_currency_btc_is_refused():
    data = good()
    data["currency"] = "BTC"
    err = error_of(data)
    assert err.key == "currency"
    assert "“USD”, “RUB”, “EUR”" in err.message and "“BTC”" in err.message


def test_unknown_rate_kind():
    data = good()
    data["rate"] = {"kind": "floating", "apr_percent": Decimal("12.0")}
    err = error_of(data)
    assert err.key == "rate.kind"
    assert "“fixed”, “reference_plus”" in err.message and "“floating”" in err.message


def test_reference_rate_needs_its_parts():
    data = good()
    data["rate"] = {"kind": "reference_plus", "reference": "cbr_key_rate", "reference_percent": Decimal("16.5")}
    err = error_of(data)
    assert err.key == "rate.margin_percent" and "missing" in err.message


def test_fixed_rate_needs_apr():
    data = good()
    data["rate"] = {"kind": "fixed"}
    assert error_of(data).key == "rate.apr_percent"


def test_string_where_a_number_is_expected():
    data = good()
    data["rate"]["apr_percent"] = "12"
    err = error_of(data)
    assert err.key == "rate.apr_percent"
    assert err.message == "must be a number, not the text “12”"


def test_non_finite_numbers_are_refused():
    data = good()
    data["rate"]["apr_percent"] = Decimal("NaN")
    assert error_of(data).key == "rate.apr_percent"


def test_not_an_object():
    err = error_of([1, 2])
    assert err.key == "" and "JSON object" in err.message


def test_float_inputs_are_accepted_and_saved_exactly(tmp_path):
    data = good()
    data["ltv"]["margin_call"] = 0.667  # e.g. from a spin box
    data["ltv"]["liquidation"] = 0.8
    path = save_offer_file(data, tmp_path / "f.json")
    text = path.read_text(encoding="utf-8")
    assert '"margin_call": 0.667' in text and "0.6670000" not in text
    assert load_offer_file(path)["ltv"]["margin_call"] == Decimal("0.667")


# ---------------------------------------------------------------------------------------------- files
def test_json_syntax_error_has_line_and_column(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{\n  "schema": 1,\n  "id": "x"\n  "lender": "A"\n}\n', encoding="utf-8")
    with pytest.raises(OfferError) as info:
        load_offer_file(path)
    err = info.value
    assert (err.line, err.column) == (4, 3)
    assert err.key == ""
    assert "line 4, column 3" in err.message and "comma" in err.message
    assert err.path == path and str(err).startswith(str(path))


def test_trailing_comma_and_empty_file(tmp_path):
    path = tmp_path / "trailing.json"
    path.write_text('{"schema": 1,}', encoding="utf-8")
    with pytest.raises(OfferError) as info:
        load_offer_file(path)
    assert (info.value.line, info.value.column) == (1, 14)
    path.write_text("  \n", encoding="utf-8")
    with pytest.raises(OfferError, match="empty"):
        load_offer_file(path)


def test_duplicate_key_and_nan_in_file(tmp_path):
    path = tmp_path / "dup.json"
    path.write_text('{"id": "a", "id": "b"}', encoding="utf-8")
    with pytest.raises(OfferError) as info:
        load_offer_file(path)
    assert info.value.key == "id" and "twice" in info.value.message
    path.write_text('{"x": NaN}', encoding="utf-8")
    with pytest.raises(OfferError, match="NaN"):
        load_offer_file(path)


def test_schema_problem_in_file_names_the_key(tmp_path):
    data = json.loads(resource("offers", f"{BULLET}.json").read_text(encoding="utf-8"))
    data["currency"] = "BTC"
    path = tmp_path / "btc.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(OfferError) as info:
        load_offer_file(path)
    assert info.value.key == "currency" and info.value.path == path
    assert str(info.value).startswith(f"{path}: currency: must be one of")


def test_not_utf8_and_missing_file(tmp_path):
    path = tmp_path / "cp1251.json"
    path.write_bytes('{\n"lender": "Банк"}'.encode("cp1251"))
    with pytest.raises(OfferError, match=r"not UTF-8 text \(line 2\)"):
        load_offer_file(path)
    with pytest.raises(OfferError, match="cannot read"):
        load_offer_file(tmp_path / "nope.json")


def test_utf8_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + resource("offers", f"{BULLET}.json").read_bytes())
    assert load_offer_file(path)["id"] == BULLET


def test_round_trip_keeps_decimals_exactly(tmp_path):
    data = good()
    data["ltv"] = {"initial": Decimal("0.40"), "margin_call": Decimal("0.667"), "cure_to": Decimal("0.400"),
                   "liquidation": Decimal("0.909")}
    data["rate"]["apr_percent"] = Decimal("12.0")
    data["amount"]["max"] = Decimal("1E+6")
    data["product"] = "Кредит под залог BTC"
    path = save_offer_file(data, tmp_path / "rt.json")
    text = path.read_text(encoding="utf-8")
    assert '"margin_call": 0.667' in text and '"apr_percent": 12.0' in text and "Кредит" in text
    again = load_offer_file(path)
    assert again == data
    for key in ("initial", "margin_call", "cure_to", "liquidation"):
        assert isinstance(again["ltv"][key], Decimal)
        assert str(again["ltv"][key]) == str(data["ltv"][key])
    assert str(again["ltv"]["margin_call"]) == "0.667"
    save_offer_file(again, tmp_path / "rt2.json")
    assert (tmp_path / "rt2.json").read_bytes() == path.read_bytes()


def test_atomic_save_leaves_no_temp_file(tmp_path):
    target = tmp_path / "offer.json"
    target.write_text("old", encoding="utf-8")
    save_offer_file(good(), target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["offer.json"]
    assert load_offer_file(target)["id"] == BULLET


def test_failed_save_keeps_the_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "offer.json"
    save_offer_file(good(), target)
    before = target.read_bytes()

    def boom(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(offers.os, "replace", boom)
    changed = good()
    changed["product"] = "changed"
    with pytest.raises(OfferError, match="cannot write"):
        save_offer_file(changed, target)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["offer.json"]


def test_invalid_offer_is_not_saved(tmp_path):
    data = good()
    data["ltv"]["margin_call"] = Decimal("0.9")
    with pytest.raises(OfferError):
        save_offer_file(data, tmp_path / "bad.json")
    assert not list(tmp_path.iterdir())


def test_duplicate_gets_a_new_id():
    data = good()
    data[offers.EDITED_KEY] = True
    dup = duplicate_offer(data, "my-copy")
    assert dup["id"] == "my-copy" and data["id"] == BULLET
    assert offers.EDITED_KEY not in dup
    dup["ltv"]["initial"] = Decimal("0.3")
    assert data["ltv"]["initial"] == Decimal("0.50")  # a deep copy
    validate_offer(dup)
    with pytest.raises(OfferError) as info:
        duplicate_offer(data, "Not a slug")
    assert info.value.key == "id"
    with pytest.raises(OfferError):
        duplicate_offer(data, BULLET)


# ---------------------------------------------------------------------------------------------- database
def _rows(db):
    with db.sessions() as s:
        return [(r.offer_key, r.lender, r.product, r.body_json, r.updated_at)
                for r in s.scalars(select(LoanOffer).order_by(LoanOffer.offer_key))]


def test_install_catalogue_twice_gives_the_same_rows(db):
    first = install_catalogue(db)
    assert first.added == len(BUNDLED)
    rows = _rows(db)
    second = install_catalogue(db)
    assert (second.added, second.updated) == (0, 0)
    assert _rows(db) == rows
    assert [r[0] for r in rows] == sorted(p.stem for p in BUNDLED)


def test_list_offers(db):
    install_catalogue(db)
    rows = list_offers(db)
    assert {r.key for r in rows} == {p.stem for p in BUNDLED}
    ru = next(r for r in rows if r.key == RU_BANK)
    assert (ru.currency, ru.collateral, ru.illustrative, ru.edited) == ("RUB", "btc", True, False)
    assert ru.data["rate"]["reference_percent"] == Decimal("16.5")
    mine = duplicate_offer(ru.data, "my-bank")
    mine["illustrative"] = False
    mine["lender"] = "My bank"
    save_offer(db, mine)
    assert list_offers(db)[0].key == "my-bank"  # the user's real offers come first


def test_edited_offer_survives_install_catalogue(db):
    install_catalogue(db)
    data = get_offer(db, BULLET)
    data["rate"]["apr_percent"] = Decimal("9.75")
    save_offer(db, data)
    result = install_catalogue(db)
    assert result.kept_edited == 1 and result.updated == 0
    again = get_offer(db, BULLET)
    assert again["rate"]["apr_percent"] == Decimal("9.75") and again[offers.EDITED_KEY] is True
    assert next(r for r in list_offers(db) if r.key == BULLET).edited
    install_catalogue(db, restore=True)
    assert get_offer(db, BULLET)["rate"]["apr_percent"] == Decimal("12.0")


def test_changed_bundled_offer_replaces_an_unedited_row(db):
    install_catalogue(db)
    with db.session() as s:
        row = s.scalar(select(LoanOffer).where(LoanOffer.offer_key == RU_BANK))
        old = json.loads(row.body_json, parse_float=Decimal)
        old["rate"]["reference_percent"] = Decimal("21")  # as an older app version shipped it
        row.body_json = offers.dumps_offer(old)
    result = install_catalogue(db)
    assert result.updated == 1
    assert get_offer(db, RU_BANK)["rate"]["reference_percent"] == Decimal("16.5")


def test_deleted_catalogue_offer_is_not_brought_back(db):
    install_catalogue(db)
    delete_offer(db, BULLET)
    assert install_catalogue(db).hidden == 1
    assert BULLET not in {r.key for r in list_offers(db)}
    with pytest.raises(OfferError) as info:
        get_offer(db, BULLET)
    assert info.value.key == "id"
    install_catalogue(db, restore=True)
    assert BULLET in {r.key for r in list_offers(db)}
    with pytest.raises(OfferError):
        delete_offer(db, "no-such-offer")


def test_save_offer_validates_and_upserts(db):
    data = good()
    data["ltv"]["liquidation"] = Decimal("0.6")
    with pytest.raises(OfferError) as info:
        save_offer(db, data)
    assert info.value.key == "ltv.margin_call"
    assert _rows(db) == []
    mine = duplicate_offer(good(), "mine")
    save_offer(db, mine)
    mine["product"] = "Renamed"
    save_offer(db, mine)
    rows = _rows(db)
    assert [(r[0], r[2]) for r in rows] == [("mine", "Renamed")]


def test_get_offer_by_path(db, tmp_path):
    data = duplicate_offer(good(), "from-file")
    path = save_offer_file(data, tmp_path / "from-file.json")
    assert get_offer(db, path)["id"] == "from-file"
    assert get_offer(db, str(path))["id"] == "from-file"
    with pytest.raises(OfferError) as info:
        get_offer(db, tmp_path / "missing.json")
    assert "cannot read" in info.value.message


def test_unreadable_database_row_is_skipped(db):
    install_catalogue(db)
    with db.session() as s:
        s.add(LoanOffer(offer_key="broken", body_json="{not json"))
    assert "broken" not in {r.key for r in list_offers(db)}
    with pytest.raises(OfferError):
        get_offer(db, "broken")


def test_validation_does_not_mutate_input():
    data = good()
    before = copy.deepcopy(data)
    validate_offer(data)
    assert data == before
