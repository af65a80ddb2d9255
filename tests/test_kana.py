"""Katakana readings (`screening.kana`): examples grouped by behaviour, then invariants."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import screening
from screening.abjad import READING_BEST, is_reading, reading_key, latin_classes, reading_similarity
from screening.kana import bank_forms, has_kana, kana_words, read_word
from screening.normalize import normalize


@pytest.mark.parametrize(("word", "reading"), [("セルゲイ", "SIJOGII"), ("ヴォルコフ", "BUJOKOFO"), ("ナターリヤ", "NATAJIIA"),
                                               ("シチェルバコフ", "SIJOBAKOFO"), ("オリガ", "UJIGA"), ("アンナ", "ANA"),
                                               ("ウォッカ", "BUKA"), ("ニャーニャ", "NIANIA")])
def test_a_word_is_read_as_sound_classes(word: str, reading: str) -> None:
    """Rows by consonant class, the vowel a row adds as O or Y, small kana set the vowel, ー and ッ no sound."""
    assert read_word(word) == reading


@pytest.mark.parametrize(("word", "spelling"), [("ヴラジーミル", "vladimir"), ("セルゲイ", "sergei"), ("ペトロフ", "petrov"),
                                                ("ナタリア", "natalia"), ("ヴォルコワ", "volkova"), ("オレグ", "oleg"),
                                                ("フョードル", "fyodor"), ("チーホノフ", "tikhonov"), ("イーゴリ", "igor"),
                                                ("ドゥフワロフ", "dukhvalov"), ("シチェルバコフ", "shcherbakov")])
def test_a_reading_fits_the_names_it_spells(word: str, spelling: str) -> None:
    """Added vowels, r for l, ワ for v, チ for t and フ for kh cost nothing."""
    assert reading_similarity(read_word(word), spelling) == READING_BEST


def test_an_initial_u_before_a_consonant_may_be_v() -> None:
    """ウラジーミル (Vladimir, в as u) fits at half an edit, as the vowel letter و does for в (`abjad`)."""
    assert 0.8 <= reading_similarity(read_word("ウラジーミル"), "vladimir") < READING_BEST


@pytest.mark.parametrize(("word", "spelling"), [("ペトロフ", "pavlov"), ("ソコロフ", "sorokin"), ("イワン", "ivanov"),
                                                ("マリア", "marina"), ("ヴォルコフ", "popov")])
def test_a_reading_does_not_fit_another_name(word: str, spelling: str) -> None:
    """Consonants that differ, or a name longer by a syllable, are no fit."""
    assert reading_similarity(read_word(word), spelling) == 0.0


def test_a_written_vowel_must_agree() -> None:
    """カ (ka) where the name has u costs nearly an edit; ク (ku, the u perhaps added) costs nothing."""
    assert reading_similarity(read_word("チェクノフ"), "chekunov") == READING_BEST
    assert reading_similarity(read_word("チェカノフ"), "chekunov") < READING_BEST


def test_keys_fold_what_kana_cannot_tell_apart() -> None:
    """L and R are one liquid, チ keys as ch: a reading and the spelling it fits share a key."""
    assert reading_key(read_word("アレクセーエワ")) == reading_key(latin_classes("alekseeva")) == "RKS"


def test_the_normaliser_screens_the_reading_as_an_alternate() -> None:
    """The romanised name stays the name (organisations match it); each katakana word's reading is an alternate."""
    norm = normalize("ミハイル・ゲルベル")
    assert norm.text == "mihairu geruberu"
    assert [alt.tokens for alt in norm.alternates] == [("MIKAIJO", "GIJOBIJO")]
    assert not has_kana("卡巴斯基 Kaspersky") and kana_words("カスペルスキー株式会社") == ["カスペルスキー"]


@given(st.text(max_size=40))
def test_reading_is_total_and_never_lower_case(text: str) -> None:
    """Any text reads without raising; a reading is upper case (never a token the tokenizer writes) or empty."""
    for word in kana_words(text) + [text]:
        reading = read_word(word)
        assert reading == "" or is_reading(reading)


@given(st.text(alphabet=st.characters(max_codepoint=0x24f), max_size=40))
def test_latin_text_has_no_reading(text: str) -> None:
    """Latin (and any text without katakana) gives no katakana word and no reading."""
    assert kana_words(text) == [] and read_word(text) == ""


@pytest.mark.parametrize(("text", "written"), [("ｶ)ｶｽﾍﾟﾙｽｷｰ", "株式会社 ｶｽﾍﾟﾙｽｷｰ"), ("ｶｽﾍﾟﾙｽｷｰ(ｶ", "ｶｽﾍﾟﾙｽｷｰ 株式会社"),
                                               ("ﾕ)ﾃｽﾄ", "有限会社 ﾃｽﾄ"), ("ﾄﾞ)ﾃｽﾄ", "合同会社 ﾃｽﾄ"),
                                               ("ｶｽﾍﾟﾙｽｷｰ(ｶ)", "ｶｽﾍﾟﾙｽｷｰ 株式会社 "),
                                               ("ｱｲｳｶ)", "ｱｲｳｶ)"), ("ｶｽﾍﾟﾙｽｷｰ", "ｶｽﾍﾟﾙｽｷｰ")])
def test_a_bank_transfers_one_kana_legal_form_is_written_out(text: str, written: str) -> None:
    """Zengin's `ｶ)` before a name, `(ｶ` after it and `(ｶ)` inside it are 株式会社; a kana inside a word is
    none."""
    assert bank_forms(text) == written


@pytest.mark.parametrize("name", ["ｶ)ｶｽﾍﾟﾙｽｷｰ", "ｶｽﾍﾟﾙｽｷｰ(ｶ)", "ｶﾌﾞｼｷｶﾞｲｼｬ ｶｽﾍﾟﾙｽｷｰ", "カブシキガイシャカスペルスキー",
                                  "ｲ)ｶｽﾍﾟﾙｽｷｰ"])
def test_the_japanese_company_written_in_bank_kana_is_that_company(name: str) -> None:
    """The legal form in kana (abbreviated or spelled out) is 株式会社, so the name is the Japanese company's;
    another form's one kana (医療法人's `ｲ)`) is read as no initial of a person."""
    result = screening.Screener().screen(name)
    assert result.status is screening.Status.MATCH and result.hits[0].party.id == "kaspersky-jp"


@pytest.mark.parametrize("name", ["適格請求書発行事業者 株式会社カスペルスキー", "振込先: カ）カスペルスキー",
                                  "適格請求書発行事業者 登録番号 T0100012345678 株式会社カスペルスキー"])
def test_a_japanese_form_after_a_records_label_opens_the_name(name: str) -> None:
    """株式会社 after a label in Japanese (a registered invoice issuer, a bank transfer's payee) opens a name of one
    word, a run of kana: the Japanese company's, not the brand's."""
    result = screening.Screener().screen(name)
    assert result.status is screening.Status.MATCH and result.hits[0].party.id == "kaspersky-jp"


@pytest.mark.parametrize("name", ["請求書 No.564626 株式会社カスペルスキー 御中 2023年3月7日",
                                  "（株）カスペルスキー 代理店契約の件", "山田 太郎（株式会社カスペルスキー 営業本部）",
                                  "カスペルスキー株式会社 サポート窓口に電話がつながらない",
                                  "有限会社サンテック電算（株式会社カスペルスキー 認定パートナー）",
                                  "株式会社カスペルスキー様",  # (an honorific against the name)
                                  "請求書 株式会社ソフトバンク 株式会社日立 株式会社カスペルスキー 御中"])  # (the third)
def test_a_japanese_company_with_its_form_against_it_amid_other_words_is_read_alone(name: str) -> None:
    """An invoice's addressee, a contact's employer, a partner's principal: the form written against the name's word
    makes a unit, read alone (the record's words around it are no words of the name), so the Japanese company is
    the MATCH, not the brand's owner at a REVIEW."""
    result = screening.Screener().screen(name)
    assert result.status is screening.Status.MATCH and result.hits[0].party.id == "kaspersky-jp"


def test_a_japanese_form_apart_from_the_word_after_it_opens_no_name() -> None:
    """Written apart, the form closes the name before it (a reseller's), and the brand after it is the brand's; the
    reading is the name's, not the list's: another company so written is cleared."""
    for name in ("ソフトバンク 株式会社 カスペルスキー", "販売店 株式会社ソフトバンク 株式会社 カスペルスキー"):
        result = screening.Screener().screen(name)  # (another form against its word opens no name for this one)
        assert result.status is screening.Status.REVIEW and result.hits[0].party.id == "kaspersky-ao"
    assert screening.Screener().screen("請求元 株式会社トヨタ").status is screening.Status.CLEAR


@pytest.mark.parametrize(("name", "party_id"), [("カスペルスキー セキュリティ", "kaspersky-ao"),
                                              ("カスペルスキー・ラボ", "kaspersky-ao"),
                                              ("AO カスペルスキーラボ", "kaspersky-ao"),
                                              ("カスペルスキー ジャパン", "kaspersky-jp"),
                                              ("カスペルスキー・ラボ・ジャパン", "kaspersky-jp"),
                                              ("Kasuperusukii Labs KK", "kaspersky-jp"),
                                              ("株式会社カスペルスキー 採用情報｜マーケティング職（東京）", "kaspersky-jp"),
                                              ("カスペルスキー セキュリティ（東京）", "kaspersky-jp")])
def test_a_name_that_is_the_brand_alone_gives_way_to_the_brand_beside_a_domain_word(name: str, party_id: str) -> None:
    """The Japanese company's listed name is the brand alone with its form (株式会社カスペルスキー): beside a domain or
    product word (lab, security) and without that form or a place of Japan, the name is the brand's, its owner
    first and the company after it; with Japan, or the form Japan writes, it is the Japanese company's."""
    result = screening.Screener().screen(name)
    assert result.hits and result.hits[0].party.id == party_id
    assert "kaspersky-jp" in [hit.party.id for hit in result.hits]


def test_the_brand_alone_beside_a_domain_word_says_why_it_comes_second() -> None:
    """The capped name keeps its place among the hits, with evidence that says why it is below the owner."""
    hits = screening.Screener().screen("カスペルスキー セキュリティ").hits
    assert [hit.party.id for hit in hits[:2]] == ["kaspersky-ao", "kaspersky-jp"]
    said = {e.feature: e for e in hits[1].evidence}["brand_alone"]
    assert said.query_part == "security" and hits[1].score < hits[0].score


def test_lab_in_katakana_is_lab() -> None:
    """ラボ and ラブズ are lab and labs, cut from the brand they are written against."""
    assert normalize("カスペルスキーラボ").tokens == ("kasuperusuki", "lab")
    assert screening.Screener().screen("カスペルスキーラブズジャパン").hits[0].party.id == "kaspersky-jp"


@pytest.mark.parametrize("name", ["KK Kaspersky", "Kabushiki Kaisha Kaspersky", "Kaspersky K.K."])
def test_the_japanese_companys_native_name_romanised_is_that_company(name: str) -> None:
    """株式会社カスペルスキー is the brand alone with a Japanese form: the Latin brand beside a form of its kind that
    Japan writes romanises it, a REVIEW that names the Japanese company first (read, as other scripts' brands are)."""
    result = screening.Screener().screen(name)
    assert result.status is screening.Status.REVIEW and result.hits[0].party.id == "kaspersky-jp"
    assert result.hits[0].evidence[0].feature == "rendered"


def test_the_latin_brand_beside_another_countrys_form_is_not_the_japanese_company() -> None:
    """A German form (`Kaspersky GmbH`) or none (`Kaspersky`) romanises no Japanese name."""
    for name in ("Kaspersky GmbH", "Kaspersky"):
        assert "kaspersky-jp" not in [hit.party.id for hit in screening.Screener().screen(name).hits]
