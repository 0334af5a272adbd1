<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
  <context>
    <name>SmartCityCooperation</name>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="22" />
      <source>{} and {}</source>
      <translation>{} và {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="29" />
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="90" />
      <source>since {}</source>
      <translation>từ năm {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="31" />
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="90" />
      <source>until {}</source>
      <translation>đến năm {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="37" />
      <source>the Mekong countries</source>
      <translation>các nước tiểu vùng Mekong</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="49" />
      <source>All cooperation projects</source>
      <translation>Tất cả các dự án hợp tác</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="49" />
      <source>{} projects</source>
      <translation>Dự án thuộc lĩnh vực {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="52" />
      <source>funded by {}</source>
      <translation>do {} tài trợ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="54" />
      <source>through {}</source>
      <translation>thông qua {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="56" />
      <location filename="../smartcity_plugin/core/describe.py" line="58" />
      <source>in {}</source>
      <translation>tại {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="62" />
      <source>status: {}</source>
      <translation>tình trạng: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="63" />
      <source>titles containing “{}”</source>
      <translation>tên dự án có chứa “{}”</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="71" />
      <source>US$ {:,.0f} to {:,.0f}</source>
      <translation>từ {:,.0f} đến {:,.0f} USD</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="73" />
      <source>at least US$ {:,.0f}</source>
      <translation>tối thiểu {:,.0f} USD</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="75" />
      <source>at most US$ {:,.0f}</source>
      <translation>tối đa {:,.0f} USD</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="58" />
      <source>no coverage data</source>
      <translation>không có dữ liệu vùng phủ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="61" />
      <source>inside {} warned area(s): {}</source>
      <translation>nằm trong {} vùng được cảnh báo lũ: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="62" />
      <source>outside every warned area; the nearest is {:.0f} km away</source>
      <translation>nằm ngoài mọi vùng được cảnh báo lũ; vùng gần nhất cách {:.0f} km</translation>
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
      <translation>chưa đánh giá ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="103" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="244" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="306" />
      <source>ASCN status</source>
      <translation>Tình trạng ASCN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="104" />
      <source>Projects under the filter</source>
      <translation>Dự án theo bộ lọc</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="105" />
      <source>Donors</source>
      <translation>Nhà tài trợ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="106" />
      <source>Sectors covered</source>
      <translation>Lĩnh vực đã có dự án</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="107" />
      <source>No project yet</source>
      <translation>Lĩnh vực chưa có dự án</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="108" />
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="20" />
      <source>US–Korea co-presence</source>
      <translation>Hoa Kỳ – Hàn Quốc cùng hiện diện</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="108" />
      <source>no</source>
      <translation>không</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="108" />
      <source>yes</source>
      <translation>có</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="109" />
      <source>Confidence of the records</source>
      <translation>Độ tin cậy của hồ sơ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="110" />
      <source>Flood warning</source>
      <translation>Cảnh báo lũ</translation>
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
      <translation>chưa công bố</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="146" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="309" />
      <source>Agency</source>
      <translation>Cơ quan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="146" />
      <location filename="../smartcity_plugin/export/summary_table.py" line="150" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="211" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="309" />
      <source>Donor</source>
      <translation>Nhà tài trợ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="146" />
      <source>Project</source>
      <translation>Dự án</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="147" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="214" />
      <source>Sector</source>
      <translation>Lĩnh vực</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="150" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="104" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="216" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="291" />
      <source>Years</source>
      <translation>Thời gian</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="151" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="105" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="217" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="293" />
      <source>Amount</source>
      <translation>Số tiền</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="151" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="218" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="296" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="315" />
      <source>Confidence</source>
      <translation>Độ tin cậy</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="216" />
      <location filename="../smartcity_plugin/export/atlas.py" line="298" />
      <source>{} (continued)</source>
      <translation>{} (tiếp theo)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="245" />
      <source>City cooperation profiles</source>
      <translation>Hồ sơ hợp tác của các thành phố</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="267" />
      <location filename="../smartcity_plugin/export/layouts.py" line="333" />
      <location filename="../smartcity_plugin/gui/dock.py" line="174" />
      <source>{} — lens: {}</source>
      <translation>{} — lăng kính: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="269" />
      <source>{} · City cooperation profile · {}</source>
      <translation>{} · Hồ sơ hợp tác thành phố · {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="270" />
      <source>City cooperation profile · {}</source>
      <translation>Hồ sơ hợp tác thành phố · {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="294" />
      <source>Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]</source>
      <translation>Trang [% @atlas_featurenumber %]/[% @atlas_totalfeatures %]</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="305" />
      <source>No project in this city matches the filter.</source>
      <translation>Không có dự án nào ở thành phố này khớp với bộ lọc.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="45" />
      <source>{}: this is a folder; choose a file name.</source>
      <translation>{}: đây là một thư mục; hãy chọn tên tệp.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="49" />
      <source>{}: the folder {} cannot be created ({}).</source>
      <translation>{}: không thể tạo thư mục {} ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="52" />
      <source>{}: the folder {} is read-only; choose another place.</source>
      <translation>{}: thư mục {} chỉ đọc; hãy chọn nơi khác.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="54" />
      <source>{}: the file is read-only; choose another name.</source>
      <translation>{}: tệp chỉ đọc; hãy chọn tên khác.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="75" />
      <source>{}: the file could not be written completely ({}); the earlier file, if any, is unchanged.</source>
      <translation>{}: không thể ghi trọn vẹn tệp ({}); tệp cũ, nếu có, không bị thay đổi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="78" />
      <source>{}: the file written is incomplete (is the disk full? {} free); the earlier file, if any, is unchanged.</source>
      <translation>{}: tệp đã ghi không đầy đủ (ổ đĩa đầy? còn trống {}); tệp cũ, nếu có, không bị thay đổi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="88" />
      <location filename="../smartcity_plugin/export/exporter.py" line="219" />
      <source>{}: cannot be replaced ({}).</source>
      <translation>{}: không thể thay thế ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="106" />
      <source>the file could not be written (is the folder writable, the file open?)</source>
      <translation>không ghi được tệp (thư mục có cho phép ghi không, tệp có đang mở không?)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="107" />
      <source>not enough memory for this size and resolution</source>
      <translation>không đủ bộ nhớ cho kích thước và độ phân giải này</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="108" />
      <source>the printer could not be started</source>
      <translation>không khởi động được máy in</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="109" />
      <source>a layer could not be exported to SVG</source>
      <translation>không xuất được một lớp sang SVG</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="110" />
      <source>the atlas could not be prepared</source>
      <translation>không chuẩn bị được tập bản đồ (atlas)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="111" />
      <source>cancelled</source>
      <translation>đã hủy</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="114" />
      <source>unknown error {}</source>
      <translation>lỗi không xác định {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="124" />
      <source>{}: unknown format; use one of {}.</source>
      <translation>{}: định dạng không xác định; hãy dùng một trong các định dạng {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="126" />
      <location filename="../smartcity_plugin/export/exporter.py" line="188" />
      <location filename="../smartcity_plugin/export/exporter.py" line="208" />
      <source>{}: cancelled</source>
      <translation>{}: đã hủy</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="191" />
      <location filename="../smartcity_plugin/export/exporter.py" line="210" />
      <source>the atlas could not be exported</source>
      <translation>không xuất được tập bản đồ (atlas)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="203" />
      <source>{}: this is a file; the pages go into a folder of that name.</source>
      <translation>{}: đây là một tệp; các trang được ghi vào thư mục cùng tên.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="63" />
      <source>Areas served by flood forecasting and warning systems, by funder, and the ASCN cities</source>
      <translation>Các vùng được hệ thống dự báo và cảnh báo lũ phục vụ, theo nhà tài trợ, và các thành phố ASCN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="93" />
      <source>Sources: Smart City Cooperation Map contributors, CC BY 4.0, data as of {as_of}: a sourced record of documented cooperation, not a complete inventory (strongest for Korean and US smart-city and flood-warning work; thin for Chinese, Japanese, Australian and multilateral work and for amounts). Per-record sources in the data. Boundaries: Natural Earth (public domain). Flood-warning coverage is approximate (provinces served or hand-drawn basins). Amounts as published; commercial investment is not aid; a regional programme counts in each recipient country.</source>
      <translation>Nguồn: những người đóng góp Smart City Cooperation Map, CC BY 4.0, dữ liệu tính đến {as_of}: bản ghi có nguồn về hợp tác đã được ghi nhận, không phải danh mục đầy đủ (đầy đủ nhất cho các dự án thành phố thông minh và cảnh báo lũ của Hàn Quốc và Hoa Kỳ; còn ít cho hợp tác của Trung Quốc, Nhật Bản, Úc, các tổ chức đa phương và cho số tiền). Nguồn của từng bản ghi có trong dữ liệu. Ranh giới: Natural Earth (phạm vi công cộng). Vùng cảnh báo lũ là gần đúng (các tỉnh được phục vụ hoặc lưu vực vẽ tay). Số tiền như đã công bố; đầu tư thương mại không phải là viện trợ. Một chương trình khu vực được tính ở mỗi nước nhận.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="125" />
      <source>The layout template {} is missing.</source>
      <translation>Không tìm thấy mẫu bố cục {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="128" />
      <source>The layout template {} is not valid XML.</source>
      <translation>Mẫu bố cục {} không phải là XML hợp lệ.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="131" />
      <source>The layout template {} could not be loaded.</source>
      <translation>Không tải được mẫu bố cục {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="144" />
      <source>The filter could not be applied to {}.</source>
      <translation>Không áp dụng được bộ lọc cho {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="224" />
      <source>Cooperation
projects</source>
      <translation>Dự án
hợp tác</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="224" />
      <source>Main sector
(symbol shape)</source>
      <translation>Lĩnh vực chính
(hình ký hiệu)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="225" />
      <source>ASCN cities
(size: number
of projects)</source>
      <translation>Thành phố ASCN
(kích thước:
số dự án)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="226" />
      <source>National and
regional programmes
(countries)</source>
      <translation>Chương trình
quốc gia và khu vực
(cả nước)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="227" />
      <source>Flood-warning
coverage</source>
      <translation>Vùng phủ
cảnh báo lũ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="280" />
      <source>Map extent</source>
      <translation>Phạm vi bản đồ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="302" />
      <source>{} Too many projects for a mark each: at every place each donor's projects share one mark, and the city symbol's size gives their number.</source>
      <translation>{} Quá nhiều dự án để vẽ từng dự án: tại mỗi địa điểm, các dự án của cùng một nhà tài trợ dùng chung một dấu, và kích thước biểu tượng thành phố cho biết số lượng.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="305" />
      <source>Exported {}</source>
      <translation>Ngày xuất: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="312" />
      <source>Unknown template {}; use one of {}.</source>
      <translation>Mẫu {} không xác định; hãy dùng một trong các mẫu {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="324" />
      <source>Smart City Cooperation map</source>
      <translation>Bản đồ Hợp tác Thành phố Thông minh</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="328" />
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="86" />
      <source>Smart city cooperation in ASEAN</source>
      <translation>Hợp tác thành phố thông minh trong ASEAN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/sector_key.py" line="45" />
      <source>Main sector (symbol shape)</source>
      <translation>Lĩnh vực chính (hình ký hiệu)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="29" />
      <source>Commercial (US$)</source>
      <translation>Thương mại (USD)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="29" />
      <source>Grants (US$)</source>
      <translation>Viện trợ không hoàn lại (USD)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="29" />
      <source>Loans (US$)</source>
      <translation>Vốn vay (USD)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="29" />
      <location filename="../smartcity_plugin/layers/group.py" line="205" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="308" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="73" />
      <source>Projects</source>
      <translation>Dự án</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="31" />
      <source>Other kinds (US$)</source>
      <translation>Hình thức khác (USD)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="32" />
      <source>Projects without amount</source>
      <translation>Dự án không công bố số tiền</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="55" />
      <location filename="../smartcity_plugin/gui/summary_view.py" line="95" />
      <source>By donor</source>
      <translation>Theo nhà tài trợ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="55" />
      <location filename="../smartcity_plugin/gui/summary_view.py" line="96" />
      <source>By main sector</source>
      <translation>Theo lĩnh vực chính</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="56" />
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="134" />
      <source>By recipient country</source>
      <translation>Theo quốc gia tiếp nhận</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="134" />
      <source>… {} more</source>
      <translation>… và {} mục khác</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/add_layers.py" line="20" />
      <location filename="../smartcity_plugin/gui/add_layers.py" line="40" />
      <source>Cooperation layers</source>
      <translation>Các lớp hợp tác</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/add_layers.py" line="33" />
      <source>{} projects in {} ASCN cities, with flood-warning coverage.</source>
      <translation>{} dự án tại {} thành phố ASCN, kèm vùng phủ cảnh báo lũ.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/add_layers.py" line="38" />
      <source>The group “{}” is complete; nothing was added.</source>
      <translation>Nhóm “{}” đã đầy đủ; không có gì được thêm.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="50" />
      <location filename="../smartcity_plugin/plugin.py" line="67" />
      <location filename="../smartcity_plugin/plugin.py" line="75" />
      <location filename="../smartcity_plugin/plugin_options.py" line="19" />
      <location filename="../smartcity_plugin/processing/provider.py" line="53" />
      <source>Smart City Cooperation</source>
      <translation>Hợp tác Thành phố Thông minh</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="72" />
      <source>Clear lens</source>
      <translation>Bỏ lăng kính</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="89" />
      <source>Filter</source>
      <translation>Bộ lọc</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="175" />
      <source>Showing: {}.</source>
      <translation>Đang hiển thị: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="193" />
      <source>{}: the filter could not be applied ({}).</source>
      <translation>{}: không áp dụng được bộ lọc ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="206" />
      <source>&lt;p&gt;Too many projects for a mark each: at every place each donor's projects share one mark, and the city symbol's size gives their number.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Quá nhiều dự án để vẽ từng dự án: tại mỗi địa điểm, các dự án của cùng một nhà tài trợ dùng chung một dấu, và kích thước biểu tượng thành phố cho biết số lượng.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="209" />
      <source>&lt;p&gt;The table lists the first {} of {} projects; narrow the filter to see the rest.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Bảng liệt kê {} dự án đầu tiên trong tổng số {} dự án; hãy thu hẹp bộ lọc để xem các dự án còn lại.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="263" />
      <source>{}: the plugin's filter saved in this project cannot be used ({}); the dock starts with no filter.</source>
      <translation>{}: không thể dùng bộ lọc của plugin được lưu trong dự án này ({}); bảng điều khiển bắt đầu không có bộ lọc.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="264" />
      <source>the project</source>
      <translation>dự án</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="21" />
      <source>Cities where both the United States and Korea work, and in which sectors</source>
      <translation>Các thành phố có cả Hoa Kỳ và Hàn Quốc cùng hoạt động, và trong những lĩnh vực nào</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="22" />
      <source>Sector gaps</source>
      <translation>Lĩnh vực còn trống</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="22" />
      <source>Sectors with no project in the chosen cities</source>
      <translation>Các lĩnh vực chưa có dự án tại các thành phố đã chọn</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="23" />
      <source>ASCN cities outside every flood-warning coverage area</source>
      <translation>Các thành phố ASCN nằm ngoài mọi vùng phủ cảnh báo lũ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="23" />
      <source>Outside flood warning</source>
      <translation>Ngoài vùng cảnh báo lũ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="24" />
      <source>Cambodia, Laos, Myanmar, Thailand, Viet Nam</source>
      <translation>Campuchia, Lào, Myanmar, Thái Lan, Việt Nam</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="24" />
      <source>Mekong focal area</source>
      <translation>Khu vực trọng điểm Mekong</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="35" />
      <source>Lenses</source>
      <translation>Góc nhìn phân tích</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="46" />
      <location filename="../smartcity_plugin/plugin_actions.py" line="33" />
      <source>Export map for a report…</source>
      <translation>Xuất bản đồ cho báo cáo…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="50" />
      <source>Reload data</source>
      <translation>Tải lại dữ liệu</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="53" />
      <source>Read the data again: shows what others saved in the team registry since it was last loaded</source>
      <translation>Đọc lại dữ liệu: hiển thị những gì người khác đã lưu vào sổ đăng ký chung của nhóm kể từ lần tải trước</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="56" />
      <location filename="../smartcity_plugin/plugin_actions.py" line="43" />
      <source>Fetch IATI activities…</source>
      <translation>Lấy hoạt động IATI…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="58" />
      <source>Current activities of chosen donors and countries from d-portal or the IATI Datastore</source>
      <translation>Hoạt động hiện tại của các nhà tài trợ và quốc gia đã chọn từ d-portal hoặc IATI Datastore</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="59" />
      <source>Map, A4 landscape</source>
      <translation>Bản đồ, A4 khổ ngang</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="59" />
      <source>Map, A4 portrait</source>
      <translation>Bản đồ, A4 khổ dọc</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="60" />
      <source>Map, A3 landscape</source>
      <translation>Bản đồ, A3 khổ ngang</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="60" />
      <source>Map, A3 portrait</source>
      <translation>Bản đồ, A3 khổ dọc</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="61" />
      <source>City cooperation profiles (atlas, one page per city)</source>
      <translation>Hồ sơ hợp tác của các thành phố (tập bản đồ, mỗi thành phố một trang)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="77" />
      <source>Export map for a report</source>
      <translation>Xuất bản đồ cho báo cáo</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="84" />
      <source>Cooperation projects, cities and flood-warning coverage</source>
      <translation>Dự án hợp tác, thành phố và vùng phủ cảnh báo lũ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="85" />
      <source>Flood-warning coverage and the ASCN cities</source>
      <translation>Vùng phủ cảnh báo lũ và các thành phố ASCN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="89" />
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="59" />
      <source>One file per city</source>
      <translation>Mỗi thành phố một tệp</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="90" />
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="57" />
      <source>Leave out cities with no matching project</source>
      <translation>Bỏ qua các thành phố không có dự án phù hợp</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="92" />
      <source>Every city the filter keeps</source>
      <translation>Mọi thành phố theo bộ lọc</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="101" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="59" />
      <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
      <translation>PDF (*.pdf);;Ảnh PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="107" />
      <source>Cancel export</source>
      <translation>Hủy xuất</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="107" />
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="118" />
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="211" />
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="221" />
      <source>Export</source>
      <translation>Xuất</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="119" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="53" />
      <source>Contents</source>
      <translation>Nội dung</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="120" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="106" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="308" />
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="58" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="55" />
      <source>Title</source>
      <translation>Tiêu đề</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="121" />
      <source>Formats</source>
      <translation>Định dạng</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="122" />
      <source>City pages</source>
      <translation>Trang thành phố</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="124" />
      <source>Resolution</source>
      <translation>Độ phân giải</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="125" />
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="83" />
      <source>File</source>
      <translation>Tệp</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="186" />
      <source>Replace files?</source>
      <translation>Thay thế tệp?</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="186" />
      <source>These files exist and would be replaced:
{}</source>
      <translation>Các tệp sau đã tồn tại và sẽ bị thay thế:
{}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="195" />
      <source>Choose a file and at least one format.</source>
      <translation>Hãy chọn một tệp và ít nhất một định dạng.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="203" />
      <source>Exporting {}</source>
      <translation>Đang xuất {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="220" />
      <source>Written: {}</source>
      <translation>Đã ghi: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="44" />
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="200" />
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="203" />
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="38" />
      <source>Fetch IATI activities</source>
      <translation>Lấy hoạt động IATI</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="60" />
      <source>other ISO codes, e.g. KR, JP</source>
      <translation>mã ISO khác, ví dụ KR, JP</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="65" />
      <source>other IATI organisation identifiers</source>
      <translation>mã định danh tổ chức IATI khác</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="72" />
      <source>or 5-digit DAC codes, e.g. 14020</source>
      <translation>hoặc mã DAC 5 chữ số, ví dụ 14020</translation>
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
      <translation>Đặt tại nước tiếp nhận (độ chính xác 6)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="83" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="65" />
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="89" />
      <source>Keep them without geometry</source>
      <translation>Giữ lại, không có hình học</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="84" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="73" />
      <source>Show this GeoPackage in the plugin afterwards</source>
      <translation>Hiển thị GeoPackage này trong plugin sau khi nhập</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="86" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="75" />
      <source>Add the problems found to the map</source>
      <translation>Thêm các vấn đề tìm thấy vào bản đồ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="89" />
      <source>Cancel fetch</source>
      <translation>Hủy lấy dữ liệu</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="89" />
      <source>Fetch</source>
      <translation>Lấy</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="101" />
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="55" />
      <source>Service</source>
      <translation>Dịch vụ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="102" />
      <source>Address</source>
      <translation>Địa chỉ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="103" />
      <source>Key (IATI Datastore)</source>
      <translation>Khóa (IATI Datastore)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="104" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="101" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="355" />
      <source>Recipient countries</source>
      <translation>Nước tiếp nhận</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="105" />
      <source>Reporting organisations</source>
      <translation>Tổ chức báo cáo</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="106" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="97" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="312" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="356" />
      <source>Sectors</source>
      <translation>Lĩnh vực</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="107" />
      <source>Running between the years</source>
      <translation>Đang thực hiện trong các năm</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="109" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="91" />
      <source>Into GeoPackage</source>
      <translation>Vào GeoPackage</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="110" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="92" />
      <source>Without coordinates</source>
      <translation>Không có tọa độ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="156" />
      <source>Choose a GeoPackage to fetch into.</source>
      <translation>Chọn GeoPackage để lấy dữ liệu vào.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="159" />
      <source>The IATI Datastore needs a subscription key: choose the authentication configuration that holds it, or use d-portal, which needs none.</source>
      <translation>IATI Datastore cần khóa đăng ký: chọn cấu hình xác thực chứa khóa, hoặc dùng d-portal, không cần khóa.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="199" />
      <source>the fetch was cancelled; the data was not changed.</source>
      <translation>việc lấy dữ liệu đã bị hủy; dữ liệu không bị thay đổi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="28" />
      <source>Smart-city solution categories (ASEAN–Korea)</source>
      <translation>Nhóm giải pháp thành phố thông minh (ASEAN – Hàn Quốc)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="29" />
      <source>Smart dimensions (Kearney)</source>
      <translation>Các khía cạnh thông minh (Kearney)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="30" />
      <source>ASCN focus areas</source>
      <translation>Lĩnh vực trọng tâm ASCN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="51" />
      <source>Search cities…</source>
      <translation>Tìm thành phố…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="57" />
      <source>Words in the project title</source>
      <translation>Từ trong tên dự án</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="58" />
      <source>Reset</source>
      <translation>Đặt lại</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="96" />
      <source>Sector list</source>
      <translation>Danh mục lĩnh vực</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="99" />
      <source>Donor countries</source>
      <translation>Nước tài trợ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="100" />
      <source>Agencies</source>
      <translation>Cơ quan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="102" />
      <location filename="../smartcity_plugin/layers/group.py" line="59" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="311" />
      <source>ASCN cities</source>
      <translation>Thành phố ASCN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="103" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="312" />
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="40" />
      <source>Status</source>
      <translation>Tình trạng</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="139" />
      <source>No sector of this list stands only for {}: the sector choice was cleared.</source>
      <translation>Không lĩnh vực nào trong danh sách này chỉ ứng với {}: lựa chọn lĩnh vực đã được xóa.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="141" />
      <source>{} said in this list covers less than before: check the sectors.</source>
      <translation>{} theo danh sách này bao quát ít hơn trước: hãy kiểm tra các lĩnh vực.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="143" />
      <source>{} said in this list.</source>
      <translation>{} theo danh sách này.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/iati_refresh.py" line="33" />
      <source>This project keeps no IATI query: fetch activities first (Fetch IATI activities…), save the project, and Refresh from IATI runs the query again.</source>
      <translation>Dự án này không lưu truy vấn IATI nào: hãy lấy hoạt động trước (Lấy hoạt động IATI…), lưu dự án, rồi Làm mới từ IATI sẽ chạy lại truy vấn.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/iati_refresh.py" line="37" />
      <source>Refreshing {} IATI queries kept in the project.</source>
      <translation>Đang làm mới {} truy vấn IATI được lưu trong dự án.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="63" />
      <source>The plugin now shows the bundled data.</source>
      <translation>Plugin hiện đang hiển thị dữ liệu đi kèm.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="65" />
      <location filename="../smartcity_plugin/processing/choices.py" line="65" />
      <source>The plugin now shows {}.</source>
      <translation>Plugin hiện đang hiển thị {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="81" />
      <source>Updating the catalogue from {}</source>
      <translation>Đang cập nhật danh mục từ {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="95" />
      <source>{}: the catalogue update failed ({}).</source>
      <translation>{}: cập nhật danh mục thất bại ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="115" />
      <source>No catalogue address is set: enter it as {} in Settings ▸ Options ▸ Advanced. The plugin goes on with the data it has.</source>
      <translation>Chưa đặt địa chỉ danh mục: hãy nhập địa chỉ vào khóa {} trong Settings ▸ Options ▸ Advanced (Cài đặt ▸ Tùy chọn ▸ Nâng cao). Plugin tiếp tục dùng dữ liệu hiện có.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="122" />
      <source>{}: the catalogue update was cancelled; nothing was changed.</source>
      <translation>{}: đã hủy cập nhật danh mục; không có gì thay đổi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="125" />
      <source>Catalogue updated from {} (retrieved {}).</source>
      <translation>Đã cập nhật danh mục từ {} (tải về lúc {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="147" />
      <source>Use my GeoPackage</source>
      <translation>Dùng GeoPackage của tôi</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="52" />
      <source>Import projects</source>
      <translation>Nhập dự án</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="57" />
      <source>IATI XML or CSV (*.xml *.csv *.txt *.tsv);;All files (*)</source>
      <translation>IATI XML hoặc CSV (*.xml *.csv *.txt *.tsv);;Tất cả các tệp (*)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="68" />
      <source>CSV only: field=column; … (recognised columns need none)</source>
      <translation>Chỉ với CSV: trường=cột; … (cột đã nhận diện được thì không cần khai báo)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="69" />
      <source>Columns…</source>
      <translation>Cột…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="77" />
      <source>Cancel import</source>
      <translation>Hủy nhập</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="77" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="187" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="190" />
      <source>Import</source>
      <translation>Nhập</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="89" />
      <source>IATI or CSV file</source>
      <translation>Tệp IATI hoặc CSV</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="93" />
      <source>CSV columns</source>
      <translation>Cột CSV</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="152" />
      <source>Choose a file to import and a GeoPackage to import into.</source>
      <translation>Hãy chọn tệp cần nhập và GeoPackage để nhập vào.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="159" />
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="66" />
      <source>Mapping: {}</source>
      <translation>Ánh xạ: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="186" />
      <source>the import was cancelled or failed.</source>
      <translation>việc nhập đã bị hủy hoặc không thành công.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_mapping.py" line="46" />
      <source>Columns of {}</source>
      <translation>Các cột của {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_mapping.py" line="57" />
      <source>Recognised columns are chosen already (HXL hashtags and field names). Choose a column for each field the file has.</source>
      <translation>Các cột nhận diện được (theo thẻ HXL và tên trường) đã được chọn sẵn. Hãy chọn một cột cho mỗi trường mà tệp có.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_mapping.py" line="65" />
      <source>(not in the file)</source>
      <translation>(không có trong tệp)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_results.py" line="26" />
      <source>Into the team registry ({}), checked by its rules and audited</source>
      <translation>Vào sổ đăng ký chung của nhóm ({}), được kiểm tra theo quy tắc của sổ và ghi vào nhật ký kiểm tra</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_results.py" line="54" />
      <source>Import problems: {}</source>
      <translation>Vấn đề khi nhập: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_task.py" line="71" />
      <source>{} problems found in the projects.</source>
      <translation>Tìm thấy {} vấn đề trong các dự án.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="55" />
      <source>both in {}</source>
      <translation>cả hai cùng ở lĩnh vực {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="56" />
      <source>in different sectors</source>
      <translation>ở các lĩnh vực khác nhau</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="60" />
      <source>&lt;b&gt;US–Korea co-presence&lt;/b&gt;: {} cities where both work.</source>
      <translation>&lt;b&gt;Hoa Kỳ – Hàn Quốc cùng hiện diện&lt;/b&gt;: {} thành phố có cả hai nước cùng hoạt động.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="76" />
      <source>every sector covered</source>
      <translation>mọi lĩnh vực đều đã có dự án</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="80" />
      <source>&lt;b&gt;Sector gaps&lt;/b&gt;: sectors with no project under the current filter.</source>
      <translation>&lt;b&gt;Lĩnh vực còn trống&lt;/b&gt;: các lĩnh vực chưa có dự án theo bộ lọc hiện tại.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="95" />
      <source> — {:.0f} km to the nearest warned area</source>
      <translation> — cách vùng được cảnh báo lũ gần nhất {:.0f} km</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="99" />
      <source>&lt;b&gt;Outside flood warning&lt;/b&gt;: {} of {} ASCN cities lie outside every coverage area.</source>
      <translation>&lt;b&gt;Ngoài vùng cảnh báo lũ&lt;/b&gt;: {} trong số {} thành phố ASCN nằm ngoài mọi vùng phủ.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="107" />
      <source>&lt;b&gt;Mekong focal area&lt;/b&gt;: projects in Cambodia, Laos, Myanmar, Thailand and Viet Nam.</source>
      <translation>&lt;b&gt;Khu vực trọng điểm Mekong&lt;/b&gt;: các dự án tại Campuchia, Lào, Myanmar, Thái Lan và Việt Nam.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="25" />
      <source>Accept a plain-http catalogue address (a private network only)</source>
      <translation>Chấp nhận địa chỉ danh mục http thường (chỉ mạng nội bộ)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="30" />
      <source>Catalogue address</source>
      <translation>Địa chỉ danh mục</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="32" />
      <source>Export folder</source>
      <translation>Thư mục xuất</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="34" />
      <location filename="../smartcity_plugin/io/registry/store.py" line="39" />
      <location filename="../smartcity_plugin/processing/choices.py" line="55" />
      <source>the team registry ({})</source>
      <translation>sổ đăng ký chung của nhóm ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="35" />
      <location filename="../smartcity_plugin/processing/choices.py" line="57" />
      <source>the bundled data</source>
      <translation>dữ liệu đi kèm</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="36" />
      <source>Data shown: {} (change it in the Smart City Cooperation menu)</source>
      <translation>Dữ liệu đang hiển thị: {} (thay đổi trong trình đơn Hợp tác Thành phố Thông minh)</translation>
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
      <translation>Plugin hiện đang hiển thị sổ đăng ký chung của nhóm tại "{}" (công bố lúc {} bởi {}; dữ liệu cập nhật đến {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/registry_source.py" line="41" />
      <source>Your database role {} may view and filter it but not edit it.</source>
      <translation>Vai trò cơ sở dữ liệu {} của bạn được xem và lọc nhưng không được chỉnh sửa sổ đăng ký này.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/registry_source.py" line="52" />
      <source>QGIS has no saved PostgreSQL connection. Add one in Data Source Manager ▸ PostgreSQL (with an authentication configuration for the user name and password), then try again.</source>
      <translation>QGIS chưa có kết nối PostgreSQL nào được lưu. Hãy thêm một kết nối trong Data Source Manager ▸ PostgreSQL (Trình quản lý nguồn dữ liệu ▸ PostgreSQL), kèm một cấu hình xác thực cho tên người dùng và mật khẩu, rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/registry_source.py" line="57" />
      <source>Use the team registry</source>
      <translation>Dùng sổ đăng ký chung của nhóm</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/registry_source.py" line="58" />
      <source>PostgreSQL connection of the registry:</source>
      <translation>Kết nối PostgreSQL của sổ đăng ký:</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="314" />
      <source>Amount (USD)</source>
      <translation>Số tiền (USD)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="215" />
      <source>Recipient</source>
      <translation>Nước tiếp nhận</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="124" />
      <source>Copy rows</source>
      <translation>Sao chép các dòng</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="125" />
      <source>Export table as CSV…</source>
      <translation>Xuất bảng ra CSV…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="129" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="129" />
      <source>Export table as CSV</source>
      <translation>Xuất bảng ra CSV</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="136" />
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="114" />
      <source>{} projects written to {}.</source>
      <translation>Đã ghi {} dự án vào {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="204" />
      <source>“{}” has no location on the map.</source>
      <translation>“{}” không có vị trí trên bản đồ.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="232" />
      <source>“{}” is a national or regional programme in {}: its countries are outlined on the map.</source>
      <translation>“{}” là chương trình cấp quốc gia hoặc khu vực tại {}: các quốc gia này được viền trên bản đồ.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="36" />
      <source>commercial investment (not aid)</source>
      <translation>đầu tư thương mại (không phải viện trợ)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="36" />
      <source>grant</source>
      <translation>viện trợ không hoàn lại</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="36" />
      <source>loan</source>
      <translation>vốn vay</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="37" />
      <source>in kind</source>
      <translation>hỗ trợ phi tài chính</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="37" />
      <source>kind not known</source>
      <translation>chưa rõ hình thức</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="49" />
      <source>main sector {}</source>
      <translation>lĩnh vực chính {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="51" />
      <source>(matched on a secondary sector)</source>
      <translation>(khớp theo lĩnh vực phụ)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="58" />
      <source>a national or regional programme in {}</source>
      <translation>chương trình cấp quốc gia hoặc khu vực tại {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="59" />
      <source>(no title)</source>
      <translation>(không có tên)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="70" />
      <source>&lt;b&gt;These amounts are made of {} projects&lt;/b&gt;, largest first:</source>
      <translation>&lt;b&gt;Các số tiền này gồm {} dự án&lt;/b&gt;, lớn nhất trước:</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="74" />
      <source>… and {} more with a published amount: sort the table by amount to see them.</source>
      <translation>… và thêm {} dự án có số tiền công bố: sắp xếp bảng theo số tiền để xem.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="83" />
      <source>Which projects make these amounts? List the largest of {}.</source>
      <translation>Những dự án nào tạo nên các số tiền này? Liệt kê các dự án lớn nhất trong số {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="98" />
      <source>Years ({}): a project counts when it runs in any of these years; it may have begun earlier or go on later.</source>
      <translation>Năm ({}): một dự án được tính khi nó diễn ra trong bất kỳ năm nào trong số này; dự án có thể bắt đầu sớm hơn hoặc kéo dài muộn hơn.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="102" />
      <source>{} projects run into {} from earlier years.</source>
      <translation>{} dự án bắt đầu từ những năm trước và kéo dài đến {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="105" />
      <source>{} projects go on after {}.</source>
      <translation>{} dự án kéo dài sau {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="107" />
      <source>{} projects have no published end year and are taken as still running.</source>
      <translation>{} dự án chưa công bố năm kết thúc và được coi là vẫn đang thực hiện.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="110" />
      <source>{} projects match on a secondary sector: their main sector is another (see By main sector).</source>
      <translation>{} dự án khớp theo lĩnh vực phụ: lĩnh vực chính của chúng là lĩnh vực khác (xem Theo lĩnh vực chính).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="121" />
      <source>Commercial</source>
      <translation>Thương mại</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="121" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="40" />
      <source>Grants</source>
      <translation>Viện trợ không hoàn lại</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="121" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="40" />
      <source>Loans</source>
      <translation>Vốn vay</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="121" />
      <location filename="../smartcity_plugin/layers/placement.py" line="203" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="67" />
      <source>Other</source>
      <translation>Khác</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="129" />
      <source>no country given</source>
      <translation>không ghi quốc gia</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="132" />
      <source>A regional programme counts in each of its countries, so the rows add up to more than the total.</source>
      <translation>Một chương trình khu vực được tính ở mỗi quốc gia của nó, nên tổng các dòng lớn hơn tổng chung.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="135" />
      <location filename="../smartcity_plugin/gui/summary_view.py" line="69" />
      <source>projects</source>
      <translation>dự án</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="70" />
      <source>published</source>
      <translation>đã công bố</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="81" />
      <source>&lt;b&gt;{} projects&lt;/b&gt; in &lt;b&gt;{} ASCN cities&lt;/b&gt;</source>
      <translation>&lt;b&gt;{} dự án&lt;/b&gt; tại &lt;b&gt;{} thành phố ASCN&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="88" />
      <source>Published amounts: {}</source>
      <translation>Số tiền đã công bố: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="88" />
      <location filename="../smartcity_plugin/io/download.py" line="128" />
      <source>none</source>
      <translation>không có</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="89" />
      <source>{} projects without a published amount</source>
      <translation>{} dự án chưa công bố số tiền</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/widgets.py" line="165" />
      <location filename="../smartcity_plugin/gui/widgets.py" line="177" />
      <location filename="../smartcity_plugin/processing/pick_widget.py" line="33" />
      <source>any</source>
      <translation>bất kỳ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/catalogue.py" line="80" />
      <source>holds no SHA-256 checksum.</source>
      <translation>không có mã kiểm tra (checksum) SHA-256.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/catalogue.py" line="84" />
      <source>the checksum does not match ({} expected, {} received); the catalogue was not changed.</source>
      <translation>mã kiểm tra không khớp (cần {}, nhận được {}); danh mục không bị thay đổi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/catalogue.py" line="90" />
      <source>not the plugin's catalogue: {}</source>
      <translation>không phải danh mục của plugin: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="32" />
      <source>Latitude and longitude swapped</source>
      <translation>Vĩ độ và kinh độ bị đảo</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="33" />
      <source>Point outside its recipient country</source>
      <translation>Điểm nằm ngoài nước tiếp nhận</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="34" />
      <source>Point at sea</source>
      <translation>Điểm nằm trên biển</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="35" />
      <source>Percentages do not add up to 100</source>
      <translation>Tổng tỷ lệ phần trăm khác 100</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="36" />
      <source>No source</source>
      <translation>Thiếu nguồn</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="37" />
      <source>Duplicate id</source>
      <translation>Trùng mã</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="38" />
      <source>Date in the future</source>
      <translation>Ngày trong tương lai</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="39" />
      <source>Unreadable value</source>
      <translation>Giá trị không đọc được</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="40" />
      <source>No id</source>
      <translation>Thiếu mã</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="41" />
      <source>Donor unknown</source>
      <translation>Không rõ nhà tài trợ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="42" />
      <source>Negative net commitment</source>
      <translation>Cam kết ròng âm</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="43" />
      <source>Refused by the team registry's rules</source>
      <translation>Bị quy tắc của sổ đăng ký chung của nhóm từ chối</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="44" />
      <source>Too large: cut</source>
      <translation>Quá lớn: đã cắt</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="64" />
      <source>{} (and {} more of this kind)</source>
      <translation>{} (và thêm {} lỗi cùng loại)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="93" />
      <source>the id {} appears more than once.</source>
      <translation>mã {} xuất hiện nhiều lần.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="98" />
      <source>no source title or URL.</source>
      <translation>không có tên hoặc URL của nguồn.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="133" />
      <source>latitude {:g} is impossible: latitude and longitude are swapped; the problem is shown where the point would be (latitude {:g}, longitude {:g}).</source>
      <translation>vĩ độ {:g} là không thể có: vĩ độ và kinh độ bị đảo; vấn đề được hiển thị tại vị trí đúng của điểm sau khi đảo lại (vĩ độ {:g}, kinh độ {:g}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="136" />
      <source>coordinates {:g}, {:g} are out of range.</source>
      <translation>tọa độ {:g}, {:g} nằm ngoài phạm vi hợp lệ.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="141" />
      <source>the point (latitude {:g}, longitude {:g}) lies outside {}; swapped, it lies inside: latitude and longitude are probably swapped.</source>
      <translation>điểm (vĩ độ {:g}, kinh độ {:g}) nằm ngoài {}; khi đảo lại thì nằm bên trong: có lẽ vĩ độ và kinh độ đã bị đảo.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="155" />
      <source>the point (latitude {:g}, longitude {:g}) is at sea, more than {:g}° from any coast.</source>
      <translation>điểm (vĩ độ {:g}, kinh độ {:g}) nằm trên biển, cách mọi bờ biển hơn {:g}°.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="159" />
      <source>no country</source>
      <translation>vùng không thuộc quốc gia nào</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="160" />
      <source>the point (latitude {:g}, longitude {:g}) lies in {}, not in its recipient country {}.</source>
      <translation>điểm (vĩ độ {:g}, kinh độ {:g}) nằm ở {}, không nằm trong nước tiếp nhận {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="194" />
      <source>the source date {} is in the future.</source>
      <translation>ngày của nguồn {} là ngày trong tương lai.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="196" />
      <source>the project is {} but starts in {}.</source>
      <translation>dự án có tình trạng {} nhưng bắt đầu vào năm {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="198" />
      <source>the start year {} is implausibly far ahead.</source>
      <translation>năm bắt đầu {} quá xa trong tương lai, khó có thể đúng.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="200" />
      <source>the project is completed but ends in {}.</source>
      <translation>dự án đã hoàn thành nhưng kết thúc vào năm {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="202" />
      <source>the end year {} is implausibly far ahead.</source>
      <translation>năm kết thúc {} quá xa trong tương lai, khó có thể đúng.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="35" />
      <source>no coordinate columns (latitude and longitude, or #geo+lat and #geo+lon) and no country column: the projects could not be placed. Name the columns in a mapping, e.g. latitude=Lat;longitude=Lon.</source>
      <translation>không có cột tọa độ (latitude và longitude, hoặc #geo+lat và #geo+lon) và không có cột quốc gia: không xác định được vị trí các dự án. Hãy khai báo các cột trong phần ánh xạ, ví dụ latitude=Lat;longitude=Lon.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="39" />
      <source>a latitude column without a longitude column, or the reverse.</source>
      <translation>có cột vĩ độ mà không có cột kinh độ, hoặc ngược lại.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="41" />
      <source>no id, title or organisation column: nothing tells the projects apart. Map one, e.g. project_id=ID.</source>
      <translation>không có cột mã, tên hoặc tổ chức: không có gì để phân biệt các dự án. Hãy ánh xạ một cột, ví dụ project_id=ID.</translation>
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
      <translation>đã hủy; không có gì được ghi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="67" />
      <source>the table has headers but no data rows.</source>
      <translation>bảng có dòng tiêu đề nhưng không có dòng dữ liệu.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="80" />
      <source>column {} ignored: another column feeds the same field.</source>
      <translation>bỏ qua cột {}: một cột khác đã cung cấp dữ liệu cho cùng trường này.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="50" />
      <source>line {}</source>
      <translation>dòng {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="64" />
      <source>Locations from the table {}: {}.</source>
      <translation>Vị trí từ bảng {}: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="87" />
      <source>{}: recipient country '{}' is not a country code or name.</source>
      <translation>{}: nước tiếp nhận '{}' không phải là mã hay tên quốc gia.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="96" />
      <source>Status in the source: {}.</source>
      <translation>Tình trạng trong nguồn: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="101" />
      <source>Confidence in the source: {}.</source>
      <translation>Độ tin cậy trong nguồn: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="106" />
      <source>Finance type in the source: {}.</source>
      <translation>Hình thức tài chính trong nguồn: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="111" />
      <source>{}: '{}' has no year.</source>
      <translation>{}: '{}' không có năm.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="119" />
      <source>{}: amount '{}' is not a number.</source>
      <translation>{}: số tiền '{}' không phải là số.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="121" />
      <source>CSV file {}</source>
      <translation>Tệp CSV {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="149" />
      <source>{}: the donor country is unknown ('{}'): no country code, and the plugin's organisation table does not know the donor.</source>
      <translation>{}: không rõ quốc gia tài trợ ('{}'): không có mã quốc gia, và bảng tổ chức của plugin không biết nhà tài trợ này.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="153" />
      <source>Donors in the source: {} ({}).</source>
      <translation>Các nhà tài trợ trong nguồn: {} ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="171" />
      <source>Sectors without a category in the plugin's crosswalk: {}.</source>
      <translation>Lĩnh vực chưa có nhóm tương ứng trong bảng đối chiếu của plugin: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="179" />
      <source>{}: coordinates '{}', '{}' are not numbers.</source>
      <translation>{}: tọa độ '{}', '{}' không phải là số.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="183" />
      <source>{}: a latitude without a longitude or the reverse.</source>
      <translation>{}: có vĩ độ mà không có kinh độ, hoặc ngược lại.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="198" />
      <source>Placed inside the admin-1 unit {} (Natural Earth).</source>
      <translation>Đặt trong đơn vị hành chính cấp 1 {} (Natural Earth).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="213" />
      <source>{}: precision '{}' is not an AidData code 1-8.</source>
      <translation>{}: độ chính xác '{}' không phải là mã AidData 1-8.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="218" />
      <source>a row with neither an id nor a title; it was not imported.</source>
      <translation>một dòng không có cả mã lẫn tên; dòng này không được nhập.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="227" />
      <source>rows with the id {} have different titles ('{}', '{}').</source>
      <translation>các dòng có mã {} mang tên khác nhau ('{}', '{}').</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="40" />
      <source>column {}</source>
      <translation>cột {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="59" />
      <source>line {}: {}.</source>
      <translation>dòng {}: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="67" />
      <source>line {} is not {} text (byte 0x{:02x}); save the file as UTF-8 or give its encoding.</source>
      <translation>dòng {} không phải văn bản {} (byte 0x{:02x}); hãy lưu tệp dưới dạng UTF-8 hoặc chỉ rõ bảng mã của tệp.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="75" />
      <location filename="../smartcity_plugin/io/store.py" line="56" />
      <location filename="../smartcity_plugin/io/xml_stream.py" line="140" />
      <source>the file does not exist.</source>
      <translation>tệp không tồn tại.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="77" />
      <location filename="../smartcity_plugin/io/xml_stream.py" line="143" />
      <source>the file is empty.</source>
      <translation>tệp trống.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="85" />
      <source>unknown encoding {}.</source>
      <translation>bảng mã không xác định {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="87" />
      <source>this is not a text file (it holds NUL bytes).</source>
      <translation>đây không phải tệp văn bản (tệp chứa byte NUL).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="98" />
      <source>not a readable CSV table ({}).</source>
      <translation>không phải bảng CSV đọc được ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="100" />
      <source>the file holds no rows.</source>
      <translation>tệp không có dòng nào.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="169" />
      <source>the mapping names a column '{}' the file does not have (columns: {}).</source>
      <translation>phần ánh xạ nêu cột '{}' mà tệp không có (các cột: {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="182" />
      <source>'{}' is not a field=column pair.</source>
      <translation>'{}' không phải là cặp trường=cột.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="184" />
      <source>'{}' is not a field the importer knows (fields: {}).</source>
      <translation>'{}' không phải là trường mà công cụ nhập nhận biết (các trường: {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="33" />
      <source>{} is plain http, which anyone on the network can change; use an https address, or allow http in the setting {} if you trust the network.</source>
      <translation>{} là địa chỉ http thường, bất kỳ ai trên mạng cũng có thể thay đổi nội dung; hãy dùng địa chỉ https, hoặc cho phép http trong thiết lập {} nếu bạn tin tưởng mạng này.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="36" />
      <source>only https addresses can be downloaded (http when allowed).</source>
      <translation>chỉ có thể tải xuống từ địa chỉ https (http khi được cho phép).</translation>
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
      <translation>không ghi được ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="118" />
      <source>the download from {} was cancelled; nothing was changed.</source>
      <translation>việc tải xuống từ {} đã bị hủy; không có gì thay đổi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="121" />
      <source>the download from {} is larger than {} MB and was stopped; nothing was changed.</source>
      <translation>tệp tải xuống từ {} lớn hơn {} MB và đã bị dừng; không có gì thay đổi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="124" />
      <source>the download from {} did not finish within {:g} s and was stopped; nothing was changed.</source>
      <translation>việc tải xuống từ {} không hoàn tất trong {:g} giây và đã bị dừng; không có gì thay đổi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="128" />
      <source>HTTP status {}</source>
      <translation>mã trạng thái HTTP {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="129" />
      <source>download from {} failed ({}); the plugin goes on with the data it has.</source>
      <translation>tải về từ {} không thành công ({}); plugin tiếp tục dùng dữ liệu hiện có.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="133" />
      <source>the download from {} is incomplete ({} of {} bytes).</source>
      <translation>dữ liệu tải về từ {} chưa đầy đủ ({}/{} byte).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="56" />
      <source>{} query ({})</source>
      <translation>Truy vấn {} ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="57" />
      <source>IATI activity file {}</source>
      <translation>Tệp hoạt động IATI {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="62" />
      <source>Fetched from {} on {} UTC: {}.</source>
      <translation>Lấy từ {} lúc {} UTC: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="63" />
      <source>Imported from the IATI file {} on {}.</source>
      <translation>Được nhập từ tệp IATI {} vào ngày {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="80" />
      <source>{}: {} of {} have no percentage.</source>
      <translation>{}: {} trong số {} mục không có tỷ lệ phần trăm.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="82" />
      <source>{}: the percentages add up to {:g}, not 100.</source>
      <translation>{}: tổng tỷ lệ phần trăm là {:g}, không phải 100.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="135" />
      <source>accountable</source>
      <translation>chịu trách nhiệm</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="135" />
      <source>extending</source>
      <translation>quản lý vốn</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="135" />
      <source>funding</source>
      <translation>tài trợ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="135" />
      <source>implementing</source>
      <translation>thực hiện</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="136" />
      <source>actual start</source>
      <translation>bắt đầu thực tế</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="136" />
      <source>planned end</source>
      <translation>kết thúc theo kế hoạch</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="136" />
      <source>planned start</source>
      <translation>bắt đầu theo kế hoạch</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="137" />
      <source>actual end</source>
      <translation>kết thúc thực tế</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="179" />
      <source>the activity at line {} has no iati-identifier; it was not imported.</source>
      <translation>hoạt động tại dòng {} không có iati-identifier; hoạt động này không được nhập.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="204" />
      <source>IATI last updated {}.</source>
      <translation>IATI cập nhật lần cuối: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="279" />
      <source>no funding organisation, and {} reports for others</source>
      <translation>không có tổ chức tài trợ, và {} báo cáo thay cho tổ chức khác</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="281" />
      <source>no funding organisation, and the reporting organisation {} is not known</source>
      <translation>không có tổ chức tài trợ, và không rõ tổ chức báo cáo {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="283" />
      <source>the donor country is unknown: {}. Neither the identifiers nor the plugin's organisation table name a country.</source>
      <translation>không rõ quốc gia tài trợ: {}. Cả mã định danh lẫn bảng tổ chức của plugin đều không cho biết quốc gia.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="295" />
      <source>IATI participating organisations: {}.</source>
      <translation>Các tổ chức tham gia theo IATI: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="297" />
      <source>IATI reporting organisation: {}.</source>
      <translation>Tổ chức báo cáo IATI: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="307" />
      <source>IATI activity status {} ({}).</source>
      <translation>Tình trạng hoạt động IATI {} ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="318" />
      <source>the date '{}' has no year; it was not used.</source>
      <translation>ngày '{}' không có năm; không được dùng.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="324" />
      <source>IATI dates: {}.</source>
      <translation>Các mốc thời gian IATI: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="339" />
      <source>recipient countries and regions</source>
      <translation>các nước và khu vực tiếp nhận</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="373" />
      <location filename="../smartcity_plugin/io/iati_activity.py" line="399" />
      <source>vocabulary</source>
      <translation>bộ mã</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="374" />
      <source>IATI sectors given per transaction, weighted by transaction value.</source>
      <translation>Lĩnh vực IATI được nêu theo từng giao dịch, tính trọng số theo giá trị giao dịch.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="381" />
      <source>IATI sectors without a category in the plugin's crosswalk: {}.</source>
      <translation>Lĩnh vực IATI chưa có nhóm tương ứng trong bảng đối chiếu của plugin: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="395" />
      <source>sectors of vocabulary {}</source>
      <translation>các lĩnh vực thuộc bộ mã {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="408" />
      <source>the net commitment is negative ({} {:,.2f}: de-obligations exceed commitments); it is not used as the amount.</source>
      <translation>cam kết ròng là số âm ({} {:,.2f}: phần hủy cam kết lớn hơn cam kết); không được dùng làm số tiền.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="440" />
      <source>extension field {} = '{}' is not a number.</source>
      <translation>trường mở rộng {} = '{}' không phải là số.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="455" />
      <source>Finance type unknown: IATI finance type {}.</source>
      <translation>Chưa rõ hình thức tài chính: loại tài chính IATI {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="455" />
      <source>not given</source>
      <translation>không được nêu</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_export.py" line="55" />
      <source>Smart City Cooperation Map (compiled from the sources cited)</source>
      <translation>Bản đồ Hợp tác Thành phố Thông minh (tổng hợp từ các nguồn được trích dẫn)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_export.py" line="147" />
      <source>writing failed ({}).</source>
      <translation>ghi không thành công ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="73" />
      <source>no subscription key: choose the QGIS authentication configuration that holds your IATI Datastore key (a free key from developer.iatistandard.org).</source>
      <translation>không có khóa đăng ký: chọn cấu hình xác thực QGIS chứa khóa IATI Datastore của bạn (khóa miễn phí tại developer.iatistandard.org).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="83" />
      <source>the authentication configuration {} holds no key: give it the header Ocp-Apim-Subscription-Key, or the key as the password of a Basic configuration.</source>
      <translation>cấu hình xác thực {} không chứa khóa: thêm tiêu đề Ocp-Apim-Subscription-Key, hoặc đặt khóa làm mật khẩu của một cấu hình Basic.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="98" />
      <source>the key would travel unencrypted to {}: use an https address (plain http only to this computer).</source>
      <translation>khóa sẽ được gửi không mã hóa tới {}: hãy dùng địa chỉ https (http thường chỉ tới chính máy tính này).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="117" />
      <source>{} Tried {} times; the data was not changed. {}</source>
      <translation>{} Đã thử {} lần; dữ liệu không bị thay đổi. {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="121" />
      <source>{}: {} Trying again in {:g} s ({} of {}).</source>
      <translation>{}: {} Thử lại sau {:g} giây ({} trên {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="163" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="226" />
      <source>page {}</source>
      <translation>trang {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="170" />
      <source>the service limits the number of requests and asks to wait {} s before {}; the data was not changed. Try again later, or ask for fewer activities.</source>
      <translation>dịch vụ giới hạn số yêu cầu và yêu cầu chờ {} giây trước {}; dữ liệu không bị thay đổi. Hãy thử lại sau, hoặc yêu cầu ít hoạt động hơn.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="173" />
      <source>the service limits the number of requests (HTTP 429, {}).</source>
      <translation>dịch vụ giới hạn số yêu cầu (HTTP 429, {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="174" />
      <source>Try again in a few minutes.</source>
      <translation>Hãy thử lại sau vài phút.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="176" />
      <source>Check the key in your authentication configuration (a free key from developer.iatistandard.org).</source>
      <translation>Kiểm tra khóa trong cấu hình xác thực của bạn (khóa miễn phí tại developer.iatistandard.org).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="178" />
      <source>The service refused the request; check the address.</source>
      <translation>Dịch vụ đã từ chối yêu cầu; hãy kiểm tra địa chỉ.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="179" />
      <source>the service refused the request for {} (HTTP {}): the key is missing, wrong or expired; the data was not changed. {}</source>
      <translation>dịch vụ đã từ chối yêu cầu cho {} (HTTP {}): khóa bị thiếu, sai hoặc hết hạn; dữ liệu không bị thay đổi. {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="183" />
      <source>the service refused the request for {} (HTTP {}); the data was not changed. {}</source>
      <translation>dịch vụ đã từ chối yêu cầu cho {} (HTTP {}); dữ liệu không bị thay đổi. {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="186" />
      <source>the service had a server error (HTTP {}, {}).</source>
      <translation>dịch vụ gặp lỗi máy chủ (HTTP {}, {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="187" />
      <source>The service has a problem; try again later.</source>
      <translation>Dịch vụ đang có sự cố; hãy thử lại sau.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="189" />
      <source>the service did not accept the query for {} (HTTP {}); the data was not changed. Check the service's address ({}) and the filters.</source>
      <translation>dịch vụ không chấp nhận truy vấn cho {} (HTTP {}); dữ liệu không bị thay đổi. Kiểm tra địa chỉ dịch vụ ({}) và các bộ lọc.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="193" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="199" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="223" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="237" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="245" />
      <source>Try again later.</source>
      <translation>Hãy thử lại sau.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="193" />
      <source>the answer for {} was cut off.</source>
      <translation>câu trả lời cho {} bị cắt ngang.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="197" />
      <source>the answer for {} was cut off ({} of {} bytes).</source>
      <translation>câu trả lời cho {} bị cắt ngang ({} trên {} byte).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="201" />
      <source>the answer for {} is larger than {} MB; the data was not changed. Check the service's address.</source>
      <translation>câu trả lời cho {} lớn hơn {} MB; dữ liệu không bị thay đổi. Kiểm tra địa chỉ dịch vụ.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="211" />
      <source>the service did not answer in time ({}).</source>
      <translation>dịch vụ không trả lời kịp thời ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="212" />
      <source>The service may be busy: try again later, or raise the network timeout in QGIS's options (Network).</source>
      <translation>Dịch vụ có thể đang bận: hãy thử lại sau, hoặc tăng thời gian chờ mạng trong tùy chọn của QGIS (Mạng).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="218" />
      <source>the service cannot be reached at {} ({}); the data was not changed. Check the internet connection and QGIS's proxy settings (Options, Network), then try again.</source>
      <translation>không thể kết nối tới dịch vụ tại {} ({}); dữ liệu không bị thay đổi. Kiểm tra kết nối internet và cài đặt proxy của QGIS (Tùy chọn, Mạng), rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="222" />
      <source>the request for {} failed ({}).</source>
      <translation>yêu cầu cho {} thất bại ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="236" />
      <source>the answer for {} is not a search result (cut off?).</source>
      <translation>câu trả lời cho {} không phải là kết quả tìm kiếm (bị cắt ngang?).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="244" />
      <source>the answer for {}: {}</source>
      <translation>câu trả lời cho {}: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="282" />
      <source>no answer</source>
      <translation>không có câu trả lời</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="337" />
      <source>{} sent page {} again; the fetch stops there.</source>
      <translation>{} gửi lại trang {}; việc lấy dữ liệu dừng tại đó.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="340" />
      <source>more than {} pages; the data was not changed. Narrow the query.</source>
      <translation>hơn {} trang; dữ liệu không bị thay đổi. Hãy thu hẹp truy vấn.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="373" />
      <source>Fetching from {}: {}</source>
      <translation>Đang lấy từ {}: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="378" />
      <source>{}: {} pages, {} activities, {} repeats dropped.</source>
      <translation>{}: {} trang, {} hoạt động, bỏ {} bản trùng.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_location.py" line="88" />
      <source>admin {} level {}</source>
      <translation>đơn vị hành chính {} cấp {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_location.py" line="98" />
      <source>location position '{}' is not two numbers (latitude longitude).</source>
      <translation>vị trí '{}' không phải là hai số (vĩ độ kinh độ).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_location.py" line="102" />
      <source>location coordinates are not numbers.</source>
      <translation>tọa độ vị trí không phải là số.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_location.py" line="108" />
      <source>unnamed location</source>
      <translation>địa điểm không tên</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="61" />
      <source>IATI totals per currency (not converted): {}.</source>
      <translation>Tổng số IATI theo từng loại tiền (chưa quy đổi): {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="64" />
      <source>amount_usd is the sum of the {} in USD.</source>
      <translation>amount_usd là tổng các khoản {} tính bằng USD.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="66" />
      <source>amount_usd is empty: the {} are not all in USD and no exchange rate is applied.</source>
      <translation>amount_usd để trống: các khoản {} không phải đều tính bằng USD và không áp dụng tỷ giá quy đổi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="81" />
      <source>A {} value '{}' is not a number and was left out.</source>
      <translation>Một giá trị {} '{}' không phải là số và đã bị bỏ qua.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="84" />
      <source>A {} value '{}' is beyond any project's size and was left out.</source>
      <translation>giá trị {} '{}' vượt quá quy mô của mọi dự án và đã bị bỏ qua.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_recipients.py" line="35" />
      <source>IATI recipients: {}.</source>
      <translation>Bên tiếp nhận theo IATI: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_recipients.py" line="37" />
      <source>Given per transaction; shares from the transaction values.</source>
      <translation>Được nêu theo từng giao dịch; tỷ lệ tính từ giá trị giao dịch.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_recipients.py" line="82" />
      <source>{} (a region code, not a country)</source>
      <translation>{} (mã khu vực, không phải quốc gia)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_recipients.py" line="83" />
      <location filename="../smartcity_plugin/io/iati_recipients.py" line="104" />
      <source>region {}</source>
      <translation>khu vực {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="61" />
      <source>{}: {} records read into {}: {} added, {} updated, {} skipped. Locations: {} with coordinates, {} placed at their recipient country, {} without location.</source>
      <translation>{}: đã đọc {} bản ghi vào {}: thêm mới {}, cập nhật {}, bỏ qua {}. Vị trí: {} có tọa độ, {} được đặt tại nước tiếp nhận, {} không có vị trí.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="67" />
      <source>{} problems: {}.</source>
      <translation>{} vấn đề: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="70" />
      <source>No problems found.</source>
      <translation>Không phát hiện vấn đề nào.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="72" />
      <source>Columns not used: {}.</source>
      <translation>Các cột không dùng: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="90" />
      <source>{} locations; the first {} were kept.</source>
      <translation>{} vị trí; giữ lại {} vị trí đầu tiên.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="96" />
      <source>{} holds {} characters; it was cut to {}.</source>
      <translation>{} có {} ký tự; đã cắt còn {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="110" />
      <source>No coordinates in the source: placed inside {} at the country's centre (Natural Earth), precision 6 (country).</source>
      <translation>Nguồn không có tọa độ: được đặt tại điểm trung tâm của {} (Natural Earth), độ chính xác 6 (quốc gia).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="116" />
      <source>No coordinates in the source; no geometry.</source>
      <translation>Nguồn không có tọa độ; không có hình học.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="165" />
      <source>locations for {}, which is not among the projects; skipped.</source>
      <translation>vị trí của {}, vốn không có trong các dự án; đã bỏ qua.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="186" />
      <source>not imported: {}</source>
      <translation>không được nhập: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/layer_rows.py" line="36" />
      <source>cancelled; the earlier file is unchanged.</source>
      <translation>đã hủy; tệp cũ không bị thay đổi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/connection.py" line="37" />
      <source>There is no saved PostgreSQL connection named "{}". Create it in Data Source Manager ▸ PostgreSQL, or choose another.</source>
      <translation>Không có kết nối PostgreSQL đã lưu nào tên là "{}". Hãy tạo kết nối này trong Data Source Manager ▸ PostgreSQL (Trình quản lý nguồn dữ liệu ▸ PostgreSQL) hoặc chọn kết nối khác.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/connection.py" line="41" />
      <source>The connection "{}" keeps its password in plain text in the QGIS settings, where it would also end up in projects. Edit the connection and store the user name and password in an authentication configuration instead (Authentication ▸ Configurations).</source>
      <translation>Kết nối "{}" lưu mật khẩu dưới dạng văn bản thuần trong phần cài đặt QGIS, và mật khẩu đó cũng sẽ bị ghi vào các tệp dự án QGIS. Thay vào đó, hãy chỉnh sửa kết nối và lưu tên người dùng cùng mật khẩu trong một cấu hình xác thực (Authentication ▸ Configurations, tức Xác thực ▸ Cấu hình).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/connection.py" line="61" />
      <source>service {}</source>
      <translation>dịch vụ {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/connection.py" line="71" />
      <source>The Python module psycopg2 is missing from this QGIS; the team registry needs it ({}).</source>
      <translation>Bản QGIS này thiếu mô-đun Python psycopg2; sổ đăng ký chung của nhóm cần mô-đun này ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/connection.py" line="78" />
      <source>Could not connect to {}: {}</source>
      <translation>Không kết nối được tới {}: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/publish.py" line="100" />
      <source>Publishing to {} failed; the database was left as it was. {}</source>
      <translation>Công bố lên {} không thành công; cơ sở dữ liệu vẫn giữ nguyên như trước. {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/publish.py" line="118" />
      <source>{} has no PostGIS: ask its administrator to run CREATE EXTENSION postgis; then publish again.</source>
      <translation>{} chưa có PostGIS: hãy đề nghị quản trị viên cơ sở dữ liệu chạy CREATE EXTENSION postgis; rồi công bố lại.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/publish.py" line="128" />
      <source>{} already holds a team registry (schema {}). Publish with "Replace the registry": the current one is kept as a schema smartcity_replaced_… with its edits and audit log.</source>
      <translation>{} đã có sổ đăng ký chung của nhóm (lược đồ {}). Hãy công bố với tùy chọn "Thay thế sổ đăng ký": sổ đăng ký hiện tại sẽ được giữ lại dưới dạng lược đồ smartcity_replaced_… cùng các chỉnh sửa và nhật ký kiểm tra của nó.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/publish.py" line="216" />
      <source>Publishing was cancelled; the database was left as it was.</source>
      <translation>Đã hủy công bố; cơ sở dữ liệu vẫn giữ nguyên như trước.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/publish.py" line="234" />
      <source>Projects name sector codes the sectors table does not have: {}. Nothing was published.</source>
      <translation>Một số dự án ghi mã lĩnh vực không có trong bảng sectors: {}. Không có gì được công bố.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="61" />
      <source>there is no role {} to own the registry</source>
      <translation>không có vai trò {} để sở hữu sổ đăng ký</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="63" />
      <source>the role {} may log in or is a superuser</source>
      <translation>vai trò {} có thể đăng nhập hoặc là siêu người dùng</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="75" />
      <source>{} belongs to {}, not to {}</source>
      <translation>{} thuộc về {}, không phải {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="77" />
      <source>{} does not fix its search_path to pg_catalog, pg_temp</source>
      <translation>{} không cố định search_path là pg_catalog, pg_temp</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="79" />
      <source>{} may be called by every role (PUBLIC)</source>
      <translation>{} có thể được mọi vai trò (PUBLIC) gọi</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="81" />
      <source>{} runs with the rights of {}</source>
      <translation>{} chạy với quyền của {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="92" />
      <source>{} is of format {} (conflicts and fids unchecked); format {} is needed</source>
      <translation>{} có định dạng {} (không kiểm tra xung đột và fid); cần định dạng {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="134" />
      <source>The registry must belong to the role {0}, which your database role cannot create or act as. Ask the database's administrator to run: CREATE ROLE {0} NOLOGIN; GRANT {0} TO &lt;your role&gt;; then try again.</source>
      <translation>Sổ đăng ký phải thuộc về vai trò {0}, nhưng vai trò cơ sở dữ liệu của bạn không thể tạo hoặc hoạt động với tư cách vai trò đó. Hãy đề nghị quản trị viên cơ sở dữ liệu chạy: CREATE ROLE {0} NOLOGIN; GRANT {0} TO &lt;your role&gt;; rồi thử lại.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="239" />
      <source>{} holds no team registry to upgrade.</source>
      <translation>{} không có sổ đăng ký nhóm nào để nâng cấp.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="243" />
      <location filename="../smartcity_plugin/io/registry/secure.py" line="253" />
      <source>Upgrading the team registry in {} failed; nothing was changed. {} (Run the upgrade as the role that published the registry, or as a superuser.)</source>
      <translation>Nâng cấp sổ đăng ký nhóm trong {} thất bại; không có gì bị thay đổi. {} (Hãy chạy nâng cấp bằng vai trò đã xuất bản sổ đăng ký, hoặc bằng siêu người dùng.)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="30" />
      <source>Your database role may not read the team registry in {}: ask its administrator for the role smartcity_reader ({}).</source>
      <translation>Vai trò cơ sở dữ liệu của bạn không được phép đọc sổ đăng ký chung của nhóm trong {}: hãy đề nghị quản trị viên cơ sở dữ liệu cấp vai trò smartcity_reader ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="33" />
      <source>The team registry in {} could not be read: {}</source>
      <translation>Không đọc được sổ đăng ký chung của nhóm trong {}: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="43" />
      <source>{} holds no team registry (schema smartcity) that your role may read. Publish one first (menu Smart City Cooperation ▸ Publish to the team registry), or ask its administrator for the role smartcity_reader.</source>
      <translation>{} không có sổ đăng ký chung của nhóm (lược đồ smartcity) mà vai trò của bạn được phép đọc. Hãy công bố một sổ đăng ký trước (menu Hợp tác Thành phố Thông minh ▸ Công bố lên sổ đăng ký chung của nhóm), hoặc đề nghị quản trị viên cơ sở dữ liệu cấp vai trò smartcity_reader.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="50" />
      <source>Your database role {} may not read the team registry in {}: ask its administrator for the role smartcity_reader.</source>
      <translation>Vai trò cơ sở dữ liệu {} của bạn không được phép đọc sổ đăng ký chung của nhóm trong {}: hãy đề nghị quản trị viên cơ sở dữ liệu cấp vai trò smartcity_reader.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="62" />
      <source>The team registry in {} was published by an earlier version of the plugin and is not safe to use, so the plugin does not open it: {}. Its administrator (the role that published it, or a superuser) must run Smart City Cooperation ▸ Upgrade the team registry… (Processing: smartcity:upgraderegistry) with this connection once; data, versions and audit log stay as they are.</source>
      <translation>Sổ đăng ký nhóm trong {} được xuất bản bởi một phiên bản plugin cũ hơn và không an toàn để sử dụng, nên plugin không mở nó: {}. Quản trị viên (vai trò đã xuất bản nó, hoặc siêu người dùng) phải chạy Smart City Cooperation ▸ Upgrade the team registry… (Processing: smartcity:upgraderegistry) với kết nối này một lần; dữ liệu, phiên bản và nhật ký kiểm toán được giữ nguyên.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="92" />
      <source>the connection "{}"</source>
      <translation>kết nối "{}"</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="95" />
      <source>The team registry of the connection "{}" could not be checked: {}</source>
      <translation>Không thể kiểm tra sổ đăng ký nhóm của kết nối "{}": {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/store.py" line="66" />
      <source>{}: the projects could not be read ({}).</source>
      <translation>{}: không đọc được các dự án ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/store.py" line="119" />
      <source>{}: your database role may not change the projects ({}). Ask the registry's administrator for the role smartcity_editor.</source>
      <translation>{}: vai trò cơ sở dữ liệu của bạn không được phép thay đổi các dự án ({}). Hãy đề nghị quản trị viên sổ đăng ký cấp vai trò smartcity_editor.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/store.py" line="137" />
      <source>{}: the connection to the database was lost during the import ({}); nothing was saved. Check the network and the server, then import again.</source>
      <translation>{}: kết nối tới cơ sở dữ liệu bị mất trong khi nhập ({}); không có gì được lưu. Hãy kiểm tra mạng và máy chủ, rồi nhập lại.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/store.py" line="140" />
      <source>{}: the import failed ({}); nothing was saved.</source>
      <translation>{}: nhập thất bại ({}); không có gì được lưu.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/store.py" line="152" />
      <source>{}: the import could not be saved ({}); the registry is unchanged.</source>
      <translation>{}: không lưu được lần nhập ({}); sổ đăng ký không thay đổi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="70" />
      <location filename="../smartcity_plugin/io/store.py" line="69" />
      <source>this GeoPackage is not the plugin's data: it has no layer {}.</source>
      <translation>GeoPackage này không phải dữ liệu của plugin: không có lớp {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="108" />
      <source>the table {} could not be read ({}).</source>
      <translation>không đọc được bảng {} ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="122" />
      <source>a geometry is not in GeoPackage format.</source>
      <translation>có một đối tượng hình học không ở định dạng GeoPackage.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="136" />
      <location filename="../smartcity_plugin/io/store.py" line="66" />
      <source>this is not a GeoPackage.</source>
      <translation>đây không phải là GeoPackage.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="147" />
      <source>the layer {} has a coordinate reference system without an EPSG code.</source>
      <translation>lớp {} có hệ quy chiếu tọa độ không có mã EPSG.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="166" />
      <source>its indexes could not be read ({}).</source>
      <translation>không đọc được các chỉ mục của tệp này ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="45" />
      <source>{} failed: {}</source>
      <translation>lỗi khi {}: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="58" />
      <source>the file cannot be read (no permission).</source>
      <translation>không thể đọc tệp (không có quyền).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="75" />
      <source>its projects layer lacks the fields {}.</source>
      <translation>lớp dự án của tệp này thiếu các trường {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="83" />
      <source>cannot be read ({}).</source>
      <translation>không đọc được ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="93" />
      <source>the copy of {} failed ({}).</source>
      <translation>sao chép {} không thành công ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="130" />
      <source>another program is writing to this GeoPackage (open here as the layers {}); save or close their edits and try again. The file is unchanged.</source>
      <translation>một chương trình khác đang ghi vào GeoPackage này (đang mở ở đây dưới dạng các lớp {}); hãy lưu hoặc đóng các chỉnh sửa của chúng rồi thử lại. Tệp không bị thay đổi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="132" />
      <source>another program is writing to this GeoPackage; let it finish or close it, and try again. The file is unchanged.</source>
      <translation>một chương trình khác đang ghi vào GeoPackage này; hãy chờ nó hoàn tất hoặc đóng nó rồi thử lại. Tệp không bị thay đổi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="144" />
      <source>cannot be opened for writing ({}).</source>
      <translation>không thể mở để ghi ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="161" />
      <source>the layers {} have unsaved edits in this GeoPackage; save or discard them and import again. The file is unchanged.</source>
      <translation>các lớp {} có chỉnh sửa chưa lưu trong GeoPackage này; hãy lưu hoặc hủy chúng rồi nhập lại. Tệp không bị thay đổi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="198" />
      <source>this is the plugin's bundled data, which is never changed; choose a GeoPackage of your own.</source>
      <translation>đây là dữ liệu đi kèm plugin, không bao giờ được sửa đổi; hãy chọn một GeoPackage của riêng bạn.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="201" />
      <source>the planner's data must be a .gpkg file.</source>
      <translation>dữ liệu của người dùng phải là tệp .gpkg.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="210" />
      <source>the file is read-only; nothing was written.</source>
      <translation>tệp chỉ đọc; không có gì được ghi.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="214" />
      <source>opening</source>
      <translation>đang mở</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="252" />
      <source>the folder {} cannot be created ({}).</source>
      <translation>không thể tạo thư mục {} ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="255" />
      <source>the folder {} is read-only; choose another place.</source>
      <translation>thư mục {} chỉ đọc; hãy chọn nơi khác.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="319" />
      <location filename="../smartcity_plugin/io/store.py" line="343" />
      <source>writing {}</source>
      <translation>ghi {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="355" />
      <source>writing the import log</source>
      <translation>ghi nhật ký nhập</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="366" />
      <source>saving</source>
      <translation>lưu</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/target_sectors.py" line="32" />
      <source>the file has no sectors table.</source>
      <translation>tệp không có bảng sectors.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/target_sectors.py" line="36" />
      <location filename="../smartcity_plugin/layers/data_sources.py" line="165" />
      <source>the sectors could not be read ({}).</source>
      <translation>không đọc được các lĩnh vực ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/value_rules.py" line="74" />
      <source>amount '{}' is not a project's size (negative, or more than US$ 1 trillion); it was left empty.</source>
      <translation>số tiền '{}' không phải quy mô của một dự án (âm, hoặc hơn 1 nghìn tỷ USD); đã để trống.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/value_rules.py" line="80" />
      <source>{} {} is not a plausible year; it was left empty.</source>
      <translation>{} {} không phải là năm hợp lý; đã để trống.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/value_rules.py" line="91" />
      <source>control characters removed from {}.</source>
      <translation>đã xóa ký tự điều khiển khỏi {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/value_rules.py" line="94" />
      <source>{} locations with impossible coordinates were left out.</source>
      <translation>{} vị trí có tọa độ không thể có đã bị bỏ qua.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/value_rules.py" line="119" />
      <source>the date '{}' is not a real date; only its year is used.</source>
      <translation>ngày '{}' không phải là ngày có thật; chỉ dùng năm.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_guard.py" line="62" />
      <source>line {}: an element with more than {} attributes; no IATI file has one, so the file is not read.</source>
      <translation>dòng {}: một phần tử có hơn {} thuộc tính; không tệp IATI nào như vậy, nên tệp không được đọc.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_guard.py" line="93" />
      <source>line {}: one element, comment or section of more than {} MB; the file is not read.</source>
      <translation>dòng {}: một phần tử, chú thích hoặc đoạn lớn hơn {} MB; tệp không được đọc.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_guard.py" line="97" />
      <source>the text of &lt;{}&gt; at line {} is longer than {} MB; it was cut.</source>
      <translation>văn bản của &lt;{}&gt; ở dòng {} dài hơn {} MB; đã bị cắt.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="104" />
      <source>the file declares a DTD, which IATI files never do; it is not read, for safety.</source>
      <translation>tệp có khai báo DTD, điều mà tệp IATI không bao giờ có; vì lý do an toàn, tệp không được đọc.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="136" />
      <source>the answer is empty.</source>
      <translation>câu trả lời trống.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="147" />
      <source>the file cannot be opened ({}).</source>
      <translation>không mở được tệp ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="186" />
      <source>the file's encoding cannot be read ({}); save the file as UTF-8.</source>
      <translation>không đọc được bảng mã của tệp ({}); hãy lưu tệp dưới dạng UTF-8.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="213" />
      <source>the file's root element is &lt;{}&gt;, not &lt;{}&gt;.</source>
      <translation>phần tử gốc của tệp là &lt;{}&gt;, không phải &lt;{}&gt;.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="245" />
      <source>the file holds no XML element.</source>
      <translation>tệp không chứa phần tử XML nào.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="246" />
      <source>the XML ends too early at line {}, column {} (a truncated or incomplete file?).</source>
      <translation>XML kết thúc quá sớm tại dòng {}, cột {} (tệp bị cắt cụt hoặc chưa đầy đủ?).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="249" />
      <location filename="../smartcity_plugin/io/xml_stream.py" line="276" />
      <source>the text at line {}, column {} is not in the file's declared encoding (UTF-8 unless the file says otherwise); save the file as UTF-8.</source>
      <translation>văn bản tại dòng {}, cột {} không đúng bảng mã mà tệp khai báo (mặc định là UTF-8 nếu tệp không khai báo khác); hãy lưu tệp dưới dạng UTF-8.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="252" />
      <source>malformed XML at line {}, column {}: {}.</source>
      <translation>XML sai cấu trúc tại dòng {}, cột {}: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="324" />
      <source>more than {} elements in one record; the rest of it was left out.</source>
      <translation>hơn {} phần tử trong một bản ghi; phần còn lại bị bỏ qua.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/city_labels.py" line="50" />
      <source>Label distance (mm)</source>
      <translation>Khoảng cách nhãn (mm)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/city_labels.py" line="52" />
      <source>Label positions</source>
      <translation>Vị trí nhãn</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/city_labels.py" line="54" />
      <source>Label leader</source>
      <translation>Đường dẫn nhãn</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="86" />
      <source>The plugin could not check your edits of {} ({}); the registry still refuses changes made on an older version.</source>
      <translation>Plugin không kiểm tra được các chỉnh sửa của bạn trên {} ({}); sổ đăng ký vẫn từ chối các thay đổi được thực hiện trên phiên bản cũ hơn.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="122" />
      <source>You deleted {}, which {} changed at {} after you began editing. The deleted record, with that change, is kept in the registry's audit log.</source>
      <translation>Bạn đã xóa {}, bản ghi mà {} đã thay đổi lúc {} sau khi bạn bắt đầu chỉnh sửa. Bản ghi đã xóa, cùng với thay đổi đó, được lưu lại trong nhật ký kiểm tra của sổ đăng ký.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="145" />
      <source>It is filed in the registry's audit log (entry {}).</source>
      <translation>Phiên bản này đã được ghi vào nhật ký kiểm tra của sổ đăng ký (mục {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="154" />
      <source>Not saved: {} was deleted from the registry after you began editing it; your change to it cannot be saved. {} The deleted record is in the audit log too.</source>
      <translation>Chưa lưu: {} đã bị xóa khỏi sổ đăng ký sau khi bạn bắt đầu chỉnh sửa; không thể lưu thay đổi của bạn đối với bản ghi này. {} Bản ghi đã xóa cũng có trong nhật ký kiểm tra.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="157" />
      <source>Not saved: {} was changed by {} at {} (version {}) after you began editing it (version {}). Your version stays in your edit session. {} Roll back your change to it, then make it again on the newer version.</source>
      <translation>Chưa lưu: {} đã được {} thay đổi lúc {} (phiên bản {}) sau khi bạn bắt đầu chỉnh sửa (phiên bản {}). Phiên bản của bạn vẫn còn trong phiên chỉnh sửa. {} Hãy hoàn tác (Roll Back) thay đổi của bạn đối với bản ghi này, rồi thực hiện lại trên phiên bản mới hơn.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="188" />
      <source>Your refused version could not be filed in the audit log: {}</source>
      <translation>Không ghi được phiên bản bị từ chối của bạn vào nhật ký kiểm tra: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/filtering.py" line="60" />
      <source>a filter value holds a NUL character, which PostgreSQL cannot compare</source>
      <translation>một giá trị lọc chứa ký tự NUL mà PostgreSQL không thể so sánh</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/group.py" line="58" />
      <source>Cooperation projects</source>
      <translation>Dự án hợp tác</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/group.py" line="60" />
      <location filename="../smartcity_plugin/layers/placement.py" line="184" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="258" />
      <source>National and regional programmes</source>
      <translation>Chương trình cấp quốc gia và khu vực</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/group.py" line="62" />
      <source>Flood-warning coverage</source>
      <translation>Vùng phủ cảnh báo lũ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/group.py" line="63" />
      <source>Countries (Natural Earth)</source>
      <translation>Quốc gia (Natural Earth)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/placement.py" line="86" />
      <location filename="../smartcity_plugin/layers/placement.py" line="144" />
      <source>Symbol offset (mm)</source>
      <translation>Độ lệch ký hiệu (mm)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/placement.py" line="171" />
      <source>{} — {} ({})</source>
      <translation>{} — {} ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/placement.py" line="182" />
      <source>Donors of national and regional programmes</source>
      <translation>Nhà tài trợ các chương trình cấp quốc gia và khu vực</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/placement.py" line="186" />
      <location filename="../smartcity_plugin/layers/placement.py" line="188" />
      <source>Programmes</source>
      <translation>Chương trình</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/placement.py" line="203" />
      <source>{}: {} programmes</source>
      <translation>{}: {} chương trình</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="40" />
      <source>Commercial investment (not aid)</source>
      <translation>Đầu tư thương mại (không phải viện trợ)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="41" />
      <source>In kind (MoUs, exchanges)</source>
      <translation>Hỗ trợ phi tài chính (biên bản ghi nhớ, trao đổi)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="41" />
      <source>Kind not known</source>
      <translation>Chưa rõ hình thức</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="47" />
      <source>high</source>
      <translation>cao</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="47" />
      <source>low</source>
      <translation>thấp</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="47" />
      <source>medium</source>
      <translation>trung bình</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="58" />
      <source>Member (joined 2023)</source>
      <translation>Thành viên (gia nhập 2023)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="58" />
      <source>Pilot city (2018)</source>
      <translation>Thành phố thí điểm (2018)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="59" />
      <source>Candidate</source>
      <translation>Ứng viên</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="59" />
      <source>Member (2024, reported)</source>
      <translation>Thành viên (2024, theo báo cáo)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="68" />
      <source>ASEAN member states</source>
      <translation>Các nước thành viên ASEAN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="69" />
      <source>Other countries</source>
      <translation>Các nước khác</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="108" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="321" />
      <source>Source</source>
      <translation>Nguồn</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="110" />
      <source>as of</source>
      <translation>cập nhật đến</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="135" />
      <source>district level</source>
      <translation>cấp huyện</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="135" />
      <source>exact place</source>
      <translation>vị trí chính xác</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="135" />
      <source>near the place</source>
      <translation>gần vị trí</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="136" />
      <source>country level</source>
      <translation>cấp quốc gia</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="136" />
      <source>estimated place in a region</source>
      <translation>vị trí ước tính trong vùng</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="136" />
      <source>province level</source>
      <translation>cấp tỉnh</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="182" />
      <source>open</source>
      <translation>nay</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="213" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="310" />
      <source>Partners</source>
      <translation>Đối tác</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="219" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="314" />
      <source>Amount note</source>
      <translation>Ghi chú về số tiền</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="221" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="316" />
      <source>Location precision</source>
      <translation>Độ chính xác vị trí</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="242" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="305" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="323" />
      <source>Country</source>
      <translation>Quốc gia</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="245" />
      <source>confidence</source>
      <translation>độ tin cậy</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="247" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="307" />
      <source>Focus areas</source>
      <translation>Lĩnh vực trọng tâm</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="248" />
      <source>Projects on the map</source>
      <translation>Dự án trên bản đồ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="249" />
      <source>Note</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="267" />
      <source>Early warning system</source>
      <translation>Hệ thống cảnh báo sớm</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="267" />
      <source>Flood forecasting and warning system</source>
      <translation>Hệ thống dự báo và cảnh báo lũ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="268" />
      <source>Flash flood guidance</source>
      <translation>Hướng dẫn lũ quét</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="268" />
      <source>National forecasting network</source>
      <translation>Mạng lưới dự báo quốc gia</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="269" />
      <source>Dam safety management</source>
      <translation>Quản lý an toàn đập</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="276" />
      <source>an approximate river basin outline</source>
      <translation>đường bao lưu vực sông gần đúng</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="276" />
      <source>the provinces served</source>
      <translation>các tỉnh được phục vụ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="277" />
      <source>the whole country</source>
      <translation>toàn quốc</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="285" />
      <source>Funder</source>
      <translation>Nhà tài trợ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="287" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="319" />
      <source>Implementer</source>
      <translation>Đơn vị thực hiện</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="288" />
      <source>Area</source>
      <translation>Khu vực</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="290" />
      <source>System</source>
      <translation>Hệ thống</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="292" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="320" />
      <source>Stations</source>
      <translation>Số trạm</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="294" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="320" />
      <source>Coverage drawn from</source>
      <translation>Vùng phủ vẽ theo</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="304" />
      <source>City id</source>
      <translation>Mã thành phố</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="304" />
      <source>Local name</source>
      <translation>Tên địa phương</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="304" />
      <source>Name</source>
      <translation>Tên</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="305" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="323" />
      <source>Country code</source>
      <translation>Mã quốc gia</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="306" />
      <source>Year joined</source>
      <translation>Năm gia nhập</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="307" />
      <source>Status confidence</source>
      <translation>Độ tin cậy của tình trạng</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="308" />
      <source>Project id</source>
      <translation>Mã dự án</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="309" />
      <source>Donor country</source>
      <translation>Nước tài trợ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="310" />
      <source>Recipient country</source>
      <translation>Nước tiếp nhận</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="311" />
      <source>Main sector</source>
      <translation>Lĩnh vực chính</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="312" />
      <source>OECD DAC codes</source>
      <translation>Mã OECD DAC</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="313" />
      <source>End year</source>
      <translation>Năm kết thúc</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="313" />
      <source>Start year</source>
      <translation>Năm bắt đầu</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="314" />
      <source>Kind of finance</source>
      <translation>Hình thức tài chính</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="315" />
      <source>Area note</source>
      <translation>Ghi chú diện tích</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="315" />
      <source>Stated area (km²)</source>
      <translation>Diện tích công bố (km²)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="316" />
      <source>Location note</source>
      <translation>Ghi chú vị trí</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="317" />
      <source>Other claims</source>
      <translation>Thông tin khác biệt</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="317" />
      <source>System id</source>
      <translation>Mã hệ thống</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="318" />
      <source>Basin or area</source>
      <translation>Lưu vực hoặc khu vực</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="318" />
      <source>System type</source>
      <translation>Loại hệ thống</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="319" />
      <source>Funder country</source>
      <translation>Nước tài trợ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="321" />
      <source>How the coverage was drawn</source>
      <translation>Cách vẽ vùng phủ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="322" />
      <source>As of</source>
      <translation>Cập nhật đến</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="322" />
      <source>Notes</source>
      <translation>Ghi chú</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="322" />
      <source>Source address</source>
      <translation>Địa chỉ nguồn</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/registry_layers.py" line="33" />
      <source>The team registry's table smartcity.{} could not be opened through the connection "{}": is the registry published there, and may your database role read it? {}</source>
      <translation>Không mở được bảng smartcity.{} của sổ đăng ký chung của nhóm qua kết nối "{}": sổ đăng ký đã được công bố ở đó chưa, và vai trò cơ sở dữ liệu của bạn có được phép đọc không? {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/registry_layers.py" line="75" />
      <source>You can view and filter the team registry, but your database role may not change it, so its layers are read-only. To edit, ask the registry's administrator to grant you the role smartcity_editor.</source>
      <translation>Bạn có thể xem và lọc sổ đăng ký chung của nhóm, nhưng vai trò cơ sở dữ liệu của bạn không được phép thay đổi nó, nên các lớp của sổ đăng ký chỉ cho phép đọc. Để chỉnh sửa, hãy đề nghị quản trị viên sổ đăng ký cấp cho bạn vai trò smartcity_editor.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/source_follow.py" line="40" />
      <source>The cooperation layers could not be opened from the data now shown ({}).</source>
      <translation>Không thể mở các lớp hợp tác từ dữ liệu đang hiển thị ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="58" />
      <source>The Processing provider 'smartcity' could not be registered.</source>
      <translation>Không đăng ký được nhà cung cấp thuật toán Processing 'smartcity'.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="207" />
      <source>A refresh from IATI is already running.</source>
      <translation>Việc làm mới từ IATI đang chạy.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="310" />
      <source>Removed {}, left half-written when QGIS stopped during an import or export.</source>
      <translation>Đã xóa {}, bị ghi dở khi QGIS dừng trong lúc nhập hoặc xuất.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="27" />
      <source>Add cooperation layers</source>
      <translation>Thêm các lớp hợp tác</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="28" />
      <source>Add the ASCN cities, cooperation projects and flood-warning coverage, styled</source>
      <translation>Thêm các thành phố ASCN, dự án hợp tác và vùng phủ cảnh báo lũ, có sẵn kiểu hiển thị</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="30" />
      <source>Cooperation dock</source>
      <translation>Bảng hợp tác</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="31" />
      <source>Filter by sector, donor, country and years, with live totals</source>
      <translation>Lọc theo lĩnh vực, nhà tài trợ, quốc gia và năm, kèm số tổng cập nhật tức thời</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="34" />
      <source>The current filter as a finished map or city profiles: PDF, PNG or SVG</source>
      <translation>Xuất bộ lọc hiện tại thành bản đồ hoàn chỉnh hoặc hồ sơ thành phố: PDF, PNG hoặc SVG</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="36" />
      <source>Filter cooperation projects…</source>
      <translation>Lọc dự án hợp tác…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="37" />
      <source>Select projects by sector, donor, country and years into a new layer (Processing)</source>
      <translation>Chọn dự án theo lĩnh vực, nhà tài trợ, quốc gia và năm vào một lớp mới (Processing)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="40" />
      <source>Import projects (IATI, CSV)…</source>
      <translation>Nhập dự án (IATI, CSV)…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="41" />
      <source>Add projects from an IATI file or a CSV table to your own GeoPackage, with checks</source>
      <translation>Thêm dự án từ tệp IATI hoặc bảng CSV vào GeoPackage của bạn, có kiểm tra</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="44" />
      <source>Current activities of chosen donors and countries from d-portal or the IATI Datastore, into your GeoPackage or the team registry</source>
      <translation>Hoạt động hiện tại của các nhà tài trợ và quốc gia đã chọn từ d-portal hoặc IATI Datastore, vào GeoPackage của bạn hoặc sổ đăng ký của nhóm</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="46" />
      <source>Refresh from IATI</source>
      <translation>Làm mới từ IATI</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="47" />
      <source>Run again the IATI queries this project keeps, updating the activities they fetched</source>
      <translation>Chạy lại các truy vấn IATI mà dự án này lưu, cập nhật các hoạt động đã lấy</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="49" />
      <source>Check projects…</source>
      <translation>Kiểm tra dự án…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="50" />
      <source>Find swapped coordinates, points outside their country, missing sources (Processing)</source>
      <translation>Tìm tọa độ bị đảo, điểm nằm ngoài quốc gia, dự án thiếu nguồn (Processing)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="52" />
      <source>Use my GeoPackage…</source>
      <translation>Dùng GeoPackage của tôi…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="53" />
      <source>Show your own GeoPackage (made by an import) instead of the bundled data</source>
      <translation>Hiển thị GeoPackage của bạn (tạo ra khi nhập dữ liệu) thay cho dữ liệu đi kèm</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="55" />
      <source>Use the bundled data</source>
      <translation>Dùng dữ liệu đi kèm</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="56" />
      <source>Show the data that comes with the plugin again</source>
      <translation>Hiển thị lại dữ liệu đi kèm plugin</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="57" />
      <source>Use the team registry (PostGIS)…</source>
      <translation>Dùng sổ đăng ký chung của nhóm (PostGIS)…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="58" />
      <source>Show and edit the registry your team shares in PostGIS, through a saved PostgreSQL connection</source>
      <translation>Hiển thị và chỉnh sửa sổ đăng ký mà nhóm của bạn dùng chung trong PostGIS, qua một kết nối PostgreSQL đã lưu</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="60" />
      <source>Publish to the team registry…</source>
      <translation>Công bố lên sổ đăng ký chung của nhóm…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="61" />
      <source>Copy the data the plugin uses into a PostGIS database for your team (Processing)</source>
      <translation>Sao chép dữ liệu mà plugin đang dùng vào một cơ sở dữ liệu PostGIS cho nhóm của bạn (Processing)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="63" />
      <source>Upgrade the team registry…</source>
      <translation>Nâng cấp sổ đăng ký nhóm…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="64" />
      <source>Close the security holes of a registry published by an earlier version, keeping its data and audit log (Processing; for the registry's administrator)</source>
      <translation>Vá các lỗ hổng bảo mật của sổ đăng ký được xuất bản bởi phiên bản cũ hơn, giữ nguyên dữ liệu và nhật ký kiểm toán (Processing; dành cho quản trị viên sổ đăng ký)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="67" />
      <source>Update the catalogue</source>
      <translation>Cập nhật danh mục</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="68" />
      <source>Download the newest project catalogue from the address in the settings (checked before use)</source>
      <translation>Tải danh mục dự án mới nhất từ địa chỉ trong phần cài đặt (được kiểm tra trước khi dùng)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="71" />
      <source>Help</source>
      <translation>Trợ giúp</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="71" />
      <source>Open the plugin's help</source>
      <translation>Mở trợ giúp của plugin</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/base.py" line="14" />
      <source>Analysis</source>
      <translation>Phân tích</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/base.py" line="14" />
      <source>Data exchange</source>
      <translation>Trao đổi dữ liệu</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/base.py" line="14" />
      <source>Maps for reports</source>
      <translation>Bản đồ cho báo cáo</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="41" />
      <source>Check cooperation projects</source>
      <translation>Kiểm tra dự án hợp tác</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="44" />
      <source>Checks every project: latitude and longitude swapped; a point outside its recipient country (Natural Earth, with 0.2° of tolerance on coasts, as for the bundled data); a point at sea; no source title or URL; an id used twice; dates in the future (a completed project ending later than this year, a running one starting later, a source dated ahead). Percentages are checked on import, where the file still has them. Each problem becomes a point (where the project is, or where a swapped point would be) with the project id, the check and a message. Without an input layer the plugin's active data is checked.</source>
      <translation>Kiểm tra từng dự án: vĩ độ và kinh độ bị đảo; điểm nằm ngoài nước tiếp nhận (Natural Earth, dung sai 0,2° ở ven biển, như với dữ liệu đi kèm); điểm nằm trên biển; không có tên hoặc URL của nguồn; một mã được dùng hai lần; ngày trong tương lai (dự án đã hoàn thành nhưng kết thúc sau năm nay, dự án đang thực hiện nhưng bắt đầu sau năm nay, nguồn mang ngày trong tương lai). Tỷ lệ phần trăm được kiểm tra khi nhập, lúc tệp vẫn còn các số liệu này. Mỗi vấn đề trở thành một điểm (tại vị trí của dự án, hoặc tại vị trí của điểm sau khi đảo lại tọa độ) kèm mã dự án, loại kiểm tra và thông báo. Nếu không có lớp đầu vào, plugin kiểm tra dữ liệu đang được sử dụng.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="56" />
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="82" />
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="76" />
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="60" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="82" />
      <source>Projects layer (empty: every project of {})</source>
      <translation>Lớp dự án (để trống: mọi dự án của {})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="59" />
      <source>Number of problems</source>
      <translation>Số vấn đề</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="68" />
      <source>the checks</source>
      <translation>việc kiểm tra</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="71" />
      <source>The problems layer could not be created.</source>
      <translation>Không tạo được lớp vấn đề.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="85" />
      <source>{} problems found{}</source>
      <translation>Tìm thấy {} vấn đề{}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="44" />
      <source>Cooperation matrix (city × donor × sector)</source>
      <translation>Ma trận hợp tác (thành phố × nhà tài trợ × lĩnh vực)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="49" />
      <source>&lt;p&gt;For each ASCN city, from the projects that match the filter (same criteria as Filter cooperation projects): projects and US dollars per donor (us_projects, us_usd, kr_projects …) and dollars per kind of finance (finance_grant_usd, finance_loan_usd, finance_commercial_usd …), the presentation's sector categories covered and not covered (a solution counts for its category; ascn.* tags do not count), whether both the US and Korea work there (us_korea), the categories where both work (shared_sectors) and a cooperation opening score. The second output is a table with one row per city and category.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Counting.&lt;/b&gt; A project counts for every city in its city_ids; projects naming no city count for none. Money is not split: a project naming several cities adds its whole amount to each (multi_city_projects says how many such projects a city has), so never add city amounts across cities. In the table, a project tagged with several categories counts in each, so do not add its rows either. There is no grand total of dollars: commercial investment is not aid, so money is shown per donor and per kind of finance. A dollar column is empty when no counted project publishes an amount; without_amount counts the projects whose amount is unknown.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Opening score&lt;/b&gt; = {shared} × S + {one} × O + {gap} × G × F, where S is the number of categories where both the US and Korea work (coordinate now), O the number where only one of them works (the other could join), G the number of categories no donor covers, and F is 1 when the US or Korea has any project in the city, otherwise 0 (a gap counts only where one of them has a foothold). It ranges from 0 to 16 for eight categories.&lt;/p&gt;&lt;p&gt;With a sector filter, coverage and gaps describe the filtered projects only. With a city filter, only those cities are listed. Empty layer parameters use the projects and ASCN cities of the data the plugin shows; other layers need the same fields (projects: the filter fields and sector_primary; cities: city_id).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Với mỗi thành phố ASCN, từ các dự án phù hợp với bộ lọc (cùng tiêu chí như thuật toán Lọc dự án hợp tác): số dự án và số đô la Mỹ theo từng nhà tài trợ (us_projects, us_usd, kr_projects …) và số đô la theo từng hình thức tài chính (finance_grant_usd, finance_loan_usd, finance_commercial_usd …), các nhóm lĩnh vực của bài trình bày đã có và chưa có dự án (một giải pháp được tính cho nhóm của nó; các thẻ ascn.* không được tính), việc cả Hoa Kỳ và Hàn Quốc có cùng hoạt động tại đó hay không (us_korea), các nhóm mà cả hai cùng hoạt động (shared_sectors) và điểm cơ hội hợp tác. Đầu ra thứ hai là một bảng, mỗi dòng ứng với một thành phố và một nhóm lĩnh vực.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cách đếm.&lt;/b&gt; Một dự án được tính cho mọi thành phố trong city_ids của dự án đó; dự án không nêu thành phố nào thì không được tính cho thành phố nào. Số tiền không được chia nhỏ: một dự án nêu nhiều thành phố sẽ cộng toàn bộ số tiền của nó vào từng thành phố (multi_city_projects cho biết một thành phố có bao nhiêu dự án như vậy), vì vậy tuyệt đối không cộng dồn số tiền giữa các thành phố. Trong bảng, một dự án được gắn nhiều nhóm lĩnh vực sẽ được tính trong từng nhóm, vì vậy cũng không cộng dồn các dòng của dự án đó. Không có tổng số đô la chung: đầu tư thương mại không phải là viện trợ, nên số tiền được trình bày theo từng nhà tài trợ và từng hình thức tài chính. Cột đô la để trống khi không có dự án nào được tính công bố số tiền; without_amount đếm số dự án chưa rõ số tiền.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Điểm cơ hội&lt;/b&gt; = {shared} × S + {one} × O + {gap} × G × F, trong đó S là số nhóm lĩnh vực mà cả Hoa Kỳ và Hàn Quốc cùng hoạt động (cần phối hợp ngay), O là số nhóm mà chỉ một trong hai nước hoạt động (nước kia có thể tham gia), G là số nhóm chưa có nhà tài trợ nào, và F bằng 1 khi Hoa Kỳ hoặc Hàn Quốc có bất kỳ dự án nào tại thành phố, ngược lại bằng 0 (một khoảng trống chỉ được tính khi một trong hai nước đã có chỗ đứng). Điểm nằm trong khoảng từ 0 đến 16 với tám nhóm lĩnh vực.&lt;/p&gt;&lt;p&gt;Khi lọc theo lĩnh vực, phần đã có và còn trống chỉ mô tả các dự án đã lọc. Khi lọc theo thành phố, chỉ các thành phố đó được liệt kê. Tham số lớp để trống sẽ dùng các dự án và thành phố ASCN của dữ liệu mà plugin đang hiển thị; các lớp khác cần có cùng các trường (dự án: các trường của bộ lọc và sector_primary; thành phố: city_id).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="85" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="79" />
      <source>Cities layer (empty: every ASCN city of {})</source>
      <translation>Lớp thành phố (để trống: mọi thành phố ASCN của {})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="89" />
      <source>City cooperation</source>
      <translation>Hợp tác theo thành phố</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="91" />
      <source>City × sector matrix</source>
      <translation>Ma trận thành phố × lĩnh vực</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="92" />
      <source>Cities where both the US and Korea work</source>
      <translation>Số thành phố có cả Hoa Kỳ và Hàn Quốc cùng hoạt động</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="93" />
      <source>Matching projects that name a listed city</source>
      <translation>Số dự án phù hợp có nêu một thành phố trong danh sách</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="103" />
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="86" />
      <source>Filter: {}</source>
      <translation>Bộ lọc: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="128" />
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="129" />
      <source>the analysis</source>
      <translation>phép phân tích</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="137" />
      <source>Unknown city id: {}.</source>
      <translation>Mã thành phố không xác định: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="157" />
      <source>The outputs could not be created.</source>
      <translation>Không tạo được các kết quả đầu ra.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="176" />
      <source>{} cities, {} matching projects name one of them, {} with both US and Korean projects.</source>
      <translation>{} thành phố; {} dự án phù hợp có nêu một trong số các thành phố đó; {} thành phố có dự án của cả Hoa Kỳ và Hàn Quốc.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="183" />
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="94" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="138" />
      <source>Writing the output failed: {}</source>
      <translation>Ghi kết quả đầu ra không thành công: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="34" />
      <source>Export city cooperation profiles (atlas)</source>
      <translation>Xuất hồ sơ hợp tác của các thành phố (tập bản đồ)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="40" />
      <source>Exports one A4 page per ASCN city that the filter keeps (its recipient countries and cities): the city on a map, its ASCN status, the donors and sectors of its projects under the filter, the sectors with no project yet, US–Korea co-presence, whether it lies inside a flood-warning coverage area (or how far the nearest is), its totals by donor and a table of its projects (continued on a second page when long). 'Cities to make pages for' narrows the pages without narrowing the projects; 'Leave out cities with no matching project' drops empty pages. The title is printed above each city's profile. One PDF, or with 'One file per city' a folder of PDFs named after the cities, beside the chosen file.</source>
      <translation>Xuất một trang A4 cho mỗi thành phố ASCN theo bộ lọc (các quốc gia tiếp nhận và thành phố): thành phố trên bản đồ, trạng thái ASCN, nhà tài trợ và lĩnh vực của các dự án theo bộ lọc, các lĩnh vực chưa có dự án, sự hiện diện chung Mỹ–Hàn, thành phố có nằm trong vùng phủ cảnh báo lũ hay không (hoặc vùng gần nhất cách bao xa), tổng theo nhà tài trợ và bảng các dự án (tiếp sang trang thứ hai nếu dài). 'Các thành phố cần tạo trang' giới hạn số trang mà không giới hạn dự án; 'Bỏ qua các thành phố không có dự án phù hợp' bỏ các trang trống. Tiêu đề được in phía trên hồ sơ của mỗi thành phố. Một tệp PDF, hoặc với 'Mỗi thành phố một tệp' là một thư mục các PDF đặt tên theo thành phố, cạnh tệp đã chọn.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="54" />
      <source>Cities to make pages for (ASCN city ids; empty: every city of {} the filter keeps)</source>
      <translation>Các thành phố cần làm trang (mã thành phố ASCN; để trống: mọi thành phố của {} mà bộ lọc giữ lại)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="61" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="57" />
      <source>Resolution (dpi)</source>
      <translation>Độ phân giải (dpi)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="62" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="62" />
      <source>Profiles (PDF)</source>
      <translation>Hồ sơ (PDF)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="63" />
      <source>Number of city pages</source>
      <translation>Số trang thành phố</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="74" />
      <source>{}: the profiles are written as PDF (.pdf).</source>
      <translation>{}: hồ sơ được ghi dưới dạng PDF (.pdf).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="86" />
      <source>No ASCN city matches the filter: nothing to export.</source>
      <translation>Không có thành phố ASCN nào phù hợp với bộ lọc: không có gì để xuất.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="87" />
      <source>{} city pages</source>
      <translation>{} trang thành phố</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="91" />
      <source>{} files in {}</source>
      <translation>{} tệp trong {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="33" />
      <source>Export cooperation map</source>
      <translation>Xuất bản đồ hợp tác</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="40" />
      <source>Exports a finished map of the cooperation data the plugin shows: title, a subtitle that says the filter in words, the map, a legend of what is visible, scale bar, north arrow, an inset of ASEAN, sources with the dataset's as-of date, and the export date. The filter parameters are those of 'Filter cooperation projects'. The format follows the file name: .pdf, .png or .svg. Templates: A4 or A3, landscape or portrait. Contents: the cooperation layers, or flood-warning coverage with the ASCN cities. The file is written completely or not at all.</source>
      <translation>Xuất bản đồ hoàn chỉnh từ dữ liệu hợp tác mà plugin đang hiển thị: tiêu đề, phụ đề diễn đạt bộ lọc bằng lời, bản đồ, chú giải các đối tượng đang hiển thị, thước tỷ lệ, mũi tên chỉ hướng bắc, bản đồ phụ khu vực ASEAN, nguồn dữ liệu kèm ngày cập nhật của bộ dữ liệu, và ngày xuất. Các tham số lọc giống như của 'Lọc dự án hợp tác'. Định dạng được xác định theo tên tệp: .pdf, .png hoặc .svg. Mẫu: A4 hoặc A3, khổ ngang hoặc khổ dọc. Nội dung: các lớp hợp tác, hoặc vùng phủ cảnh báo lũ cùng các thành phố ASCN. Tệp được ghi trọn vẹn hoặc không ghi gì cả.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="51" />
      <source>Page</source>
      <translation>Khổ trang</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="59" />
      <source>Map file</source>
      <translation>Tệp bản đồ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="65" />
      <source>{}: the map file must end in .pdf, .png or .svg.</source>
      <translation>{}: tệp bản đồ phải có đuôi .pdf, .png hoặc .svg.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="47" />
      <source>{}: a {} file must end in {}; this name is for another kind of file, which is left as it is.</source>
      <translation>{}: tệp {} phải có đuôi {}; tên này dành cho loại tệp khác, tệp đó được giữ nguyên.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="63" />
      <source>Export projects (CSV with HXL, GeoJSON, IATI XML)</source>
      <translation>Xuất dự án (CSV kèm HXL, GeoJSON, IATI XML)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="66" />
      <source>Writes the projects that match the filter: CSV with a header row and an HXL hashtag row (one row per project, so money is counted once; all locations in the locations_wkt column), GeoJSON (one MultiPoint feature per project), or IATI 2.03 XML (standard elements plus every field in the plugin's own namespace). The plugin's importers read all three back as they were. The IATI file is a compilation, not an official IATI publication.</source>
      <translation>Ghi các dự án phù hợp với bộ lọc ra: CSV có một dòng tiêu đề và một dòng thẻ HXL (mỗi dự án một dòng, nên số tiền chỉ được tính một lần; mọi vị trí nằm trong cột locations_wkt), GeoJSON (mỗi dự án một đối tượng MultiPoint), hoặc IATI 2.03 XML (các phần tử chuẩn cùng mọi trường trong không gian tên riêng của plugin). Các công cụ nhập của plugin đọc lại được cả ba định dạng đúng như ban đầu. Tệp IATI là bản tổng hợp, không phải bản công bố IATI chính thức.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="80" />
      <source>CSV with HXL hashtags</source>
      <translation>CSV kèm thẻ HXL</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="80" />
      <source>Format</source>
      <translation>Định dạng</translation>
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
      <translation>Số dự án đã ghi</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="93" />
      <source>the export</source>
      <translation>việc xuất dữ liệu</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="41" />
      <source>Asks d-portal (no key) or the IATI Datastore (a free subscription key, kept in a QGIS authentication configuration) for the activities of the chosen recipient countries, reporting organisations, sectors and years, page after page until the service sends an empty page, through QGIS's network settings (proxy, SSL). The activities go through the same checks and upsert as an IATI file: new ones are added, known ones (by iati-identifier) updated, fields the planner curates kept. Every record names the service and the query as its source, the retrieval date as 'as of', and the activity's own last update in its notes. The GeoPackage or registry is only changed once the whole fetch succeeded: a cancel, no network, a server error, a timeout, a cut-off page or a refused key leave it as it was. Sectors: 5-digit DAC codes or the plugin's sectors (through its crosswalk). Years: activities running at some time between the two years.</source>
      <translation>Hỏi d-portal (không cần khóa) hoặc IATI Datastore (khóa đăng ký miễn phí, lưu trong một cấu hình xác thực QGIS) về các hoạt động của các quốc gia nhận, tổ chức báo cáo, lĩnh vực và năm đã chọn, từng trang cho đến khi dịch vụ gửi một trang trống, qua cài đặt mạng của QGIS (proxy, SSL). Các hoạt động đi qua cùng các bước kiểm tra và cập nhật như một tệp IATI: hoạt động mới được thêm, hoạt động đã có (theo iati-identifier) được cập nhật, các trường do người lập kế hoạch quản lý được giữ nguyên. Mỗi bản ghi ghi dịch vụ và truy vấn làm nguồn, ngày lấy làm 'tính đến', và ngày cập nhật cuối của chính hoạt động trong ghi chú. GeoPackage hoặc sổ đăng ký chỉ thay đổi khi toàn bộ việc lấy dữ liệu thành công: hủy, mất mạng, lỗi máy chủ, hết thời gian chờ, trang bị cắt ngang hoặc khóa bị từ chối đều giữ nguyên dữ liệu. Lĩnh vực: mã DAC 5 chữ số hoặc lĩnh vực của plugin (qua bảng đối chiếu). Năm: các hoạt động diễn ra vào một thời điểm nào đó giữa hai năm.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="57" />
      <source>Service address (empty: the public one)</source>
      <translation>Địa chỉ dịch vụ (để trống: địa chỉ công khai)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="59" />
      <source>Authentication configuration holding the IATI Datastore key</source>
      <translation>Cấu hình xác thực chứa khóa IATI Datastore</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="62" />
      <source>Recipient countries (ISO codes; empty: all)</source>
      <translation>Quốc gia nhận (mã ISO; để trống: tất cả)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="64" />
      <source>Reporting organisations (IATI identifiers; empty: all)</source>
      <translation>Tổ chức báo cáo (mã định danh IATI; để trống: tất cả)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="66" />
      <source>Sectors (5-digit DAC codes, or sectors of {} through their DAC codes; empty: all)</source>
      <translation>Lĩnh vực (mã DAC 5 chữ số, hoặc lĩnh vực của {} qua các mã DAC của chúng; để trống: tất cả)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="68" />
      <source>Running in or after the year</source>
      <translation>Đang thực hiện trong hoặc sau năm</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="69" />
      <source>Started by the end of the year</source>
      <translation>Bắt đầu trước cuối năm</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="73" />
      <source>The query, to run it again</source>
      <translation>Truy vấn, để chạy lại</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="89" />
      <source>Sector '{}' is neither a 5-digit DAC code nor a sector of the plugin with DAC codes.</source>
      <translation>Lĩnh vực '{}' không phải mã DAC 5 chữ số cũng không phải lĩnh vực của plugin có mã DAC.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="95" />
      <source>The first year ({}) comes after the last ({}).</source>
      <translation>Năm đầu ({}) sau năm cuối ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="98" />
      <source>The service address must start with https:// or http://.</source>
      <translation>Địa chỉ dịch vụ phải bắt đầu bằng https:// hoặc http://.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="101" />
      <source>The IATI Datastore needs a subscription key: choose the QGIS authentication configuration that holds it (a free key from developer.iatistandard.org), or use d-portal, which needs none.</source>
      <translation>IATI Datastore cần khóa đăng ký: chọn cấu hình xác thực QGIS chứa khóa (khóa miễn phí tại developer.iatistandard.org), hoặc dùng d-portal, không cần khóa.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="38" />
      <source>Filter cooperation projects</source>
      <translation>Lọc dự án hợp tác</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="41" />
      <source>Keeps the cooperation projects that match every criterion given; an empty criterion matches everything. Lists are codes: ticked by name in the dialog, comma-separated on the command line. Sectors may be given in any taxonomy: the presentation's categories (water, mobility, energy, security, health, waste, egov, participation; a category includes its solutions), Kearney's dimensions (kearney.smart_environment …) or ASCN focus areas (ascn.quality_environment …), which stand for the categories they correspond to. A project matches a year range when its years overlap it (no end year: still running); projects without known years or amounts drop out when a year or amount range is set. Without an input layer the projects of the data the plugin shows are used; any layer with the same fields works.</source>
      <translation>Giữ lại các dự án hợp tác thỏa mãn mọi tiêu chí đã nêu; tiêu chí để trống thì khớp với tất cả. Danh sách là các mã: đánh dấu theo tên trong hộp thoại, phân cách bằng dấu phẩy trên dòng lệnh. Lĩnh vực có thể được nêu theo bất kỳ hệ phân loại nào: các nhóm của bài trình bày (water, mobility, energy, security, health, waste, egov, participation; một nhóm bao gồm cả các giải pháp thuộc nhóm), các khía cạnh của Kearney (kearney.smart_environment …) hoặc lĩnh vực trọng tâm ASCN (ascn.quality_environment …), được hiểu là các nhóm tương ứng. Một dự án khớp với khoảng năm khi thời gian thực hiện giao với khoảng đó (không có năm kết thúc: vẫn đang thực hiện); các dự án chưa rõ năm hoặc số tiền bị loại khi đặt khoảng năm hoặc khoảng số tiền. Nếu không có lớp đầu vào, plugin dùng các dự án của dữ liệu mà plugin đang hiển thị; lớp nào có cùng các trường đều dùng được.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="67" />
      <source>Filtered projects</source>
      <translation>Dự án đã lọc</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="69" />
      <source>Number of matching projects</source>
      <translation>Số dự án phù hợp</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="81" />
      <source>The output layer could not be created.</source>
      <translation>Không tạo được lớp đầu ra.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="99" />
      <source>{} projects match.</source>
      <translation>Có {} dự án phù hợp.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="49" />
      <source>Flood-warning coverage of cities and projects</source>
      <translation>Vùng phủ cảnh báo lũ đối với thành phố và dự án</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="52" />
      <source>For each ASCN city and/or cooperation project: the flood forecasting and warning areas it lies in (covered, inside_count, inside_systems), their funders (funders), the nearest area (nearest_system) and the distance to it in kilometres (distance_km, 0 when inside), and the distance to the nearest area of each funder (km_to_kr, km_to_jp …). A project with several locations takes its nearest location. Distances are geodesic, on the WGS 84 ellipsoid, not in degrees: each point gets an azimuthal equidistant projection centred on it, in which the planar distance from the centre is the geodesic distance; coverage edges are densified every {} degrees first. A point on an area's edge counts as inside. Features without geometry (ASEAN-wide programmes) get empty values. Coverage areas are only as exact as their geometry_basis (admin-1 unions, hand-drawn basins, whole countries). Empty layer parameters use the cities, projects and coverage of the data the plugin shows; other layers need the fields city_id (cities), project_id (projects) and system_id, funder_country (coverage).</source>
      <translation>Với mỗi thành phố ASCN và/hoặc dự án hợp tác: các vùng dự báo và cảnh báo lũ chứa nó (covered, inside_count, inside_systems), nhà tài trợ của các vùng đó (funders), vùng gần nhất (nearest_system) và khoảng cách tới vùng đó tính bằng kilômét (distance_km, bằng 0 khi nằm bên trong), cùng khoảng cách tới vùng gần nhất của từng nhà tài trợ (km_to_kr, km_to_jp …). Dự án có nhiều vị trí thì lấy vị trí gần nhất. Khoảng cách là khoảng cách trắc địa trên ellipsoid WGS 84, không tính bằng độ: mỗi điểm được gán một phép chiếu phương vị đẳng cự có tâm tại điểm đó, trong đó khoảng cách phẳng từ tâm chính là khoảng cách trắc địa; trước đó, ranh giới vùng phủ được làm dày điểm sau mỗi {} độ. Điểm nằm trên ranh giới của vùng được tính là nằm bên trong. Đối tượng không có hình học (các chương trình toàn ASEAN) nhận giá trị rỗng. Vùng phủ chỉ chính xác đến mức geometry_basis của nó cho phép (hợp các đơn vị hành chính cấp 1, lưu vực vẽ tay, toàn bộ lãnh thổ quốc gia). Tham số lớp để trống sẽ dùng các thành phố, dự án và vùng phủ của dữ liệu mà plugin đang hiển thị; các lớp khác cần có các trường city_id (thành phố), project_id (dự án) và system_id, funder_country (vùng phủ).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="72" />
      <source>Analyse</source>
      <translation>Phân tích</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="73" />
      <source>Cities</source>
      <translation>Thành phố</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="73" />
      <source>Cities and projects</source>
      <translation>Thành phố và dự án</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="85" />
      <source>Flood-warning coverage (empty: every coverage area of {})</source>
      <translation>Vùng phủ cảnh báo lũ (để trống: mọi vùng phủ của {})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="88" />
      <source>Cities and flood coverage</source>
      <translation>Thành phố và vùng phủ cảnh báo lũ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="91" />
      <source>Projects and flood coverage</source>
      <translation>Dự án và vùng phủ cảnh báo lũ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="93" />
      <source>Cities outside every coverage area</source>
      <translation>Số thành phố nằm ngoài mọi vùng phủ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="94" />
      <source>Projects outside every coverage area</source>
      <translation>Số dự án nằm ngoài mọi vùng phủ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="109" />
      <source>The coverage layer lacks the fields the analysis needs: {}.</source>
      <translation>Lớp vùng phủ thiếu các trường cần cho phân tích: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="113" />
      <source>{} lacks the id field {}.</source>
      <translation>{} thiếu trường mã {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="116" />
      <source>The coverage layer has no areas: every distance stays empty.</source>
      <translation>Lớp vùng phủ không có vùng nào: mọi khoảng cách đều để trống.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="125" />
      <source>The output {} could not be created.</source>
      <translation>Không tạo được kết quả đầu ra {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="143" />
      <source>{}: {} outside every coverage area.</source>
      <translation>{}: {} đối tượng nằm ngoài mọi vùng phủ.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="39" />
      <source>Projects added</source>
      <translation>Số dự án được thêm</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="39" />
      <source>Projects updated</source>
      <translation>Số dự án được cập nhật</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="39" />
      <source>Records read</source>
      <translation>Số bản ghi đã đọc</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="40" />
      <source>Projects with coordinates</source>
      <translation>Số dự án có tọa độ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="40" />
      <source>Records skipped</source>
      <translation>Số bản ghi bị bỏ qua</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="41" />
      <source>Projects placed at their country</source>
      <translation>Số dự án được đặt tại nước tiếp nhận</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="41" />
      <source>Projects without location</source>
      <translation>Số dự án không có vị trí</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="42" />
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="69" />
      <source>Problems found</source>
      <translation>Số vấn đề tìm thấy</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="83" />
      <source>Planner's GeoPackage (created from the bundled data when new, else updated)</source>
      <translation>GeoPackage của người dùng (tạo từ dữ liệu đi kèm nếu chưa có, nếu đã có thì cập nhật)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="86" />
      <source>Or import into the team registry (saved PostgreSQL connection)</source>
      <translation>Hoặc nhập vào sổ đăng ký chung của nhóm (kết nối PostgreSQL đã lưu)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="88" />
      <source>Projects without coordinates</source>
      <translation>Dự án không có tọa độ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="94" />
      <source>Import report</source>
      <translation>Báo cáo nhập dữ liệu</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="138" />
      <source>Choose where the projects go: your GeoPackage or the team registry.</source>
      <translation>Hãy chọn nơi nhập các dự án: GeoPackage của bạn hoặc sổ đăng ký chung của nhóm.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="31" />
      <source>Import projects from CSV (HXL, 3W, AidData)</source>
      <translation>Nhập dự án từ CSV (HXL, 3W, AidData)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="34" />
      <source>Reads a CSV table into the planner's GeoPackage (created from the bundled data when new). Columns with HXL hashtags (#activity+name, #org+funder, #org+impl, #sector, #country+code, #adm1+name, #geo+lat, #geo+lon, #date+start, #date+end, #status, #value+usd …) and columns named like the projects' fields are recognised on their own. Other columns are named in the mapping as field=column pairs separated by ; or new lines, e.g. title=Project name;latitude=Lat;longitude=Lon (a column is named by its header, its HXL tag or its number; field=- ignores a recognised column). A table with only project_id, latitude, longitude and precision_code (AidData) sets the locations of projects already in the GeoPackage. Rows sharing an id are one project at several places; tables without ids get stable ones from organisation, activity, sector, country and start. Every project is checked as in the IATI import.</source>
      <translation>Đọc một bảng CSV vào GeoPackage của người dùng (được tạo từ dữ liệu đi kèm nếu chưa có). Các cột có thẻ HXL (#activity+name, #org+funder, #org+impl, #sector, #country+code, #adm1+name, #geo+lat, #geo+lon, #date+start, #date+end, #status, #value+usd …) và các cột đặt tên giống các trường của dự án được tự động nhận diện. Các cột khác được khai báo trong phần ánh xạ dưới dạng cặp trường=cột, phân cách bằng dấu ; hoặc xuống dòng, ví dụ title=Project name;latitude=Lat;longitude=Lon (một cột được gọi theo tiêu đề, thẻ HXL hoặc số thứ tự của cột; field=- bỏ qua một cột đã được nhận diện). Bảng chỉ có project_id, latitude, longitude và precision_code (AidData) sẽ đặt vị trí cho các dự án đã có trong GeoPackage. Các dòng có cùng mã là một dự án tại nhiều địa điểm; bảng không có mã sẽ được gán mã ổn định dựa trên tổ chức, hoạt động, lĩnh vực, quốc gia và năm bắt đầu. Mọi dự án đều được kiểm tra như khi nhập IATI.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="49" />
      <source>CSV table</source>
      <translation>Bảng CSV</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="50" />
      <source>CSV (*.csv *.txt *.tsv);;All files (*)</source>
      <translation>CSV (*.csv *.txt *.tsv);;Tất cả các tệp (*)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="52" />
      <source>Column mapping (field=column; …)</source>
      <translation>Ánh xạ cột (trường=cột; …)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="54" />
      <source>Encoding</source>
      <translation>Bảng mã</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="25" />
      <source>Import IATI activities</source>
      <translation>Nhập hoạt động IATI</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="28" />
      <source>Reads an IATI activity file (versions 2.01-2.03 and 1.0x) as it streams, so large files take little memory, and adds its activities to the planner's GeoPackage, or updates them when their iati-identifier is there already. A new GeoPackage starts as a copy of the bundled data; the bundled file is never changed, and the planner's file is only replaced once the whole import has succeeded. Locations are read latitude first, as IATI writes them; activities without coordinates are placed at their recipient country or kept without geometry. DAC sectors are mapped to the plugin's categories through its crosswalk; amounts are summed per currency and never converted. Every activity is checked (swapped coordinates, points outside the recipient country or at sea, percentages, sources, duplicate ids, future dates); the problems form a point layer.</source>
      <translation>Đọc tệp hoạt động IATI (phiên bản 2.01-2.03 và 1.0x) theo dạng luồng, nên tệp lớn cũng chỉ tốn ít bộ nhớ, rồi thêm các hoạt động vào GeoPackage của người dùng, hoặc cập nhật chúng nếu iati-identifier đã có sẵn. GeoPackage mới được khởi tạo là bản sao của dữ liệu đi kèm; tệp đi kèm không bao giờ bị thay đổi, và tệp của người dùng chỉ được thay thế khi toàn bộ quá trình nhập đã thành công. Vị trí được đọc với vĩ độ trước, đúng như cách IATI ghi; các hoạt động không có tọa độ được đặt tại nước tiếp nhận hoặc giữ lại không có hình học. Lĩnh vực DAC được ánh xạ sang các nhóm lĩnh vực của plugin qua bảng đối chiếu; số tiền được cộng theo từng loại tiền và không bao giờ được quy đổi. Mọi hoạt động đều được kiểm tra (tọa độ bị đảo, điểm nằm ngoài nước tiếp nhận hoặc trên biển, tỷ lệ phần trăm, nguồn, mã trùng, ngày trong tương lai); các vấn đề tạo thành một lớp điểm.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="43" />
      <source>IATI activity file</source>
      <translation>Tệp hoạt động IATI</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="44" />
      <source>IATI XML (*.xml *.XML);;All files (*)</source>
      <translation>IATI XML (*.xml *.XML);;Tất cả các tệp (*)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="30" />
      <source>Publish to the team registry (PostGIS)</source>
      <translation>Công bố lên sổ đăng ký chung của nhóm (PostGIS)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="33" />
      <source>Publishes the cooperation data (the bundled data, or your own GeoPackage) as the team registry: schema smartcity in the database of a saved PostgreSQL connection, with the GeoPackage's tables and indexes, rules (unique ids, sane years, known sector codes), record versions, an audit log, and the roles smartcity_reader (view and filter) and smartcity_editor (also edit). Credentials come from the connection's authentication configuration. Everything happens in one transaction: on an error or a cancel the database stays as it was. An existing registry is only replaced when you ask, and is then kept as a schema smartcity_replaced_&lt;time&gt; with its edits and audit log.</source>
      <translation>Công bố dữ liệu hợp tác (dữ liệu đi kèm, hoặc GeoPackage của riêng bạn) thành sổ đăng ký chung của nhóm: lược đồ smartcity trong cơ sở dữ liệu của một kết nối PostgreSQL đã lưu, với các bảng và chỉ mục của GeoPackage, các quy tắc (mã không trùng lặp, năm hợp lý, mã lĩnh vực đã biết), phiên bản bản ghi, nhật ký kiểm tra, và các vai trò smartcity_reader (xem và lọc) và smartcity_editor (được chỉnh sửa thêm). Thông tin đăng nhập được lấy từ cấu hình xác thực của kết nối. Mọi thao tác diễn ra trong một giao dịch duy nhất: khi có lỗi hoặc khi hủy, cơ sở dữ liệu vẫn giữ nguyên như trước. Sổ đăng ký hiện có chỉ bị thay thế khi bạn yêu cầu, và khi đó được giữ lại dưới dạng lược đồ smartcity_replaced_&lt;time&gt; cùng các chỉnh sửa và nhật ký kiểm tra của nó.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="45" />
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="37" />
      <source>Database (saved PostgreSQL connection)</source>
      <translation>Cơ sở dữ liệu (kết nối PostgreSQL đã lưu)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="47" />
      <source>GeoPackage to publish (empty: the data the plugin uses)</source>
      <translation>GeoPackage cần công bố (để trống: dữ liệu mà plugin đang dùng)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="50" />
      <source>Replace the registry if the database has one (the old one is kept as a copy)</source>
      <translation>Thay thế sổ đăng ký nếu cơ sở dữ liệu đã có (sổ đăng ký cũ được giữ lại dưới dạng bản sao)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="52" />
      <source>Projects published</source>
      <translation>Số dự án đã công bố</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="53" />
      <source>Schema keeping the replaced registry</source>
      <translation>Lược đồ lưu giữ sổ đăng ký đã bị thay thế</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="78" />
      <source>{}: {} records</source>
      <translation>{}: {} bản ghi</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="80" />
      <source>The registry that was there is kept as schema {}.</source>
      <translation>Sổ đăng ký cũ được giữ lại dưới dạng lược đồ {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="82" />
      <source>The role {} does not exist and your role may not create it: ask the database's administrator to create it (NOLOGIN) and publish again, or grant rights yourself.</source>
      <translation>Vai trò {} không tồn tại và vai trò của bạn không được phép tạo nó: hãy đề nghị quản trị viên cơ sở dữ liệu tạo vai trò này (NOLOGIN) rồi công bố lại, hoặc tự cấp quyền.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="21" />
      <source>Upgrade the team registry (PostGIS)</source>
      <translation>Nâng cấp sổ đăng ký nhóm (PostGIS)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="24" />
      <source>Closes the security holes of a team registry published by an earlier version of the plugin, in place: everything in schema smartcity and in the kept smartcity_replaced_… copies then belongs to the role smartcity_owner (which nobody logs in as), the registry's functions can no longer be called or misled by other roles, a record's fid can no longer change, and a conflict is filed only for a change the registry really refused. Records, versions and the audit log stay exactly as they are; running it again changes nothing. Run it as the role that published the registry (or a superuser), through a saved PostgreSQL connection. Until it has run, the plugin does not open the registry.</source>
      <translation>Vá tại chỗ các lỗ hổng bảo mật của sổ đăng ký nhóm được xuất bản bởi phiên bản plugin cũ hơn: mọi thứ trong lược đồ smartcity và trong các bản sao smartcity_replaced_… được giữ lại sẽ thuộc về vai trò smartcity_owner (không ai đăng nhập bằng vai trò này), các hàm của sổ đăng ký không còn bị vai trò khác gọi hoặc đánh lừa, fid của bản ghi không còn thay đổi được, và xung đột chỉ được ghi cho thay đổi mà sổ đăng ký thực sự từ chối. Bản ghi, phiên bản và nhật ký kiểm toán được giữ nguyên; chạy lại không thay đổi gì. Hãy chạy bằng vai trò đã xuất bản sổ đăng ký (hoặc siêu người dùng), qua một kết nối PostgreSQL đã lưu. Trước khi chạy, plugin không mở sổ đăng ký.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="38" />
      <source>Problems fixed</source>
      <translation>Số vấn đề đã khắc phục</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="61" />
      <source>Fixed: {}</source>
      <translation>Đã khắc phục: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="63" />
      <source>The registry was up to date; nothing needed changing.</source>
      <translation>Sổ đăng ký đã được cập nhật; không cần thay đổi gì.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="64" />
      <source>Secured: {}</source>
      <translation>Đã bảo vệ: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="59" />
      <source>the downloaded catalogue {}</source>
      <translation>danh mục đã tải về {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="60" />
      <source>the GeoPackage {}</source>
      <translation>GeoPackage {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="70" />
      <source>ASEAN–Korea category</source>
      <translation>nhóm ASEAN–Hàn Quốc</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="70" />
      <source>Kearney dimension</source>
      <translation>chiều Kearney</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="71" />
      <source>ASCN focus area</source>
      <translation>lĩnh vực trọng tâm ASCN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="105" />
      <source>The choices of {} could not be read: {}</source>
      <translation>Không đọc được các lựa chọn của {}: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/fetch_choices.py" line="31" />
      <source>The sectors of the data could not be read: {}</source>
      <translation>Không đọc được các lĩnh vực của dữ liệu: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="35" />
      <source>Sectors, in any of the sector lists (codes, e.g. water,mobility)</source>
      <translation>Lĩnh vực, theo bất kỳ danh sách lĩnh vực nào (mã, vd. water,mobility)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="36" />
      <source>Donor countries (ISO codes, e.g. US,KR)</source>
      <translation>Nước tài trợ (mã ISO, vd. US,KR)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="37" />
      <source>Agencies (a group also finds its joint projects, e.g. KOICA)</source>
      <translation>Cơ quan (nhóm cũng tìm cả dự án chung, vd. KOICA)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="38" />
      <source>Recipient countries (ISO codes, e.g. KH,LA)</source>
      <translation>Nước tiếp nhận (mã ISO, vd. KH,LA)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="39" />
      <source>ASCN cities (city ids)</source>
      <translation>Thành phố ASCN (mã thành phố)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="41" />
      <source>Active from year</source>
      <translation>Đang thực hiện từ năm</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="42" />
      <source>Active until year</source>
      <translation>Đang thực hiện đến năm</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="43" />
      <source>Smallest amount (USD)</source>
      <translation>Số tiền nhỏ nhất (USD)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="44" />
      <source>Largest amount (USD)</source>
      <translation>Số tiền lớn nhất (USD)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="60" />
      <source>empty: any; choices from {}</source>
      <translation>để trống: bất kỳ; lựa chọn lấy từ {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="66" />
      <source>Title contains</source>
      <translation>Tên có chứa</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/inputs.py" line="23" />
      <source>The layer {} could not be read.</source>
      <translation>Không đọc được lớp {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/inputs.py" line="41" />
      <source>{} lacks the fields {} needs: {}.</source>
      <translation>{} thiếu các trường mà {} cần: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/inputs.py" line="42" />
      <source>the filter</source>
      <translation>bộ lọc</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/inputs.py" line="56" />
      <source>Unknown sector: {}. Use codes such as water, mobility, kearney.smart_energy or ascn.quality_environment (see the plugin's sectors table).</source>
      <translation>Lĩnh vực không xác định: {}. Hãy dùng các mã như water, mobility, kearney.smart_energy hoặc ascn.quality_environment (xem bảng lĩnh vực của plugin).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/pick_lists.py" line="79" />
      <source>{}: there is no choice number {} (the list has {}).</source>
      <translation>{}: không có lựa chọn số {} (danh sách có {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/pick_widget.py" line="39" />
      <source>other codes, comma-separated</source>
      <translation>mã khác, phân cách bằng dấu phẩy</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/provider.py" line="56" />
      <source>Smart City Cooperation Map {}</source>
      <translation>Bản đồ Hợp tác Thành phố Thông minh {}</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="2" />
      <source>Security</source>
      <translation>An ninh – an toàn</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="3" />
      <source>Health care</source>
      <translation>Y tế</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="4" />
      <source>Mobility</source>
      <translation>Giao thông</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="5" />
      <source>Energy</source>
      <translation>Năng lượng</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="6" />
      <source>Water</source>
      <translation>Cấp thoát nước</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="7" />
      <source>Waste</source>
      <translation>Quản lý chất thải</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="8" />
      <source>E-Government</source>
      <translation>Chính phủ điện tử</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="9" />
      <source>Participation</source>
      <translation>Sự tham gia của người dân</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="10" />
      <source>1.1 Road Depression Monitoring</source>
      <translation>1.1 Giám sát lún, sụt mặt đường</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="11" />
      <source>1.2 Climate Risk Management</source>
      <translation>1.2 Quản lý rủi ro khí hậu</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="12" />
      <source>1.3 Real-time Response System for Accidents</source>
      <translation>1.3 Hệ thống ứng phó sự cố, tai nạn theo thời gian thực</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="13" />
      <source>1.4 Safety Check for Public Structures</source>
      <translation>1.4 Kiểm tra an toàn công trình công cộng</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="14" />
      <source>1.5 Maritime Safety System</source>
      <translation>1.5 Hệ thống an toàn hàng hải</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="15" />
      <source>2.1 Emergency Patient Management System</source>
      <translation>2.1 Hệ thống quản lý bệnh nhân cấp cứu</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="16" />
      <source>2.2 Elderly Care System</source>
      <translation>2.2 Hệ thống chăm sóc người cao tuổi</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="17" />
      <source>2.3 Air Quality Monitoring System</source>
      <translation>2.3 Hệ thống quan trắc chất lượng không khí</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="18" />
      <source>2.4 Remote Diagnostic System</source>
      <translation>2.4 Hệ thống chẩn đoán từ xa</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="19" />
      <source>3.1 Tunnel Violation Enforcement Service</source>
      <translation>3.1 Dịch vụ xử lý vi phạm giao thông trong hầm</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="20" />
      <source>3.2 Smart Parking Information System</source>
      <translation>3.2 Hệ thống thông tin bãi đỗ xe thông minh</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="21" />
      <source>3.3 Driving Danger Warning System</source>
      <translation>3.3 Hệ thống cảnh báo nguy hiểm khi lái xe</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="22" />
      <source>3.4 Illegal Parking Enforcement System</source>
      <translation>3.4 Hệ thống xử lý đỗ xe trái phép</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="23" />
      <source>3.5 Bicycle Sharing Service</source>
      <translation>3.5 Dịch vụ xe đạp công cộng</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="24" />
      <source>3.6 Ships Navigation Support System</source>
      <translation>3.6 Hệ thống hỗ trợ dẫn đường cho tàu thuyền</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="25" />
      <source>3.7 Bus Information System</source>
      <translation>3.7 Hệ thống thông tin xe buýt</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="26" />
      <source>3.8 Public Transport Fare Integration System</source>
      <translation>3.8 Hệ thống vé liên thông giao thông công cộng</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="27" />
      <source>4.1 Zero Energy House</source>
      <translation>4.1 Nhà năng lượng bằng không</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="28" />
      <source>4.2 Smart Lamp Post</source>
      <translation>4.2 Cột đèn thông minh</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="29" />
      <source>4.3 Electricity Bill Management Service</source>
      <translation>4.3 Dịch vụ quản lý hóa đơn tiền điện</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="30" />
      <source>5.1 Smart Water Supply System</source>
      <translation>5.1 Hệ thống cấp nước thông minh</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="31" />
      <source>5.2 Smart Water Metering System</source>
      <translation>5.2 Hệ thống đồng hồ nước thông minh</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="32" />
      <source>5.3 Fountain Water Quality Information System</source>
      <translation>5.3 Hệ thống thông tin chất lượng nước tại các điểm nước uống công cộng</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="33" />
      <source>5.4 Smart Water Treatment System</source>
      <translation>5.4 Hệ thống xử lý nước thông minh</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="34" />
      <source>5.5 Intelligent Wastewater Treatment System</source>
      <translation>5.5 Hệ thống xử lý nước thải thông minh</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="35" />
      <source>5.6 Pipeline Leakage Management System</source>
      <translation>5.6 Hệ thống quản lý rò rỉ đường ống</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="36" />
      <source>6.1 Mobile Payment System for Waste Disposal</source>
      <translation>6.1 Hệ thống thanh toán phí thu gom rác qua điện thoại di động</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="37" />
      <source>6.2 Carton Recycling Reward Service</source>
      <translation>6.2 Dịch vụ đổi thưởng khi tái chế vỏ hộp giấy</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="38" />
      <source>6.3 Smart Trash Bin Service</source>
      <translation>6.3 Dịch vụ thùng rác thông minh</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="39" />
      <source>7.1 Cadastral Resurvey Service Using Drones</source>
      <translation>7.1 Dịch vụ đo đạc lại địa chính bằng thiết bị bay không người lái</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="40" />
      <source>7.2 Interactive Legal Knowledge Service</source>
      <translation>7.2 Dịch vụ tra cứu pháp luật tương tác</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="41" />
      <source>7.3 Cultural Heritage Management Service</source>
      <translation>7.3 Dịch vụ quản lý di sản văn hóa</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="42" />
      <source>7.4 Digital Tax Payment Service</source>
      <translation>7.4 Dịch vụ nộp thuế điện tử</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="43" />
      <source>7.5 AI Math Education Platform (KnowRe)</source>
      <translation>7.5 Nền tảng dạy học toán ứng dụng AI (KnowRe)</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="44" />
      <source>7.6 Open GIS Platform</source>
      <translation>7.6 Nền tảng GIS mở</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="45" />
      <source>7.7 Digital Land use and Building Permit</source>
      <translation>7.7 Cấp phép sử dụng đất và cấp phép xây dựng trực tuyến</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="46" />
      <source>7.8 Online Self-Diagnosis of Permit Process</source>
      <translation>7.8 Tự kiểm tra trực tuyến hồ sơ thủ tục cấp phép</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="47" />
      <source>8.1 Blockchain-based Local Currency Service</source>
      <translation>8.1 Dịch vụ tiền tệ địa phương ứng dụng blockchain</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="48" />
      <source>8.2 Blockchain-based Voting System</source>
      <translation>8.2 Hệ thống bỏ phiếu ứng dụng blockchain</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="49" />
      <source>8.3 Smart VOC Management System</source>
      <translation>8.3 Hệ thống quản lý ý kiến người dân (VOC) thông minh</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="50" />
      <source>8.4 Citizen Participation Platform (Wemap)</source>
      <translation>8.4 Nền tảng tham gia của người dân (Wemap)</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="51" />
      <source>8.5 Digital Citizen Service</source>
      <translation>8.5 Dịch vụ công dân số</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="52" />
      <source>Smart energy</source>
      <translation>Năng lượng thông minh</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="53" />
      <source>Smart environment</source>
      <translation>Môi trường thông minh</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="54" />
      <source>Smart transport</source>
      <translation>Giao thông thông minh</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="55" />
      <source>Smart IT</source>
      <translation>CNTT thông minh</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="56" />
      <source>Smart buildings</source>
      <translation>Tòa nhà thông minh</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="57" />
      <source>Smart healthcare</source>
      <translation>Y tế thông minh</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="58" />
      <source>Civic &amp; social</source>
      <translation>Dân sự và xã hội</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="59" />
      <source>Health &amp; well-being</source>
      <translation>Sức khỏe và phúc lợi</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="60" />
      <source>Safety &amp; security</source>
      <translation>An toàn và an ninh</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="61" />
      <source>Quality environment</source>
      <translation>Chất lượng môi trường</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="62" />
      <source>Built infrastructure</source>
      <translation>Cơ sở hạ tầng</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="63" />
      <source>Industry &amp; innovation</source>
      <translation>Công nghiệp và đổi mới sáng tạo</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Brunei</source>
      <translation>Brunei</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Cambodia</source>
      <translation>Campuchia</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Indonesia</source>
      <translation>Indonesia</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Laos</source>
      <translation>Lào</translation>
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
      <translation>Philippines</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Singapore</source>
      <translation>Singapore</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Thailand</source>
      <translation>Thái Lan</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Viet Nam</source>
      <translation>Việt Nam</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Timor-Leste</source>
      <translation>Đông Timor</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>United States</source>
      <translation>Hoa Kỳ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Korea</source>
      <translation>Hàn Quốc</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Japan</source>
      <translation>Nhật Bản</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>China</source>
      <translation>Trung Quốc</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Australia</source>
      <translation>Úc</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Multilateral</source>
      <translation>Đa phương</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>the Philippines</source>
      <translation>Philippines</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>the United States</source>
      <translation>Hoa Kỳ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>planned</source>
      <translation>dự kiến</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>ongoing</source>
      <translation>đang thực hiện</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>completed</source>
      <translation>đã hoàn thành</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>suspended</source>
      <translation>tạm dừng</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>unknown</source>
      <translation>chưa rõ</translation>
    </message>
  </context>
</TS>
