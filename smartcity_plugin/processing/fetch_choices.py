"""What fetchiati's pick lists offer: IATI's countries, the known reporting organisations, and
the sectors of the current data that have DAC codes, with every current DAC purpose code."""

from __future__ import annotations

from dataclasses import dataclass

from smartcity_plugin.io.iati_query import KNOWN_REPORTERS
from smartcity_plugin.processing.choices import Pairs, sector_choices
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.log import log


@dataclass(frozen=True)
class FetchChoices:
    """(code, words) pairs for the recipient countries, reporting organisations and sectors."""

    countries: Pairs = ()
    reporting_orgs: Pairs = tuple((ref, f"{name} ({ref})") for ref, name in KNOWN_REPORTERS)
    sectors: Pairs = ()


def _sectors_with_dac() -> Pairs:
    from smartcity_plugin.io.dac_codes import dac_codes
    from smartcity_plugin.layers.sources import sector_catalogue

    pairs: list[tuple[str, str]] = []
    try:
        catalogue = sector_catalogue()
    except Exception as error:  # noqa: BLE001 — the DAC codes are still offered
        log(tr("The sectors of the data could not be read: {}").format(error))
    else:
        pairs += [(code, label) for code, label in sector_choices(catalogue, with_solutions=False)
                  if any(catalogue.get(tag).dac_codes for tag in catalogue.expand([code]) if catalogue.get(tag))]
    codes = dac_codes()
    pairs += [(code, f"{code} {codes.names[code]} (DAC)") for code in sorted(codes.active)]
    return tuple(pairs)


def fetch_choices(read: bool = True) -> FetchChoices:
    """The choices to offer; without ``read`` (the provider's own copy) no file is opened."""
    if not read:
        return FetchChoices()
    from smartcity_plugin.io.countries import country_list

    return FetchChoices(countries=tuple((code, f"{name} ({code})") for code, name in country_list()),
                        sectors=_sectors_with_dac())
