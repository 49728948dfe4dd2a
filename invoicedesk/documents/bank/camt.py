"""CAMT.053 (``BkToCstmrStmt``), versions 001.02 to 001.08, read with lxml.

The element names the versions share are looked up by local name, so one reader serves every
version's namespace; the few places where they differ (a party's name in ``Pty`` since 001.08,
the transaction amount in ``TxDtls/Amt`` since 001.03) are read both ways. A batch entry with
several transactions gives one line per transaction.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from lxml import etree

from invoicedesk.documents.bank.model import BankFileError, Entry, Statement
from invoicedesk.documents.xml_guard import XmlRefused, refuse_doctype

_NS = re.compile(r"^urn:iso:std:iso:20022:tech:xsd:camt\.053\.001\.(\d\d)$")


def _kids(node: etree._Element, *path: str) -> list[etree._Element]:
    """The descendants along ``path`` of local names (any namespace; lxml filters the
    children by tag in C, so a statement of 10,000 entries is read in about its parse time)."""
    nodes = [node]
    for name in path:
        tag = f"{{*}}{name}"
        nodes = [c for n in nodes for c in n.iterchildren(tag)]
    return nodes


def _text(node: etree._Element, *path: str) -> str:
    found = _kids(node, *path)
    return (found[0].text or "").strip() if found else ""


def _amount(node: etree._Element) -> tuple[Decimal, str]:
    text = (node.text or "").strip()
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise BankFileError("The amount {value!r} is no number.", value=text) from None
    return value, node.get("Ccy", "")


def read_camt(data: bytes) -> list[Statement]:
    """Every statement of a CAMT.053 file (raises :class:`BankFileError`)."""
    try:
        refuse_doctype(data)
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except (XmlRefused, etree.XMLSyntaxError) as exc:
        raise BankFileError("The file is no readable XML: {error}", error=str(exc)) from None
    match = _NS.match(etree.QName(root).namespace or "")
    if etree.QName(root).localname != "Document" or not match:
        raise BankFileError("The XML file is no CAMT.053 bank statement.")
    if not "02" <= match.group(1) <= "08":
        raise BankFileError(
            "CAMT.053 version 001.{v} is not supported (001.02 to 001.08).", v=match.group(1)
        )
    stmts = _kids(root, "BkToCstmrStmt", "Stmt")
    if not stmts:
        raise BankFileError("The CAMT.053 file holds no statement.")
    return [_statement(s, f"camt.053.001.{match.group(1)}") for s in stmts]


def _statement(stmt: etree._Element, file_format: str) -> Statement:
    account = _text(stmt, "Acct", "Id", "IBAN") or _text(stmt, "Acct", "Id", "Othr", "Id")
    statement_id = _text(stmt, "Id")
    if not account or not statement_id:
        raise BankFileError("A statement of the file has no account or no id.")
    sequence = _text(stmt, "ElctrncSeqNb") or _text(stmt, "LglSeqNb")
    currency = _text(stmt, "Acct", "Ccy") or "EUR"
    entries: list[Entry] = []
    for ntry in _kids(stmt, "Ntry"):
        found = _Paths(ntry, skip="NtryDtls")
        status = found.text("Sts") or found.text("Sts/Cd")
        if status and status not in ("BOOK",):
            continue
        entries.extend(_entries(ntry, found, currency))
    return Statement(file_format, account, statement_id, sequence, currency, tuple(entries))


class _Paths:
    """The elements below a node by their path of local names (``RltdPties/Dbtr/Nm``), read
    in one walk: a statement has thousands of entries, each looked up a dozen times (walking
    once is about three times quicker than lxml's ``find`` per field)."""

    def __init__(self, node: etree._Element, skip: str = "") -> None:
        self.found: dict[str, list[etree._Element]] = {}
        self._walk(node, "", skip)

    def _walk(self, node: etree._Element, prefix: str, skip: str) -> None:
        for child in node:
            tag = child.tag
            if not isinstance(tag, str):
                continue  # comments, processing instructions
            name = tag[tag.rfind("}") + 1 :]
            if name == skip and not prefix:
                continue
            path = f"{prefix}/{name}" if prefix else name
            self.found.setdefault(path, []).append(child)
            if len(child):
                self._walk(child, path, skip)

    def all(self, path: str) -> list[etree._Element]:
        """Every element at ``path``."""
        return self.found.get(path, [])

    def text(self, path: str) -> str:
        """The stripped text of the first element at ``path`` (``""`` for none)."""
        nodes = self.found.get(path)
        return (nodes[0].text or "").strip() if nodes else ""

    def date(self, path: str) -> date | None:
        """The date (``Dt`` or the day of ``DtTm``) below ``path``."""
        for name in ("Dt", "DtTm"):
            value = self.text(f"{path}/{name}")
            if value:
                try:
                    return date.fromisoformat(value[:10])
                except ValueError:
                    raise BankFileError("The date {value!r} is no date.", value=value) from None
        return None


_EMPTY = _Paths(etree.Element("empty"))


def _entries(ntry: etree._Element, found: _Paths, default_currency: str) -> list[Entry]:
    amounts = found.all("Amt")
    if not amounts:
        raise BankFileError("An entry of the statement has no amount.")
    amount, currency = _amount(amounts[0])
    indicator = found.text("CdtDbtInd")
    if indicator not in ("CRDT", "DBIT"):
        raise BankFileError("An entry is neither credit nor debit.")
    credit = indicator == "CRDT"
    booked = found.date("BookgDt") or found.date("ValDt")
    if booked is None:
        raise BankFileError("An entry of the statement has no booking date.")
    valued = found.date("ValDt")
    details = [_Paths(d) for d in _kids(ntry, "NtryDtls", "TxDtls")]
    parts = [(d, _tx_amount(d)) for d in details]
    if len(parts) < 2 or any(a is None for _, a in parts):
        parts = [(details[0] if details else _EMPTY, None)]
    out = []
    for detail, part in parts:
        value, ccy = part if part is not None else (amount, currency)
        signed = value if credit else -value
        party = "Dbtr" if credit else "Cdtr"
        name = detail.text(f"RltdPties/{party}/Nm") or detail.text(f"RltdPties/{party}/Pty/Nm")
        iban = detail.text(f"RltdPties/{party}Acct/Id/IBAN")
        texts = [t.text.strip() for t in detail.all("RmtInf/Ustrd") if t.text]
        texts += [t.text.strip() for t in detail.all("RmtInf/Strd/CdtrRefInf/Ref") if t.text]
        e2e = detail.text("Refs/EndToEndId")
        out.append(
            Entry(
                booking_date=booked,
                amount=signed,
                currency=ccy or default_currency,
                value_date=valued,
                name=name,
                iban=iban,
                reference=" ".join(texts),
                end_to_end_id="" if e2e == "NOTPROVIDED" else e2e,
                bank_reference=found.text("AcctSvcrRef") or detail.text("Refs/AcctSvcrRef"),
            )
        )
    return out


def _tx_amount(detail: _Paths) -> tuple[Decimal, str] | None:
    found = detail.all("Amt") or detail.all("AmtDtls/TxAmt/Amt")
    return _amount(found[0]) if found else None
