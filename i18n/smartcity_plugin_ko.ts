<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
  <context>
    <name>SmartCityCooperation</name>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="22" />
      <source>{} and {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="29" />
      <source>since {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="31" />
      <source>until {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="37" />
      <source>the Mekong countries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="49" />
      <source>All cooperation projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="49" />
      <source>{} projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="52" />
      <source>funded by {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="54" />
      <source>through {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="56" />
      <location filename="../smartcity_plugin/core/describe.py" line="58" />
      <source>in {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="62" />
      <source>status: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="63" />
      <source>titles containing “{}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="71" />
      <source>US$ {:,.0f} to {:,.0f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="73" />
      <source>at least US$ {:,.0f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="75" />
      <source>at most US$ {:,.0f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="64" />
      <source>{} ({})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="70" />
      <source>Projects under the filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="71" />
      <source>Donors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="72" />
      <source>Sectors covered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="73" />
      <source>No project yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="74" />
      <location filename="../smartcity_plugin/gui/dock.py" line="74" />
      <source>US–Korea co-presence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="74" />
      <source>no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="74" />
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="75" />
      <source>Flood warning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="82" />
      <source>no coverage data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="85" />
      <source>inside {} warned area(s): {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="86" />
      <source>outside every warned area; the nearest is {:.0f} km away</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="91" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="95" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="126" />
      <source>ASCN status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="98" />
      <location filename="../smartcity_plugin/gui/results_table.py" line="26" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="129" />
      <source>Agency</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="98" />
      <location filename="../smartcity_plugin/gui/results_table.py" line="26" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="74" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="129" />
      <source>Donor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="98" />
      <source>Project</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="100" />
      <location filename="../smartcity_plugin/gui/results_table.py" line="26" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="76" />
      <source>Sector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="101" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="88" />
      <location filename="../smartcity_plugin/gui/results_table.py" line="26" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="78" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="112" />
      <source>Years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="102" />
      <source>USD</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="120" />
      <source>City cooperation profiles</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="132" />
      <source>City cooperation profile. {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="141" />
      <source>Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="47" />
      <source>the file could not be written (is the folder writable, the file open?)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="48" />
      <source>not enough memory for this size and resolution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="49" />
      <source>the printer could not be started</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="50" />
      <source>a layer could not be exported to SVG</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="51" />
      <source>the atlas could not be prepared</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="52" />
      <source>cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="54" />
      <source>unknown error {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="55" />
      <location filename="../smartcity_plugin/export/exporter.py" line="114" />
      <location filename="../smartcity_plugin/export/exporter.py" line="131" />
      <source>{}: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="64" />
      <source>{}: unknown format; use one of {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="66" />
      <location filename="../smartcity_plugin/export/exporter.py" line="111" />
      <location filename="../smartcity_plugin/export/exporter.py" line="129" />
      <source>{}: cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="114" />
      <location filename="../smartcity_plugin/export/exporter.py" line="131" />
      <source>the atlas could not be exported</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="66" />
      <source>Areas served by flood forecasting and warning systems, by funder, and the ASCN cities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="98" />
      <source>Sources: Smart City Cooperation Map dataset (CC BY 4.0), as of {as_of}: ASEAN, US-ASEAN Smart Cities Partnership, KOICA, MOLIT and the other sources cited per record. Boundaries: Natural Earth (public domain). Flood-warning coverage is approximate (provinces served or hand-drawn basins). Amounts as published; commercial investment is not aid.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="112" />
      <source>The layout template {} is missing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="115" />
      <source>The layout template {} is not valid XML.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="118" />
      <source>The layout template {} could not be loaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="128" />
      <source>The filter could not be applied to {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="180" />
      <source>Legend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="192" />
      <source>Map extent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="205" />
      <source>Exported {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="214" />
      <source>Unknown template {}; use one of {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="218" />
      <source>Smart City Cooperation map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="221" />
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="73" />
      <source>Smart city cooperation in ASEAN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/add_layers.py" line="20" />
      <location filename="../smartcity_plugin/gui/add_layers.py" line="40" />
      <source>Cooperation layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/add_layers.py" line="33" />
      <source>{} projects in {} ASCN cities, with flood-warning coverage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/add_layers.py" line="38" />
      <source>The group “{}” is complete; nothing was added.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="42" />
      <location filename="../smartcity_plugin/plugin.py" line="58" />
      <location filename="../smartcity_plugin/plugin.py" line="66" />
      <location filename="../smartcity_plugin/processing/provider.py" line="29" />
      <source>Smart City Cooperation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="71" />
      <source>Lenses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="75" />
      <source>Cities where both the United States and Korea work, and in which sectors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="76" />
      <source>Sector gaps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="76" />
      <source>Sectors with no project in the chosen cities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="77" />
      <source>ASCN cities outside every flood-warning coverage area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="77" />
      <source>Outside flood warning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="78" />
      <source>Cambodia, Laos, Myanmar, Thailand, Viet Nam</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="78" />
      <source>Mekong focal area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="86" />
      <location filename="../smartcity_plugin/plugin.py" line="88" />
      <source>Export map for a report…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="90" />
      <source>Filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="136" />
      <source>{}: the filter could not be applied ({}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="147" />
      <source>&lt;p&gt;The table lists the first {} of {} projects; narrow the filter to see the rest.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="52" />
      <source>Map, A4 landscape</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="52" />
      <source>Map, A4 portrait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="53" />
      <source>Map, A3 landscape</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="53" />
      <source>Map, A3 portrait</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="54" />
      <source>City cooperation profiles (atlas, one page per city)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="64" />
      <source>Export map for a report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="71" />
      <source>Cooperation projects, cities and flood-warning coverage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="72" />
      <source>Flood-warning coverage and the ASCN cities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="76" />
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="56" />
      <source>One file per city</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="83" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="65" />
      <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="88" />
      <source>Cancel export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="88" />
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="99" />
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="144" />
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="152" />
      <source>Export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="100" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="59" />
      <source>Contents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="101" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="90" />
      <location filename="../smartcity_plugin/gui/results_table.py" line="26" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="128" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="61" />
      <source>Title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="102" />
      <source>Formats</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="103" />
      <source>Resolution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="104" />
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="66" />
      <source>File</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="131" />
      <source>Choose a file and at least one format.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="136" />
      <source>Exporting {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="152" />
      <source>Written: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="21" />
      <source>Smart-city solution categories (ASEAN–Korea)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="22" />
      <source>Smart dimensions (Kearney)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="23" />
      <source>ASCN focus areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="44" />
      <source>Search cities…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="50" />
      <source>Words in the project title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="51" />
      <source>Reset</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="81" />
      <source>Sector list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="82" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="132" />
      <source>Sectors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="83" />
      <source>Donor countries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="84" />
      <source>Agencies</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="85" />
      <source>Recipient countries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="86" />
      <location filename="../smartcity_plugin/layers/group.py" line="59" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="131" />
      <source>ASCN cities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="87" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="79" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="132" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="89" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="80" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="114" />
      <source>Amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="66" />
      <source>The plugin now shows the bundled data.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="68" />
      <source>The plugin now shows {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="85" />
      <source>No catalogue address is set: enter it as {} in Settings ▸ Options ▸ Advanced. The plugin goes on with the data it has.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="94" />
      <source>Catalogue updated from {} (retrieved {}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="105" />
      <source>Use my GeoPackage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="106" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="60" />
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="81" />
      <source>GeoPackage (*.gpkg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="51" />
      <source>Import projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="56" />
      <source>IATI XML or CSV (*.xml *.csv *.txt *.tsv);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="63" />
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="84" />
      <source>Place them at their recipient country (precision 6)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="64" />
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="84" />
      <source>Keep them without geometry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="67" />
      <source>CSV only: field=column; … (recognised columns need none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="68" />
      <source>Columns…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="69" />
      <source>Show this GeoPackage in the plugin afterwards</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="71" />
      <source>Add the problems found to the map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="73" />
      <source>Cancel import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="73" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="161" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="164" />
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="85" />
      <source>IATI or CSV file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="86" />
      <source>Into GeoPackage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="87" />
      <source>Without coordinates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="88" />
      <source>CSV columns</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="127" />
      <source>Choose a file to import and a GeoPackage to import into.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="134" />
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="73" />
      <source>Mapping: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="160" />
      <source>the import was cancelled or failed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="167" />
      <source>Import problems: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_mapping.py" line="46" />
      <source>Columns of {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_mapping.py" line="57" />
      <source>Recognised columns are chosen already (HXL hashtags and field names). Choose a column for each field the file has.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_mapping.py" line="65" />
      <source>(not in the file)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_task.py" line="71" />
      <source>{} problems found in the projects.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="55" />
      <source>both in {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="56" />
      <source>in different sectors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="60" />
      <source>&lt;b&gt;US–Korea co-presence&lt;/b&gt;: {} cities where both work.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="76" />
      <source>every sector covered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="80" />
      <source>&lt;b&gt;Sector gaps&lt;/b&gt;: sectors with no project under the current filter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="97" />
      <source> — {:.0f} km to the nearest warned area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="101" />
      <source>&lt;b&gt;Outside flood warning&lt;/b&gt;: {} of {} ASCN cities lie outside every coverage area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="109" />
      <source>&lt;b&gt;Mekong focal area&lt;/b&gt;: projects in Cambodia, Laos, Myanmar, Thailand and Viet Nam.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="26" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="134" />
      <source>Amount (USD)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="26" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="77" />
      <source>Recipient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="84" />
      <location filename="../smartcity_plugin/gui/summary_view.py" line="36" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="50" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="113" />
      <source>not published</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="158" />
      <source>“{}” has no location on the map (an ASEAN-wide programme).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="18" />
      <source>US$ {:.2f} bn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="20" />
      <source>US$ {:.1f} M</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="22" />
      <source>US$ {:.0f} k</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="23" />
      <source>US$ {:.0f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="35" />
      <source>projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="36" />
      <source>published</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="43" />
      <source>Commercial investment (not aid)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="43" />
      <source>Grants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="43" />
      <source>Loans</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="44" />
      <source>In kind (MoUs, exchanges)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="44" />
      <source>Kind not known</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="50" />
      <source>&lt;b&gt;{} projects&lt;/b&gt; in &lt;b&gt;{} ASCN cities&lt;/b&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="57" />
      <source>Published amounts: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="57" />
      <location filename="../smartcity_plugin/io/catalogue.py" line="56" />
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="58" />
      <source>{} projects without a published amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="62" />
      <source>By donor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="63" />
      <source>By main sector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/widgets.py" line="132" />
      <location filename="../smartcity_plugin/gui/widgets.py" line="144" />
      <source>any</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/catalogue.py" line="48" />
      <source>only http(s) addresses can be downloaded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/catalogue.py" line="56" />
      <source>HTTP status {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/catalogue.py" line="57" />
      <source>download from {} failed ({}); the plugin goes on with the data it has.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/catalogue.py" line="62" />
      <source>the download from {} is incomplete ({} of {} bytes).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/catalogue.py" line="65" />
      <source>the download from {} is too large.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/catalogue.py" line="75" />
      <source>holds no SHA-256 checksum.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/catalogue.py" line="79" />
      <source>the checksum does not match ({} expected, {} received); the catalogue was not changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/catalogue.py" line="89" />
      <source>not the plugin's catalogue: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="26" />
      <source>Latitude and longitude swapped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="27" />
      <source>Point outside its recipient country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="28" />
      <source>Point at sea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="29" />
      <source>Percentages do not add up to 100</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="30" />
      <source>No source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="31" />
      <source>Duplicate id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="32" />
      <source>Date in the future</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="33" />
      <source>Unreadable value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="34" />
      <source>No id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="56" />
      <source>the id {} appears more than once.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="60" />
      <source>no source title or URL.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="75" />
      <source>latitude {:g} is impossible: latitude and longitude are swapped; the problem is shown where the point would be (latitude {:g}, longitude {:g}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="78" />
      <source>coordinates {:g}, {:g} are out of range.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="83" />
      <source>the point (latitude {:g}, longitude {:g}) lies outside {}; swapped, it lies inside: latitude and longitude are probably swapped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="91" />
      <source>the point (latitude {:g}, longitude {:g}) is at sea, more than {:g}° from any coast.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="95" />
      <source>no country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="96" />
      <source>the point (latitude {:g}, longitude {:g}) lies in {}, not in its recipient country {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="107" />
      <source>the source date {} is in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="109" />
      <source>the project is {} but starts in {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="111" />
      <source>the start year {} is implausibly far ahead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="113" />
      <source>the project is completed but ends in {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="115" />
      <source>the end year {} is implausibly far ahead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="34" />
      <source>no coordinate columns (latitude and longitude, or #geo+lat and #geo+lon) and no country column: the projects could not be placed. Name the columns in a mapping, e.g. latitude=Lat;longitude=Lon.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="38" />
      <source>a latitude column without a longitude column, or the reverse.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="40" />
      <source>no id, title or organisation column: nothing tells the projects apart. Map one, e.g. project_id=ID.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="58" />
      <location filename="../smartcity_plugin/io/importer.py" line="113" />
      <location filename="../smartcity_plugin/io/xml_stream.py" line="117" />
      <source>cancelled; nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="62" />
      <source>the table has headers but no data rows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="74" />
      <source>column {} ignored: another column feeds the same field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="45" />
      <source>line {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="73" />
      <source>{}: donor country '{}' is not a country code or name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="80" />
      <source>{}: recipient country '{}' is not a country code or name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="89" />
      <source>Status in the source: {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="94" />
      <source>Finance type in the source: {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="99" />
      <source>{}: '{}' has no year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="105" />
      <source>{}: amount '{}' is not a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="106" />
      <source>CSV file {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="125" />
      <source>Sectors without a category in the plugin's crosswalk: {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="133" />
      <source>{}: coordinates '{}', '{}' are not numbers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="137" />
      <source>{}: a latitude without a longitude or the reverse.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="152" />
      <source>Placed inside the admin-1 unit {} (Natural Earth).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="167" />
      <source>{}: precision '{}' is not an AidData code 1-8.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="172" />
      <source>a row with neither an id nor a title; it was not imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="181" />
      <source>rows with the id {} have different titles ('{}', '{}').</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="37" />
      <source>column {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="50" />
      <source>line {}: {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="58" />
      <source>line {} is not {} text (byte 0x{:02x}); save the file as UTF-8 or give its encoding.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="66" />
      <location filename="../smartcity_plugin/io/store.py" line="44" />
      <location filename="../smartcity_plugin/io/xml_stream.py" line="78" />
      <source>the file does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="68" />
      <location filename="../smartcity_plugin/io/xml_stream.py" line="81" />
      <source>the file is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="76" />
      <source>unknown encoding {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="78" />
      <source>this is not a text file (it holds NUL bytes).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="86" />
      <source>not a readable CSV table ({}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="88" />
      <source>the file holds no rows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="130" />
      <source>the mapping names a column '{}' the file does not have (columns: {}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="143" />
      <source>'{}' is not a field=column pair.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="145" />
      <source>'{}' is not a field the importer knows (fields: {}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/exports.py" line="42" />
      <location filename="../smartcity_plugin/io/iati_export.py" line="125" />
      <location filename="../smartcity_plugin/io/iati_export.py" line="147" />
      <source>cannot be written ({}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="53" />
      <source>{}: {} of {} have no percentage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="56" />
      <source>{}: the percentages add up to {:g}, not 100.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="74" />
      <source>the activity at line {} has no iati-identifier; it was not imported.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="89" />
      <source>Imported from the IATI file {} on {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="108" />
      <source>Donor country left empty: no funding or reporting organisation identifier starts with a country code ({}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="109" />
      <source>no identifiers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="115" />
      <source>accountable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="115" />
      <source>extending</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="115" />
      <source>funding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="115" />
      <source>implementing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="119" />
      <source>IATI participating organisations: {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="126" />
      <source>IATI activity status {} ({}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="133" />
      <source>actual end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="133" />
      <source>actual start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="133" />
      <source>planned end</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="133" />
      <source>planned start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="136" />
      <source>IATI dates: {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="139" />
      <source>IATI last updated {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="146" />
      <source>recipient countries and regions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="150" />
      <source>IATI recipients: {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="163" />
      <source>sectors of vocabulary {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="168" />
      <source>vocabulary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="171" />
      <source>IATI sectors without a category in the plugin's crosswalk: {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="187" />
      <source>Finance type unknown: IATI finance type {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="187" />
      <source>not given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="202" />
      <source>IATI activity file {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="225" />
      <source>extension field {} = '{}' is not a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_export.py" line="54" />
      <source>Smart City Cooperation Map (compiled from the sources cited)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_export.py" line="143" />
      <source>writing failed ({}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_location.py" line="64" />
      <source>admin {} level {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_location.py" line="73" />
      <source>location position '{}' is not two numbers (latitude longitude).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_location.py" line="77" />
      <source>location coordinates are not numbers.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_location.py" line="89" />
      <source>unnamed location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="52" />
      <source>IATI totals per currency (not converted): {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="55" />
      <source>amount_usd is the sum of the {} in USD.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="57" />
      <source>amount_usd is empty: the {} are not all in USD and no exchange rate is applied.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="74" />
      <source>A {} value '{}' is not a number and was left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="53" />
      <source>{}: {} records read into {}: {} added, {} updated, {} skipped. Locations: {} with coordinates, {} placed at their recipient country, {} without location.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="59" />
      <source>{} problems: {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="62" />
      <source>No problems found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="76" />
      <source>No coordinates in the source: placed inside {} at the country's centre (Natural Earth), precision 6 (country).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="82" />
      <source>No coordinates in the source; no geometry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="121" />
      <source>locations for {}, which is not among the projects; skipped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="33" />
      <source>{} failed: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="50" />
      <source>this is not a GeoPackage.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="53" />
      <source>this GeoPackage is not the plugin's data: it has no layer {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="59" />
      <source>its projects layer lacks the fields {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="67" />
      <source>cannot be read ({}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="73" />
      <source>the copy of {} failed ({}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="92" />
      <source>the GeoPackage is being written by another program ({}); close its layers and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="95" />
      <source>the GeoPackage is being written by another program; close its layers and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="112" />
      <source>this is the plugin's bundled data, which is never changed; choose a GeoPackage of your own.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="115" />
      <source>the planner's data must be a .gpkg file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="123" />
      <source>opening the copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="164" />
      <source>writing {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="167" />
      <source>writing {} failed: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="179" />
      <source>writing the import log</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="189" />
      <source>saving</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="200" />
      <source>cannot be replaced ({}); close the programs that hold it open and try again. It is unchanged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="84" />
      <source>the file cannot be opened ({}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="119" />
      <source>the file declares a DTD, which IATI files never do; it is not read, for safety.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="124" />
      <source>the file holds no XML element.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="128" />
      <source>the file's root element is &lt;{}&gt;, not &lt;{}&gt;.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="140" />
      <source>the XML ends too early at line {}, column {} (a truncated or incomplete file?).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="142" />
      <source>the text at line {}, column {} is not in the file's declared encoding (UTF-8 unless the file says otherwise); save the file as UTF-8.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="145" />
      <source>malformed XML at line {}, column {}: {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/group.py" line="60" />
      <source>Cooperation projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/group.py" line="61" />
      <source>Flood-warning coverage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/group.py" line="62" />
      <source>Countries (Natural Earth)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/group.py" line="168" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="128" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="80" />
      <source>Projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="43" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="140" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="44" />
      <source>as of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="58" />
      <source>open</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="75" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="130" />
      <source>Partners</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="81" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="134" />
      <source>Kind of finance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="82" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="134" />
      <source>Amount note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="83" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="136" />
      <source>Other claims</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="84" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="135" />
      <source>Location precision</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="94" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="125" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="142" />
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="96" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="127" />
      <source>Focus areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="97" />
      <source>Projects on the map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="98" />
      <source>Note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="108" />
      <source>Funder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="109" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="138" />
      <source>Implementer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="110" />
      <source>Area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="111" />
      <source>System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="113" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="139" />
      <source>Stations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="115" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="139" />
      <source>Coverage drawn from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="124" />
      <source>City id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="124" />
      <source>Local name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="124" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="125" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="142" />
      <source>Country code</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="126" />
      <source>Year joined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="127" />
      <source>Status confidence</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="128" />
      <source>Project id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="129" />
      <source>Donor country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="130" />
      <source>Recipient country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="131" />
      <source>Main sector</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="132" />
      <source>OECD DAC codes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="133" />
      <source>End year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="133" />
      <source>Start year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="135" />
      <source>Location note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="136" />
      <source>System id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="137" />
      <source>Basin or area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="137" />
      <source>System type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="138" />
      <source>Funder country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="140" />
      <source>How the coverage was drawn</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="141" />
      <source>As of</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="141" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="141" />
      <source>Source address</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="50" />
      <source>The Processing provider 'smartcity' could not be registered.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="71" />
      <source>Add cooperation layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="73" />
      <source>Add the ASCN cities, cooperation projects and flood-warning coverage, styled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="79" />
      <source>Cooperation dock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="81" />
      <source>Filter by sector, donor, country and years, with live totals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="90" />
      <source>The current filter as a finished map or city profiles: PDF, PNG or SVG</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="96" />
      <source>Filter cooperation projects…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="98" />
      <source>Select projects by sector, donor, country and years into a new layer (Processing)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="103" />
      <source>Import projects (IATI, CSV)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="104" />
      <source>Add projects from an IATI file or a CSV table to your own GeoPackage, with checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="108" />
      <source>Check projects…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="109" />
      <source>Find swapped coordinates, points outside their country, missing sources (Processing)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="113" />
      <source>Use my GeoPackage…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="114" />
      <source>Show your own GeoPackage (made by an import) instead of the bundled data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="118" />
      <source>Use the bundled data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="119" />
      <source>Show the data that comes with the plugin again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="122" />
      <source>Update the catalogue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="123" />
      <source>Download the newest project catalogue from the address in the settings (checked before use)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="128" />
      <source>Help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="128" />
      <source>Open the plugin's help</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="39" />
      <source>Check cooperation projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="42" />
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="40" />
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="32" />
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="25" />
      <source>Data exchange</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="48" />
      <source>Checks every project: latitude and longitude swapped; a point outside its recipient country (Natural Earth, with 0.2° of tolerance on coasts, as for the bundled data); a point at sea; no source title or URL; an id used twice; dates in the future (a completed project ending later than this year, a running one starting later, a source dated ahead). Percentages are checked on import, where the file still has them. Each problem becomes a point (where the project is, or where a swapped point would be) with the project id, the check and a message. Without an input layer the plugin's active data is checked.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="63" />
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="59" />
      <source>Projects layer (empty: the plugin's data)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="66" />
      <source>Number of problems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="75" />
      <source>the checks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="78" />
      <source>The problems layer could not be created.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="92" />
      <source>{} problems found{}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="67" />
      <source>Cooperation matrix (city × donor × sector)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="70" />
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="39" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="50" />
      <source>Analysis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="76" />
      <source>&lt;p&gt;For each ASCN city, from the projects that match the filter (same criteria as Filter cooperation projects): projects and US dollars per donor (us_projects, us_usd, kr_projects …) and dollars per kind of finance (finance_grant_usd, finance_loan_usd, finance_commercial_usd …), the presentation's sector categories covered and not covered (a solution counts for its category; ascn.* tags do not count), whether both the US and Korea work there (us_korea), the categories where both work (shared_sectors) and a cooperation opening score. The second output is a table with one row per city and category.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Counting.&lt;/b&gt; A project counts for every city in its city_ids; projects naming no city count for none. Money is not split: a project naming several cities adds its whole amount to each (multi_city_projects says how many such projects a city has), so never add city amounts across cities. In the table, a project tagged with several categories counts in each, so do not add its rows either. There is no grand total of dollars: commercial investment is not aid, so money is shown per donor and per kind of finance. A dollar column is empty when no counted project publishes an amount; without_amount counts the projects whose amount is unknown.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Opening score&lt;/b&gt; = {shared} × S + {one} × O + {gap} × G × F, where S is the number of categories where both the US and Korea work (coordinate now), O the number where only one of them works (the other could join), G the number of categories no donor covers, and F is 1 when the US or Korea has any project in the city, otherwise 0 (a gap counts only where one of them has a foothold). It ranges from 0 to 16 for eight categories.&lt;/p&gt;&lt;p&gt;With a sector filter, coverage and gaps describe the filtered projects only. With a city filter, only those cities are listed. Empty layer parameters use the plugin's bundled projects and ASCN cities; other layers need the same fields (projects: the filter fields and sector_primary; cities: city_id).&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="111" />
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="66" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="88" />
      <source>Projects layer (empty: the bundled projects)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="114" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="86" />
      <source>Cities layer (empty: the bundled ASCN cities)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="118" />
      <source>City cooperation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="120" />
      <source>City × sector matrix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="121" />
      <source>Cities where both the US and Korea work</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="122" />
      <source>Matching projects that name a listed city</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="130" />
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="92" />
      <source>Filter: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="148" />
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="149" />
      <source>the analysis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="157" />
      <source>Unknown city id: {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="177" />
      <source>The outputs could not be created.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="196" />
      <source>{} cities, {} matching projects name one of them, {} with both US and Korean projects.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="203" />
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="100" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="143" />
      <source>Writing the output failed: {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="31" />
      <source>Export city cooperation profiles (atlas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="34" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="33" />
      <source>Maps for reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="43" />
      <source>Exports one A4 page per ASCN city that the filter keeps (its recipient countries and cities): the city on a map, its ASCN status, the donors and sectors of its projects under the filter, the sectors with no project yet, US–Korea co-presence, whether it lies inside a flood-warning coverage area (or how far the nearest is), and a table of its projects. One PDF, or with 'One file per city' a folder of PDFs named after the cities, beside the chosen file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="58" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="63" />
      <source>Resolution (dpi)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="59" />
      <source>PDF (*.pdf)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="59" />
      <source>Profiles (PDF)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="60" />
      <source>Number of city pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="66" />
      <source>{}: the profiles are written as PDF (.pdf).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="72" />
      <source>No ASCN city matches the filter: nothing to export.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="73" />
      <source>{} city pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="77" />
      <source>{} files in {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="30" />
      <source>Export cooperation map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="43" />
      <source>Exports a finished map of the bundled cooperation data: title, a subtitle that says the filter in words, the map, a legend of what is visible, scale bar, north arrow, an inset of ASEAN, sources with the dataset's as-of date, and the export date. The filter parameters are those of 'Filter cooperation projects'. The format follows the file name: .pdf, .png or .svg. Templates: A4 or A3, landscape or portrait. Contents: the cooperation layers, or flood-warning coverage with the ASCN cities. The file is written completely or not at all.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="57" />
      <source>Page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="65" />
      <source>Map file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="71" />
      <source>{}: the map file must end in .pdf, .png or .svg.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="37" />
      <source>Export projects (CSV with HXL, GeoJSON, IATI XML)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="46" />
      <source>Writes the projects that match the filter: CSV with a header row and an HXL hashtag row (one row per project, so money is counted once; all locations in the locations_wkt column), GeoJSON (one MultiPoint feature per project), or IATI 2.03 XML (standard elements plus every field in the plugin's own namespace). The plugin's importers read all three back as they were. The IATI file is a compilation, not an official IATI publication.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="63" />
      <source>CSV with HXL hashtags</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="63" />
      <source>Format</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="63" />
      <source>GeoJSON</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="63" />
      <source>IATI XML 2.03</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="66" />
      <source>CSV (*.csv);;GeoJSON (*.geojson);;IATI XML (*.xml)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="67" />
      <source>Number of projects written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="73" />
      <source>the export</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="97" />
      <source>{} projects written to {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="36" />
      <source>Filter cooperation projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="45" />
      <source>Keeps the cooperation projects that match every criterion given; an empty criterion matches everything. Lists are comma-separated codes. Sectors may be given in any taxonomy: the presentation's categories (water, mobility, energy, security, health, waste, egov, participation; a category includes its solutions), Kearney's dimensions (kearney.smart_environment …) or ASCN focus areas (ascn.quality_environment …), which stand for the categories they correspond to. A project matches a year range when its years overlap it (no end year: still running); projects without known years or amounts drop out when a year or amount range is set. Without an input layer the plugin's bundled projects are used; any layer with the same fields works.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="73" />
      <source>Filtered projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="75" />
      <source>Number of matching projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="87" />
      <source>The output layer could not be created.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="105" />
      <source>{} projects match.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="47" />
      <source>Flood-warning coverage of cities and projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="56" />
      <source>For each ASCN city and/or cooperation project: the flood forecasting and warning areas it lies in (covered, inside_count, inside_systems), their funders (funders), the nearest area (nearest_system) and the distance to it in kilometres (distance_km, 0 when inside), and the distance to the nearest area of each funder (km_to_kr, km_to_jp …). A project with several locations takes its nearest location. Distances are geodesic, on the WGS 84 ellipsoid, not in degrees: each point gets an azimuthal equidistant projection centred on it, in which the planar distance from the centre is the geodesic distance; coverage edges are densified every {} degrees first. A point on an area's edge counts as inside. Features without geometry (ASEAN-wide programmes) get empty values. Coverage areas are only as exact as their geometry_basis (admin-1 unions, hand-drawn basins, whole countries). Empty layer parameters use the plugin's bundled cities, projects and coverage; other layers need the fields city_id (cities), project_id (projects) and system_id, funder_country (coverage).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="79" />
      <source>Analyse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="80" />
      <source>Cities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="80" />
      <source>Cities and projects</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="90" />
      <source>Flood-warning coverage (empty: the bundled coverage)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="93" />
      <source>Cities and flood coverage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="96" />
      <source>Projects and flood coverage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="98" />
      <source>Cities outside every coverage area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="99" />
      <source>Projects outside every coverage area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="114" />
      <source>The coverage layer lacks the fields the analysis needs: {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="118" />
      <source>{} lacks the id field {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="121" />
      <source>The coverage layer has no areas: every distance stays empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="130" />
      <source>The output {} could not be created.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="148" />
      <source>{}: {} outside every coverage area.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="39" />
      <source>Projects added</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="39" />
      <source>Projects updated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="39" />
      <source>Records read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="40" />
      <source>Projects with coordinates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="40" />
      <source>Records skipped</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="41" />
      <source>Projects placed at their country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="41" />
      <source>Projects without location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="42" />
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="66" />
      <source>Problems found</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="80" />
      <source>Planner's GeoPackage (created from the bundled data when new, else updated)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="83" />
      <source>Projects without coordinates</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="89" />
      <source>Import report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="29" />
      <source>Import projects from CSV (HXL, 3W, AidData)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="38" />
      <source>Reads a CSV table into the planner's GeoPackage (created from the bundled data when new). Columns with HXL hashtags (#activity+name, #org+funder, #org+impl, #sector, #country+code, #adm1+name, #geo+lat, #geo+lon, #date+start, #date+end, #status, #value+usd …) and columns named like the projects' fields are recognised on their own. Other columns are named in the mapping as field=column pairs separated by ; or new lines, e.g. title=Project name;latitude=Lat;longitude=Lon (a column is named by its header, its HXL tag or its number; field=- ignores a recognised column). A table with only project_id, latitude, longitude and precision_code (AidData) sets the locations of projects already in the GeoPackage. Rows sharing an id are one project at several places; tables without ids get stable ones from organisation, activity, sector, country and start. Every project is checked as in the IATI import.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="56" />
      <source>CSV table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="57" />
      <source>CSV (*.csv *.txt *.tsv);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="59" />
      <source>Column mapping (field=column; …)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="61" />
      <source>Encoding</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="22" />
      <source>Import IATI activities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="31" />
      <source>Reads an IATI activity file (versions 2.01-2.03 and 1.0x) as it streams, so large files take little memory, and adds its activities to the planner's GeoPackage, or updates them when their iati-identifier is there already. A new GeoPackage starts as a copy of the bundled data; the bundled file is never changed, and the planner's file is only replaced once the whole import has succeeded. Locations are read latitude first, as IATI writes them; activities without coordinates are placed at their recipient country or kept without geometry. DAC sectors are mapped to the plugin's categories through its crosswalk; amounts are summed per currency and never converted. Every activity is checked (swapped coordinates, points outside the recipient country or at sea, percentages, sources, duplicate ids, future dates); the problems form a point layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="49" />
      <source>IATI activity file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="50" />
      <source>IATI XML (*.xml *.XML);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="47" />
      <source>Title contains</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/inputs.py" line="21" />
      <source>The layer {} could not be read.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/inputs.py" line="37" />
      <source>{} lacks the fields {} needs: {}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/inputs.py" line="38" />
      <source>the filter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/inputs.py" line="50" />
      <source>Unknown sector: {}. Use codes such as water, mobility, kearney.smart_energy or ascn.quality_environment (see the plugin's sectors table).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/provider.py" line="32" />
      <source>Smart City Cooperation Map {}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="2" />
      <source>Security</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="3" />
      <source>Health care</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="4" />
      <source>Mobility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="5" />
      <source>Energy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="6" />
      <source>Water</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="7" />
      <source>Waste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="8" />
      <source>E-Government</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="9" />
      <source>Participation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="10" />
      <source>1.1 Road Depression Monitoring</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="11" />
      <source>1.2 Climate Risk Management</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="12" />
      <source>1.3 Real-time Response System for Accidents</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="13" />
      <source>1.4 Safety Check for Public Structures</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="14" />
      <source>1.5 Maritime Safety System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="15" />
      <source>2.1 Emergency Patient Management System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="16" />
      <source>2.2 Elderly Care System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="17" />
      <source>2.3 Air Quality Monitoring System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="18" />
      <source>2.4 Remote Diagnostic System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="19" />
      <source>3.1 Tunnel Violation Enforcement Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="20" />
      <source>3.2 Smart Parking Information System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="21" />
      <source>3.3 Driving Danger Warning System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="22" />
      <source>3.4 Illegal Parking Enforcement System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="23" />
      <source>3.5 Bicycle Sharing Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="24" />
      <source>3.6 Ships Navigation Support System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="25" />
      <source>3.7 Bus Information System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="26" />
      <source>3.8 Public Transport Fare Integration System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="27" />
      <source>4.1 Zero Energy House</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="28" />
      <source>4.2 Smart Lamp Post</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="29" />
      <source>4.3 Electricity Bill Management Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="30" />
      <source>5.1 Smart Water Supply System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="31" />
      <source>5.2 Smart Water Metering System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="32" />
      <source>5.3 Fountain Water Quality Information System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="33" />
      <source>5.4 Smart Water Treatment System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="34" />
      <source>5.5 Intelligent Wastewater Treatment System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="35" />
      <source>5.6 Pipeline Leakage Management System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="36" />
      <source>6.1 Mobile Payment System for Waste Disposal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="37" />
      <source>6.2 Carton Recycling Reward Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="38" />
      <source>6.3 Smart Trash Bin Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="39" />
      <source>7.1 Cadastral Resurvey Service Using Drones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="40" />
      <source>7.2 Interactive Legal Knowledge Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="41" />
      <source>7.3 Cultural Heritage Management Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="42" />
      <source>7.4 Digital Tax Payment Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="43" />
      <source>7.5 AI Math Education Platform (KnowRe)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="44" />
      <source>7.6 Open GIS Platform</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="45" />
      <source>7.7 Digital Land use and Building Permit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="46" />
      <source>7.8 Online Self-Diagnosis of Permit Process</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="47" />
      <source>8.1 Blockchain-based Local Currency Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="48" />
      <source>8.2 Blockchain-based Voting System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="49" />
      <source>8.3 Smart VOC Management System</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="50" />
      <source>8.4 Citizen Participation Platform (Wemap)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="51" />
      <source>8.5 Digital Citizen Service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="52" />
      <source>Smart energy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="53" />
      <source>Smart environment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="54" />
      <source>Smart transport</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="55" />
      <source>Smart IT</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="56" />
      <source>Smart buildings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="57" />
      <source>Smart healthcare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="58" />
      <source>Civic &amp; social</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="59" />
      <source>Health &amp; well-being</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="60" />
      <source>Safety &amp; security</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="61" />
      <source>Quality environment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="62" />
      <source>Built infrastructure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="63" />
      <source>Industry &amp; innovation</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Brunei</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Cambodia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Indonesia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Laos</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Malaysia</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Myanmar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Philippines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Singapore</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Thailand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Viet Nam</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Timor-Leste</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>United States</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Korea</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Japan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>China</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Multilateral</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>the Philippines</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>the United States</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>ongoing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>completed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>unknown</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
