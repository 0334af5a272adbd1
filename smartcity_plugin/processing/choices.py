"""What the pick lists offer, read from the data the plugin shows, and how parameters name that data."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from functools import lru_cache

from smartcity_plugin.core.agencies import AgencyGroups
from smartcity_plugin.core.schema import LAYER_CITIES, LAYER_PROJECTS, PROJECT_STATUSES
from smartcity_plugin.layers.data_sources import BUNDLED, CATALOGUE, REGISTRY, Source, source_holder
from smartcity_plugin.toolbelt.i18n import tr
from smartcity_plugin.toolbelt.log import log

Pairs = tuple[tuple[str, str], ...]  # (code, words)
REGISTRY_REREAD_S = 300  # the registry changes under us (colleagues' imports): read its choices again after this


@dataclass(frozen=True)
class DataChoices:
    """The codes a filter can name in the current data, each with the words a planner reads."""

    sectors: Pairs = ()
    donors: Pairs = ()
    agencies: Pairs = ()  # the dock's groups (all KOICA together), each label its own code
    countries: Pairs = ()
    cities: Pairs = ()
    agency_groups: AgencyGroups = field(default_factory=lambda: AgencyGroups(()), compare=False)

    def agency_spellings(self, picked: tuple[str, ...]) -> tuple[str, ...]:
        """Every ``agency`` value the picked agencies stand for, as the dock matches them.

        A group label gives all its members ("KOICA" also finds "KOICA; K-water"); a value
        that is no label (a script that names a spelling) is kept and brings its groups' members.
        """
        spellings: dict[str, None] = {}
        for name in picked:
            members = self.agency_groups.members([name])
            if not members:  # not a group's label
                spellings[name] = None
                members = self.agency_groups.members(self.agency_groups.labels_of(name))
            spellings.update(dict.fromkeys(members))
        return tuple(spellings)

    @property
    def statuses(self) -> Pairs:
        """The statuses of the projects' schema (fixed, whatever the data holds)."""
        return tuple((status, tr(status)) for status in PROJECT_STATUSES)


def source_name(source: Source | None = None) -> str:
    """The data the plugin shows, as the parameters' descriptions name it."""
    source = source or source_holder().current()
    if source.kind == REGISTRY:
        return tr("the team registry ({})").format(source.connection)
    if source.kind == BUNDLED:
        return tr("the bundled data")
    if source.kind == CATALOGUE:
        return tr("the downloaded catalogue {}").format(source.path.name)
    return tr("the GeoPackage {}").format(source.path.name)


def data_shown_note() -> str:
    """The help's sentence naming the data the plugin shows now."""
    return tr("The plugin now shows {}.").format(source_name())


def sector_choices(catalogue, with_solutions: bool = True) -> Pairs:
    """The catalogue's categories (with their solutions), Kearney's dimensions and ASCN's focus areas."""
    kinds = {"presentation": tr("ASEAN–Korea category"), "kearney": tr("Kearney dimension"),
             "ascn": tr("ASCN focus area")}
    pairs = []
    solutions = catalogue.in_taxonomy("presentation_solution") if with_solutions else []
    for taxonomy, kind in kinds.items():
        for sector in catalogue.in_taxonomy(taxonomy):
            pairs.append((sector.code, f"{catalogue.label(sector.code)} ({kind})"))
            pairs += [(solution.code, f"{catalogue.label(sector.code)} › {catalogue.label(solution.code)}")
                      for solution in solutions if solution.parent_code == sector.code]
    return tuple(pairs)


def _version(source: Source) -> tuple:
    if source.kind == REGISTRY:
        return (source, int(time.monotonic() // REGISTRY_REREAD_S))
    return (source, source.path.stat().st_mtime_ns if source.path.is_file() else None)


def _named(code: str, name: str) -> str:
    """"Korea (KR)"; a code without a name stays as it is."""
    return f"{tr(name)} ({code})" if name and name != code else code


@lru_cache(maxsize=2)
def _read(version: tuple) -> DataChoices:
    """The choices of one version of a source; an unreadable one offers none until it changes
    (a registry out of reach is not asked again at every algorithm QGIS makes)."""
    from smartcity_plugin.layers.options import read_filter_options
    from smartcity_plugin.layers.sources import sector_catalogue

    source: Source = version[0]
    try:
        options = read_filter_options(source.open_layer(LAYER_PROJECTS), source.open_layer(LAYER_CITIES))
        sectors = sector_choices(sector_catalogue())
    except Exception as error:  # noqa: BLE001 — a dialog must open even when the data cannot be read
        log(tr("The choices of {} could not be read: {}").format(source_name(source), error))
        return DataChoices()
    groups = options.agency_groups()
    return DataChoices(
        sectors=sectors,
        donors=tuple((code, _named(code, name)) for code, name in options.donors),
        agencies=tuple((label, label) for label in groups.labels()),
        agency_groups=groups,
        countries=tuple((code, _named(code, name)) for code, name in options.countries),
        cities=tuple((city_id, name) for city_id, name in options.cities),
    )


def data_choices(read: bool = True) -> DataChoices:
    """The choices of the current data (read once per version of it); none without ``read`` or when unreadable."""
    if not read:
        return DataChoices()
    return _read(_version(source_holder().current()))


def forget_choices() -> None:
    """Read the choices again next time (the data source changed)."""
    _read.cache_clear()
