"""Budgets and transactions summed per currency; US dollars only where the file gives dollars.

No exchange rate is applied: the plugin ships no cited rate table, and an amount
converted at a guessed rate would look like a fact. ``amount_usd`` is set only when the
chosen totals are all in USD; every sum per currency goes into ``amount_note``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from smartcity_plugin.io.iati_codes import TRANSACTIONS
from smartcity_plugin.io.value_rules import MAX_AMOUNT_USD, strict_float
from smartcity_plugin.io.xml_stream import Element, attr, text_of
from smartcity_plugin.toolbelt.i18n import tr

UNKNOWN_CURRENCY = "???"
BUDGETS = {"1": "budgets (original)", "2": "budgets (revised)"}  # BudgetType; another type is just "budgets"


@dataclass
class Money:
    """Sums per kind ('commitments', 'budgets (original)' …) and currency, and unreadable values."""

    sums: dict[str, dict[str, float]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def add(self, kind: str, currency: str, amount: float) -> None:
        """Add ``amount`` to the sum of ``kind`` in ``currency``."""
        per_currency = self.sums.setdefault(kind, {})
        per_currency[currency] = per_currency.get(currency, 0.0) + amount

    def amount_usd(self) -> tuple[Optional[float], str]:
        """The activity's size in USD, and which sums it is (net commitments first, then budgets).

        Commitments are net of de-obligations (negative commitments, as IATI asks publishers to
        report a reduced commitment); a sum that is not positive is no size and is passed over.
        """
        for kind in ("commitments", "budgets (revised)", "budgets (original)", "budgets"):
            per_currency = self.sums.get(kind)
            if not per_currency or max(per_currency.values()) <= 0:  # sums are finite: no NaN to mind
                continue
            if set(per_currency) == {"USD"}:
                return per_currency["USD"], kind
            return None, kind
        return None, ""

    def negative_commitments(self) -> dict[str, float]:
        """Currencies whose net commitment is negative (de-obligations larger than the commitments)."""
        return {currency: value for currency, value in self.sums.get("commitments", {}).items() if value < 0}

    def note(self) -> Optional[str]:
        """Every sum per currency, and where amount_usd comes from."""
        if not self.sums and not self.problems:
            return None
        parts = []
        for kind, per_currency in self.sums.items():
            amounts = ", ".join(f"{currency} {value:,.2f}" for currency, value in sorted(per_currency.items()))
            parts.append(f"{kind}: {amounts}")
        text = tr("IATI totals per currency (not converted): {}.").format("; ".join(parts)) if parts else ""
        amount, kind = self.amount_usd()
        if amount is not None:
            text += " " + tr("amount_usd is the sum of the {} in USD.").format(kind)
        elif kind:
            text += " " + tr("amount_usd is empty: the {} are not all in USD and no exchange rate is applied.").format(
                kind)
        if self.problems:
            text += " " + " ".join(self.problems)
        return text.strip()


def _value(element: Element, default_currency: str, money: Money, kind: str) -> None:
    value = element.find("value")
    if value is None:
        return
    text = text_of(value).strip().replace(",", "")
    try:
        amount = strict_float(text)
    except ValueError:
        money.problems.append(tr("A {} value '{}' is not a number and was left out.").format(kind, text[:30]))
        return
    if abs(amount) > MAX_AMOUNT_USD:
        money.problems.append(tr("A {} value '{}' is beyond any project's size and was left out.").format(
            kind, text[:30]))
        return
    currency = (value.get("currency", "").strip() or default_currency or UNKNOWN_CURRENCY).upper()
    money.add(kind, currency, amount)


def transaction_value(transaction: Element) -> float:
    """A transaction's value as a number (0 when missing or unreadable): weights transaction-level shares."""
    value = transaction.find("value")
    try:
        amount = strict_float((text_of(value) if value is not None else "").strip().replace(",", ""))
    except ValueError:
        return 0.0
    return amount if abs(amount) <= MAX_AMOUNT_USD else 0.0


def read_money(activity: Element, default_currency: str) -> Money:
    """Sum the activity's budgets (by type) and its transactions (by type) per currency."""
    return money_of(activity.findall("budget"), activity.findall("transaction"), default_currency)


def money_of(budgets: list[Element], transactions: list[Element], default_currency: str) -> Money:
    """Sum ``budgets`` (by type) and ``transactions`` (by type), an activity's children, per currency."""
    money = Money()
    for budget in budgets:
        kind = BUDGETS.get(attr(budget, "type") or "1", "budgets")
        _value(budget, default_currency, money, kind)
    for transaction in transactions:
        type_element = transaction.find("transaction-type")
        code = type_element.get("code", "").strip().upper() if type_element is not None else ""
        kind = TRANSACTIONS.get(code)
        if kind:
            _value(transaction, default_currency, money, kind)
    return money
