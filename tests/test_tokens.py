from mailservice import tokens


def test_generated_tokens_carry_enough_entropy_and_round_trip() -> None:
    assert tokens.BITS >= 64
    seen = {tokens.generate() for _ in range(2000)}
    assert len(seen) == 2000
    assert all(any(c.isdigit() for c in token) for token in seen)
    for token in list(seen)[:50]:
        assert tokens.normalize(token) == token
        assert tokens.find(token.replace("-", "")) == token  # every token has a digit: found without dashes
        assert tokens.find(f"RE: Bevestig uw aanmelding [ref:{token}]") == token


def test_tokens_survive_what_people_and_clients_do_to_them() -> None:
    token = "AF-7K3Q9-XM2PA-4RTZ8"
    assert tokens.find("Antw: bevestig uw aanmelding [REF:af-7k3q9-xm2pa-4rtz8]") == token
    assert tokens.find("ref: AF 7K3Q9 XM2PA 4RTZ8") == token  # retyped with spaces (issue 12, item 9)
    assert tokens.find("AF-7K3Q9XM2PA4RTZ8") == token
    assert tokens.normalize("AF-7K3Q9-XM2PA-4RTZ8".replace("0", "O")) == token
    assert tokens.normalize("AF-OOOOO-IIIII-LLLLL") == "AF-00000-11111-11111"


def test_only_a_hash_is_stored() -> None:
    token = tokens.generate()
    digest = tokens.digest(token)
    assert token not in digest and len(digest) == 64
    assert tokens.digest(token.lower()) == digest


def test_mask_makes_every_reference_useless_but_recognisable() -> None:
    token = tokens.generate()
    text = f"Bevestig uw aanmelding [ref:{token}] of {token.lower().replace('-', ' ')}."
    masked = tokens.mask(text)
    assert tokens.find(masked) is None
    assert masked.count(f"{token[:8]}-*****-*****") == 2
    assert tokens.mask("afstudeeropdracht") == "afstudeeropdracht"


def test_mask_raw_masks_a_reference_split_by_a_soft_line_break() -> None:
    token = tokens.generate()
    raw = f"Subject: Bevestig [ref:{token}]\r\n\r\nUw referentie {token[:11]}=\r\n{token[11:]} graag.\r\n".encode()
    masked = tokens.mask_raw(raw)
    assert len(masked) == len(raw) and token.encode() not in masked
    assert tokens.find(masked.replace(b"=\r\n", b"").decode()) is None
    assert masked.count(token[:9].encode()) == 2
