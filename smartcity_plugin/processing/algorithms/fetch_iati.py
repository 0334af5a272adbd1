"""smartcity:fetchiati — current IATI activities from d-portal or the IATI Datastore into the planner's data."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from smartcity_plugin.io.iati_query import ASEAN_MEMBERS, DATASTORE, SERVICE_NAMES, FetchQuery, split_codes
from smartcity_plugin.processing.algorithms.base import SmartCityAlgorithm
from smartcity_plugin.processing.algorithms.import_common import add_import_parameters, run_import
from smartcity_plugin.processing.choices import source_name
from smartcity_plugin.processing.fetch_choices import fetch_choices
from smartcity_plugin.processing.pick_lists import open_pick_list, pick_list, picked_codes
from smartcity_plugin.toolbelt.compat import NUMBER_INTEGER
from smartcity_plugin.toolbelt.i18n import tr

SERVICE, URL, AUTHCFG = "SERVICE", "URL", "AUTHCFG"
COUNTRIES, REPORTING_ORGS, SECTORS = "COUNTRIES", "REPORTING_ORGS", "SECTORS"
YEAR_FROM, YEAR_TO = "YEAR_FROM", "YEAR_TO"
QUERY = "QUERY"


class FetchIatiAlgorithm(SmartCityAlgorithm):
    """Fetch the activities of a query page by page and add or update them as projects."""

    GROUP_ID = "dataexchange"

    def name(self) -> str:  # noqa: D102
        return "fetchiati"

    def displayName(self) -> str:  # noqa: N802, D102
        return tr("Fetch IATI activities")

    def shortHelpString(self) -> str:  # noqa: N802, D102
        return tr(
            "Asks d-portal (no key) or the IATI Datastore (a free subscription key, kept in a QGIS "
            "authentication configuration) for the activities of the chosen recipient countries, reporting "
            "organisations, sectors and years, page after page until the service sends an empty page, through "
            "QGIS's network settings (proxy, SSL). The activities go through the same checks and upsert as an "
            "IATI file: new ones are added, known ones (by iati-identifier) updated, fields the planner curates "
            "kept. Every record names the service and the query as its source, the retrieval date as 'as of', "
            "and the activity's own last update in its notes. The GeoPackage or registry is only changed once "
            "the whole fetch succeeded: a cancel, no network, a server error, a timeout, a cut-off page or a "
            "refused key leave it as it was. Sectors: 5-digit DAC codes or the plugin's sectors (through its "
            "crosswalk). Years: activities running at some time between the two years."
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802, D102
        self.addParameter(QgsProcessingParameterEnum(SERVICE, tr("Service"), list(SERVICE_NAMES), defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            URL, tr("Service address (empty: the public one)"), optional=True))
        self.addParameter(QgsProcessingParameterAuthConfig(
            AUTHCFG, tr("Authentication configuration holding the IATI Datastore key"), optional=True))
        choices = fetch_choices(self.with_choices)
        self.addParameter(pick_list(
            COUNTRIES, tr("Recipient countries (ISO codes; empty: all)"), choices.countries, default=ASEAN_MEMBERS))
        self.addParameter(open_pick_list(
            REPORTING_ORGS, tr("Reporting organisations (IATI identifiers; empty: all)"), choices.reporting_orgs))
        self.addParameter(pick_list(
            SECTORS, tr("Sectors (5-digit DAC codes, or sectors of {} through their DAC codes; empty: all)").format(
                source_name()), choices.sectors))
        for name, label in ((YEAR_FROM, tr("Running in or after the year")),
                            (YEAR_TO, tr("Started by the end of the year"))):
            self.addParameter(QgsProcessingParameterNumber(
                name, label, NUMBER_INTEGER, optional=True, minValue=1950, maxValue=2100))
        add_import_parameters(self)
        self.addOutput(QgsProcessingOutputString(QUERY, tr("The query, to run it again")))

    def _text(self, parameters, name: str, context) -> str:
        """A pick list's codes as one comma-separated text, as planners typed them before it was one."""
        return ",".join(picked_codes(self, parameters, name, context))

    def query(self, parameters, context) -> FetchQuery:
        """The query the parameters describe (sectors through the crosswalk)."""
        from smartcity_plugin.io.iati_query import dac_codes_for
        from smartcity_plugin.layers.sources import sector_catalogue

        service = self.parameterAsEnum(parameters, SERVICE, context)
        sectors = split_codes(self._text(parameters, SECTORS, context), upper=False, spaces=False)
        try:
            dac = dac_codes_for(sectors, sector_catalogue())
        except ValueError as error:
            raise QgsProcessingException(tr(
                "Sector '{}' is neither a 5-digit DAC code nor a sector of the plugin with DAC codes.").format(
                error)) from error
        years = [self.parameterAsInt(parameters, name, context) if parameters.get(name) not in (None, "") else None
                 for name in (YEAR_FROM, YEAR_TO)]
        if years[0] is not None and years[1] is not None and years[0] > years[1]:
            raise QgsProcessingException(tr("The first year ({}) comes after the last ({}).").format(*years))
        url = self.parameterAsString(parameters, URL, context).strip()
        if url and not url.lower().startswith(("https://", "http://")):
            raise QgsProcessingException(tr("The service address must start with https:// or http://."))
        authcfg = self.parameterAsString(parameters, AUTHCFG, context).strip()
        if service == DATASTORE and not authcfg:
            raise QgsProcessingException(tr(
                "The IATI Datastore needs a subscription key: choose the QGIS authentication configuration that "
                "holds it (a free key from developer.iatistandard.org), or use d-portal, which needs none."))
        return FetchQuery(
            service=service, url=url, countries=split_codes(self._text(parameters, COUNTRIES, context)),
            reporting_orgs=split_codes(self._text(parameters, REPORTING_ORGS, context)),
            sectors=dac, year_from=years[0], year_to=years[1], authcfg=authcfg)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802, D102
        # Imported here: the importers are not loaded when QGIS starts.
        from smartcity_plugin.io.iati_fetch import fetch_iati

        query = self.query(parameters, context)
        results = run_import(self, parameters, context, feedback, lambda target, options, fb, on_problem: fetch_iati(
            query, target, options, fb, on_problem))
        results[QUERY] = query.to_json()
        return results
