"""Write CAMT.053.001.08 statements for tests and benchmarks (not used by the application).

:func:`camt053` turns a list of :class:`Line` into one statement file as a bank would send
it: one entry per line with the payer or payee, the IBAN, the end-to-end id and the
remittance text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from xml.sax.saxutils import escape

NS = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"


@dataclass(frozen=True)
class Line:
    """One line to write: ``amount`` signed (credits positive)."""

    amount: Decimal
    booked: date
    name: str = ""
    iban: str = ""
    reference: str = ""
    end_to_end_id: str = ""


def _entry(n: int, line: Line) -> str:
    credit = line.amount > 0
    party, account = ("Dbtr", "DbtrAcct") if credit else ("Cdtr", "CdtrAcct")
    e2e = escape(line.end_to_end_id) or "NOTPROVIDED"
    iban = f"<{account}><Id><IBAN>{escape(line.iban)}</IBAN></Id></{account}>" if line.iban else ""
    return (
        f'<Ntry><NtryRef>{n}</NtryRef><Amt Ccy="EUR">{abs(line.amount):.2f}</Amt>'
        f"<CdtDbtInd>{'CRDT' if credit else 'DBIT'}</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>"
        f"<BookgDt><Dt>{line.booked.isoformat()}</Dt></BookgDt>"
        f"<ValDt><Dt>{line.booked.isoformat()}</Dt></ValDt>"
        f"<AcctSvcrRef>BANK-{n:08d}</AcctSvcrRef>"
        f"<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly>"
        f"</Domn></BkTxCd><NtryDtls><TxDtls><Refs><EndToEndId>{e2e}</EndToEndId></Refs>"
        f"<RltdPties><{party}><Pty><Nm>{escape(line.name)}</Nm></Pty></{party}>{iban}"
        f"</RltdPties><RmtInf><Ustrd>{escape(line.reference)}</Ustrd></RmtInf>"
        f"</TxDtls></NtryDtls></Ntry>"
    )


def camt053(
    lines: list[Line],
    account: str = "DE02120300000000202051",
    statement_id: str = "STMT-1",
    sequence: int = 1,
) -> bytes:
    """One CAMT.053.001.08 file with one statement holding ``lines``."""
    day = max((ln.booked for ln in lines), default=date.today()).isoformat()
    entries = "".join(_entry(n, ln) for n, ln in enumerate(lines, start=1))
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><Document xmlns="{NS}"><BkToCstmrStmt>'
        f"<GrpHdr><MsgId>MSG-{escape(statement_id)}</MsgId><CreDtTm>{day}T18:00:00+01:00"
        f"</CreDtTm></GrpHdr><Stmt><Id>{escape(statement_id)}</Id>"
        f"<ElctrncSeqNb>{sequence}</ElctrncSeqNb><CreDtTm>{day}T18:00:00+01:00</CreDtTm>"
        f"<Acct><Id><IBAN>{account}</IBAN></Id><Ccy>EUR</Ccy></Acct>{entries}</Stmt>"
        f"</BkToCstmrStmt></Document>"
    ).encode()
