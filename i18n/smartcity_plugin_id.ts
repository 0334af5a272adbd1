<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
  <context>
    <name>SmartCityCooperation</name>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="22" />
      <source>{} and {}</source>
      <translation>{} dan {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="29" />
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="90" />
      <source>since {}</source>
      <translation>sejak {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="31" />
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="90" />
      <source>until {}</source>
      <translation>hingga {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="37" />
      <source>the Mekong countries</source>
      <translation>negara-negara Mekong</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="49" />
      <source>All cooperation projects</source>
      <translation>Semua proyek kerja sama</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="49" />
      <source>{} projects</source>
      <translation>Proyek {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="52" />
      <source>funded by {}</source>
      <translation>didanai oleh {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="54" />
      <source>through {}</source>
      <translation>melalui {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="56" />
      <location filename="../smartcity_plugin/core/describe.py" line="58" />
      <source>in {}</source>
      <translation>di {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="62" />
      <source>status: {}</source>
      <translation>status: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="63" />
      <source>titles containing “{}”</source>
      <translation>judul memuat “{}”</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="71" />
      <source>US$ {:,.0f} to {:,.0f}</source>
      <translation>US$ {:,.0f} hingga {:,.0f}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="73" />
      <source>at least US$ {:,.0f}</source>
      <translation>minimal US$ {:,.0f}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="75" />
      <source>at most US$ {:,.0f}</source>
      <translation>maksimal US$ {:,.0f}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="58" />
      <source>no coverage data</source>
      <translation>tidak ada data cakupan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="61" />
      <source>inside {} warned area(s): {}</source>
      <translation>di dalam {} area peringatan: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="62" />
      <source>outside every warned area; the nearest is {:.0f} km away</source>
      <translation>di luar semua area peringatan; yang terdekat berjarak {:.0f} km</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="74" />
      <location filename="../smartcity_plugin/export/atlas.py" line="97" />
      <source>{} ({})</source>
      <translation>{} ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="76" />
      <source>not rated ({})</source>
      <translation>belum dinilai ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="103" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="244" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="306" />
      <source>ASCN status</source>
      <translation>Status ASCN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="104" />
      <source>Projects under the filter</source>
      <translation>Proyek sesuai filter</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="105" />
      <source>Donors</source>
      <translation>Donor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="106" />
      <source>Sectors covered</source>
      <translation>Sektor yang tercakup</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="107" />
      <source>No project yet</source>
      <translation>Belum ada proyek</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="108" />
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="20" />
      <source>US–Korea co-presence</source>
      <translation>Kehadiran bersama AS–Korea</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="108" />
      <source>no</source>
      <translation>tidak</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="108" />
      <source>yes</source>
      <translation>ya</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="109" />
      <source>Confidence of the records</source>
      <translation>Tingkat keyakinan catatan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="110" />
      <source>Flood warning</source>
      <translation>Peringatan banjir</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="112" />
      <location filename="../smartcity_plugin/export/exporter.py" line="115" />
      <location filename="../smartcity_plugin/export/exporter.py" line="191" />
      <location filename="../smartcity_plugin/export/exporter.py" line="210" />
      <source>{}: {}</source>
      <translation>{}: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="134" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="91" />
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="136" />
      <location filename="../smartcity_plugin/gui/summary_view.py" line="70" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="129" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="180" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="292" />
      <source>not published</source>
      <translation>tidak dipublikasikan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="146" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="309" />
      <source>Agency</source>
      <translation>Lembaga</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="146" />
      <location filename="../smartcity_plugin/export/summary_table.py" line="150" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="211" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="309" />
      <source>Donor</source>
      <translation>Donor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="146" />
      <source>Project</source>
      <translation>Proyek</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="147" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="214" />
      <source>Sector</source>
      <translation>Sektor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="150" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="104" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="216" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="291" />
      <source>Years</source>
      <translation>Tahun</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="151" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="105" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="217" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="293" />
      <source>Amount</source>
      <translation>Nilai</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="151" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="218" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="296" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="315" />
      <source>Confidence</source>
      <translation>Tingkat keyakinan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="216" />
      <location filename="../smartcity_plugin/export/atlas.py" line="298" />
      <source>{} (continued)</source>
      <translation>{} (lanjutan)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="245" />
      <source>City cooperation profiles</source>
      <translation>Profil kerja sama kota</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="267" />
      <location filename="../smartcity_plugin/export/layouts.py" line="333" />
      <location filename="../smartcity_plugin/gui/dock.py" line="174" />
      <source>{} — lens: {}</source>
      <translation>{} — lensa: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="269" />
      <source>{} · City cooperation profile · {}</source>
      <translation>{} · Profil kerja sama kota · {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="270" />
      <source>City cooperation profile · {}</source>
      <translation>Profil kerja sama kota · {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="294" />
      <source>Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]</source>
      <translation>Halaman [% @atlas_featurenumber %] dari [% @atlas_totalfeatures %]</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="305" />
      <source>No project in this city matches the filter.</source>
      <translation>Tidak ada proyek di kota ini yang sesuai dengan filter.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="45" />
      <source>{}: this is a folder; choose a file name.</source>
      <translation>{}: ini adalah folder; pilih nama berkas.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="49" />
      <source>{}: the folder {} cannot be created ({}).</source>
      <translation>{}: folder {} tidak dapat dibuat ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="52" />
      <source>{}: the folder {} is read-only; choose another place.</source>
      <translation>{}: folder {} hanya-baca; pilih tempat lain.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="54" />
      <source>{}: the file is read-only; choose another name.</source>
      <translation>{}: berkas hanya-baca; pilih nama lain.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="75" />
      <source>{}: the file could not be written completely ({}); the earlier file, if any, is unchanged.</source>
      <translation>{}: berkas tidak dapat ditulis sepenuhnya ({}); berkas sebelumnya, jika ada, tidak berubah.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="78" />
      <source>{}: the file written is incomplete (is the disk full? {} free); the earlier file, if any, is unchanged.</source>
      <translation>{}: berkas yang ditulis tidak lengkap (disk penuh? {} tersisa); berkas sebelumnya, jika ada, tidak berubah.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="88" />
      <location filename="../smartcity_plugin/export/exporter.py" line="219" />
      <source>{}: cannot be replaced ({}).</source>
      <translation>{}: tidak dapat diganti ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="106" />
      <source>the file could not be written (is the folder writable, the file open?)</source>
      <translation>berkas tidak dapat ditulis (apakah folder dapat ditulisi, atau berkas sedang terbuka?)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="107" />
      <source>not enough memory for this size and resolution</source>
      <translation>memori tidak cukup untuk ukuran dan resolusi ini</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="108" />
      <source>the printer could not be started</source>
      <translation>printer tidak dapat dijalankan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="109" />
      <source>a layer could not be exported to SVG</source>
      <translation>sebuah layer tidak dapat diekspor ke SVG</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="110" />
      <source>the atlas could not be prepared</source>
      <translation>atlas tidak dapat disiapkan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="111" />
      <source>cancelled</source>
      <translation>dibatalkan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="114" />
      <source>unknown error {}</source>
      <translation>kesalahan tidak dikenal {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="124" />
      <source>{}: unknown format; use one of {}.</source>
      <translation>{}: format tidak dikenal; gunakan salah satu dari {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="126" />
      <location filename="../smartcity_plugin/export/exporter.py" line="188" />
      <location filename="../smartcity_plugin/export/exporter.py" line="208" />
      <source>{}: cancelled</source>
      <translation>{}: dibatalkan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="191" />
      <location filename="../smartcity_plugin/export/exporter.py" line="210" />
      <source>the atlas could not be exported</source>
      <translation>atlas tidak dapat diekspor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="203" />
      <source>{}: this is a file; the pages go into a folder of that name.</source>
      <translation>{}: ini adalah berkas; halaman-halaman disimpan dalam folder dengan nama itu.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="63" />
      <source>Areas served by flood forecasting and warning systems, by funder, and the ASCN cities</source>
      <translation>Wilayah yang dilayani sistem prakiraan dan peringatan dini banjir, menurut penyandang dana, serta kota-kota ASCN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="93" />
      <source>Sources: Smart City Cooperation Map contributors, CC BY 4.0, data as of {as_of}: a sourced record of documented cooperation, not a complete inventory (strongest for Korean and US smart-city and flood-warning work; thin for Chinese, Japanese, Australian and multilateral work and for amounts). Per-record sources in the data. Boundaries: Natural Earth (public domain). Flood-warning coverage is approximate (provinces served or hand-drawn basins). Amounts as published; commercial investment is not aid; a regional programme counts in each recipient country.</source>
      <translation>Sumber: kontributor Smart City Cooperation Map, CC BY 4.0, data per {as_of}: catatan bersumber tentang kerja sama yang terdokumentasi, bukan inventaris lengkap (paling kuat untuk proyek kota cerdas dan peringatan banjir Korea dan AS; tipis untuk kerja sama Tiongkok, Jepang, Australia dan multilateral serta untuk jumlah dana). Sumber per catatan ada di dalam data. Batas wilayah: Natural Earth (domain publik). Cakupan peringatan banjir bersifat perkiraan (provinsi yang dilayani atau DAS yang digambar tangan). Jumlah sesuai publikasi; investasi komersial bukan bantuan. Program regional dihitung di setiap negara penerima.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="125" />
      <source>The layout template {} is missing.</source>
      <translation>Templat tata letak {} tidak ditemukan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="128" />
      <source>The layout template {} is not valid XML.</source>
      <translation>Templat tata letak {} bukan XML yang valid.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="131" />
      <source>The layout template {} could not be loaded.</source>
      <translation>Templat tata letak {} tidak dapat dimuat.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="144" />
      <source>The filter could not be applied to {}.</source>
      <translation>Filter tidak dapat diterapkan pada {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="224" />
      <source>Cooperation
projects</source>
      <translation>Proyek
kerja sama</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="224" />
      <source>Main sector
(symbol shape)</source>
      <translation>Sektor utama
(bentuk simbol)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="225" />
      <source>ASCN cities
(size: number
of projects)</source>
      <translation>Kota ASCN
(ukuran: jumlah
proyek)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="226" />
      <source>National and
regional programmes
(countries)</source>
      <translation>Program nasional
dan regional
(negara)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="227" />
      <source>Flood-warning
coverage</source>
      <translation>Cakupan
peringatan banjir</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="280" />
      <source>Map extent</source>
      <translation>Luasan peta</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="302" />
      <source>{} Too many projects for a mark each: at every place each donor's projects share one mark, and the city symbol's size gives their number.</source>
      <translation>{} Terlalu banyak proyek untuk satu tanda per proyek: di setiap tempat, proyek-proyek satu donor berbagi satu tanda, dan ukuran simbol kota menunjukkan jumlahnya.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="305" />
      <source>Exported {}</source>
      <translation>Diekspor pada {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="312" />
      <source>Unknown template {}; use one of {}.</source>
      <translation>Templat {} tidak dikenal; gunakan salah satu dari {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="324" />
      <source>Smart City Cooperation map</source>
      <translation>Peta Kerja Sama Kota Cerdas</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="328" />
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="86" />
      <source>Smart city cooperation in ASEAN</source>
      <translation>Kerja sama kota cerdas di ASEAN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/sector_key.py" line="45" />
      <source>Main sector (symbol shape)</source>
      <translation>Sektor utama (bentuk simbol)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="29" />
      <source>Commercial (US$)</source>
      <translation>Komersial (US$)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="29" />
      <source>Grants (US$)</source>
      <translation>Hibah (US$)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="29" />
      <source>Loans (US$)</source>
      <translation>Pinjaman (US$)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="29" />
      <location filename="../smartcity_plugin/layers/group.py" line="205" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="308" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="73" />
      <source>Projects</source>
      <translation>Proyek</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="31" />
      <source>Other kinds (US$)</source>
      <translation>Jenis lain (US$)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="32" />
      <source>Projects without amount</source>
      <translation>Proyek tanpa nilai</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="55" />
      <location filename="../smartcity_plugin/gui/summary_view.py" line="95" />
      <source>By donor</source>
      <translation>Menurut donor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="55" />
      <location filename="../smartcity_plugin/gui/summary_view.py" line="96" />
      <source>By main sector</source>
      <translation>Menurut sektor utama</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="56" />
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="134" />
      <source>By recipient country</source>
      <translation>Menurut negara penerima</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="134" />
      <source>… {} more</source>
      <translation>… {} lainnya</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/add_layers.py" line="20" />
      <location filename="../smartcity_plugin/gui/add_layers.py" line="40" />
      <source>Cooperation layers</source>
      <translation>Layer kerja sama</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/add_layers.py" line="33" />
      <source>{} projects in {} ASCN cities, with flood-warning coverage.</source>
      <translation>{} proyek di {} kota ASCN, beserta cakupan peringatan banjir.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/add_layers.py" line="38" />
      <source>The group “{}” is complete; nothing was added.</source>
      <translation>Grup “{}” sudah lengkap; tidak ada yang ditambahkan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="50" />
      <location filename="../smartcity_plugin/plugin.py" line="67" />
      <location filename="../smartcity_plugin/plugin.py" line="75" />
      <location filename="../smartcity_plugin/plugin_options.py" line="19" />
      <location filename="../smartcity_plugin/processing/provider.py" line="53" />
      <source>Smart City Cooperation</source>
      <translation>Kerja Sama Kota Cerdas</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="72" />
      <source>Clear lens</source>
      <translation>Hapus lensa</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="89" />
      <source>Filter</source>
      <translation>Filter</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="175" />
      <source>Showing: {}.</source>
      <translation>Menampilkan: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="193" />
      <source>{}: the filter could not be applied ({}).</source>
      <translation>{}: filter tidak dapat diterapkan ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="206" />
      <source>&lt;p&gt;Too many projects for a mark each: at every place each donor's projects share one mark, and the city symbol's size gives their number.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Terlalu banyak proyek untuk satu tanda per proyek: di setiap tempat, proyek-proyek satu donor berbagi satu tanda, dan ukuran simbol kota menunjukkan jumlahnya.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="209" />
      <source>&lt;p&gt;The table lists the first {} of {} projects; narrow the filter to see the rest.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Tabel menampilkan {} pertama dari {} proyek; persempit filter untuk melihat sisanya.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="263" />
      <source>{}: the plugin's filter saved in this project cannot be used ({}); the dock starts with no filter.</source>
      <translation>{}: filter plugin yang tersimpan dalam proyek ini tidak dapat digunakan ({}); panel dimulai tanpa filter.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="264" />
      <source>the project</source>
      <translation>proyek</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="21" />
      <source>Cities where both the United States and Korea work, and in which sectors</source>
      <translation>Kota tempat Amerika Serikat dan Korea sama-sama bekerja, dan di sektor apa saja</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="22" />
      <source>Sector gaps</source>
      <translation>Kesenjangan sektor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="22" />
      <source>Sectors with no project in the chosen cities</source>
      <translation>Sektor tanpa proyek di kota-kota yang dipilih</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="23" />
      <source>ASCN cities outside every flood-warning coverage area</source>
      <translation>Kota ASCN di luar semua area cakupan peringatan banjir</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="23" />
      <source>Outside flood warning</source>
      <translation>Di luar peringatan banjir</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="24" />
      <source>Cambodia, Laos, Myanmar, Thailand, Viet Nam</source>
      <translation>Kamboja, Laos, Myanmar, Thailand, Vietnam</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="24" />
      <source>Mekong focal area</source>
      <translation>Kawasan fokus Mekong</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="35" />
      <source>Lenses</source>
      <translation>Lensa analisis</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="46" />
      <location filename="../smartcity_plugin/plugin_actions.py" line="33" />
      <source>Export map for a report…</source>
      <translation>Ekspor peta untuk laporan…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="50" />
      <source>Reload data</source>
      <translation>Muat ulang data</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="53" />
      <source>Read the data again: shows what others saved in the team registry since it was last loaded</source>
      <translation>Baca ulang data: menampilkan apa yang telah disimpan orang lain di registri tim sejak data terakhir dimuat</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="56" />
      <location filename="../smartcity_plugin/plugin_actions.py" line="43" />
      <source>Fetch IATI activities…</source>
      <translation>Ambil aktivitas IATI…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="58" />
      <source>Current activities of chosen donors and countries from d-portal or the IATI Datastore</source>
      <translation>Aktivitas terkini dari donor dan negara yang dipilih dari d-portal atau IATI Datastore</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="59" />
      <source>Map, A4 landscape</source>
      <translation>Peta, A4 lanskap</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="59" />
      <source>Map, A4 portrait</source>
      <translation>Peta, A4 potret</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="60" />
      <source>Map, A3 landscape</source>
      <translation>Peta, A3 lanskap</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="60" />
      <source>Map, A3 portrait</source>
      <translation>Peta, A3 potret</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="61" />
      <source>City cooperation profiles (atlas, one page per city)</source>
      <translation>Profil kerja sama kota (atlas, satu halaman per kota)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="77" />
      <source>Export map for a report</source>
      <translation>Ekspor peta untuk laporan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="84" />
      <source>Cooperation projects, cities and flood-warning coverage</source>
      <translation>Proyek kerja sama, kota, dan cakupan peringatan banjir</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="85" />
      <source>Flood-warning coverage and the ASCN cities</source>
      <translation>Cakupan peringatan banjir dan kota-kota ASCN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="89" />
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="59" />
      <source>One file per city</source>
      <translation>Satu berkas per kota</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="90" />
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="57" />
      <source>Leave out cities with no matching project</source>
      <translation>Lewati kota tanpa proyek yang sesuai</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="92" />
      <source>Every city the filter keeps</source>
      <translation>Semua kota sesuai filter</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="101" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="59" />
      <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
      <translation>PDF (*.pdf);;Gambar PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="107" />
      <source>Cancel export</source>
      <translation>Batalkan ekspor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="107" />
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="118" />
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="211" />
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="221" />
      <source>Export</source>
      <translation>Ekspor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="119" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="53" />
      <source>Contents</source>
      <translation>Isi</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="120" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="106" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="308" />
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="58" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="55" />
      <source>Title</source>
      <translation>Judul</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="121" />
      <source>Formats</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="122" />
      <source>City pages</source>
      <translation>Halaman kota</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="124" />
      <source>Resolution</source>
      <translation>Resolusi</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="125" />
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="83" />
      <source>File</source>
      <translation>Berkas</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="186" />
      <source>Replace files?</source>
      <translation>Ganti berkas?</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="186" />
      <source>These files exist and would be replaced:
{}</source>
      <translation>Berkas berikut sudah ada dan akan diganti:
{}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="195" />
      <source>Choose a file and at least one format.</source>
      <translation>Pilih berkas dan setidaknya satu format.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="203" />
      <source>Exporting {}</source>
      <translation>Mengekspor {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="220" />
      <source>Written: {}</source>
      <translation>Tersimpan: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="44" />
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="200" />
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="203" />
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="38" />
      <source>Fetch IATI activities</source>
      <translation>Ambil aktivitas IATI</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="60" />
      <source>other ISO codes, e.g. KR, JP</source>
      <translation>kode ISO lain, mis. KR, JP</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="65" />
      <source>other IATI organisation identifiers</source>
      <translation>pengenal organisasi IATI lain</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="72" />
      <source>or 5-digit DAC codes, e.g. 14020</source>
      <translation>atau kode DAC 5 digit, mis. 14020</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="79" />
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="148" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="61" />
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="84" />
      <source>GeoPackage (*.gpkg)</source>
      <translation>GeoPackage (*.gpkg)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="82" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="64" />
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="89" />
      <source>Place them at their recipient country (precision 6)</source>
      <translation>Tempatkan di negara penerimanya (presisi 6)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="83" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="65" />
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="89" />
      <source>Keep them without geometry</source>
      <translation>Biarkan tanpa geometri</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="84" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="73" />
      <source>Show this GeoPackage in the plugin afterwards</source>
      <translation>Tampilkan GeoPackage ini di plugin setelahnya</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="86" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="75" />
      <source>Add the problems found to the map</source>
      <translation>Tambahkan masalah yang ditemukan ke peta</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="89" />
      <source>Cancel fetch</source>
      <translation>Batalkan pengambilan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="89" />
      <source>Fetch</source>
      <translation>Ambil</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="101" />
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="55" />
      <source>Service</source>
      <translation>Layanan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="102" />
      <source>Address</source>
      <translation>Alamat</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="103" />
      <source>Key (IATI Datastore)</source>
      <translation>Kunci (IATI Datastore)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="104" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="101" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="355" />
      <source>Recipient countries</source>
      <translation>Negara penerima</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="105" />
      <source>Reporting organisations</source>
      <translation>Organisasi pelapor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="106" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="97" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="312" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="356" />
      <source>Sectors</source>
      <translation>Sektor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="107" />
      <source>Running between the years</source>
      <translation>Berjalan di antara tahun</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="109" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="91" />
      <source>Into GeoPackage</source>
      <translation>Ke GeoPackage</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="110" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="92" />
      <source>Without coordinates</source>
      <translation>Tanpa koordinat</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="156" />
      <source>Choose a GeoPackage to fetch into.</source>
      <translation>Pilih GeoPackage tujuan pengambilan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="159" />
      <source>The IATI Datastore needs a subscription key: choose the authentication configuration that holds it, or use d-portal, which needs none.</source>
      <translation>IATI Datastore memerlukan kunci langganan: pilih konfigurasi autentikasi yang menyimpannya, atau gunakan d-portal, yang tidak memerlukannya.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="199" />
      <source>the fetch was cancelled; the data was not changed.</source>
      <translation>pengambilan dibatalkan; data tidak diubah.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="28" />
      <source>Smart-city solution categories (ASEAN–Korea)</source>
      <translation>Kategori solusi kota cerdas (ASEAN–Korea)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="29" />
      <source>Smart dimensions (Kearney)</source>
      <translation>Dimensi cerdas (Kearney)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="30" />
      <source>ASCN focus areas</source>
      <translation>Bidang fokus ASCN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="51" />
      <source>Search cities…</source>
      <translation>Cari kota…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="57" />
      <source>Words in the project title</source>
      <translation>Kata dalam judul proyek</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="58" />
      <source>Reset</source>
      <translation>Atur ulang</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="96" />
      <source>Sector list</source>
      <translation>Daftar sektor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="99" />
      <source>Donor countries</source>
      <translation>Negara donor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="100" />
      <source>Agencies</source>
      <translation>Lembaga</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="102" />
      <location filename="../smartcity_plugin/layers/group.py" line="59" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="311" />
      <source>ASCN cities</source>
      <translation>Kota ASCN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="103" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="312" />
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="40" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="139" />
      <source>No sector of this list stands only for {}: the sector choice was cleared.</source>
      <translation>Tidak ada sektor dalam daftar ini yang hanya mewakili {}: pilihan sektor dihapus.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="141" />
      <source>{} said in this list covers less than before: check the sectors.</source>
      <translation>{} dalam daftar ini mencakup lebih sedikit dari sebelumnya: periksa sektornya.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="143" />
      <source>{} said in this list.</source>
      <translation>{} dalam daftar ini.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/iati_refresh.py" line="33" />
      <source>This project keeps no IATI query: fetch activities first (Fetch IATI activities…), save the project, and Refresh from IATI runs the query again.</source>
      <translation>Proyek ini tidak menyimpan kueri IATI: ambil aktivitas dulu (Ambil aktivitas IATI…), simpan proyek, lalu Segarkan dari IATI menjalankan kueri itu lagi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/iati_refresh.py" line="37" />
      <source>Refreshing {} IATI queries kept in the project.</source>
      <translation>Menyegarkan {} kueri IATI yang disimpan di proyek.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="63" />
      <source>The plugin now shows the bundled data.</source>
      <translation>Plugin kini menampilkan data bawaan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="65" />
      <location filename="../smartcity_plugin/processing/choices.py" line="65" />
      <source>The plugin now shows {}.</source>
      <translation>Plugin kini menampilkan {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="81" />
      <source>Updating the catalogue from {}</source>
      <translation>Memperbarui katalog dari {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="95" />
      <source>{}: the catalogue update failed ({}).</source>
      <translation>{}: pembaruan katalog gagal ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="115" />
      <source>No catalogue address is set: enter it as {} in Settings ▸ Options ▸ Advanced. The plugin goes on with the data it has.</source>
      <translation>Alamat katalog belum diatur: isikan sebagai {} di Pengaturan ▸ Opsi ▸ Lanjutan. Plugin tetap menggunakan data yang ada.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="122" />
      <source>{}: the catalogue update was cancelled; nothing was changed.</source>
      <translation>{}: pembaruan katalog dibatalkan; tidak ada yang berubah.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="125" />
      <source>Catalogue updated from {} (retrieved {}).</source>
      <translation>Katalog diperbarui dari {} (diambil {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="147" />
      <source>Use my GeoPackage</source>
      <translation>Gunakan GeoPackage saya</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="52" />
      <source>Import projects</source>
      <translation>Impor proyek</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="57" />
      <source>IATI XML or CSV (*.xml *.csv *.txt *.tsv);;All files (*)</source>
      <translation>IATI XML atau CSV (*.xml *.csv *.txt *.tsv);;Semua berkas (*)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="68" />
      <source>CSV only: field=column; … (recognised columns need none)</source>
      <translation>Khusus CSV: field=kolom; … (kolom yang dikenali tidak perlu)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="69" />
      <source>Columns…</source>
      <translation>Kolom…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="77" />
      <source>Cancel import</source>
      <translation>Batalkan impor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="77" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="187" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="190" />
      <source>Import</source>
      <translation>Impor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="89" />
      <source>IATI or CSV file</source>
      <translation>Berkas IATI atau CSV</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="93" />
      <source>CSV columns</source>
      <translation>Kolom CSV</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="152" />
      <source>Choose a file to import and a GeoPackage to import into.</source>
      <translation>Pilih berkas yang akan diimpor dan GeoPackage tujuan impor.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="159" />
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="66" />
      <source>Mapping: {}</source>
      <translation>Pemetaan kolom: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="186" />
      <source>the import was cancelled or failed.</source>
      <translation>impor dibatalkan atau gagal.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_mapping.py" line="46" />
      <source>Columns of {}</source>
      <translation>Kolom {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_mapping.py" line="57" />
      <source>Recognised columns are chosen already (HXL hashtags and field names). Choose a column for each field the file has.</source>
      <translation>Kolom yang dikenali sudah dipilih (tagar HXL dan nama field). Pilih kolom untuk setiap field yang ada di berkas.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_mapping.py" line="65" />
      <source>(not in the file)</source>
      <translation>(tidak ada di berkas)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_results.py" line="26" />
      <source>Into the team registry ({}), checked by its rules and audited</source>
      <translation>Ke registri tim ({}), diperiksa dengan aturannya dan dicatat dalam log audit</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_results.py" line="54" />
      <source>Import problems: {}</source>
      <translation>Masalah impor: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_task.py" line="71" />
      <source>{} problems found in the projects.</source>
      <translation>{} masalah ditemukan pada proyek.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="55" />
      <source>both in {}</source>
      <translation>keduanya di {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="56" />
      <source>in different sectors</source>
      <translation>di sektor yang berbeda</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="60" />
      <source>&lt;b&gt;US–Korea co-presence&lt;/b&gt;: {} cities where both work.</source>
      <translation>&lt;b&gt;Kehadiran bersama AS–Korea&lt;/b&gt;: {} kota tempat keduanya bekerja.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="76" />
      <source>every sector covered</source>
      <translation>semua sektor tercakup</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="80" />
      <source>&lt;b&gt;Sector gaps&lt;/b&gt;: sectors with no project under the current filter.</source>
      <translation>&lt;b&gt;Kesenjangan sektor&lt;/b&gt;: sektor tanpa proyek menurut filter saat ini.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="95" />
      <source> — {:.0f} km to the nearest warned area</source>
      <translation> — {:.0f} km ke area peringatan terdekat</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="99" />
      <source>&lt;b&gt;Outside flood warning&lt;/b&gt;: {} of {} ASCN cities lie outside every coverage area.</source>
      <translation>&lt;b&gt;Di luar peringatan banjir&lt;/b&gt;: {} dari {} kota ASCN berada di luar semua area cakupan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="107" />
      <source>&lt;b&gt;Mekong focal area&lt;/b&gt;: projects in Cambodia, Laos, Myanmar, Thailand and Viet Nam.</source>
      <translation>&lt;b&gt;Kawasan fokus Mekong&lt;/b&gt;: proyek di Kamboja, Laos, Myanmar, Thailand, dan Vietnam.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="25" />
      <source>Accept a plain-http catalogue address (a private network only)</source>
      <translation>Terima alamat katalog http biasa (hanya jaringan pribadi)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="30" />
      <source>Catalogue address</source>
      <translation>Alamat katalog</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="32" />
      <source>Export folder</source>
      <translation>Folder ekspor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="34" />
      <location filename="../smartcity_plugin/io/registry/store.py" line="39" />
      <location filename="../smartcity_plugin/processing/choices.py" line="55" />
      <source>the team registry ({})</source>
      <translation>registri tim ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="35" />
      <location filename="../smartcity_plugin/processing/choices.py" line="57" />
      <source>the bundled data</source>
      <translation>data bawaan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="36" />
      <source>Data shown: {} (change it in the Smart City Cooperation menu)</source>
      <translation>Data yang ditampilkan: {} (ubah di menu Kerja Sama Kota Cerdas)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/registry_source.py" line="22" />
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="54" />
      <source>"{}" ({})</source>
      <translation>"{}" ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/registry_source.py" line="38" />
      <source>The plugin now shows the team registry of "{}" (published {} by {}; data as of {}).</source>
      <translation>Plugin kini menampilkan registri tim dari "{}" (dipublikasikan {} oleh {}; data per {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/registry_source.py" line="41" />
      <source>Your database role {} may view and filter it but not edit it.</source>
      <translation>Peran basis data Anda, {}, dapat melihat dan memfilternya tetapi tidak dapat menyuntingnya.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/registry_source.py" line="52" />
      <source>QGIS has no saved PostgreSQL connection. Add one in Data Source Manager ▸ PostgreSQL (with an authentication configuration for the user name and password), then try again.</source>
      <translation>QGIS belum memiliki koneksi PostgreSQL tersimpan. Tambahkan koneksi di Pengelola Sumber Data ▸ PostgreSQL (Data Source Manager ▸ PostgreSQL), dengan konfigurasi autentikasi untuk nama pengguna dan kata sandi, lalu coba lagi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/registry_source.py" line="57" />
      <source>Use the team registry</source>
      <translation>Gunakan registri tim</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/registry_source.py" line="58" />
      <source>PostgreSQL connection of the registry:</source>
      <translation>Koneksi PostgreSQL registri:</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="314" />
      <source>Amount (USD)</source>
      <translation>Nilai (USD)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="215" />
      <source>Recipient</source>
      <translation>Penerima</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="124" />
      <source>Copy rows</source>
      <translation>Salin baris</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="125" />
      <source>Export table as CSV…</source>
      <translation>Ekspor tabel sebagai CSV…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="129" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="129" />
      <source>Export table as CSV</source>
      <translation>Ekspor tabel sebagai CSV</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="136" />
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="114" />
      <source>{} projects written to {}.</source>
      <translation>{} proyek ditulis ke {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="204" />
      <source>“{}” has no location on the map.</source>
      <translation>“{}” tidak memiliki lokasi di peta.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="232" />
      <source>“{}” is a national or regional programme in {}: its countries are outlined on the map.</source>
      <translation>“{}” adalah program nasional atau regional di {}: negara-negaranya diberi garis tepi di peta.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="36" />
      <source>commercial investment (not aid)</source>
      <translation>investasi komersial (bukan bantuan)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="36" />
      <source>grant</source>
      <translation>hibah</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="36" />
      <source>loan</source>
      <translation>pinjaman</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="37" />
      <source>in kind</source>
      <translation>nonmoneter</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="37" />
      <source>kind not known</source>
      <translation>jenis tidak diketahui</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="49" />
      <source>main sector {}</source>
      <translation>sektor utama {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="51" />
      <source>(matched on a secondary sector)</source>
      <translation>(cocok lewat sektor sekunder)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="58" />
      <source>a national or regional programme in {}</source>
      <translation>program nasional atau regional di {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="59" />
      <source>(no title)</source>
      <translation>(tanpa judul)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="70" />
      <source>&lt;b&gt;These amounts are made of {} projects&lt;/b&gt;, largest first:</source>
      <translation>&lt;b&gt;Nilai ini terdiri atas {} proyek&lt;/b&gt;, terbesar lebih dulu:</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="74" />
      <source>… and {} more with a published amount: sort the table by amount to see them.</source>
      <translation>… dan {} lagi dengan nilai yang dipublikasikan: urutkan tabel menurut nilai untuk melihatnya.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="83" />
      <source>Which projects make these amounts? List the largest of {}.</source>
      <translation>Proyek mana yang membentuk nilai ini? Tampilkan yang terbesar dari {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="98" />
      <source>Years ({}): a project counts when it runs in any of these years; it may have begun earlier or go on later.</source>
      <translation>Tahun ({}): proyek dihitung bila berjalan pada salah satu tahun ini; proyek bisa dimulai lebih awal atau berlanjut lebih lama.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="102" />
      <source>{} projects run into {} from earlier years.</source>
      <translation>{} proyek berjalan hingga {} dari tahun-tahun sebelumnya.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="105" />
      <source>{} projects go on after {}.</source>
      <translation>{} proyek berlanjut setelah {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="107" />
      <source>{} projects have no published end year and are taken as still running.</source>
      <translation>{} proyek tanpa tahun selesai yang dipublikasikan dianggap masih berjalan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="110" />
      <source>{} projects match on a secondary sector: their main sector is another (see By main sector).</source>
      <translation>{} proyek cocok lewat sektor sekunder: sektor utamanya lain (lihat Menurut sektor utama).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="121" />
      <source>Commercial</source>
      <translation>Komersial</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="121" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="40" />
      <source>Grants</source>
      <translation>Hibah</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="121" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="40" />
      <source>Loans</source>
      <translation>Pinjaman</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="121" />
      <location filename="../smartcity_plugin/layers/placement.py" line="203" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="67" />
      <source>Other</source>
      <translation>Lainnya</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="129" />
      <source>no country given</source>
      <translation>negara tidak disebut</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="132" />
      <source>A regional programme counts in each of its countries, so the rows add up to more than the total.</source>
      <translation>Program regional dihitung di setiap negaranya, sehingga jumlah baris melebihi total.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="135" />
      <location filename="../smartcity_plugin/gui/summary_view.py" line="69" />
      <source>projects</source>
      <translation>proyek</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="70" />
      <source>published</source>
      <translation>dipublikasikan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="81" />
      <source>&lt;b&gt;{} projects&lt;/b&gt; in &lt;b&gt;{} ASCN cities&lt;/b&gt;</source>
      <translation>&lt;b&gt;{} proyek&lt;/b&gt; di &lt;b&gt;{} kota ASCN&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="88" />
      <source>Published amounts: {}</source>
      <translation>Nilai yang dipublikasikan: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="88" />
      <location filename="../smartcity_plugin/io/download.py" line="128" />
      <source>none</source>
      <translation>tidak ada</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="89" />
      <source>{} projects without a published amount</source>
      <translation>{} proyek tanpa nilai yang dipublikasikan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/widgets.py" line="165" />
      <location filename="../smartcity_plugin/gui/widgets.py" line="177" />
      <location filename="../smartcity_plugin/processing/pick_widget.py" line="33" />
      <source>any</source>
      <translation>semua</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/catalogue.py" line="80" />
      <source>holds no SHA-256 checksum.</source>
      <translation>tidak memuat checksum SHA-256.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/catalogue.py" line="84" />
      <source>the checksum does not match ({} expected, {} received); the catalogue was not changed.</source>
      <translation>checksum tidak cocok (diharapkan {}, diterima {}); katalog tidak diubah.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/catalogue.py" line="90" />
      <source>not the plugin's catalogue: {}</source>
      <translation>bukan katalog plugin ini: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="32" />
      <source>Latitude and longitude swapped</source>
      <translation>Lintang dan bujur tertukar</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="33" />
      <source>Point outside its recipient country</source>
      <translation>Titik di luar negara penerimanya</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="34" />
      <source>Point at sea</source>
      <translation>Titik di laut</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="35" />
      <source>Percentages do not add up to 100</source>
      <translation>Jumlah persentase bukan 100</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="36" />
      <source>No source</source>
      <translation>Tanpa sumber</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="37" />
      <source>Duplicate id</source>
      <translation>ID ganda</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="38" />
      <source>Date in the future</source>
      <translation>Tanggal di masa depan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="39" />
      <source>Unreadable value</source>
      <translation>Nilai tidak terbaca</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="40" />
      <source>No id</source>
      <translation>Tanpa ID</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="41" />
      <source>Donor unknown</source>
      <translation>Donor tidak diketahui</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="42" />
      <source>Negative net commitment</source>
      <translation>Komitmen bersih negatif</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="43" />
      <source>Refused by the team registry's rules</source>
      <translation>Ditolak oleh aturan registri tim</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="44" />
      <source>Too large: cut</source>
      <translation>Terlalu besar: dipotong</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="64" />
      <source>{} (and {} more of this kind)</source>
      <translation>{} (dan {} lagi dari jenis ini)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="93" />
      <source>the id {} appears more than once.</source>
      <translation>ID {} muncul lebih dari sekali.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="98" />
      <source>no source title or URL.</source>
      <translation>tidak ada judul atau URL sumber.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="133" />
      <source>latitude {:g} is impossible: latitude and longitude are swapped; the problem is shown where the point would be (latitude {:g}, longitude {:g}).</source>
      <translation>lintang {:g} tidak mungkin: lintang dan bujur tertukar; masalah ditampilkan di lokasi titik seharusnya (lintang {:g}, bujur {:g}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="136" />
      <source>coordinates {:g}, {:g} are out of range.</source>
      <translation>koordinat {:g}, {:g} di luar rentang.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="141" />
      <source>the point (latitude {:g}, longitude {:g}) lies outside {}; swapped, it lies inside: latitude and longitude are probably swapped.</source>
      <translation>titik (lintang {:g}, bujur {:g}) berada di luar {}; jika ditukar, titik berada di dalamnya: lintang dan bujur kemungkinan tertukar.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="155" />
      <source>the point (latitude {:g}, longitude {:g}) is at sea, more than {:g}° from any coast.</source>
      <translation>titik (lintang {:g}, bujur {:g}) berada di laut, lebih dari {:g}° dari pantai mana pun.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="159" />
      <source>no country</source>
      <translation>tidak ada negara</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="160" />
      <source>the point (latitude {:g}, longitude {:g}) lies in {}, not in its recipient country {}.</source>
      <translation>titik (lintang {:g}, bujur {:g}) berada di {}, bukan di negara penerimanya {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="194" />
      <source>the source date {} is in the future.</source>
      <translation>tanggal sumber {} berada di masa depan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="196" />
      <source>the project is {} but starts in {}.</source>
      <translation>proyek berstatus {} tetapi baru dimulai pada {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="198" />
      <source>the start year {} is implausibly far ahead.</source>
      <translation>tahun mulai {} tidak masuk akal karena terlalu jauh ke depan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="200" />
      <source>the project is completed but ends in {}.</source>
      <translation>proyek berstatus selesai tetapi berakhir pada {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="202" />
      <source>the end year {} is implausibly far ahead.</source>
      <translation>tahun selesai {} tidak masuk akal karena terlalu jauh ke depan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="35" />
      <source>no coordinate columns (latitude and longitude, or #geo+lat and #geo+lon) and no country column: the projects could not be placed. Name the columns in a mapping, e.g. latitude=Lat;longitude=Lon.</source>
      <translation>tidak ada kolom koordinat (latitude dan longitude, atau #geo+lat dan #geo+lon) dan tidak ada kolom negara: proyek tidak dapat ditempatkan. Sebutkan kolomnya dalam pemetaan kolom, mis. latitude=Lat;longitude=Lon.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="39" />
      <source>a latitude column without a longitude column, or the reverse.</source>
      <translation>ada kolom lintang tanpa kolom bujur, atau sebaliknya.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="41" />
      <source>no id, title or organisation column: nothing tells the projects apart. Map one, e.g. project_id=ID.</source>
      <translation>tidak ada kolom ID, judul, atau organisasi: tidak ada yang membedakan proyek satu sama lain. Petakan salah satunya, mis. project_id=ID.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="63" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="130" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="160" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="317" />
      <location filename="../smartcity_plugin/io/importer.py" line="152" />
      <location filename="../smartcity_plugin/io/xml_stream.py" line="165" />
      <location filename="../smartcity_plugin/io/xml_stream.py" line="205" />
      <source>cancelled; nothing was written.</source>
      <translation>dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="67" />
      <source>the table has headers but no data rows.</source>
      <translation>tabel memiliki judul kolom tetapi tidak ada baris data.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="80" />
      <source>column {} ignored: another column feeds the same field.</source>
      <translation>kolom {} diabaikan: kolom lain sudah mengisi field yang sama.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="50" />
      <source>line {}</source>
      <translation>baris {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="64" />
      <source>Locations from the table {}: {}.</source>
      <translation>Lokasi dari tabel {}: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="87" />
      <source>{}: recipient country '{}' is not a country code or name.</source>
      <translation>{}: negara penerima '{}' bukan kode atau nama negara.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="96" />
      <source>Status in the source: {}.</source>
      <translation>Status di sumber: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="101" />
      <source>Confidence in the source: {}.</source>
      <translation>Tingkat keyakinan di sumber: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="106" />
      <source>Finance type in the source: {}.</source>
      <translation>Jenis pembiayaan di sumber: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="111" />
      <source>{}: '{}' has no year.</source>
      <translation>{}: '{}' tidak memuat tahun.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="119" />
      <source>{}: amount '{}' is not a number.</source>
      <translation>{}: nilai '{}' bukan angka.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="121" />
      <source>CSV file {}</source>
      <translation>Berkas CSV {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="149" />
      <source>{}: the donor country is unknown ('{}'): no country code, and the plugin's organisation table does not know the donor.</source>
      <translation>{}: negara donor tidak diketahui ('{}'): tidak ada kode negara, dan tabel organisasi plugin tidak mengenal donor ini.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="153" />
      <source>Donors in the source: {} ({}).</source>
      <translation>Donor di sumber: {} ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="171" />
      <source>Sectors without a category in the plugin's crosswalk: {}.</source>
      <translation>Sektor tanpa kategori dalam tabel padanan plugin: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="179" />
      <source>{}: coordinates '{}', '{}' are not numbers.</source>
      <translation>{}: koordinat '{}', '{}' bukan angka.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="183" />
      <source>{}: a latitude without a longitude or the reverse.</source>
      <translation>{}: ada lintang tanpa bujur atau sebaliknya.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="198" />
      <source>Placed inside the admin-1 unit {} (Natural Earth).</source>
      <translation>Ditempatkan di dalam unit admin-1 {} (Natural Earth).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="213" />
      <source>{}: precision '{}' is not an AidData code 1-8.</source>
      <translation>{}: presisi '{}' bukan kode AidData 1-8.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="218" />
      <source>a row with neither an id nor a title; it was not imported.</source>
      <translation>sebuah baris tanpa ID maupun judul; baris tersebut tidak diimpor.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="227" />
      <source>rows with the id {} have different titles ('{}', '{}').</source>
      <translation>baris-baris dengan ID {} memiliki judul berbeda ('{}', '{}').</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="40" />
      <source>column {}</source>
      <translation>kolom {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="59" />
      <source>line {}: {}.</source>
      <translation>baris {}: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="67" />
      <source>line {} is not {} text (byte 0x{:02x}); save the file as UTF-8 or give its encoding.</source>
      <translation>baris {} bukan teks {} (byte 0x{:02x}); simpan berkas sebagai UTF-8 atau sebutkan pengodeannya.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="75" />
      <location filename="../smartcity_plugin/io/store.py" line="56" />
      <location filename="../smartcity_plugin/io/xml_stream.py" line="140" />
      <source>the file does not exist.</source>
      <translation>berkas tidak ada.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="77" />
      <location filename="../smartcity_plugin/io/xml_stream.py" line="143" />
      <source>the file is empty.</source>
      <translation>berkas kosong.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="85" />
      <source>unknown encoding {}.</source>
      <translation>pengodean {} tidak dikenal.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="87" />
      <source>this is not a text file (it holds NUL bytes).</source>
      <translation>ini bukan berkas teks (berisi byte NUL).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="98" />
      <source>not a readable CSV table ({}).</source>
      <translation>bukan tabel CSV yang dapat dibaca ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="100" />
      <source>the file holds no rows.</source>
      <translation>berkas tidak berisi baris apa pun.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="169" />
      <source>the mapping names a column '{}' the file does not have (columns: {}).</source>
      <translation>pemetaan kolom menyebut kolom '{}' yang tidak ada di berkas (kolom: {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="182" />
      <source>'{}' is not a field=column pair.</source>
      <translation>'{}' bukan pasangan field=kolom.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="184" />
      <source>'{}' is not a field the importer knows (fields: {}).</source>
      <translation>'{}' bukan field yang dikenal pengimpor (field: {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="33" />
      <source>{} is plain http, which anyone on the network can change; use an https address, or allow http in the setting {} if you trust the network.</source>
      <translation>{} adalah http biasa, yang isinya dapat diubah siapa pun di jaringan; gunakan alamat https, atau izinkan http di pengaturan {} jika Anda memercayai jaringan tersebut.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="36" />
      <source>only https addresses can be downloaded (http when allowed).</source>
      <translation>hanya alamat https yang dapat diunduh (http jika diizinkan).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="57" />
      <location filename="../smartcity_plugin/io/exports.py" line="46" />
      <location filename="../smartcity_plugin/io/iati_export.py" line="129" />
      <location filename="../smartcity_plugin/io/iati_export.py" line="151" />
      <location filename="../smartcity_plugin/io/store.py" line="88" />
      <location filename="../smartcity_plugin/io/store.py" line="151" />
      <location filename="../smartcity_plugin/io/store.py" line="387" />
      <source>cannot be written ({}).</source>
      <translation>tidak dapat ditulis ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="118" />
      <source>the download from {} was cancelled; nothing was changed.</source>
      <translation>unduhan dari {} dibatalkan; tidak ada yang berubah.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="121" />
      <source>the download from {} is larger than {} MB and was stopped; nothing was changed.</source>
      <translation>unduhan dari {} lebih besar dari {} MB dan dihentikan; tidak ada yang berubah.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="124" />
      <source>the download from {} did not finish within {:g} s and was stopped; nothing was changed.</source>
      <translation>unduhan dari {} tidak selesai dalam {:g} detik dan dihentikan; tidak ada yang berubah.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="128" />
      <source>HTTP status {}</source>
      <translation>status HTTP {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="129" />
      <source>download from {} failed ({}); the plugin goes on with the data it has.</source>
      <translation>unduhan dari {} gagal ({}); plugin tetap menggunakan data yang ada.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="133" />
      <source>the download from {} is incomplete ({} of {} bytes).</source>
      <translation>unduhan dari {} tidak lengkap ({} dari {} byte).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="56" />
      <source>{} query ({})</source>
      <translation>Kueri {} ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="57" />
      <source>IATI activity file {}</source>
      <translation>Berkas aktivitas IATI {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="62" />
      <source>Fetched from {} on {} UTC: {}.</source>
      <translation>Diambil dari {} pada {} UTC: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="63" />
      <source>Imported from the IATI file {} on {}.</source>
      <translation>Diimpor dari berkas IATI {} pada {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="80" />
      <source>{}: {} of {} have no percentage.</source>
      <translation>{}: {} dari {} tidak memiliki persentase.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="82" />
      <source>{}: the percentages add up to {:g}, not 100.</source>
      <translation>{}: jumlah persentasenya {:g}, bukan 100.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="135" />
      <source>accountable</source>
      <translation>penanggung jawab</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="135" />
      <source>extending</source>
      <translation>penyalur</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="135" />
      <source>funding</source>
      <translation>pendana</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="135" />
      <source>implementing</source>
      <translation>pelaksana</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="136" />
      <source>actual start</source>
      <translation>realisasi mulai</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="136" />
      <source>planned end</source>
      <translation>rencana selesai</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="136" />
      <source>planned start</source>
      <translation>rencana mulai</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="137" />
      <source>actual end</source>
      <translation>realisasi selesai</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="179" />
      <source>the activity at line {} has no iati-identifier; it was not imported.</source>
      <translation>aktivitas di baris {} tidak memiliki iati-identifier; aktivitas tersebut tidak diimpor.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="204" />
      <source>IATI last updated {}.</source>
      <translation>IATI terakhir diperbarui {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="279" />
      <source>no funding organisation, and {} reports for others</source>
      <translation>tidak ada organisasi pendana, dan {} melapor atas nama pihak lain</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="281" />
      <source>no funding organisation, and the reporting organisation {} is not known</source>
      <translation>tidak ada organisasi pendana, dan organisasi pelapor {} tidak dikenal</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="283" />
      <source>the donor country is unknown: {}. Neither the identifiers nor the plugin's organisation table name a country.</source>
      <translation>negara donor tidak diketahui: {}. Baik pengenal maupun tabel organisasi plugin tidak menyebut negara.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="295" />
      <source>IATI participating organisations: {}.</source>
      <translation>Organisasi peserta IATI: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="297" />
      <source>IATI reporting organisation: {}.</source>
      <translation>Organisasi pelapor IATI: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="307" />
      <source>IATI activity status {} ({}).</source>
      <translation>Status aktivitas IATI {} ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="318" />
      <source>the date '{}' has no year; it was not used.</source>
      <translation>tanggal '{}' tidak memiliki tahun; tidak digunakan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="324" />
      <source>IATI dates: {}.</source>
      <translation>Tanggal IATI: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="339" />
      <source>recipient countries and regions</source>
      <translation>negara dan kawasan penerima</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="373" />
      <location filename="../smartcity_plugin/io/iati_activity.py" line="399" />
      <source>vocabulary</source>
      <translation>kosakata</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="374" />
      <source>IATI sectors given per transaction, weighted by transaction value.</source>
      <translation>Sektor IATI diberikan per transaksi, dibobot menurut nilai transaksi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="381" />
      <source>IATI sectors without a category in the plugin's crosswalk: {}.</source>
      <translation>Sektor IATI tanpa kategori dalam tabel padanan plugin: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="395" />
      <source>sectors of vocabulary {}</source>
      <translation>sektor dengan kosakata {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="408" />
      <source>the net commitment is negative ({} {:,.2f}: de-obligations exceed commitments); it is not used as the amount.</source>
      <translation>komitmen bersih negatif ({} {:,.2f}: pembatalan komitmen melebihi komitmen); tidak dipakai sebagai jumlah.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="440" />
      <source>extension field {} = '{}' is not a number.</source>
      <translation>field ekstensi {} = '{}' bukan angka.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="455" />
      <source>Finance type unknown: IATI finance type {}.</source>
      <translation>Jenis pembiayaan tidak diketahui: jenis pembiayaan IATI {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="455" />
      <source>not given</source>
      <translation>tidak dicantumkan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_export.py" line="55" />
      <source>Smart City Cooperation Map (compiled from the sources cited)</source>
      <translation>Smart City Cooperation Map (disusun dari sumber-sumber yang dikutip)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_export.py" line="147" />
      <source>writing failed ({}).</source>
      <translation>penulisan gagal ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="73" />
      <source>no subscription key: choose the QGIS authentication configuration that holds your IATI Datastore key (a free key from developer.iatistandard.org).</source>
      <translation>tidak ada kunci langganan: pilih konfigurasi autentikasi QGIS yang menyimpan kunci IATI Datastore Anda (kunci gratis dari developer.iatistandard.org).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="83" />
      <source>the authentication configuration {} holds no key: give it the header Ocp-Apim-Subscription-Key, or the key as the password of a Basic configuration.</source>
      <translation>konfigurasi autentikasi {} tidak berisi kunci: beri header Ocp-Apim-Subscription-Key, atau kunci sebagai kata sandi konfigurasi Basic.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="98" />
      <source>the key would travel unencrypted to {}: use an https address (plain http only to this computer).</source>
      <translation>kunci akan dikirim tanpa enkripsi ke {}: gunakan alamat https (http biasa hanya ke komputer ini).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="117" />
      <source>{} Tried {} times; the data was not changed. {}</source>
      <translation>{} Dicoba {} kali; data tidak diubah. {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="121" />
      <source>{}: {} Trying again in {:g} s ({} of {}).</source>
      <translation>{}: {} Mencoba lagi dalam {:g} dtk ({} dari {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="163" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="226" />
      <source>page {}</source>
      <translation>halaman {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="170" />
      <source>the service limits the number of requests and asks to wait {} s before {}; the data was not changed. Try again later, or ask for fewer activities.</source>
      <translation>layanan membatasi jumlah permintaan dan meminta menunggu {} dtk sebelum {}; data tidak diubah. Coba lagi nanti, atau minta lebih sedikit aktivitas.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="173" />
      <source>the service limits the number of requests (HTTP 429, {}).</source>
      <translation>layanan membatasi jumlah permintaan (HTTP 429, {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="174" />
      <source>Try again in a few minutes.</source>
      <translation>Coba lagi dalam beberapa menit.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="176" />
      <source>Check the key in your authentication configuration (a free key from developer.iatistandard.org).</source>
      <translation>Periksa kunci di konfigurasi autentikasi Anda (kunci gratis dari developer.iatistandard.org).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="178" />
      <source>The service refused the request; check the address.</source>
      <translation>Layanan menolak permintaan; periksa alamatnya.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="179" />
      <source>the service refused the request for {} (HTTP {}): the key is missing, wrong or expired; the data was not changed. {}</source>
      <translation>layanan menolak permintaan untuk {} (HTTP {}): kunci tidak ada, salah, atau kedaluwarsa; data tidak diubah. {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="183" />
      <source>the service refused the request for {} (HTTP {}); the data was not changed. {}</source>
      <translation>layanan menolak permintaan untuk {} (HTTP {}); data tidak diubah. {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="186" />
      <source>the service had a server error (HTTP {}, {}).</source>
      <translation>layanan mengalami galat server (HTTP {}, {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="187" />
      <source>The service has a problem; try again later.</source>
      <translation>Layanan sedang bermasalah; coba lagi nanti.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="189" />
      <source>the service did not accept the query for {} (HTTP {}); the data was not changed. Check the service's address ({}) and the filters.</source>
      <translation>layanan tidak menerima kueri untuk {} (HTTP {}); data tidak diubah. Periksa alamat layanan ({}) dan filternya.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="193" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="199" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="223" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="237" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="245" />
      <source>Try again later.</source>
      <translation>Coba lagi nanti.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="193" />
      <source>the answer for {} was cut off.</source>
      <translation>jawaban untuk {} terpotong.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="197" />
      <source>the answer for {} was cut off ({} of {} bytes).</source>
      <translation>jawaban untuk {} terpotong ({} dari {} bita).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="201" />
      <source>the answer for {} is larger than {} MB; the data was not changed. Check the service's address.</source>
      <translation>jawaban untuk {} lebih besar dari {} MB; data tidak diubah. Periksa alamat layanan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="211" />
      <source>the service did not answer in time ({}).</source>
      <translation>layanan tidak menjawab tepat waktu ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="212" />
      <source>The service may be busy: try again later, or raise the network timeout in QGIS's options (Network).</source>
      <translation>Layanan mungkin sibuk: coba lagi nanti, atau naikkan batas waktu jaringan di opsi QGIS (Jaringan).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="218" />
      <source>the service cannot be reached at {} ({}); the data was not changed. Check the internet connection and QGIS's proxy settings (Options, Network), then try again.</source>
      <translation>layanan tidak dapat dihubungi di {} ({}); data tidak diubah. Periksa koneksi internet dan pengaturan proksi QGIS (Opsi, Jaringan), lalu coba lagi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="222" />
      <source>the request for {} failed ({}).</source>
      <translation>permintaan untuk {} gagal ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="236" />
      <source>the answer for {} is not a search result (cut off?).</source>
      <translation>jawaban untuk {} bukan hasil pencarian (terpotong?).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="244" />
      <source>the answer for {}: {}</source>
      <translation>jawaban untuk {}: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="282" />
      <source>no answer</source>
      <translation>tidak ada jawaban</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="337" />
      <source>{} sent page {} again; the fetch stops there.</source>
      <translation>{} mengirim halaman {} lagi; pengambilan berhenti di situ.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="340" />
      <source>more than {} pages; the data was not changed. Narrow the query.</source>
      <translation>lebih dari {} halaman; data tidak diubah. Persempit kuerinya.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="373" />
      <source>Fetching from {}: {}</source>
      <translation>Mengambil dari {}: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="378" />
      <source>{}: {} pages, {} activities, {} repeats dropped.</source>
      <translation>{}: {} halaman, {} aktivitas, {} duplikat dibuang.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_location.py" line="88" />
      <source>admin {} level {}</source>
      <translation>admin {} tingkat {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_location.py" line="98" />
      <source>location position '{}' is not two numbers (latitude longitude).</source>
      <translation>posisi lokasi '{}' bukan dua angka (lintang bujur).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_location.py" line="102" />
      <source>location coordinates are not numbers.</source>
      <translation>koordinat lokasi bukan angka.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_location.py" line="108" />
      <source>unnamed location</source>
      <translation>lokasi tanpa nama</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="61" />
      <source>IATI totals per currency (not converted): {}.</source>
      <translation>Total IATI per mata uang (tidak dikonversi): {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="64" />
      <source>amount_usd is the sum of the {} in USD.</source>
      <translation>amount_usd adalah jumlah {} dalam USD.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="66" />
      <source>amount_usd is empty: the {} are not all in USD and no exchange rate is applied.</source>
      <translation>amount_usd kosong: {} tidak semuanya dalam USD dan tidak ada kurs yang diterapkan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="81" />
      <source>A {} value '{}' is not a number and was left out.</source>
      <translation>Nilai {} '{}' bukan angka dan tidak diikutkan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="84" />
      <source>A {} value '{}' is beyond any project's size and was left out.</source>
      <translation>nilai {} '{}' melampaui ukuran proyek mana pun dan diabaikan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_recipients.py" line="35" />
      <source>IATI recipients: {}.</source>
      <translation>Penerima IATI: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_recipients.py" line="37" />
      <source>Given per transaction; shares from the transaction values.</source>
      <translation>Diberikan per transaksi; porsi dari nilai transaksi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_recipients.py" line="82" />
      <source>{} (a region code, not a country)</source>
      <translation>{} (kode wilayah, bukan negara)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_recipients.py" line="83" />
      <location filename="../smartcity_plugin/io/iati_recipients.py" line="104" />
      <source>region {}</source>
      <translation>wilayah {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="61" />
      <source>{}: {} records read into {}: {} added, {} updated, {} skipped. Locations: {} with coordinates, {} placed at their recipient country, {} without location.</source>
      <translation>{}: {} entri dibaca ke {}: {} ditambahkan, {} diperbarui, {} dilewati. Lokasi: {} dengan koordinat, {} ditempatkan di negara penerimanya, {} tanpa lokasi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="67" />
      <source>{} problems: {}.</source>
      <translation>{} masalah: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="70" />
      <source>No problems found.</source>
      <translation>Tidak ada masalah yang ditemukan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="72" />
      <source>Columns not used: {}.</source>
      <translation>Kolom yang tidak dipakai: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="90" />
      <source>{} locations; the first {} were kept.</source>
      <translation>{} lokasi; {} yang pertama disimpan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="96" />
      <source>{} holds {} characters; it was cut to {}.</source>
      <translation>{} berisi {} karakter; dipotong menjadi {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="110" />
      <source>No coordinates in the source: placed inside {} at the country's centre (Natural Earth), precision 6 (country).</source>
      <translation>Tidak ada koordinat di sumber: ditempatkan di dalam {} pada titik tengah negara (Natural Earth), presisi 6 (negara).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="116" />
      <source>No coordinates in the source; no geometry.</source>
      <translation>Tidak ada koordinat di sumber; tanpa geometri.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="165" />
      <source>locations for {}, which is not among the projects; skipped.</source>
      <translation>lokasi untuk {}, yang tidak termasuk dalam daftar proyek; dilewati.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="186" />
      <source>not imported: {}</source>
      <translation>tidak diimpor: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/layer_rows.py" line="36" />
      <source>cancelled; the earlier file is unchanged.</source>
      <translation>dibatalkan; berkas sebelumnya tidak berubah.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/connection.py" line="37" />
      <source>There is no saved PostgreSQL connection named "{}". Create it in Data Source Manager ▸ PostgreSQL, or choose another.</source>
      <translation>Tidak ada koneksi PostgreSQL tersimpan bernama "{}". Buat koneksi tersebut di Pengelola Sumber Data ▸ PostgreSQL (Data Source Manager ▸ PostgreSQL), atau pilih koneksi lain.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/connection.py" line="41" />
      <source>The connection "{}" keeps its password in plain text in the QGIS settings, where it would also end up in projects. Edit the connection and store the user name and password in an authentication configuration instead (Authentication ▸ Configurations).</source>
      <translation>Koneksi "{}" menyimpan kata sandinya sebagai teks biasa di pengaturan QGIS, sehingga kata sandi itu juga akan ikut tersimpan di berkas proyek QGIS. Sunting koneksi tersebut dan simpan nama pengguna serta kata sandi dalam konfigurasi autentikasi sebagai gantinya (Autentikasi ▸ Konfigurasi, Authentication ▸ Configurations).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/connection.py" line="61" />
      <source>service {}</source>
      <translation>layanan {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/connection.py" line="71" />
      <source>The Python module psycopg2 is missing from this QGIS; the team registry needs it ({}).</source>
      <translation>Modul Python psycopg2 tidak ada di QGIS ini; registri tim memerlukannya ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/connection.py" line="78" />
      <source>Could not connect to {}: {}</source>
      <translation>Tidak dapat terhubung ke {}: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/publish.py" line="100" />
      <source>Publishing to {} failed; the database was left as it was. {}</source>
      <translation>Publikasi ke {} gagal; basis data dibiarkan seperti semula. {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/publish.py" line="118" />
      <source>{} has no PostGIS: ask its administrator to run CREATE EXTENSION postgis; then publish again.</source>
      <translation>{} tidak memiliki PostGIS: minta administratornya menjalankan CREATE EXTENSION postgis; lalu publikasikan kembali.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/publish.py" line="128" />
      <source>{} already holds a team registry (schema {}). Publish with "Replace the registry": the current one is kept as a schema smartcity_replaced_… with its edits and audit log.</source>
      <translation>{} sudah memiliki registri tim (skema {}). Publikasikan dengan opsi "Ganti registri": registri yang ada disimpan sebagai skema smartcity_replaced_… beserta suntingan dan log auditnya.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/publish.py" line="216" />
      <source>Publishing was cancelled; the database was left as it was.</source>
      <translation>Publikasi dibatalkan; basis data dibiarkan seperti semula.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/publish.py" line="234" />
      <source>Projects name sector codes the sectors table does not have: {}. Nothing was published.</source>
      <translation>Sejumlah proyek mencantumkan kode sektor yang tidak ada di tabel sectors: {}. Tidak ada yang dipublikasikan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="61" />
      <source>there is no role {} to own the registry</source>
      <translation>tidak ada peran {} untuk memiliki registri</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="63" />
      <source>the role {} may log in or is a superuser</source>
      <translation>peran {} dapat login atau merupakan superuser</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="75" />
      <source>{} belongs to {}, not to {}</source>
      <translation>{} dimiliki oleh {}, bukan oleh {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="77" />
      <source>{} does not fix its search_path to pg_catalog, pg_temp</source>
      <translation>{} tidak menetapkan search_path ke pg_catalog, pg_temp</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="79" />
      <source>{} may be called by every role (PUBLIC)</source>
      <translation>{} dapat dipanggil oleh semua peran (PUBLIC)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="81" />
      <source>{} runs with the rights of {}</source>
      <translation>{} berjalan dengan hak {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="92" />
      <source>{} is of format {} (conflicts and fids unchecked); format {} is needed</source>
      <translation>{} berformat {} (konflik dan fid tidak diperiksa); diperlukan format {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="134" />
      <source>The registry must belong to the role {0}, which your database role cannot create or act as. Ask the database's administrator to run: CREATE ROLE {0} NOLOGIN; GRANT {0} TO &lt;your role&gt;; then try again.</source>
      <translation>Registri harus dimiliki oleh peran {0}, yang tidak dapat dibuat atau diperankan oleh peran basis data Anda. Minta administrator basis data menjalankan: CREATE ROLE {0} NOLOGIN; GRANT {0} TO &lt;your role&gt;; lalu coba lagi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="239" />
      <source>{} holds no team registry to upgrade.</source>
      <translation>{} tidak memiliki registri tim untuk ditingkatkan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="243" />
      <location filename="../smartcity_plugin/io/registry/secure.py" line="253" />
      <source>Upgrading the team registry in {} failed; nothing was changed. {} (Run the upgrade as the role that published the registry, or as a superuser.)</source>
      <translation>Peningkatan registri tim di {} gagal; tidak ada yang diubah. {} (Jalankan peningkatan sebagai peran yang menerbitkan registri, atau sebagai superuser.)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="30" />
      <source>Your database role may not read the team registry in {}: ask its administrator for the role smartcity_reader ({}).</source>
      <translation>Peran basis data Anda tidak boleh membaca registri tim di {}: minta peran smartcity_reader kepada administratornya ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="33" />
      <source>The team registry in {} could not be read: {}</source>
      <translation>Registri tim di {} tidak dapat dibaca: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="43" />
      <source>{} holds no team registry (schema smartcity) that your role may read. Publish one first (menu Smart City Cooperation ▸ Publish to the team registry), or ask its administrator for the role smartcity_reader.</source>
      <translation>{} tidak memiliki registri tim (skema smartcity) yang boleh dibaca oleh peran Anda. Publikasikan registri terlebih dahulu (menu Kerja Sama Kota Cerdas ▸ Publikasikan ke registri tim), atau minta peran smartcity_reader kepada administratornya.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="50" />
      <source>Your database role {} may not read the team registry in {}: ask its administrator for the role smartcity_reader.</source>
      <translation>Peran basis data Anda, {}, tidak boleh membaca registri tim di {}: minta peran smartcity_reader kepada administratornya.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="62" />
      <source>The team registry in {} was published by an earlier version of the plugin and is not safe to use, so the plugin does not open it: {}. Its administrator (the role that published it, or a superuser) must run Smart City Cooperation ▸ Upgrade the team registry… (Processing: smartcity:upgraderegistry) with this connection once; data, versions and audit log stay as they are.</source>
      <translation>Registri tim di {} diterbitkan oleh versi plugin yang lebih lama dan tidak aman digunakan, sehingga plugin tidak membukanya: {}. Administratornya (peran yang menerbitkannya, atau superuser) harus menjalankan Smart City Cooperation ▸ Upgrade the team registry… (Processing: smartcity:upgraderegistry) dengan koneksi ini satu kali; data, versi, dan log audit tetap seperti semula.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="92" />
      <source>the connection "{}"</source>
      <translation>koneksi "{}"</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="95" />
      <source>The team registry of the connection "{}" could not be checked: {}</source>
      <translation>Registri tim dari koneksi "{}" tidak dapat diperiksa: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/store.py" line="66" />
      <source>{}: the projects could not be read ({}).</source>
      <translation>{}: proyek tidak dapat dibaca ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/store.py" line="119" />
      <source>{}: your database role may not change the projects ({}). Ask the registry's administrator for the role smartcity_editor.</source>
      <translation>{}: peran basis data Anda tidak boleh mengubah proyek ({}). Minta peran smartcity_editor kepada administrator registri.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/store.py" line="137" />
      <source>{}: the connection to the database was lost during the import ({}); nothing was saved. Check the network and the server, then import again.</source>
      <translation>{}: koneksi ke basis data terputus selama impor ({}); tidak ada yang disimpan. Periksa jaringan dan server, lalu impor lagi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/store.py" line="140" />
      <source>{}: the import failed ({}); nothing was saved.</source>
      <translation>{}: impor gagal ({}); tidak ada yang disimpan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/store.py" line="152" />
      <source>{}: the import could not be saved ({}); the registry is unchanged.</source>
      <translation>{}: impor tidak dapat disimpan ({}); registri tidak berubah.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="70" />
      <location filename="../smartcity_plugin/io/store.py" line="69" />
      <source>this GeoPackage is not the plugin's data: it has no layer {}.</source>
      <translation>GeoPackage ini bukan data plugin: tidak ada layer {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="108" />
      <source>the table {} could not be read ({}).</source>
      <translation>tabel {} tidak dapat dibaca ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="122" />
      <source>a geometry is not in GeoPackage format.</source>
      <translation>ada geometri yang tidak berformat GeoPackage.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="136" />
      <location filename="../smartcity_plugin/io/store.py" line="66" />
      <source>this is not a GeoPackage.</source>
      <translation>ini bukan GeoPackage.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="147" />
      <source>the layer {} has a coordinate reference system without an EPSG code.</source>
      <translation>layer {} memiliki sistem referensi koordinat tanpa kode EPSG.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="166" />
      <source>its indexes could not be read ({}).</source>
      <translation>indeksnya tidak dapat dibaca ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="45" />
      <source>{} failed: {}</source>
      <translation>gagal {}: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="58" />
      <source>the file cannot be read (no permission).</source>
      <translation>berkas tidak dapat dibaca (tidak ada izin).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="75" />
      <source>its projects layer lacks the fields {}.</source>
      <translation>layer proyeknya tidak memiliki field {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="83" />
      <source>cannot be read ({}).</source>
      <translation>tidak dapat dibaca ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="93" />
      <source>the copy of {} failed ({}).</source>
      <translation>penyalinan {} gagal ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="130" />
      <source>another program is writing to this GeoPackage (open here as the layers {}); save or close their edits and try again. The file is unchanged.</source>
      <translation>program lain sedang menulis ke GeoPackage ini (terbuka di sini sebagai lapisan {}); simpan atau tutup suntingannya lalu coba lagi. Berkas tidak berubah.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="132" />
      <source>another program is writing to this GeoPackage; let it finish or close it, and try again. The file is unchanged.</source>
      <translation>program lain sedang menulis ke GeoPackage ini; tunggu sampai selesai atau tutup program itu, lalu coba lagi. Berkas tidak berubah.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="144" />
      <source>cannot be opened for writing ({}).</source>
      <translation>tidak dapat dibuka untuk ditulis ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="161" />
      <source>the layers {} have unsaved edits in this GeoPackage; save or discard them and import again. The file is unchanged.</source>
      <translation>lapisan {} memiliki suntingan yang belum disimpan di GeoPackage ini; simpan atau buang lalu impor lagi. Berkas tidak berubah.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="198" />
      <source>this is the plugin's bundled data, which is never changed; choose a GeoPackage of your own.</source>
      <translation>ini adalah data bawaan plugin, yang tidak pernah diubah; pilih GeoPackage milik Anda sendiri.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="201" />
      <source>the planner's data must be a .gpkg file.</source>
      <translation>data perencana harus berupa berkas .gpkg.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="210" />
      <source>the file is read-only; nothing was written.</source>
      <translation>berkas hanya-baca; tidak ada yang ditulis.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="214" />
      <source>opening</source>
      <translation>membuka</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="252" />
      <source>the folder {} cannot be created ({}).</source>
      <translation>folder {} tidak dapat dibuat ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="255" />
      <source>the folder {} is read-only; choose another place.</source>
      <translation>folder {} hanya-baca; pilih tempat lain.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="319" />
      <location filename="../smartcity_plugin/io/store.py" line="343" />
      <source>writing {}</source>
      <translation>menulis {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="355" />
      <source>writing the import log</source>
      <translation>menulis log impor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="366" />
      <source>saving</source>
      <translation>menyimpan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/target_sectors.py" line="32" />
      <source>the file has no sectors table.</source>
      <translation>berkas tidak memiliki tabel sectors.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/target_sectors.py" line="36" />
      <location filename="../smartcity_plugin/layers/data_sources.py" line="165" />
      <source>the sectors could not be read ({}).</source>
      <translation>sektor tidak dapat dibaca ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/value_rules.py" line="74" />
      <source>amount '{}' is not a project's size (negative, or more than US$ 1 trillion); it was left empty.</source>
      <translation>jumlah '{}' bukan ukuran proyek (negatif, atau lebih dari US$ 1 triliun); dikosongkan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/value_rules.py" line="80" />
      <source>{} {} is not a plausible year; it was left empty.</source>
      <translation>{} {} bukan tahun yang masuk akal; dikosongkan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/value_rules.py" line="91" />
      <source>control characters removed from {}.</source>
      <translation>karakter kontrol dihapus dari {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/value_rules.py" line="94" />
      <source>{} locations with impossible coordinates were left out.</source>
      <translation>{} lokasi dengan koordinat yang mustahil diabaikan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/value_rules.py" line="119" />
      <source>the date '{}' is not a real date; only its year is used.</source>
      <translation>tanggal '{}' bukan tanggal yang nyata; hanya tahunnya yang digunakan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_guard.py" line="62" />
      <source>line {}: an element with more than {} attributes; no IATI file has one, so the file is not read.</source>
      <translation>baris {}: elemen dengan lebih dari {} atribut; tidak ada berkas IATI seperti itu, jadi berkas tidak dibaca.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_guard.py" line="93" />
      <source>line {}: one element, comment or section of more than {} MB; the file is not read.</source>
      <translation>baris {}: satu elemen, komentar, atau bagian lebih dari {} MB; berkas tidak dibaca.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_guard.py" line="97" />
      <source>the text of &lt;{}&gt; at line {} is longer than {} MB; it was cut.</source>
      <translation>teks &lt;{}&gt; pada baris {} lebih panjang dari {} MB; dipotong.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="104" />
      <source>the file declares a DTD, which IATI files never do; it is not read, for safety.</source>
      <translation>berkas mendeklarasikan DTD, yang tidak pernah dilakukan berkas IATI; demi keamanan, berkas tidak dibaca.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="136" />
      <source>the answer is empty.</source>
      <translation>jawabannya kosong.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="147" />
      <source>the file cannot be opened ({}).</source>
      <translation>berkas tidak dapat dibuka ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="186" />
      <source>the file's encoding cannot be read ({}); save the file as UTF-8.</source>
      <translation>pengodean berkas tidak dapat dibaca ({}); simpan berkas sebagai UTF-8.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="213" />
      <source>the file's root element is &lt;{}&gt;, not &lt;{}&gt;.</source>
      <translation>elemen akar berkas adalah &lt;{}&gt;, bukan &lt;{}&gt;.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="245" />
      <source>the file holds no XML element.</source>
      <translation>berkas tidak berisi elemen XML.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="246" />
      <source>the XML ends too early at line {}, column {} (a truncated or incomplete file?).</source>
      <translation>XML berakhir terlalu awal di baris {}, kolom {} (berkas terpotong atau tidak lengkap?).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="249" />
      <location filename="../smartcity_plugin/io/xml_stream.py" line="276" />
      <source>the text at line {}, column {} is not in the file's declared encoding (UTF-8 unless the file says otherwise); save the file as UTF-8.</source>
      <translation>teks di baris {}, kolom {} tidak sesuai dengan pengodean yang dideklarasikan berkas (UTF-8 kecuali berkas menyatakan lain); simpan berkas sebagai UTF-8.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="252" />
      <source>malformed XML at line {}, column {}: {}.</source>
      <translation>XML tidak valid di baris {}, kolom {}: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="324" />
      <source>more than {} elements in one record; the rest of it was left out.</source>
      <translation>lebih dari {} elemen dalam satu catatan; sisanya diabaikan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/city_labels.py" line="50" />
      <source>Label distance (mm)</source>
      <translation>Jarak label (mm)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/city_labels.py" line="52" />
      <source>Label positions</source>
      <translation>Posisi label</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/city_labels.py" line="54" />
      <source>Label leader</source>
      <translation>Garis penunjuk label</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="86" />
      <source>The plugin could not check your edits of {} ({}); the registry still refuses changes made on an older version.</source>
      <translation>Plugin tidak dapat memeriksa suntingan Anda pada {} ({}); registri tetap menolak perubahan yang dibuat pada versi yang lebih lama.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="122" />
      <source>You deleted {}, which {} changed at {} after you began editing. The deleted record, with that change, is kept in the registry's audit log.</source>
      <translation>Anda menghapus {}, yang telah diubah oleh {} pada {} setelah Anda mulai menyunting. Entri yang dihapus, beserta perubahan itu, disimpan dalam log audit registri.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="145" />
      <source>It is filed in the registry's audit log (entry {}).</source>
      <translation>Versi ini telah dicatat dalam log audit registri (nomor {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="154" />
      <source>Not saved: {} was deleted from the registry after you began editing it; your change to it cannot be saved. {} The deleted record is in the audit log too.</source>
      <translation>Tidak disimpan: {} telah dihapus dari registri setelah Anda mulai menyuntingnya; perubahan Anda padanya tidak dapat disimpan. {} Entri yang dihapus juga ada di log audit.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="157" />
      <source>Not saved: {} was changed by {} at {} (version {}) after you began editing it (version {}). Your version stays in your edit session. {} Roll back your change to it, then make it again on the newer version.</source>
      <translation>Tidak disimpan: {} telah diubah oleh {} pada {} (versi {}) setelah Anda mulai menyuntingnya (versi {}). Versi Anda tetap ada di sesi penyuntingan Anda. {} Batalkan (roll back) perubahan Anda pada entri itu, lalu lakukan lagi pada versi yang lebih baru.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="188" />
      <source>Your refused version could not be filed in the audit log: {}</source>
      <translation>Versi Anda yang ditolak tidak dapat dicatat dalam log audit: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/filtering.py" line="60" />
      <source>a filter value holds a NUL character, which PostgreSQL cannot compare</source>
      <translation>sebuah nilai filter berisi karakter NUL yang tidak dapat dibandingkan oleh PostgreSQL</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/group.py" line="58" />
      <source>Cooperation projects</source>
      <translation>Proyek kerja sama</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/group.py" line="60" />
      <location filename="../smartcity_plugin/layers/placement.py" line="184" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="258" />
      <source>National and regional programmes</source>
      <translation>Program nasional dan regional</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/group.py" line="62" />
      <source>Flood-warning coverage</source>
      <translation>Cakupan peringatan banjir</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/group.py" line="63" />
      <source>Countries (Natural Earth)</source>
      <translation>Negara (Natural Earth)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/placement.py" line="86" />
      <location filename="../smartcity_plugin/layers/placement.py" line="144" />
      <source>Symbol offset (mm)</source>
      <translation>Geser simbol (mm)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/placement.py" line="171" />
      <source>{} — {} ({})</source>
      <translation>{} — {} ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/placement.py" line="182" />
      <source>Donors of national and regional programmes</source>
      <translation>Donor program nasional dan regional</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/placement.py" line="186" />
      <location filename="../smartcity_plugin/layers/placement.py" line="188" />
      <source>Programmes</source>
      <translation>Program</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/placement.py" line="203" />
      <source>{}: {} programmes</source>
      <translation>{}: {} program</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="40" />
      <source>Commercial investment (not aid)</source>
      <translation>Investasi komersial (bukan bantuan)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="41" />
      <source>In kind (MoUs, exchanges)</source>
      <translation>Nonmoneter (MoU, pertukaran)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="41" />
      <source>Kind not known</source>
      <translation>Jenis tidak diketahui</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="47" />
      <source>high</source>
      <translation>tinggi</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="47" />
      <source>low</source>
      <translation>rendah</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="47" />
      <source>medium</source>
      <translation>sedang</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="58" />
      <source>Member (joined 2023)</source>
      <translation>Anggota (bergabung 2023)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="58" />
      <source>Pilot city (2018)</source>
      <translation>Kota percontohan (2018)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="59" />
      <source>Candidate</source>
      <translation>Calon</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="59" />
      <source>Member (2024, reported)</source>
      <translation>Anggota (2024, dilaporkan)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="68" />
      <source>ASEAN member states</source>
      <translation>Negara anggota ASEAN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="69" />
      <source>Other countries</source>
      <translation>Negara lain</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="108" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="321" />
      <source>Source</source>
      <translation>Sumber</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="110" />
      <source>as of</source>
      <translation>per</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="135" />
      <source>district level</source>
      <translation>tingkat kabupaten/kota</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="135" />
      <source>exact place</source>
      <translation>lokasi tepat</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="135" />
      <source>near the place</source>
      <translation>dekat lokasi</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="136" />
      <source>country level</source>
      <translation>tingkat negara</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="136" />
      <source>estimated place in a region</source>
      <translation>perkiraan lokasi dalam wilayah</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="136" />
      <source>province level</source>
      <translation>tingkat provinsi</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="182" />
      <source>open</source>
      <translation>terbuka</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="213" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="310" />
      <source>Partners</source>
      <translation>Mitra</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="219" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="314" />
      <source>Amount note</source>
      <translation>Catatan nilai</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="221" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="316" />
      <source>Location precision</source>
      <translation>Presisi lokasi</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="242" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="305" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="323" />
      <source>Country</source>
      <translation>Negara</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="245" />
      <source>confidence</source>
      <translation>keyakinan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="247" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="307" />
      <source>Focus areas</source>
      <translation>Bidang fokus</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="248" />
      <source>Projects on the map</source>
      <translation>Proyek di peta</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="249" />
      <source>Note</source>
      <translation>Catatan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="267" />
      <source>Early warning system</source>
      <translation>Sistem peringatan dini</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="267" />
      <source>Flood forecasting and warning system</source>
      <translation>Sistem prakiraan dan peringatan banjir</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="268" />
      <source>Flash flood guidance</source>
      <translation>Panduan banjir bandang</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="268" />
      <source>National forecasting network</source>
      <translation>Jaringan prakiraan nasional</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="269" />
      <source>Dam safety management</source>
      <translation>Pengelolaan keamanan bendungan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="276" />
      <source>an approximate river basin outline</source>
      <translation>garis batas daerah aliran sungai perkiraan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="276" />
      <source>the provinces served</source>
      <translation>provinsi yang dilayani</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="277" />
      <source>the whole country</source>
      <translation>seluruh negara</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="285" />
      <source>Funder</source>
      <translation>Penyandang dana</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="287" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="319" />
      <source>Implementer</source>
      <translation>Pelaksana</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="288" />
      <source>Area</source>
      <translation>Wilayah</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="290" />
      <source>System</source>
      <translation>Sistem</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="292" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="320" />
      <source>Stations</source>
      <translation>Stasiun</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="294" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="320" />
      <source>Coverage drawn from</source>
      <translation>Dasar penggambaran cakupan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="304" />
      <source>City id</source>
      <translation>ID kota</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="304" />
      <source>Local name</source>
      <translation>Nama lokal</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="304" />
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="305" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="323" />
      <source>Country code</source>
      <translation>Kode negara</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="306" />
      <source>Year joined</source>
      <translation>Tahun bergabung</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="307" />
      <source>Status confidence</source>
      <translation>Keyakinan status</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="308" />
      <source>Project id</source>
      <translation>ID proyek</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="309" />
      <source>Donor country</source>
      <translation>Negara donor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="310" />
      <source>Recipient country</source>
      <translation>Negara penerima</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="311" />
      <source>Main sector</source>
      <translation>Sektor utama</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="312" />
      <source>OECD DAC codes</source>
      <translation>Kode OECD DAC</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="313" />
      <source>End year</source>
      <translation>Tahun selesai</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="313" />
      <source>Start year</source>
      <translation>Tahun mulai</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="314" />
      <source>Kind of finance</source>
      <translation>Jenis pembiayaan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="315" />
      <source>Area note</source>
      <translation>Catatan luas</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="315" />
      <source>Stated area (km²)</source>
      <translation>Luas menurut sumber (km²)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="316" />
      <source>Location note</source>
      <translation>Catatan lokasi</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="317" />
      <source>Other claims</source>
      <translation>Klaim lain</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="317" />
      <source>System id</source>
      <translation>ID sistem</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="318" />
      <source>Basin or area</source>
      <translation>DAS atau wilayah</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="318" />
      <source>System type</source>
      <translation>Jenis sistem</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="319" />
      <source>Funder country</source>
      <translation>Negara penyandang dana</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="321" />
      <source>How the coverage was drawn</source>
      <translation>Cara cakupan digambar</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="322" />
      <source>As of</source>
      <translation>Per tanggal</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="322" />
      <source>Notes</source>
      <translation>Catatan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="322" />
      <source>Source address</source>
      <translation>Alamat sumber</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/registry_layers.py" line="33" />
      <source>The team registry's table smartcity.{} could not be opened through the connection "{}": is the registry published there, and may your database role read it? {}</source>
      <translation>Tabel registri tim smartcity.{} tidak dapat dibuka melalui koneksi "{}": apakah registri sudah dipublikasikan di sana, dan apakah peran basis data Anda boleh membacanya? {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/registry_layers.py" line="75" />
      <source>You can view and filter the team registry, but your database role may not change it, so its layers are read-only. To edit, ask the registry's administrator to grant you the role smartcity_editor.</source>
      <translation>Anda dapat melihat dan memfilter registri tim, tetapi peran basis data Anda tidak boleh mengubahnya, sehingga layer-layernya hanya-baca. Untuk menyunting, minta administrator registri memberi Anda peran smartcity_editor.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/source_follow.py" line="40" />
      <source>The cooperation layers could not be opened from the data now shown ({}).</source>
      <translation>Lapisan kerja sama tidak dapat dibuka dari data yang sedang ditampilkan ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="58" />
      <source>The Processing provider 'smartcity' could not be registered.</source>
      <translation>Penyedia Pemrosesan 'smartcity' tidak dapat didaftarkan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="207" />
      <source>A refresh from IATI is already running.</source>
      <translation>Penyegaran dari IATI sedang berjalan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="310" />
      <source>Removed {}, left half-written when QGIS stopped during an import or export.</source>
      <translation>{} dihapus, tertinggal setengah tertulis saat QGIS berhenti selama impor atau ekspor.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="27" />
      <source>Add cooperation layers</source>
      <translation>Tambahkan layer kerja sama</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="28" />
      <source>Add the ASCN cities, cooperation projects and flood-warning coverage, styled</source>
      <translation>Tambahkan kota ASCN, proyek kerja sama, dan cakupan peringatan banjir, lengkap dengan simbologinya</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="30" />
      <source>Cooperation dock</source>
      <translation>Panel kerja sama</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="31" />
      <source>Filter by sector, donor, country and years, with live totals</source>
      <translation>Filter menurut sektor, donor, negara, dan tahun, dengan total yang langsung diperbarui</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="34" />
      <source>The current filter as a finished map or city profiles: PDF, PNG or SVG</source>
      <translation>Filter saat ini sebagai peta jadi atau profil kota: PDF, PNG, atau SVG</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="36" />
      <source>Filter cooperation projects…</source>
      <translation>Filter proyek kerja sama…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="37" />
      <source>Select projects by sector, donor, country and years into a new layer (Processing)</source>
      <translation>Pilih proyek menurut sektor, donor, negara, dan tahun ke layer baru (Pemrosesan)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="40" />
      <source>Import projects (IATI, CSV)…</source>
      <translation>Impor proyek (IATI, CSV)…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="41" />
      <source>Add projects from an IATI file or a CSV table to your own GeoPackage, with checks</source>
      <translation>Tambahkan proyek dari berkas IATI atau tabel CSV ke GeoPackage Anda sendiri, disertai pemeriksaan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="44" />
      <source>Current activities of chosen donors and countries from d-portal or the IATI Datastore, into your GeoPackage or the team registry</source>
      <translation>Aktivitas terkini dari donor dan negara yang dipilih dari d-portal atau IATI Datastore, ke GeoPackage Anda atau registri tim</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="46" />
      <source>Refresh from IATI</source>
      <translation>Segarkan dari IATI</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="47" />
      <source>Run again the IATI queries this project keeps, updating the activities they fetched</source>
      <translation>Jalankan lagi kueri IATI yang disimpan proyek ini, memperbarui aktivitas yang diambilnya</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="49" />
      <source>Check projects…</source>
      <translation>Periksa proyek…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="50" />
      <source>Find swapped coordinates, points outside their country, missing sources (Processing)</source>
      <translation>Temukan koordinat tertukar, titik di luar negaranya, dan sumber yang tidak ada (Pemrosesan)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="52" />
      <source>Use my GeoPackage…</source>
      <translation>Gunakan GeoPackage saya…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="53" />
      <source>Show your own GeoPackage (made by an import) instead of the bundled data</source>
      <translation>Tampilkan GeoPackage Anda sendiri (hasil impor) sebagai ganti data bawaan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="55" />
      <source>Use the bundled data</source>
      <translation>Gunakan data bawaan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="56" />
      <source>Show the data that comes with the plugin again</source>
      <translation>Tampilkan kembali data bawaan plugin</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="57" />
      <source>Use the team registry (PostGIS)…</source>
      <translation>Gunakan registri tim (PostGIS)…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="58" />
      <source>Show and edit the registry your team shares in PostGIS, through a saved PostgreSQL connection</source>
      <translation>Tampilkan dan sunting registri yang dibagikan tim Anda di PostGIS, melalui koneksi PostgreSQL tersimpan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="60" />
      <source>Publish to the team registry…</source>
      <translation>Publikasikan ke registri tim…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="61" />
      <source>Copy the data the plugin uses into a PostGIS database for your team (Processing)</source>
      <translation>Salin data yang digunakan plugin ke basis data PostGIS untuk tim Anda (Pemrosesan)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="63" />
      <source>Upgrade the team registry…</source>
      <translation>Tingkatkan registri tim…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="64" />
      <source>Close the security holes of a registry published by an earlier version, keeping its data and audit log (Processing; for the registry's administrator)</source>
      <translation>Menutup celah keamanan registri yang diterbitkan oleh versi lebih lama, dengan tetap menyimpan data dan log auditnya (Processing; untuk administrator registri)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="67" />
      <source>Update the catalogue</source>
      <translation>Perbarui katalog</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="68" />
      <source>Download the newest project catalogue from the address in the settings (checked before use)</source>
      <translation>Unduh katalog proyek terbaru dari alamat di pengaturan (diperiksa sebelum digunakan)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="71" />
      <source>Help</source>
      <translation>Bantuan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="71" />
      <source>Open the plugin's help</source>
      <translation>Buka bantuan plugin</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/base.py" line="14" />
      <source>Analysis</source>
      <translation>Analisis</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/base.py" line="14" />
      <source>Data exchange</source>
      <translation>Pertukaran data</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/base.py" line="14" />
      <source>Maps for reports</source>
      <translation>Peta untuk laporan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="41" />
      <source>Check cooperation projects</source>
      <translation>Periksa proyek kerja sama</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="44" />
      <source>Checks every project: latitude and longitude swapped; a point outside its recipient country (Natural Earth, with 0.2° of tolerance on coasts, as for the bundled data); a point at sea; no source title or URL; an id used twice; dates in the future (a completed project ending later than this year, a running one starting later, a source dated ahead). Percentages are checked on import, where the file still has them. Each problem becomes a point (where the project is, or where a swapped point would be) with the project id, the check and a message. Without an input layer the plugin's active data is checked.</source>
      <translation>Memeriksa setiap proyek: lintang dan bujur tertukar; titik di luar negara penerimanya (Natural Earth, dengan toleransi 0,2° di pesisir, seperti untuk data bawaan); titik di laut; tidak ada judul atau URL sumber; ID yang dipakai dua kali; tanggal di masa depan (proyek berstatus selesai yang berakhir setelah tahun ini, proyek berjalan yang dimulai setelah tahun ini, sumber yang bertanggal di masa depan). Persentase diperiksa saat impor, ketika berkas masih memuatnya. Setiap masalah menjadi sebuah titik (di lokasi proyek, atau di lokasi seharusnya titik yang tertukar) dengan ID proyek, jenis pemeriksaan, dan pesan. Tanpa layer masukan, data aktif plugin yang diperiksa.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="56" />
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="82" />
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="76" />
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="60" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="82" />
      <source>Projects layer (empty: every project of {})</source>
      <translation>Layer proyek (kosong: setiap proyek dari {})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="59" />
      <source>Number of problems</source>
      <translation>Jumlah masalah</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="68" />
      <source>the checks</source>
      <translation>pemeriksaan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="71" />
      <source>The problems layer could not be created.</source>
      <translation>Layer masalah tidak dapat dibuat.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="85" />
      <source>{} problems found{}</source>
      <translation>{} masalah ditemukan{}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="44" />
      <source>Cooperation matrix (city × donor × sector)</source>
      <translation>Matriks kerja sama (kota × donor × sektor)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="49" />
      <source>&lt;p&gt;For each ASCN city, from the projects that match the filter (same criteria as Filter cooperation projects): projects and US dollars per donor (us_projects, us_usd, kr_projects …) and dollars per kind of finance (finance_grant_usd, finance_loan_usd, finance_commercial_usd …), the presentation's sector categories covered and not covered (a solution counts for its category; ascn.* tags do not count), whether both the US and Korea work there (us_korea), the categories where both work (shared_sectors) and a cooperation opening score. The second output is a table with one row per city and category.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Counting.&lt;/b&gt; A project counts for every city in its city_ids; projects naming no city count for none. Money is not split: a project naming several cities adds its whole amount to each (multi_city_projects says how many such projects a city has), so never add city amounts across cities. In the table, a project tagged with several categories counts in each, so do not add its rows either. There is no grand total of dollars: commercial investment is not aid, so money is shown per donor and per kind of finance. A dollar column is empty when no counted project publishes an amount; without_amount counts the projects whose amount is unknown.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Opening score&lt;/b&gt; = {shared} × S + {one} × O + {gap} × G × F, where S is the number of categories where both the US and Korea work (coordinate now), O the number where only one of them works (the other could join), G the number of categories no donor covers, and F is 1 when the US or Korea has any project in the city, otherwise 0 (a gap counts only where one of them has a foothold). It ranges from 0 to 16 for eight categories.&lt;/p&gt;&lt;p&gt;With a sector filter, coverage and gaps describe the filtered projects only. With a city filter, only those cities are listed. Empty layer parameters use the projects and ASCN cities of the data the plugin shows; other layers need the same fields (projects: the filter fields and sector_primary; cities: city_id).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Untuk setiap kota ASCN, dari proyek yang sesuai filter (kriteria sama dengan Filter proyek kerja sama): jumlah proyek dan dolar AS per donor (us_projects, us_usd, kr_projects …) serta dolar per jenis pembiayaan (finance_grant_usd, finance_loan_usd, finance_commercial_usd …), kategori sektor presentasi yang tercakup dan yang belum tercakup (sebuah solusi dihitung untuk kategorinya; tag ascn.* tidak dihitung), apakah AS dan Korea sama-sama bekerja di sana (us_korea), kategori tempat keduanya bekerja (shared_sectors), dan skor peluang kerja sama. Keluaran kedua adalah tabel dengan satu baris per kota dan kategori.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Penghitungan.&lt;/b&gt; Sebuah proyek dihitung untuk setiap kota dalam city_ids-nya; proyek yang tidak menyebut kota tidak dihitung untuk kota mana pun. Dana tidak dibagi: proyek yang menyebut beberapa kota menambahkan seluruh nilainya ke setiap kota (multi_city_projects menunjukkan berapa banyak proyek semacam itu yang dimiliki sebuah kota), jadi jangan pernah menjumlahkan nilai antarkota. Dalam tabel, proyek yang diberi tag beberapa kategori dihitung di setiap kategori, jadi baris-barisnya juga jangan dijumlahkan. Tidak ada total keseluruhan dalam dolar: investasi komersial bukan bantuan, sehingga dana ditampilkan per donor dan per jenis pembiayaan. Kolom dolar kosong bila tidak ada proyek terhitung yang memublikasikan nilainya; without_amount menghitung proyek yang nilainya tidak diketahui.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Skor peluang&lt;/b&gt; = {shared} × S + {one} × O + {gap} × G × F, dengan S adalah jumlah kategori tempat AS dan Korea sama-sama bekerja (koordinasikan sekarang), O jumlah kategori tempat hanya salah satu dari keduanya bekerja (yang lain dapat bergabung), G jumlah kategori yang tidak dicakup donor mana pun, dan F bernilai 1 bila AS atau Korea memiliki proyek apa pun di kota tersebut, selain itu 0 (kesenjangan hanya dihitung di tempat salah satunya sudah memiliki pijakan). Skor berkisar dari 0 hingga 16 untuk delapan kategori.&lt;/p&gt;&lt;p&gt;Dengan filter sektor, cakupan dan kesenjangan hanya menggambarkan proyek yang terfilter. Dengan filter kota, hanya kota-kota tersebut yang dicantumkan. Parameter layer yang kosong menggunakan proyek dan kota ASCN dari data yang ditampilkan plugin; layer lain memerlukan field yang sama (proyek: field filter dan sector_primary; kota: city_id).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="85" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="79" />
      <source>Cities layer (empty: every ASCN city of {})</source>
      <translation>Layer kota (kosong: setiap kota ASCN dari {})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="89" />
      <source>City cooperation</source>
      <translation>Kerja sama kota</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="91" />
      <source>City × sector matrix</source>
      <translation>Matriks kota × sektor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="92" />
      <source>Cities where both the US and Korea work</source>
      <translation>Kota tempat AS dan Korea sama-sama bekerja</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="93" />
      <source>Matching projects that name a listed city</source>
      <translation>Proyek yang sesuai dan menyebut kota dalam daftar</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="103" />
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="86" />
      <source>Filter: {}</source>
      <translation>Filter: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="128" />
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="129" />
      <source>the analysis</source>
      <translation>analisis</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="137" />
      <source>Unknown city id: {}.</source>
      <translation>ID kota tidak dikenal: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="157" />
      <source>The outputs could not be created.</source>
      <translation>Keluaran tidak dapat dibuat.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="176" />
      <source>{} cities, {} matching projects name one of them, {} with both US and Korean projects.</source>
      <translation>{} kota, {} proyek yang sesuai menyebut salah satunya, {} dengan proyek AS sekaligus Korea.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="183" />
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="94" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="138" />
      <source>Writing the output failed: {}</source>
      <translation>Penulisan keluaran gagal: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="34" />
      <source>Export city cooperation profiles (atlas)</source>
      <translation>Ekspor profil kerja sama kota (atlas)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="40" />
      <source>Exports one A4 page per ASCN city that the filter keeps (its recipient countries and cities): the city on a map, its ASCN status, the donors and sectors of its projects under the filter, the sectors with no project yet, US–Korea co-presence, whether it lies inside a flood-warning coverage area (or how far the nearest is), its totals by donor and a table of its projects (continued on a second page when long). 'Cities to make pages for' narrows the pages without narrowing the projects; 'Leave out cities with no matching project' drops empty pages. The title is printed above each city's profile. One PDF, or with 'One file per city' a folder of PDFs named after the cities, beside the chosen file.</source>
      <translation>Mengekspor satu halaman A4 untuk setiap kota ASCN sesuai filter (negara penerima dan kotanya): kota di peta, status ASCN, donor dan sektor proyeknya sesuai filter, sektor yang belum memiliki proyek, kehadiran bersama AS–Korea, apakah kota berada di dalam area cakupan peringatan banjir (atau seberapa jauh yang terdekat), total per donor, dan tabel proyeknya (berlanjut ke halaman kedua bila panjang). 'Kota yang dibuatkan halaman' membatasi halaman tanpa membatasi proyek; 'Lewati kota tanpa proyek yang sesuai' membuang halaman kosong. Judul dicetak di atas profil setiap kota. Satu PDF, atau dengan 'Satu berkas per kota' sebuah folder berisi PDF yang dinamai menurut kota, di samping berkas yang dipilih.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="54" />
      <source>Cities to make pages for (ASCN city ids; empty: every city of {} the filter keeps)</source>
      <translation>Kota yang dibuatkan halaman (id kota ASCN; kosong: setiap kota dari {} yang lolos filter)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="61" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="57" />
      <source>Resolution (dpi)</source>
      <translation>Resolusi (dpi)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="62" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="62" />
      <source>Profiles (PDF)</source>
      <translation>Profil (PDF)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="63" />
      <source>Number of city pages</source>
      <translation>Jumlah halaman kota</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="74" />
      <source>{}: the profiles are written as PDF (.pdf).</source>
      <translation>{}: profil ditulis sebagai PDF (.pdf).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="86" />
      <source>No ASCN city matches the filter: nothing to export.</source>
      <translation>Tidak ada kota ASCN yang sesuai filter: tidak ada yang diekspor.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="87" />
      <source>{} city pages</source>
      <translation>{} halaman kota</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="91" />
      <source>{} files in {}</source>
      <translation>{} berkas di {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="33" />
      <source>Export cooperation map</source>
      <translation>Ekspor peta kerja sama</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="40" />
      <source>Exports a finished map of the cooperation data the plugin shows: title, a subtitle that says the filter in words, the map, a legend of what is visible, scale bar, north arrow, an inset of ASEAN, sources with the dataset's as-of date, and the export date. The filter parameters are those of 'Filter cooperation projects'. The format follows the file name: .pdf, .png or .svg. Templates: A4 or A3, landscape or portrait. Contents: the cooperation layers, or flood-warning coverage with the ASCN cities. The file is written completely or not at all.</source>
      <translation>Mengekspor peta jadi dari data kerja sama yang ditampilkan plugin: judul, subjudul yang menjelaskan filter dengan kata-kata, peta, legenda untuk unsur yang terlihat, skala batang, panah utara, peta inset ASEAN, sumber beserta tanggal keadaan data dataset, dan tanggal ekspor. Parameter filternya sama dengan 'Filter proyek kerja sama'. Format mengikuti nama berkas: .pdf, .png, atau .svg. Templat: A4 atau A3, lanskap atau potret. Isi: layer kerja sama, atau cakupan peringatan banjir beserta kota-kota ASCN. Berkas ditulis seluruhnya atau tidak sama sekali.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="51" />
      <source>Page</source>
      <translation>Halaman</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="59" />
      <source>Map file</source>
      <translation>Berkas peta</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="65" />
      <source>{}: the map file must end in .pdf, .png or .svg.</source>
      <translation>{}: berkas peta harus berakhiran .pdf, .png, atau .svg.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="47" />
      <source>{}: a {} file must end in {}; this name is for another kind of file, which is left as it is.</source>
      <translation>{}: berkas {} harus berakhiran {}; nama ini untuk jenis berkas lain, yang dibiarkan apa adanya.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="63" />
      <source>Export projects (CSV with HXL, GeoJSON, IATI XML)</source>
      <translation>Ekspor proyek (CSV dengan HXL, GeoJSON, IATI XML)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="66" />
      <source>Writes the projects that match the filter: CSV with a header row and an HXL hashtag row (one row per project, so money is counted once; all locations in the locations_wkt column), GeoJSON (one MultiPoint feature per project), or IATI 2.03 XML (standard elements plus every field in the plugin's own namespace). The plugin's importers read all three back as they were. The IATI file is a compilation, not an official IATI publication.</source>
      <translation>Menulis proyek yang sesuai filter: CSV dengan satu baris judul kolom dan satu baris tagar HXL (satu baris per proyek, sehingga dana dihitung sekali; semua lokasi di kolom locations_wkt), GeoJSON (satu fitur MultiPoint per proyek), atau IATI 2.03 XML (elemen standar ditambah setiap field dalam namespace milik plugin). Pengimpor plugin dapat membaca kembali ketiganya persis seperti semula. Berkas IATI ini merupakan kompilasi, bukan publikasi resmi IATI.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="80" />
      <source>CSV with HXL hashtags</source>
      <translation>CSV dengan tagar HXL</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="80" />
      <source>Format</source>
      <translation>Format</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="80" />
      <source>GeoJSON</source>
      <translation>GeoJSON</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="80" />
      <source>IATI XML 2.03</source>
      <translation>IATI XML 2.03</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="83" />
      <source>CSV (*.csv);;GeoJSON (*.geojson);;IATI XML (*.xml)</source>
      <translation>CSV (*.csv);;GeoJSON (*.geojson);;IATI XML (*.xml)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="84" />
      <source>Number of projects written</source>
      <translation>Jumlah proyek yang ditulis</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="93" />
      <source>the export</source>
      <translation>ekspor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="41" />
      <source>Asks d-portal (no key) or the IATI Datastore (a free subscription key, kept in a QGIS authentication configuration) for the activities of the chosen recipient countries, reporting organisations, sectors and years, page after page until the service sends an empty page, through QGIS's network settings (proxy, SSL). The activities go through the same checks and upsert as an IATI file: new ones are added, known ones (by iati-identifier) updated, fields the planner curates kept. Every record names the service and the query as its source, the retrieval date as 'as of', and the activity's own last update in its notes. The GeoPackage or registry is only changed once the whole fetch succeeded: a cancel, no network, a server error, a timeout, a cut-off page or a refused key leave it as it was. Sectors: 5-digit DAC codes or the plugin's sectors (through its crosswalk). Years: activities running at some time between the two years.</source>
      <translation>Meminta d-portal (tanpa kunci) atau IATI Datastore (kunci langganan gratis, disimpan dalam konfigurasi autentikasi QGIS) untuk aktivitas negara penerima, organisasi pelapor, sektor, dan tahun yang dipilih, halaman demi halaman sampai layanan mengirim halaman kosong, melalui pengaturan jaringan QGIS (proksi, SSL). Aktivitas melewati pemeriksaan dan upsert yang sama seperti berkas IATI: yang baru ditambahkan, yang sudah ada (menurut iati-identifier) diperbarui, kolom yang dikelola perencana dipertahankan. Setiap rekaman mencatat layanan dan kueri sebagai sumbernya, tanggal pengambilan sebagai 'per tanggal', dan pembaruan terakhir aktivitas itu sendiri di catatannya. GeoPackage atau registri hanya diubah setelah seluruh pengambilan berhasil: pembatalan, tanpa jaringan, galat server, batas waktu habis, halaman terpotong, atau kunci ditolak membiarkannya seperti semula. Sektor: kode DAC 5 digit atau sektor plugin (melalui tabel padanannya). Tahun: aktivitas yang berjalan pada suatu waktu di antara kedua tahun.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="57" />
      <source>Service address (empty: the public one)</source>
      <translation>Alamat layanan (kosong: alamat publik)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="59" />
      <source>Authentication configuration holding the IATI Datastore key</source>
      <translation>Konfigurasi autentikasi yang menyimpan kunci IATI Datastore</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="62" />
      <source>Recipient countries (ISO codes; empty: all)</source>
      <translation>Negara penerima (kode ISO; kosong: semua)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="64" />
      <source>Reporting organisations (IATI identifiers; empty: all)</source>
      <translation>Organisasi pelapor (pengenal IATI; kosong: semua)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="66" />
      <source>Sectors (5-digit DAC codes, or sectors of {} through their DAC codes; empty: all)</source>
      <translation>Sektor (kode DAC 5 digit, atau sektor dari {} melalui kode DAC-nya; kosong: semua)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="68" />
      <source>Running in or after the year</source>
      <translation>Berjalan pada atau setelah tahun</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="69" />
      <source>Started by the end of the year</source>
      <translation>Dimulai paling lambat akhir tahun</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="73" />
      <source>The query, to run it again</source>
      <translation>Kueri, untuk menjalankannya lagi</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="89" />
      <source>Sector '{}' is neither a 5-digit DAC code nor a sector of the plugin with DAC codes.</source>
      <translation>Sektor '{}' bukan kode DAC 5 digit maupun sektor plugin yang memiliki kode DAC.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="95" />
      <source>The first year ({}) comes after the last ({}).</source>
      <translation>Tahun pertama ({}) lebih lambat dari tahun terakhir ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="98" />
      <source>The service address must start with https:// or http://.</source>
      <translation>Alamat layanan harus diawali https:// atau http://.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="101" />
      <source>The IATI Datastore needs a subscription key: choose the QGIS authentication configuration that holds it (a free key from developer.iatistandard.org), or use d-portal, which needs none.</source>
      <translation>IATI Datastore memerlukan kunci langganan: pilih konfigurasi autentikasi QGIS yang menyimpannya (kunci gratis dari developer.iatistandard.org), atau gunakan d-portal, yang tidak memerlukannya.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="38" />
      <source>Filter cooperation projects</source>
      <translation>Filter proyek kerja sama</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="41" />
      <source>Keeps the cooperation projects that match every criterion given; an empty criterion matches everything. Lists are codes: ticked by name in the dialog, comma-separated on the command line. Sectors may be given in any taxonomy: the presentation's categories (water, mobility, energy, security, health, waste, egov, participation; a category includes its solutions), Kearney's dimensions (kearney.smart_environment …) or ASCN focus areas (ascn.quality_environment …), which stand for the categories they correspond to. A project matches a year range when its years overlap it (no end year: still running); projects without known years or amounts drop out when a year or amount range is set. Without an input layer the projects of the data the plugin shows are used; any layer with the same fields works.</source>
      <translation>Mempertahankan proyek kerja sama yang memenuhi setiap kriteria yang diberikan; kriteria kosong cocok dengan semuanya. Daftar berupa kode: dicentang menurut nama di dialog, dipisahkan koma di baris perintah. Sektor dapat diberikan dalam taksonomi apa pun: kategori presentasi (water, mobility, energy, security, health, waste, egov, participation; sebuah kategori mencakup solusi-solusinya), dimensi Kearney (kearney.smart_environment …), atau bidang fokus ASCN (ascn.quality_environment …), yang mewakili kategori padanannya. Sebuah proyek cocok dengan rentang tahun bila tahun-tahunnya beririsan dengan rentang tersebut (tanpa tahun selesai: masih berjalan); proyek yang tahun atau nilainya tidak diketahui tidak disertakan bila rentang tahun atau nilai ditetapkan. Tanpa layer masukan, proyek dari data yang ditampilkan plugin yang digunakan; layer apa pun dengan field yang sama juga dapat digunakan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="67" />
      <source>Filtered projects</source>
      <translation>Proyek hasil filter</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="69" />
      <source>Number of matching projects</source>
      <translation>Jumlah proyek yang sesuai</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="81" />
      <source>The output layer could not be created.</source>
      <translation>Layer keluaran tidak dapat dibuat.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="99" />
      <source>{} projects match.</source>
      <translation>{} proyek sesuai.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="49" />
      <source>Flood-warning coverage of cities and projects</source>
      <translation>Cakupan peringatan banjir untuk kota dan proyek</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="52" />
      <source>For each ASCN city and/or cooperation project: the flood forecasting and warning areas it lies in (covered, inside_count, inside_systems), their funders (funders), the nearest area (nearest_system) and the distance to it in kilometres (distance_km, 0 when inside), and the distance to the nearest area of each funder (km_to_kr, km_to_jp …). A project with several locations takes its nearest location. Distances are geodesic, on the WGS 84 ellipsoid, not in degrees: each point gets an azimuthal equidistant projection centred on it, in which the planar distance from the centre is the geodesic distance; coverage edges are densified every {} degrees first. A point on an area's edge counts as inside. Features without geometry (ASEAN-wide programmes) get empty values. Coverage areas are only as exact as their geometry_basis (admin-1 unions, hand-drawn basins, whole countries). Empty layer parameters use the cities, projects and coverage of the data the plugin shows; other layers need the fields city_id (cities), project_id (projects) and system_id, funder_country (coverage).</source>
      <translation>Untuk setiap kota ASCN dan/atau proyek kerja sama: area prakiraan dan peringatan dini banjir tempat kota atau proyek itu berada (covered, inside_count, inside_systems), penyandang dananya (funders), area terdekat (nearest_system) beserta jaraknya dalam kilometer (distance_km, 0 bila berada di dalam), serta jarak ke area terdekat milik setiap penyandang dana (km_to_kr, km_to_jp …). Proyek dengan beberapa lokasi memakai lokasinya yang terdekat. Jarak dihitung secara geodesik pada elipsoid WGS 84, bukan dalam derajat: setiap titik mendapat proyeksi azimutal ekuidistan yang berpusat padanya, sehingga jarak planar dari pusat sama dengan jarak geodesik; tepi area cakupan terlebih dahulu dirapatkan setiap {} derajat. Titik yang tepat di tepi area dihitung berada di dalam. Fitur tanpa geometri (program tingkat ASEAN) mendapat nilai kosong. Ketepatan area cakupan hanya sebaik geometry_basis-nya (gabungan wilayah admin-1, daerah aliran sungai yang digambar manual, seluruh negara). Parameter layer yang kosong menggunakan kota, proyek, dan cakupan dari data yang ditampilkan plugin; layer lain memerlukan field city_id (kota), project_id (proyek), serta system_id dan funder_country (cakupan).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="72" />
      <source>Analyse</source>
      <translation>Analisis</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="73" />
      <source>Cities</source>
      <translation>Kota</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="73" />
      <source>Cities and projects</source>
      <translation>Kota dan proyek</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="85" />
      <source>Flood-warning coverage (empty: every coverage area of {})</source>
      <translation>Cakupan peringatan banjir (kosong: setiap area cakupan dari {})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="88" />
      <source>Cities and flood coverage</source>
      <translation>Kota dan cakupan banjir</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="91" />
      <source>Projects and flood coverage</source>
      <translation>Proyek dan cakupan banjir</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="93" />
      <source>Cities outside every coverage area</source>
      <translation>Kota di luar semua area cakupan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="94" />
      <source>Projects outside every coverage area</source>
      <translation>Proyek di luar semua area cakupan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="109" />
      <source>The coverage layer lacks the fields the analysis needs: {}.</source>
      <translation>Layer cakupan tidak memiliki field yang diperlukan analisis: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="113" />
      <source>{} lacks the id field {}.</source>
      <translation>{} tidak memiliki field ID {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="116" />
      <source>The coverage layer has no areas: every distance stays empty.</source>
      <translation>Layer cakupan tidak memiliki area: semua jarak tetap kosong.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="125" />
      <source>The output {} could not be created.</source>
      <translation>Keluaran {} tidak dapat dibuat.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="143" />
      <source>{}: {} outside every coverage area.</source>
      <translation>{}: {} di luar semua area cakupan.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="39" />
      <source>Projects added</source>
      <translation>Proyek ditambahkan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="39" />
      <source>Projects updated</source>
      <translation>Proyek diperbarui</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="39" />
      <source>Records read</source>
      <translation>Entri dibaca</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="40" />
      <source>Projects with coordinates</source>
      <translation>Proyek dengan koordinat</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="40" />
      <source>Records skipped</source>
      <translation>Entri dilewati</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="41" />
      <source>Projects placed at their country</source>
      <translation>Proyek ditempatkan di negaranya</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="41" />
      <source>Projects without location</source>
      <translation>Proyek tanpa lokasi</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="42" />
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="69" />
      <source>Problems found</source>
      <translation>Masalah ditemukan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="83" />
      <source>Planner's GeoPackage (created from the bundled data when new, else updated)</source>
      <translation>GeoPackage perencana (dibuat dari data bawaan jika belum ada, jika sudah ada diperbarui)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="86" />
      <source>Or import into the team registry (saved PostgreSQL connection)</source>
      <translation>Atau impor ke registri tim (koneksi PostgreSQL tersimpan)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="88" />
      <source>Projects without coordinates</source>
      <translation>Proyek tanpa koordinat</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="94" />
      <source>Import report</source>
      <translation>Laporan impor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="138" />
      <source>Choose where the projects go: your GeoPackage or the team registry.</source>
      <translation>Pilih ke mana proyek diimpor: GeoPackage Anda atau registri tim.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="31" />
      <source>Import projects from CSV (HXL, 3W, AidData)</source>
      <translation>Impor proyek dari CSV (HXL, 3W, AidData)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="34" />
      <source>Reads a CSV table into the planner's GeoPackage (created from the bundled data when new). Columns with HXL hashtags (#activity+name, #org+funder, #org+impl, #sector, #country+code, #adm1+name, #geo+lat, #geo+lon, #date+start, #date+end, #status, #value+usd …) and columns named like the projects' fields are recognised on their own. Other columns are named in the mapping as field=column pairs separated by ; or new lines, e.g. title=Project name;latitude=Lat;longitude=Lon (a column is named by its header, its HXL tag or its number; field=- ignores a recognised column). A table with only project_id, latitude, longitude and precision_code (AidData) sets the locations of projects already in the GeoPackage. Rows sharing an id are one project at several places; tables without ids get stable ones from organisation, activity, sector, country and start. Every project is checked as in the IATI import.</source>
      <translation>Membaca tabel CSV ke dalam GeoPackage perencana (dibuat dari data bawaan jika belum ada). Kolom dengan tagar HXL (#activity+name, #org+funder, #org+impl, #sector, #country+code, #adm1+name, #geo+lat, #geo+lon, #date+start, #date+end, #status, #value+usd …) dan kolom yang dinamai seperti field proyek dikenali dengan sendirinya. Kolom lain disebutkan dalam pemetaan kolom sebagai pasangan field=kolom yang dipisahkan dengan ; atau baris baru, mis. title=Project name;latitude=Lat;longitude=Lon (kolom disebut dengan judul kolomnya, tag HXL-nya, atau nomornya; field=- mengabaikan kolom yang dikenali). Tabel yang hanya berisi project_id, latitude, longitude, dan precision_code (AidData) menetapkan lokasi proyek yang sudah ada di GeoPackage. Baris-baris dengan ID yang sama merupakan satu proyek di beberapa tempat; tabel tanpa ID mendapat ID tetap yang dibentuk dari organisasi, aktivitas, sektor, negara, dan tanggal mulai. Setiap proyek diperiksa seperti pada impor IATI.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="49" />
      <source>CSV table</source>
      <translation>Tabel CSV</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="50" />
      <source>CSV (*.csv *.txt *.tsv);;All files (*)</source>
      <translation>CSV (*.csv *.txt *.tsv);;Semua berkas (*)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="52" />
      <source>Column mapping (field=column; …)</source>
      <translation>Pemetaan kolom (field=kolom; …)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="54" />
      <source>Encoding</source>
      <translation>Pengodean</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="25" />
      <source>Import IATI activities</source>
      <translation>Impor aktivitas IATI</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="28" />
      <source>Reads an IATI activity file (versions 2.01-2.03 and 1.0x) as it streams, so large files take little memory, and adds its activities to the planner's GeoPackage, or updates them when their iati-identifier is there already. A new GeoPackage starts as a copy of the bundled data; the bundled file is never changed, and the planner's file is only replaced once the whole import has succeeded. Locations are read latitude first, as IATI writes them; activities without coordinates are placed at their recipient country or kept without geometry. DAC sectors are mapped to the plugin's categories through its crosswalk; amounts are summed per currency and never converted. Every activity is checked (swapped coordinates, points outside the recipient country or at sea, percentages, sources, duplicate ids, future dates); the problems form a point layer.</source>
      <translation>Membaca berkas aktivitas IATI (versi 2.01-2.03 dan 1.0x) secara bertahap (streaming), sehingga berkas besar hanya memakan sedikit memori, lalu menambahkan aktivitasnya ke GeoPackage perencana, atau memperbaruinya bila iati-identifier-nya sudah ada. GeoPackage baru dimulai sebagai salinan data bawaan; berkas bawaan tidak pernah diubah, dan berkas perencana baru diganti setelah seluruh impor berhasil. Lokasi dibaca dengan lintang terlebih dahulu, sebagaimana IATI menuliskannya; aktivitas tanpa koordinat ditempatkan di negara penerimanya atau dibiarkan tanpa geometri. Sektor DAC dipetakan ke kategori plugin melalui tabel padanannya; nilai dijumlahkan per mata uang dan tidak pernah dikonversi. Setiap aktivitas diperiksa (koordinat tertukar, titik di luar negara penerima atau di laut, persentase, sumber, ID ganda, tanggal di masa depan); masalah yang ditemukan membentuk sebuah layer titik.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="43" />
      <source>IATI activity file</source>
      <translation>Berkas aktivitas IATI</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="44" />
      <source>IATI XML (*.xml *.XML);;All files (*)</source>
      <translation>IATI XML (*.xml *.XML);;Semua berkas (*)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="30" />
      <source>Publish to the team registry (PostGIS)</source>
      <translation>Publikasikan ke registri tim (PostGIS)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="33" />
      <source>Publishes the cooperation data (the bundled data, or your own GeoPackage) as the team registry: schema smartcity in the database of a saved PostgreSQL connection, with the GeoPackage's tables and indexes, rules (unique ids, sane years, known sector codes), record versions, an audit log, and the roles smartcity_reader (view and filter) and smartcity_editor (also edit). Credentials come from the connection's authentication configuration. Everything happens in one transaction: on an error or a cancel the database stays as it was. An existing registry is only replaced when you ask, and is then kept as a schema smartcity_replaced_&lt;time&gt; with its edits and audit log.</source>
      <translation>Memublikasikan data kerja sama (data bawaan, atau GeoPackage Anda sendiri) sebagai registri tim: skema smartcity di basis data suatu koneksi PostgreSQL tersimpan, dengan tabel dan indeks GeoPackage, aturan (ID unik, tahun yang wajar, kode sektor yang dikenal), versi entri, log audit, serta peran smartcity_reader (melihat dan memfilter) dan smartcity_editor (juga menyunting). Kredensial diambil dari konfigurasi autentikasi koneksi. Semua langkah berlangsung dalam satu transaksi: jika terjadi galat atau pembatalan, basis data tetap seperti semula. Registri yang sudah ada hanya diganti bila Anda memintanya, dan kemudian disimpan sebagai skema smartcity_replaced_&lt;time&gt; beserta suntingan dan log auditnya.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="45" />
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="37" />
      <source>Database (saved PostgreSQL connection)</source>
      <translation>Basis data (koneksi PostgreSQL tersimpan)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="47" />
      <source>GeoPackage to publish (empty: the data the plugin uses)</source>
      <translation>GeoPackage yang akan dipublikasikan (kosong: data yang digunakan plugin)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="50" />
      <source>Replace the registry if the database has one (the old one is kept as a copy)</source>
      <translation>Ganti registri jika basis data sudah memilikinya (registri lama disimpan sebagai salinan)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="52" />
      <source>Projects published</source>
      <translation>Proyek yang dipublikasikan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="53" />
      <source>Schema keeping the replaced registry</source>
      <translation>Skema yang menyimpan registri yang diganti</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="78" />
      <source>{}: {} records</source>
      <translation>{}: {} entri</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="80" />
      <source>The registry that was there is kept as schema {}.</source>
      <translation>Registri yang sebelumnya ada disimpan sebagai skema {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="82" />
      <source>The role {} does not exist and your role may not create it: ask the database's administrator to create it (NOLOGIN) and publish again, or grant rights yourself.</source>
      <translation>Peran {} tidak ada dan peran Anda tidak boleh membuatnya: minta administrator basis data membuatnya (NOLOGIN) lalu publikasikan kembali, atau berikan hak akses sendiri.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="21" />
      <source>Upgrade the team registry (PostGIS)</source>
      <translation>Tingkatkan registri tim (PostGIS)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="24" />
      <source>Closes the security holes of a team registry published by an earlier version of the plugin, in place: everything in schema smartcity and in the kept smartcity_replaced_… copies then belongs to the role smartcity_owner (which nobody logs in as), the registry's functions can no longer be called or misled by other roles, a record's fid can no longer change, and a conflict is filed only for a change the registry really refused. Records, versions and the audit log stay exactly as they are; running it again changes nothing. Run it as the role that published the registry (or a superuser), through a saved PostgreSQL connection. Until it has run, the plugin does not open the registry.</source>
      <translation>Menutup celah keamanan registri tim yang diterbitkan oleh versi plugin yang lebih lama, di tempat: semua yang ada di skema smartcity dan di salinan smartcity_replaced_… yang disimpan kemudian dimiliki oleh peran smartcity_owner (yang tidak dipakai untuk login), fungsi registri tidak lagi dapat dipanggil atau dikelabui oleh peran lain, fid sebuah rekaman tidak lagi dapat berubah, dan konflik hanya dicatat untuk perubahan yang benar-benar ditolak registri. Rekaman, versi, dan log audit tetap persis seperti semula; menjalankannya lagi tidak mengubah apa pun. Jalankan sebagai peran yang menerbitkan registri (atau superuser), melalui koneksi PostgreSQL yang disimpan. Sebelum dijalankan, plugin tidak membuka registri.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="38" />
      <source>Problems fixed</source>
      <translation>Masalah yang diperbaiki</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="61" />
      <source>Fixed: {}</source>
      <translation>Diperbaiki: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="63" />
      <source>The registry was up to date; nothing needed changing.</source>
      <translation>Registri sudah mutakhir; tidak ada yang perlu diubah.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="64" />
      <source>Secured: {}</source>
      <translation>Diamankan: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="59" />
      <source>the downloaded catalogue {}</source>
      <translation>katalog unduhan {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="60" />
      <source>the GeoPackage {}</source>
      <translation>GeoPackage {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="70" />
      <source>ASEAN–Korea category</source>
      <translation>kategori ASEAN–Korea</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="70" />
      <source>Kearney dimension</source>
      <translation>dimensi Kearney</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="71" />
      <source>ASCN focus area</source>
      <translation>bidang fokus ASCN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="105" />
      <source>The choices of {} could not be read: {}</source>
      <translation>Pilihan dari {} tidak dapat dibaca: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/fetch_choices.py" line="31" />
      <source>The sectors of the data could not be read: {}</source>
      <translation>Sektor data tidak dapat dibaca: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="35" />
      <source>Sectors, in any of the sector lists (codes, e.g. water,mobility)</source>
      <translation>Sektor, dalam daftar sektor mana pun (kode, mis. water,mobility)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="36" />
      <source>Donor countries (ISO codes, e.g. US,KR)</source>
      <translation>Negara donor (kode ISO, mis. US,KR)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="37" />
      <source>Agencies (a group also finds its joint projects, e.g. KOICA)</source>
      <translation>Lembaga (kelompok juga menemukan proyek bersamanya, mis. KOICA)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="38" />
      <source>Recipient countries (ISO codes, e.g. KH,LA)</source>
      <translation>Negara penerima (kode ISO, mis. KH,LA)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="39" />
      <source>ASCN cities (city ids)</source>
      <translation>Kota ASCN (id kota)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="41" />
      <source>Active from year</source>
      <translation>Aktif sejak tahun</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="42" />
      <source>Active until year</source>
      <translation>Aktif hingga tahun</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="43" />
      <source>Smallest amount (USD)</source>
      <translation>Nilai terkecil (USD)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="44" />
      <source>Largest amount (USD)</source>
      <translation>Nilai terbesar (USD)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="60" />
      <source>empty: any; choices from {}</source>
      <translation>kosong: apa saja; pilihan dari {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="66" />
      <source>Title contains</source>
      <translation>Judul memuat</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/inputs.py" line="23" />
      <source>The layer {} could not be read.</source>
      <translation>Layer {} tidak dapat dibaca.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/inputs.py" line="41" />
      <source>{} lacks the fields {} needs: {}.</source>
      <translation>{} tidak memiliki field yang diperlukan untuk {}: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/inputs.py" line="42" />
      <source>the filter</source>
      <translation>filter</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/inputs.py" line="56" />
      <source>Unknown sector: {}. Use codes such as water, mobility, kearney.smart_energy or ascn.quality_environment (see the plugin's sectors table).</source>
      <translation>Sektor tidak dikenal: {}. Gunakan kode seperti water, mobility, kearney.smart_energy, atau ascn.quality_environment (lihat tabel sektor plugin).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/pick_lists.py" line="79" />
      <source>{}: there is no choice number {} (the list has {}).</source>
      <translation>{}: tidak ada pilihan nomor {} (daftar berisi {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/pick_widget.py" line="39" />
      <source>other codes, comma-separated</source>
      <translation>kode lain, dipisahkan koma</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/provider.py" line="56" />
      <source>Smart City Cooperation Map {}</source>
      <translation>Smart City Cooperation Map {}</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="2" />
      <source>Security</source>
      <translation>Keamanan</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="3" />
      <source>Health care</source>
      <translation>Layanan kesehatan</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="4" />
      <source>Mobility</source>
      <translation>Mobilitas</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="5" />
      <source>Energy</source>
      <translation>Energi</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="6" />
      <source>Water</source>
      <translation>Air</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="7" />
      <source>Waste</source>
      <translation>Persampahan</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="8" />
      <source>E-Government</source>
      <translation>Pemerintahan elektronik</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="9" />
      <source>Participation</source>
      <translation>Partisipasi warga</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="10" />
      <source>1.1 Road Depression Monitoring</source>
      <translation>1.1 Pemantauan Jalan Amblas</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="11" />
      <source>1.2 Climate Risk Management</source>
      <translation>1.2 Pengelolaan Risiko Iklim</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="12" />
      <source>1.3 Real-time Response System for Accidents</source>
      <translation>1.3 Sistem Tanggap Kecelakaan Waktu Nyata</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="13" />
      <source>1.4 Safety Check for Public Structures</source>
      <translation>1.4 Pemeriksaan Keselamatan Bangunan Publik</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="14" />
      <source>1.5 Maritime Safety System</source>
      <translation>1.5 Sistem Keselamatan Maritim</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="15" />
      <source>2.1 Emergency Patient Management System</source>
      <translation>2.1 Sistem Penanganan Pasien Gawat Darurat</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="16" />
      <source>2.2 Elderly Care System</source>
      <translation>2.2 Sistem Perawatan Lansia</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="17" />
      <source>2.3 Air Quality Monitoring System</source>
      <translation>2.3 Sistem Pemantauan Kualitas Udara</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="18" />
      <source>2.4 Remote Diagnostic System</source>
      <translation>2.4 Sistem Diagnosis Jarak Jauh</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="19" />
      <source>3.1 Tunnel Violation Enforcement Service</source>
      <translation>3.1 Layanan Penindakan Pelanggaran di Terowongan</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="20" />
      <source>3.2 Smart Parking Information System</source>
      <translation>3.2 Sistem Informasi Parkir Cerdas</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="21" />
      <source>3.3 Driving Danger Warning System</source>
      <translation>3.3 Sistem Peringatan Bahaya Berkendara</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="22" />
      <source>3.4 Illegal Parking Enforcement System</source>
      <translation>3.4 Sistem Penindakan Parkir Liar</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="23" />
      <source>3.5 Bicycle Sharing Service</source>
      <translation>3.5 Layanan Berbagi Sepeda</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="24" />
      <source>3.6 Ships Navigation Support System</source>
      <translation>3.6 Sistem Pendukung Navigasi Kapal</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="25" />
      <source>3.7 Bus Information System</source>
      <translation>3.7 Sistem Informasi Bus</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="26" />
      <source>3.8 Public Transport Fare Integration System</source>
      <translation>3.8 Sistem Integrasi Tarif Angkutan Umum</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="27" />
      <source>4.1 Zero Energy House</source>
      <translation>4.1 Rumah Nol Energi</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="28" />
      <source>4.2 Smart Lamp Post</source>
      <translation>4.2 Tiang Lampu Cerdas</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="29" />
      <source>4.3 Electricity Bill Management Service</source>
      <translation>4.3 Layanan Pengelolaan Tagihan Listrik</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="30" />
      <source>5.1 Smart Water Supply System</source>
      <translation>5.1 Sistem Penyediaan Air Minum Cerdas</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="31" />
      <source>5.2 Smart Water Metering System</source>
      <translation>5.2 Sistem Meteran Air Cerdas</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="32" />
      <source>5.3 Fountain Water Quality Information System</source>
      <translation>5.3 Sistem Informasi Kualitas Air Mancur</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="33" />
      <source>5.4 Smart Water Treatment System</source>
      <translation>5.4 Sistem Pengolahan Air Cerdas</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="34" />
      <source>5.5 Intelligent Wastewater Treatment System</source>
      <translation>5.5 Sistem Pengolahan Air Limbah Cerdas</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="35" />
      <source>5.6 Pipeline Leakage Management System</source>
      <translation>5.6 Sistem Pengelolaan Kebocoran Pipa</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="36" />
      <source>6.1 Mobile Payment System for Waste Disposal</source>
      <translation>6.1 Sistem Pembayaran Seluler untuk Pembuangan Sampah</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="37" />
      <source>6.2 Carton Recycling Reward Service</source>
      <translation>6.2 Layanan Insentif Daur Ulang Karton</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="38" />
      <source>6.3 Smart Trash Bin Service</source>
      <translation>6.3 Layanan Tempat Sampah Cerdas</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="39" />
      <source>7.1 Cadastral Resurvey Service Using Drones</source>
      <translation>7.1 Layanan Pengukuran Ulang Kadastral dengan Drone</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="40" />
      <source>7.2 Interactive Legal Knowledge Service</source>
      <translation>7.2 Layanan Informasi Hukum Interaktif</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="41" />
      <source>7.3 Cultural Heritage Management Service</source>
      <translation>7.3 Layanan Pengelolaan Cagar Budaya</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="42" />
      <source>7.4 Digital Tax Payment Service</source>
      <translation>7.4 Layanan Pembayaran Pajak Digital</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="43" />
      <source>7.5 AI Math Education Platform (KnowRe)</source>
      <translation>7.5 Platform Pembelajaran Matematika Berbasis AI (KnowRe)</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="44" />
      <source>7.6 Open GIS Platform</source>
      <translation>7.6 Platform SIG Terbuka</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="45" />
      <source>7.7 Digital Land use and Building Permit</source>
      <translation>7.7 Perizinan Pemanfaatan Lahan dan Bangunan Digital</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="46" />
      <source>7.8 Online Self-Diagnosis of Permit Process</source>
      <translation>7.8 Cek Mandiri Proses Perizinan secara Daring</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="47" />
      <source>8.1 Blockchain-based Local Currency Service</source>
      <translation>8.1 Layanan Mata Uang Lokal Berbasis Blockchain</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="48" />
      <source>8.2 Blockchain-based Voting System</source>
      <translation>8.2 Sistem Pemungutan Suara Berbasis Blockchain</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="49" />
      <source>8.3 Smart VOC Management System</source>
      <translation>8.3 Sistem Pengelolaan Aspirasi Warga (VOC) Cerdas</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="50" />
      <source>8.4 Citizen Participation Platform (Wemap)</source>
      <translation>8.4 Platform Partisipasi Warga (Wemap)</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="51" />
      <source>8.5 Digital Citizen Service</source>
      <translation>8.5 Layanan Warga Digital</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="52" />
      <source>Smart energy</source>
      <translation>Energi cerdas</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="53" />
      <source>Smart environment</source>
      <translation>Lingkungan cerdas</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="54" />
      <source>Smart transport</source>
      <translation>Transportasi cerdas</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="55" />
      <source>Smart IT</source>
      <translation>TI cerdas</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="56" />
      <source>Smart buildings</source>
      <translation>Bangunan cerdas</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="57" />
      <source>Smart healthcare</source>
      <translation>Layanan kesehatan cerdas</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="58" />
      <source>Civic &amp; social</source>
      <translation>Kewargaan &amp; sosial</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="59" />
      <source>Health &amp; well-being</source>
      <translation>Kesehatan &amp; kesejahteraan</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="60" />
      <source>Safety &amp; security</source>
      <translation>Keselamatan &amp; keamanan</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="61" />
      <source>Quality environment</source>
      <translation>Lingkungan berkualitas</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="62" />
      <source>Built infrastructure</source>
      <translation>Infrastruktur terbangun</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="63" />
      <source>Industry &amp; innovation</source>
      <translation>Industri &amp; inovasi</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Brunei</source>
      <translation>Brunei</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Cambodia</source>
      <translation>Kamboja</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Indonesia</source>
      <translation>Indonesia</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Laos</source>
      <translation>Laos</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Malaysia</source>
      <translation>Malaysia</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Myanmar</source>
      <translation>Myanmar</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Philippines</source>
      <translation>Filipina</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Singapore</source>
      <translation>Singapura</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Thailand</source>
      <translation>Thailand</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Viet Nam</source>
      <translation>Vietnam</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Timor-Leste</source>
      <translation>Timor-Leste</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>United States</source>
      <translation>Amerika Serikat</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Korea</source>
      <translation>Korea Selatan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Japan</source>
      <translation>Jepang</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>China</source>
      <translation>Tiongkok</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Australia</source>
      <translation>Australia</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Multilateral</source>
      <translation>Multilateral</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>the Philippines</source>
      <translation>Filipina</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>the United States</source>
      <translation>Amerika Serikat</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>planned</source>
      <translation>direncanakan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>ongoing</source>
      <translation>berjalan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>completed</source>
      <translation>selesai</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>suspended</source>
      <translation>ditangguhkan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>unknown</source>
      <translation>tidak diketahui</translation>
    </message>
  </context>
</TS>
