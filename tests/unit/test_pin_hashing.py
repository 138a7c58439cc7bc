"""PINs are stored as salted scrypt hashes and checked in constant time."""

from __future__ import annotations

import pytest

from desktop_oms.services.operators import OperatorError, check_pin_text, hash_pin, pin_matches


def test_a_pin_is_stored_as_scrypt_with_its_parameters_and_salt() -> None:
    stored = hash_pin("1234")
    scheme, n, r, p, salt, digest = stored.split("$")
    assert (scheme, n, r, p) == ("scrypt", "16384", "8", "1")
    assert salt and digest
    assert "1234" not in stored


def test_the_same_pin_hashes_differently_each_time() -> None:
    assert hash_pin("1234") != hash_pin("1234")


def test_the_right_pin_matches_and_a_wrong_one_does_not() -> None:
    stored = hash_pin("482915")
    assert pin_matches("482915", stored)
    assert not pin_matches("482916", stored)
    assert not pin_matches("", stored)


@pytest.mark.parametrize("damaged", ["", "plain1234", "md5$1$2$3$abc$def", "scrypt$x$8$1$a$b"])
def test_a_damaged_hash_never_matches(damaged: str) -> None:
    assert not pin_matches("1234", damaged)


@pytest.mark.parametrize("pin", ["123", "12ab", "１２３４", "1234567890123", " 1234"])
def test_a_pin_must_be_4_to_12_plain_digits(pin: str) -> None:
    with pytest.raises(OperatorError, match="4~12"):
        check_pin_text(pin)


def test_pins_of_4_and_12_digits_are_accepted() -> None:
    check_pin_text("0000")
    check_pin_text("123456789012")
