<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
  <context>
    <name>SmartCityCooperation</name>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="22" />
      <source>{} and {}</source>
      <translation>{} 및 {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="29" />
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="90" />
      <source>since {}</source>
      <translation>{}년 이후</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="31" />
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="90" />
      <source>until {}</source>
      <translation>{}년까지</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="37" />
      <source>the Mekong countries</source>
      <translation>메콩 지역 국가</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="49" />
      <source>All cooperation projects</source>
      <translation>전체 협력 사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="49" />
      <source>{} projects</source>
      <translation>{} 분야 사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="52" />
      <source>funded by {}</source>
      <translation>· 지원: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="54" />
      <source>through {}</source>
      <translation>· 시행기관: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="56" />
      <location filename="../smartcity_plugin/core/describe.py" line="58" />
      <source>in {}</source>
      <translation>· 대상: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="62" />
      <source>status: {}</source>
      <translation>상태: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="63" />
      <source>titles containing “{}”</source>
      <translation>제목에 “{}” 포함</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="71" />
      <source>US$ {:,.0f} to {:,.0f}</source>
      <translation>{:,.0f}~{:,.0f}달러</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="73" />
      <source>at least US$ {:,.0f}</source>
      <translation>{:,.0f}달러 이상</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="75" />
      <source>at most US$ {:,.0f}</source>
      <translation>{:,.0f}달러 이하</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="58" />
      <source>no coverage data</source>
      <translation>적용 범위 자료 없음</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="61" />
      <source>inside {} warned area(s): {}</source>
      <translation>예·경보 구역 {}곳 안: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="62" />
      <source>outside every warned area; the nearest is {:.0f} km away</source>
      <translation>모든 예·경보 구역 밖, 가장 가까운 구역까지 {:.0f} km</translation>
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
      <translation>평가 없음 ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="103" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="244" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="306" />
      <source>ASCN status</source>
      <translation>ASCN 현황</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="104" />
      <source>Projects under the filter</source>
      <translation>필터 적용 사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="105" />
      <source>Donors</source>
      <translation>공여국</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="106" />
      <source>Sectors covered</source>
      <translation>사업이 있는 분야</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="107" />
      <source>No project yet</source>
      <translation>사업이 없는 분야</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="108" />
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="20" />
      <source>US–Korea co-presence</source>
      <translation>한·미 공동 진출</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="108" />
      <source>no</source>
      <translation>아니요</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="108" />
      <source>yes</source>
      <translation>예</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="109" />
      <source>Confidence of the records</source>
      <translation>기록의 신뢰도</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="110" />
      <source>Flood warning</source>
      <translation>홍수 예·경보</translation>
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
      <translation>미공개</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="146" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="309" />
      <source>Agency</source>
      <translation>시행기관</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="146" />
      <location filename="../smartcity_plugin/export/summary_table.py" line="150" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="211" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="309" />
      <source>Donor</source>
      <translation>공여국</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="146" />
      <source>Project</source>
      <translation>사업명</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="147" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="214" />
      <source>Sector</source>
      <translation>분야</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="150" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="104" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="216" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="291" />
      <source>Years</source>
      <translation>기간</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="151" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="105" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="217" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="293" />
      <source>Amount</source>
      <translation>금액</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="151" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="218" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="296" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="315" />
      <source>Confidence</source>
      <translation>신뢰도</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="216" />
      <location filename="../smartcity_plugin/export/atlas.py" line="298" />
      <source>{} (continued)</source>
      <translation>{} (계속)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="245" />
      <source>City cooperation profiles</source>
      <translation>도시별 협력 현황</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="267" />
      <location filename="../smartcity_plugin/export/layouts.py" line="333" />
      <location filename="../smartcity_plugin/gui/dock.py" line="174" />
      <source>{} — lens: {}</source>
      <translation>{} — 렌즈: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="269" />
      <source>{} · City cooperation profile · {}</source>
      <translation>{} · 도시 협력 프로필 · {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="270" />
      <source>City cooperation profile · {}</source>
      <translation>도시 협력 프로필 · {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="294" />
      <source>Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]</source>
      <translation>[% @atlas_featurenumber %] / [% @atlas_totalfeatures %]쪽</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="305" />
      <source>No project in this city matches the filter.</source>
      <translation>이 도시에는 필터에 맞는 사업이 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="45" />
      <source>{}: this is a folder; choose a file name.</source>
      <translation>{}: 폴더입니다. 파일 이름을 선택하십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="49" />
      <source>{}: the folder {} cannot be created ({}).</source>
      <translation>{}: 폴더 {}을(를) 만들 수 없습니다 ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="52" />
      <source>{}: the folder {} is read-only; choose another place.</source>
      <translation>{}: 폴더 {}은(는) 읽기 전용입니다. 다른 위치를 선택하십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="54" />
      <source>{}: the file is read-only; choose another name.</source>
      <translation>{}: 파일이 읽기 전용입니다. 다른 이름을 선택하십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="75" />
      <source>{}: the file could not be written completely ({}); the earlier file, if any, is unchanged.</source>
      <translation>{}: 파일을 완전히 쓸 수 없었습니다 ({}). 기존 파일이 있으면 변경되지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="78" />
      <source>{}: the file written is incomplete (is the disk full? {} free); the earlier file, if any, is unchanged.</source>
      <translation>{}: 기록된 파일이 불완전합니다 (디스크가 가득 찼습니까? 남은 공간 {}). 기존 파일이 있으면 변경되지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="88" />
      <location filename="../smartcity_plugin/export/exporter.py" line="219" />
      <source>{}: cannot be replaced ({}).</source>
      <translation>{}: 교체할 수 없습니다 ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="106" />
      <source>the file could not be written (is the folder writable, the file open?)</source>
      <translation>파일을 쓸 수 없습니다(폴더에 쓰기 권한이 있는지, 파일이 열려 있지 않은지 확인하세요).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="107" />
      <source>not enough memory for this size and resolution</source>
      <translation>이 크기와 해상도로 내보내기에는 메모리가 부족합니다</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="108" />
      <source>the printer could not be started</source>
      <translation>프린터를 시작할 수 없습니다</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="109" />
      <source>a layer could not be exported to SVG</source>
      <translation>레이어를 SVG로 내보낼 수 없습니다</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="110" />
      <source>the atlas could not be prepared</source>
      <translation>아틀라스를 준비할 수 없습니다</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="111" />
      <source>cancelled</source>
      <translation>취소됨</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="114" />
      <source>unknown error {}</source>
      <translation>알 수 없는 오류 {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="124" />
      <source>{}: unknown format; use one of {}.</source>
      <translation>{}: 알 수 없는 형식입니다. 다음 중 하나를 사용하세요: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="126" />
      <location filename="../smartcity_plugin/export/exporter.py" line="188" />
      <location filename="../smartcity_plugin/export/exporter.py" line="208" />
      <source>{}: cancelled</source>
      <translation>{}: 취소됨</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="191" />
      <location filename="../smartcity_plugin/export/exporter.py" line="210" />
      <source>the atlas could not be exported</source>
      <translation>아틀라스를 내보낼 수 없습니다</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="203" />
      <source>{}: this is a file; the pages go into a folder of that name.</source>
      <translation>{}: 파일입니다. 페이지는 그 이름의 폴더에 저장됩니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="63" />
      <source>Areas served by flood forecasting and warning systems, by funder, and the ASCN cities</source>
      <translation>재원 제공국별 홍수 예·경보 시스템 적용 지역과 ASCN 도시</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="93" />
      <source>Sources: Smart City Cooperation Map contributors, CC BY 4.0, data as of {as_of}: a sourced record of documented cooperation, not a complete inventory (strongest for Korean and US smart-city and flood-warning work; thin for Chinese, Japanese, Australian and multilateral work and for amounts). Per-record sources in the data. Boundaries: Natural Earth (public domain). Flood-warning coverage is approximate (provinces served or hand-drawn basins). Amounts as published; commercial investment is not aid; a regional programme counts in each recipient country.</source>
      <translation>출처: Smart City Cooperation Map 기여자, CC BY 4.0, 데이터 기준일 {as_of}: 문서로 확인된 협력의 출처 기반 기록이며 전체 목록이 아닙니다(한국과 미국의 스마트시티·홍수 경보 사업에 가장 충실하고, 중국·일본·호주·다자 기구 사업과 금액 정보는 부족함). 기록별 출처는 데이터에 있습니다. 경계: Natural Earth(퍼블릭 도메인). 홍수 경보 범위는 근사치입니다(관할 주 또는 손으로 그린 유역). 금액은 공개된 그대로이며 상업 투자는 원조가 아닙니다. 지역 사업은 각 수원국에 집계됩니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="125" />
      <source>The layout template {} is missing.</source>
      <translation>레이아웃 템플릿 {}이(가) 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="128" />
      <source>The layout template {} is not valid XML.</source>
      <translation>레이아웃 템플릿 {}은(는) 올바른 XML이 아닙니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="131" />
      <source>The layout template {} could not be loaded.</source>
      <translation>레이아웃 템플릿 {}을(를) 불러올 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="144" />
      <source>The filter could not be applied to {}.</source>
      <translation>{}에 필터를 적용할 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="224" />
      <source>Cooperation
projects</source>
      <translation>협력 사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="224" />
      <source>Main sector
(symbol shape)</source>
      <translation>주요 분야
(기호 모양)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="225" />
      <source>ASCN cities
(size: number
of projects)</source>
      <translation>ASCN 도시
(크기: 사업 수)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="226" />
      <source>National and
regional programmes
(countries)</source>
      <translation>국가·지역
단위 사업
(국가 전체)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="227" />
      <source>Flood-warning
coverage</source>
      <translation>홍수 경보
적용 범위</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="280" />
      <source>Map extent</source>
      <translation>지도 범위</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="302" />
      <source>{} Too many projects for a mark each: at every place each donor's projects share one mark, and the city symbol's size gives their number.</source>
      <translation>{} 프로젝트가 너무 많아 하나씩 표시할 수 없습니다: 각 장소에서 한 공여국의 프로젝트는 하나의 표시를 함께 쓰며, 도시 기호의 크기가 그 수를 나타냅니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="305" />
      <source>Exported {}</source>
      <translation>내보낸 날짜: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="312" />
      <source>Unknown template {}; use one of {}.</source>
      <translation>알 수 없는 템플릿 {}입니다. 다음 중 하나를 사용하세요: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="324" />
      <source>Smart City Cooperation map</source>
      <translation>스마트시티 협력 지도</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="328" />
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="86" />
      <source>Smart city cooperation in ASEAN</source>
      <translation>아세안 스마트시티 협력</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/sector_key.py" line="45" />
      <source>Main sector (symbol shape)</source>
      <translation>주요 분야(기호 모양)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="29" />
      <source>Commercial (US$)</source>
      <translation>상업 투자(달러)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="29" />
      <source>Grants (US$)</source>
      <translation>무상원조(달러)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="29" />
      <source>Loans (US$)</source>
      <translation>차관(달러)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="29" />
      <location filename="../smartcity_plugin/layers/group.py" line="205" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="308" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="73" />
      <source>Projects</source>
      <translation>사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="31" />
      <source>Other kinds (US$)</source>
      <translation>기타 유형(달러)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="32" />
      <source>Projects without amount</source>
      <translation>금액 미공개 사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="55" />
      <location filename="../smartcity_plugin/gui/summary_view.py" line="95" />
      <source>By donor</source>
      <translation>공여국별</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="55" />
      <location filename="../smartcity_plugin/gui/summary_view.py" line="96" />
      <source>By main sector</source>
      <translation>주요 분야별</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="56" />
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="134" />
      <source>By recipient country</source>
      <translation>수원국별</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="134" />
      <source>… {} more</source>
      <translation>… 외 {}개</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/add_layers.py" line="20" />
      <location filename="../smartcity_plugin/gui/add_layers.py" line="40" />
      <source>Cooperation layers</source>
      <translation>협력 레이어</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/add_layers.py" line="33" />
      <source>{} projects in {} ASCN cities, with flood-warning coverage.</source>
      <translation>사업 {}건, ASCN 도시 {}곳, 홍수 예·경보 적용 범위를 추가했습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/add_layers.py" line="38" />
      <source>The group “{}” is complete; nothing was added.</source>
      <translation>그룹 “{}”에 모든 레이어가 이미 있어 추가한 것이 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="50" />
      <location filename="../smartcity_plugin/plugin.py" line="67" />
      <location filename="../smartcity_plugin/plugin.py" line="75" />
      <location filename="../smartcity_plugin/plugin_options.py" line="19" />
      <location filename="../smartcity_plugin/processing/provider.py" line="53" />
      <source>Smart City Cooperation</source>
      <translation>스마트시티 협력</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="72" />
      <source>Clear lens</source>
      <translation>렌즈 해제</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="89" />
      <source>Filter</source>
      <translation>필터</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="175" />
      <source>Showing: {}.</source>
      <translation>표시 중: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="193" />
      <source>{}: the filter could not be applied ({}).</source>
      <translation>{}: 필터를 적용할 수 없습니다({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="206" />
      <source>&lt;p&gt;Too many projects for a mark each: at every place each donor's projects share one mark, and the city symbol's size gives their number.&lt;/p&gt;</source>
      <translation>&lt;p&gt;프로젝트가 너무 많아 하나씩 표시할 수 없습니다: 각 장소에서 한 공여국의 프로젝트는 하나의 표시를 함께 쓰며, 도시 기호의 크기가 그 수를 나타냅니다.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="209" />
      <source>&lt;p&gt;The table lists the first {} of {} projects; narrow the filter to see the rest.&lt;/p&gt;</source>
      <translation>&lt;p&gt;표에는 사업 {}건(전체 {}건 중)만 표시됩니다. 나머지를 보려면 필터 조건을 좁히세요.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="263" />
      <source>{}: the plugin's filter saved in this project cannot be used ({}); the dock starts with no filter.</source>
      <translation>{}: 이 프로젝트에 저장된 플러그인 필터를 사용할 수 없습니다 ({}). 도크는 필터 없이 시작합니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="264" />
      <source>the project</source>
      <translation>프로젝트</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="21" />
      <source>Cities where both the United States and Korea work, and in which sectors</source>
      <translation>미국과 한국이 모두 사업을 하는 도시와 그 분야</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="22" />
      <source>Sector gaps</source>
      <translation>분야 공백</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="22" />
      <source>Sectors with no project in the chosen cities</source>
      <translation>선택한 도시에서 사업이 없는 분야</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="23" />
      <source>ASCN cities outside every flood-warning coverage area</source>
      <translation>어느 홍수 예·경보 적용 범위에도 들지 않는 ASCN 도시</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="23" />
      <source>Outside flood warning</source>
      <translation>홍수 예·경보 사각지대</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="24" />
      <source>Cambodia, Laos, Myanmar, Thailand, Viet Nam</source>
      <translation>캄보디아, 라오스, 미얀마, 태국, 베트남</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="24" />
      <source>Mekong focal area</source>
      <translation>메콩 중점 지역</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="35" />
      <source>Lenses</source>
      <translation>관점별 분석</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="46" />
      <location filename="../smartcity_plugin/plugin_actions.py" line="33" />
      <source>Export map for a report…</source>
      <translation>보고서용 지도 내보내기…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="50" />
      <source>Reload data</source>
      <translation>데이터 다시 불러오기</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="53" />
      <source>Read the data again: shows what others saved in the team registry since it was last loaded</source>
      <translation>데이터를 다시 읽어, 마지막으로 불러온 뒤 다른 사용자가 팀 공유 등록부에 저장한 내용을 표시</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="56" />
      <location filename="../smartcity_plugin/plugin_actions.py" line="43" />
      <source>Fetch IATI activities…</source>
      <translation>IATI 활동 가져오기…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="58" />
      <source>Current activities of chosen donors and countries from d-portal or the IATI Datastore</source>
      <translation>d-portal 또는 IATI Datastore에서 선택한 공여자와 국가의 현재 활동</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="59" />
      <source>Map, A4 landscape</source>
      <translation>지도, A4 가로</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="59" />
      <source>Map, A4 portrait</source>
      <translation>지도, A4 세로</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="60" />
      <source>Map, A3 landscape</source>
      <translation>지도, A3 가로</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="60" />
      <source>Map, A3 portrait</source>
      <translation>지도, A3 세로</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="61" />
      <source>City cooperation profiles (atlas, one page per city)</source>
      <translation>도시별 협력 현황(아틀라스, 도시당 1쪽)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="77" />
      <source>Export map for a report</source>
      <translation>보고서용 지도 내보내기</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="84" />
      <source>Cooperation projects, cities and flood-warning coverage</source>
      <translation>협력 사업, 도시, 홍수 예·경보 적용 범위</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="85" />
      <source>Flood-warning coverage and the ASCN cities</source>
      <translation>홍수 예·경보 적용 범위와 ASCN 도시</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="89" />
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="59" />
      <source>One file per city</source>
      <translation>도시별 개별 파일</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="90" />
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="57" />
      <source>Leave out cities with no matching project</source>
      <translation>필터에 맞는 사업이 없는 도시는 제외</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="92" />
      <source>Every city the filter keeps</source>
      <translation>필터에 해당하는 모든 도시</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="101" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="59" />
      <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
      <translation>PDF (*.pdf);;PNG 이미지 (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="107" />
      <source>Cancel export</source>
      <translation>내보내기 취소</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="107" />
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="118" />
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="211" />
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="221" />
      <source>Export</source>
      <translation>내보내기</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="119" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="53" />
      <source>Contents</source>
      <translation>내용</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="120" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="106" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="308" />
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="58" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="55" />
      <source>Title</source>
      <translation>제목</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="121" />
      <source>Formats</source>
      <translation>형식</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="122" />
      <source>City pages</source>
      <translation>도시 페이지</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="124" />
      <source>Resolution</source>
      <translation>해상도</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="125" />
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="83" />
      <source>File</source>
      <translation>파일</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="186" />
      <source>Replace files?</source>
      <translation>파일을 교체하시겠습니까?</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="186" />
      <source>These files exist and would be replaced:
{}</source>
      <translation>다음 파일이 이미 있으며 교체됩니다:
{}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="195" />
      <source>Choose a file and at least one format.</source>
      <translation>파일과 형식을 하나 이상 선택하세요.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="203" />
      <source>Exporting {}</source>
      <translation>{} 내보내는 중</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="220" />
      <source>Written: {}</source>
      <translation>저장됨: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="44" />
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="200" />
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="203" />
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="38" />
      <source>Fetch IATI activities</source>
      <translation>IATI 활동 가져오기</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="60" />
      <source>other ISO codes, e.g. KR, JP</source>
      <translation>기타 ISO 코드, 예: KR, JP</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="65" />
      <source>other IATI organisation identifiers</source>
      <translation>기타 IATI 기관 식별자</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="72" />
      <source>or 5-digit DAC codes, e.g. 14020</source>
      <translation>또는 5자리 DAC 코드, 예: 14020</translation>
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
      <translation>수원국 위치에 배치(정밀도 6)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="83" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="65" />
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="89" />
      <source>Keep them without geometry</source>
      <translation>지오메트리 없이 유지</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="84" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="73" />
      <source>Show this GeoPackage in the plugin afterwards</source>
      <translation>가져온 후 플러그인에 이 GeoPackage 표시</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="86" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="75" />
      <source>Add the problems found to the map</source>
      <translation>발견된 문제를 지도에 추가</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="89" />
      <source>Cancel fetch</source>
      <translation>가져오기 취소</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="89" />
      <source>Fetch</source>
      <translation>가져오기</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="101" />
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="55" />
      <source>Service</source>
      <translation>서비스</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="102" />
      <source>Address</source>
      <translation>주소</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="103" />
      <source>Key (IATI Datastore)</source>
      <translation>키 (IATI Datastore)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="104" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="101" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="355" />
      <source>Recipient countries</source>
      <translation>수원국</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="105" />
      <source>Reporting organisations</source>
      <translation>보고 기관</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="106" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="97" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="312" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="356" />
      <source>Sectors</source>
      <translation>분야</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="107" />
      <source>Running between the years</source>
      <translation>사업 기간(연도)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="109" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="91" />
      <source>Into GeoPackage</source>
      <translation>대상 GeoPackage</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="110" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="92" />
      <source>Without coordinates</source>
      <translation>좌표가 없는 사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="156" />
      <source>Choose a GeoPackage to fetch into.</source>
      <translation>가져올 GeoPackage를 선택하십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="159" />
      <source>The IATI Datastore needs a subscription key: choose the authentication configuration that holds it, or use d-portal, which needs none.</source>
      <translation>IATI Datastore에는 구독 키가 필요합니다. 키가 저장된 인증 구성을 선택하거나, 키가 필요 없는 d-portal을 사용하십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="199" />
      <source>the fetch was cancelled; the data was not changed.</source>
      <translation>가져오기가 취소되었습니다. 데이터는 변경되지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="28" />
      <source>Smart-city solution categories (ASEAN–Korea)</source>
      <translation>스마트시티 솔루션 분류(한-아세안)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="29" />
      <source>Smart dimensions (Kearney)</source>
      <translation>스마트 차원(Kearney)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="30" />
      <source>ASCN focus areas</source>
      <translation>ASCN 중점 분야</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="51" />
      <source>Search cities…</source>
      <translation>도시 검색…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="57" />
      <source>Words in the project title</source>
      <translation>사업 제목에 포함된 단어</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="58" />
      <source>Reset</source>
      <translation>초기화</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="96" />
      <source>Sector list</source>
      <translation>분야 분류</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="99" />
      <source>Donor countries</source>
      <translation>공여국</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="100" />
      <source>Agencies</source>
      <translation>시행기관</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="102" />
      <location filename="../smartcity_plugin/layers/group.py" line="59" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="311" />
      <source>ASCN cities</source>
      <translation>ASCN 도시</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="103" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="312" />
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="40" />
      <source>Status</source>
      <translation>상태</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="139" />
      <source>No sector of this list stands only for {}: the sector choice was cleared.</source>
      <translation>이 목록에는 {}만을 나타내는 분야가 없어 분야 선택을 지웠습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="141" />
      <source>{} said in this list covers less than before: check the sectors.</source>
      <translation>{}을(를) 이 목록으로 옮기면 이전보다 범위가 좁아집니다. 분야를 확인하세요.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="143" />
      <source>{} said in this list.</source>
      <translation>{}을(를) 이 목록의 분야로 바꾸었습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/iati_refresh.py" line="33" />
      <source>This project keeps no IATI query: fetch activities first (Fetch IATI activities…), save the project, and Refresh from IATI runs the query again.</source>
      <translation>이 프로젝트에는 저장된 IATI 쿼리가 없습니다. 먼저 활동을 가져오고(IATI 활동 가져오기…) 프로젝트를 저장하면, IATI에서 새로 고침이 쿼리를 다시 실행합니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/iati_refresh.py" line="37" />
      <source>Refreshing {} IATI queries kept in the project.</source>
      <translation>프로젝트에 저장된 IATI 쿼리 {}개를 새로 고치는 중입니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="63" />
      <source>The plugin now shows the bundled data.</source>
      <translation>이제 플러그인에 기본 제공 데이터가 표시됩니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="65" />
      <location filename="../smartcity_plugin/processing/choices.py" line="65" />
      <source>The plugin now shows {}.</source>
      <translation>이제 플러그인에 {}이(가) 표시됩니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="81" />
      <source>Updating the catalogue from {}</source>
      <translation>{}에서 카탈로그 업데이트 중</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="95" />
      <source>{}: the catalogue update failed ({}).</source>
      <translation>{}: 카탈로그 업데이트에 실패했습니다 ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="115" />
      <source>No catalogue address is set: enter it as {} in Settings ▸ Options ▸ Advanced. The plugin goes on with the data it has.</source>
      <translation>카탈로그 주소가 설정되어 있지 않습니다. 설정 ▸ 옵션 ▸ 고급에서 {} 항목으로 입력하세요. 플러그인은 현재 데이터로 계속 작동합니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="122" />
      <source>{}: the catalogue update was cancelled; nothing was changed.</source>
      <translation>{}: 카탈로그 업데이트가 취소되었습니다. 변경된 것은 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="125" />
      <source>Catalogue updated from {} (retrieved {}).</source>
      <translation>{}에서 카탈로그를 업데이트했습니다(수신 {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="147" />
      <source>Use my GeoPackage</source>
      <translation>내 GeoPackage 사용</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="52" />
      <source>Import projects</source>
      <translation>사업 가져오기</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="57" />
      <source>IATI XML or CSV (*.xml *.csv *.txt *.tsv);;All files (*)</source>
      <translation>IATI XML 또는 CSV (*.xml *.csv *.txt *.tsv);;모든 파일 (*)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="68" />
      <source>CSV only: field=column; … (recognised columns need none)</source>
      <translation>CSV 전용: field=column; … (자동 인식되는 열은 지정 불필요)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="69" />
      <source>Columns…</source>
      <translation>열…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="77" />
      <source>Cancel import</source>
      <translation>가져오기 취소</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="77" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="187" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="190" />
      <source>Import</source>
      <translation>가져오기</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="89" />
      <source>IATI or CSV file</source>
      <translation>IATI 또는 CSV 파일</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="93" />
      <source>CSV columns</source>
      <translation>CSV 열</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="152" />
      <source>Choose a file to import and a GeoPackage to import into.</source>
      <translation>가져올 파일과 가져올 대상 GeoPackage를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="159" />
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="66" />
      <source>Mapping: {}</source>
      <translation>매핑: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="186" />
      <source>the import was cancelled or failed.</source>
      <translation>가져오기가 취소되었거나 실패했습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_mapping.py" line="46" />
      <source>Columns of {}</source>
      <translation>{}의 열</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_mapping.py" line="57" />
      <source>Recognised columns are chosen already (HXL hashtags and field names). Choose a column for each field the file has.</source>
      <translation>자동 인식된 열(HXL 해시태그 및 필드 이름)은 이미 선택되어 있습니다. 파일에 있는 각 필드에 해당하는 열을 선택하세요.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_mapping.py" line="65" />
      <source>(not in the file)</source>
      <translation>(파일에 없음)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_results.py" line="26" />
      <source>Into the team registry ({}), checked by its rules and audited</source>
      <translation>팀 공유 등록부({})로 가져오기: 등록부 규칙으로 확인하고 감사 로그에 기록</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_results.py" line="54" />
      <source>Import problems: {}</source>
      <translation>가져오기 문제: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_task.py" line="71" />
      <source>{} problems found in the projects.</source>
      <translation>사업에서 문제 {}건이 발견되었습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="55" />
      <source>both in {}</source>
      <translation>공동 분야: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="56" />
      <source>in different sectors</source>
      <translation>서로 다른 분야</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="60" />
      <source>&lt;b&gt;US–Korea co-presence&lt;/b&gt;: {} cities where both work.</source>
      <translation>&lt;b&gt;한·미 공동 진출&lt;/b&gt;: 두 나라가 모두 사업을 하는 도시 {}곳.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="76" />
      <source>every sector covered</source>
      <translation>모든 분야에 사업 있음</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="80" />
      <source>&lt;b&gt;Sector gaps&lt;/b&gt;: sectors with no project under the current filter.</source>
      <translation>&lt;b&gt;분야 공백&lt;/b&gt;: 현재 필터 조건에서 사업이 없는 분야.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="95" />
      <source> — {:.0f} km to the nearest warned area</source>
      <translation> — 가장 가까운 예·경보 구역까지 {:.0f} km</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="99" />
      <source>&lt;b&gt;Outside flood warning&lt;/b&gt;: {} of {} ASCN cities lie outside every coverage area.</source>
      <translation>&lt;b&gt;홍수 예·경보 사각지대&lt;/b&gt;: ASCN 도시 {}곳(전체 {}곳 중)이 어느 예·경보 적용 범위에도 들지 않습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="107" />
      <source>&lt;b&gt;Mekong focal area&lt;/b&gt;: projects in Cambodia, Laos, Myanmar, Thailand and Viet Nam.</source>
      <translation>&lt;b&gt;메콩 중점 지역&lt;/b&gt;: 캄보디아, 라오스, 미얀마, 태국, 베트남의 사업.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="25" />
      <source>Accept a plain-http catalogue address (a private network only)</source>
      <translation>일반 http 카탈로그 주소 허용 (사설 네트워크 전용)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="30" />
      <source>Catalogue address</source>
      <translation>카탈로그 주소</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="32" />
      <source>Export folder</source>
      <translation>내보내기 폴더</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="34" />
      <location filename="../smartcity_plugin/io/registry/store.py" line="39" />
      <location filename="../smartcity_plugin/processing/choices.py" line="55" />
      <source>the team registry ({})</source>
      <translation>팀 공유 등록부({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="35" />
      <location filename="../smartcity_plugin/processing/choices.py" line="57" />
      <source>the bundled data</source>
      <translation>내장 데이터</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="36" />
      <source>Data shown: {} (change it in the Smart City Cooperation menu)</source>
      <translation>표시 중인 데이터: {} (스마트시티 협력 메뉴에서 변경)</translation>
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
      <translation>이제 플러그인에 "{}"의 팀 공유 등록부가 표시됩니다(게시 일시 {}, 게시자 {}, 데이터 기준일 {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/registry_source.py" line="41" />
      <source>Your database role {} may view and filter it but not edit it.</source>
      <translation>사용자의 데이터베이스 역할 {}은(는) 등록부를 조회하고 필터링할 수 있으나 편집할 수는 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/registry_source.py" line="52" />
      <source>QGIS has no saved PostgreSQL connection. Add one in Data Source Manager ▸ PostgreSQL (with an authentication configuration for the user name and password), then try again.</source>
      <translation>QGIS에 저장된 PostgreSQL 연결이 없습니다. 데이터 원본 관리자 ▸ PostgreSQL에서 연결을 추가하고(사용자 이름과 비밀번호는 인증 설정으로 지정) 다시 시도하세요.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/registry_source.py" line="57" />
      <source>Use the team registry</source>
      <translation>팀 공유 등록부 사용</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/registry_source.py" line="58" />
      <source>PostgreSQL connection of the registry:</source>
      <translation>등록부의 PostgreSQL 연결:</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="314" />
      <source>Amount (USD)</source>
      <translation>금액(USD)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="215" />
      <source>Recipient</source>
      <translation>수원국</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="124" />
      <source>Copy rows</source>
      <translation>행 복사</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="125" />
      <source>Export table as CSV…</source>
      <translation>표를 CSV로 내보내기…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="129" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="129" />
      <source>Export table as CSV</source>
      <translation>표를 CSV로 내보내기</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="136" />
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="114" />
      <source>{} projects written to {}.</source>
      <translation>사업 {}건을 {}에 저장했습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="204" />
      <source>“{}” has no location on the map.</source>
      <translation>“{}”은(는) 지도에 위치가 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="232" />
      <source>“{}” is a national or regional programme in {}: its countries are outlined on the map.</source>
      <translation>“{}”은(는) {}의 국가·지역 단위 사업입니다. 해당 국가가 지도에 표시됩니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="36" />
      <source>commercial investment (not aid)</source>
      <translation>상업 투자(원조 아님)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="36" />
      <source>grant</source>
      <translation>무상원조</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="36" />
      <source>loan</source>
      <translation>유상원조(차관)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="37" />
      <source>in kind</source>
      <translation>비재정 협력</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="37" />
      <source>kind not known</source>
      <translation>유형 미상</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="49" />
      <source>main sector {}</source>
      <translation>주요 분야 {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="51" />
      <source>(matched on a secondary sector)</source>
      <translation>(부 분야로 해당)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="58" />
      <source>a national or regional programme in {}</source>
      <translation>{} 대상 국가·지역 단위 사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="59" />
      <source>(no title)</source>
      <translation>(제목 없음)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="70" />
      <source>&lt;b&gt;These amounts are made of {} projects&lt;/b&gt;, largest first:</source>
      <translation>&lt;b&gt;이 금액은 사업 {}건으로 이루어집니다&lt;/b&gt;(큰 금액 순):</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="74" />
      <source>… and {} more with a published amount: sort the table by amount to see them.</source>
      <translation>… 그 밖에 금액이 공개된 사업 {}건: 표를 금액순으로 정렬하면 볼 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="83" />
      <source>Which projects make these amounts? List the largest of {}.</source>
      <translation>어떤 사업들이 이 금액을 이루나요? 사업 {}건 중 큰 금액을 보여 줍니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="98" />
      <source>Years ({}): a project counts when it runs in any of these years; it may have begun earlier or go on later.</source>
      <translation>연도({}): 이 기간 중 한 해라도 진행되는 사업이 포함됩니다. 더 일찍 시작했거나 더 늦게 끝나는 사업도 있습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="102" />
      <source>{} projects run into {} from earlier years.</source>
      <translation>{1} 이전에 시작해 {1}까지 이어지는 사업 {0}건.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="105" />
      <source>{} projects go on after {}.</source>
      <translation>{1} 이후에도 계속되는 사업 {0}건.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="107" />
      <source>{} projects have no published end year and are taken as still running.</source>
      <translation>종료 연도가 공개되지 않아 진행 중으로 보는 사업 {}건.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="110" />
      <source>{} projects match on a secondary sector: their main sector is another (see By main sector).</source>
      <translation>부 분야로 해당되는 사업 {}건: 주요 분야는 다릅니다(주요 분야별 참조).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="121" />
      <source>Commercial</source>
      <translation>상업 투자</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="121" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="40" />
      <source>Grants</source>
      <translation>무상원조</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="121" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="40" />
      <source>Loans</source>
      <translation>유상원조(차관)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="121" />
      <location filename="../smartcity_plugin/layers/placement.py" line="203" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="67" />
      <source>Other</source>
      <translation>기타</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="129" />
      <source>no country given</source>
      <translation>국가 미기재</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="132" />
      <source>A regional programme counts in each of its countries, so the rows add up to more than the total.</source>
      <translation>지역 사업은 대상국마다 집계되므로 행의 합이 전체보다 큽니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="135" />
      <location filename="../smartcity_plugin/gui/summary_view.py" line="69" />
      <source>projects</source>
      <translation>사업 수</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="70" />
      <source>published</source>
      <translation>공개</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="81" />
      <source>&lt;b&gt;{} projects&lt;/b&gt; in &lt;b&gt;{} ASCN cities&lt;/b&gt;</source>
      <translation>&lt;b&gt;사업 {}건&lt;/b&gt;, &lt;b&gt;ASCN 도시 {}곳&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="88" />
      <source>Published amounts: {}</source>
      <translation>공개 금액: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="88" />
      <location filename="../smartcity_plugin/io/download.py" line="128" />
      <source>none</source>
      <translation>없음</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="89" />
      <source>{} projects without a published amount</source>
      <translation>금액 미공개 사업 {}건</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/widgets.py" line="165" />
      <location filename="../smartcity_plugin/gui/widgets.py" line="177" />
      <location filename="../smartcity_plugin/processing/pick_widget.py" line="33" />
      <source>any</source>
      <translation>전체</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/catalogue.py" line="80" />
      <source>holds no SHA-256 checksum.</source>
      <translation>SHA-256 체크섬이 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/catalogue.py" line="84" />
      <source>the checksum does not match ({} expected, {} received); the catalogue was not changed.</source>
      <translation>체크섬이 일치하지 않습니다(예상 {}, 수신 {}). 카탈로그는 변경되지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/catalogue.py" line="90" />
      <source>not the plugin's catalogue: {}</source>
      <translation>플러그인 카탈로그가 아닙니다: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="32" />
      <source>Latitude and longitude swapped</source>
      <translation>위도·경도 뒤바뀜</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="33" />
      <source>Point outside its recipient country</source>
      <translation>수원국 밖의 지점</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="34" />
      <source>Point at sea</source>
      <translation>해상의 지점</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="35" />
      <source>Percentages do not add up to 100</source>
      <translation>비율 합계가 100이 아님</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="36" />
      <source>No source</source>
      <translation>출처 없음</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="37" />
      <source>Duplicate id</source>
      <translation>중복 ID</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="38" />
      <source>Date in the future</source>
      <translation>미래 날짜</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="39" />
      <source>Unreadable value</source>
      <translation>읽을 수 없는 값</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="40" />
      <source>No id</source>
      <translation>ID 없음</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="41" />
      <source>Donor unknown</source>
      <translation>공여국 미상</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="42" />
      <source>Negative net commitment</source>
      <translation>순 약정액이 음수</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="43" />
      <source>Refused by the team registry's rules</source>
      <translation>팀 공유 등록부 규칙에 의해 거부됨</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="44" />
      <source>Too large: cut</source>
      <translation>너무 큼: 잘림</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="64" />
      <source>{} (and {} more of this kind)</source>
      <translation>{} (같은 종류 {}건 더)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="93" />
      <source>the id {} appears more than once.</source>
      <translation>ID {}이(가) 두 번 이상 나옵니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="98" />
      <source>no source title or URL.</source>
      <translation>출처 제목이나 URL이 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="133" />
      <source>latitude {:g} is impossible: latitude and longitude are swapped; the problem is shown where the point would be (latitude {:g}, longitude {:g}).</source>
      <translation>위도 {:g}은(는) 불가능한 값입니다. 위도와 경도가 뒤바뀌었으므로, 바로잡았을 때의 위치(위도 {:g}, 경도 {:g})에 문제를 표시합니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="136" />
      <source>coordinates {:g}, {:g} are out of range.</source>
      <translation>좌표 {:g}, {:g}이(가) 유효 범위를 벗어났습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="141" />
      <source>the point (latitude {:g}, longitude {:g}) lies outside {}; swapped, it lies inside: latitude and longitude are probably swapped.</source>
      <translation>지점(위도 {:g}, 경도 {:g})이 {} 밖에 있지만, 위도와 경도를 바꾸면 안에 들어갑니다. 위도와 경도가 뒤바뀐 것으로 보입니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="155" />
      <source>the point (latitude {:g}, longitude {:g}) is at sea, more than {:g}° from any coast.</source>
      <translation>지점(위도 {:g}, 경도 {:g})이 바다 위에 있으며, 어느 해안에서도 {:g}° 이상 떨어져 있습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="159" />
      <source>no country</source>
      <translation>국가 없음</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="160" />
      <source>the point (latitude {:g}, longitude {:g}) lies in {}, not in its recipient country {}.</source>
      <translation>지점(위도 {:g}, 경도 {:g})이 수원국이 아닌 {}에 있습니다(수원국: {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="194" />
      <source>the source date {} is in the future.</source>
      <translation>출처 날짜 {}이(가) 미래입니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="196" />
      <source>the project is {} but starts in {}.</source>
      <translation>사업 상태가 {}인데 시작 연도가 {}년입니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="198" />
      <source>the start year {} is implausibly far ahead.</source>
      <translation>시작 연도 {}년은 비현실적으로 먼 미래입니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="200" />
      <source>the project is completed but ends in {}.</source>
      <translation>완료된 사업인데 종료 연도가 {}년입니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="202" />
      <source>the end year {} is implausibly far ahead.</source>
      <translation>종료 연도 {}년은 비현실적으로 먼 미래입니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="35" />
      <source>no coordinate columns (latitude and longitude, or #geo+lat and #geo+lon) and no country column: the projects could not be placed. Name the columns in a mapping, e.g. latitude=Lat;longitude=Lon.</source>
      <translation>좌표 열(latitude와 longitude, 또는 #geo+lat와 #geo+lon)도 국가 열도 없어 사업을 배치할 수 없습니다. 매핑에서 열을 지정하세요. 예: latitude=Lat;longitude=Lon.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="39" />
      <source>a latitude column without a longitude column, or the reverse.</source>
      <translation>위도 열만 있고 경도 열이 없거나, 그 반대입니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="41" />
      <source>no id, title or organisation column: nothing tells the projects apart. Map one, e.g. project_id=ID.</source>
      <translation>ID, 제목, 기관 열이 없어 사업을 서로 구별할 수 없습니다. 하나를 매핑하세요. 예: project_id=ID.</translation>
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
      <translation>취소되었습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="67" />
      <source>the table has headers but no data rows.</source>
      <translation>표에 머리글만 있고 데이터 행이 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="80" />
      <source>column {} ignored: another column feeds the same field.</source>
      <translation>{} 열은 무시했습니다. 다른 열이 같은 필드에 값을 넣습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="50" />
      <source>line {}</source>
      <translation>{}행</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="64" />
      <source>Locations from the table {}: {}.</source>
      <translation>{} 표의 위치: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="87" />
      <source>{}: recipient country '{}' is not a country code or name.</source>
      <translation>{}: 수원국 '{}'은(는) 국가 코드나 국가명이 아닙니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="96" />
      <source>Status in the source: {}.</source>
      <translation>원자료상 상태: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="101" />
      <source>Confidence in the source: {}.</source>
      <translation>원본의 신뢰도: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="106" />
      <source>Finance type in the source: {}.</source>
      <translation>원자료상 재원 유형: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="111" />
      <source>{}: '{}' has no year.</source>
      <translation>{}: '{}'에 연도가 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="119" />
      <source>{}: amount '{}' is not a number.</source>
      <translation>{}: 금액 '{}'은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="121" />
      <source>CSV file {}</source>
      <translation>CSV 파일 {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="149" />
      <source>{}: the donor country is unknown ('{}'): no country code, and the plugin's organisation table does not know the donor.</source>
      <translation>{}: 공여국을 알 수 없습니다('{}'): 국가 코드가 없고 플러그인의 기관 목록에도 이 공여자가 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="153" />
      <source>Donors in the source: {} ({}).</source>
      <translation>원본의 공여자: {} ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="171" />
      <source>Sectors without a category in the plugin's crosswalk: {}.</source>
      <translation>플러그인 분야 대응표에 분류가 없는 분야: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="179" />
      <source>{}: coordinates '{}', '{}' are not numbers.</source>
      <translation>{}: 좌표 '{}', '{}'은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="183" />
      <source>{}: a latitude without a longitude or the reverse.</source>
      <translation>{}: 위도만 있고 경도가 없거나, 그 반대입니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="198" />
      <source>Placed inside the admin-1 unit {} (Natural Earth).</source>
      <translation>1급 행정구역 {} 안에 배치함(Natural Earth).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="213" />
      <source>{}: precision '{}' is not an AidData code 1-8.</source>
      <translation>{}: 정밀도 '{}'은(는) AidData 코드 1-8이 아닙니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="218" />
      <source>a row with neither an id nor a title; it was not imported.</source>
      <translation>ID도 제목도 없는 행이 있어 가져오지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="227" />
      <source>rows with the id {} have different titles ('{}', '{}').</source>
      <translation>ID {}인 행들의 제목이 서로 다릅니다('{}', '{}').</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="40" />
      <source>column {}</source>
      <translation>{}열</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="59" />
      <source>line {}: {}.</source>
      <translation>{}행: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="67" />
      <source>line {} is not {} text (byte 0x{:02x}); save the file as UTF-8 or give its encoding.</source>
      <translation>{}행이 {} 텍스트가 아닙니다(바이트 0x{:02x}). 파일을 UTF-8로 저장하거나 인코딩을 지정하세요.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="75" />
      <location filename="../smartcity_plugin/io/store.py" line="56" />
      <location filename="../smartcity_plugin/io/xml_stream.py" line="140" />
      <source>the file does not exist.</source>
      <translation>파일이 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="77" />
      <location filename="../smartcity_plugin/io/xml_stream.py" line="143" />
      <source>the file is empty.</source>
      <translation>파일이 비어 있습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="85" />
      <source>unknown encoding {}.</source>
      <translation>알 수 없는 인코딩 {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="87" />
      <source>this is not a text file (it holds NUL bytes).</source>
      <translation>텍스트 파일이 아닙니다(NUL 바이트 포함).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="98" />
      <source>not a readable CSV table ({}).</source>
      <translation>읽을 수 있는 CSV 표가 아닙니다({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="100" />
      <source>the file holds no rows.</source>
      <translation>파일에 행이 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="169" />
      <source>the mapping names a column '{}' the file does not have (columns: {}).</source>
      <translation>매핑에 지정한 열 '{}'이(가) 파일에 없습니다(열: {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="182" />
      <source>'{}' is not a field=column pair.</source>
      <translation>'{}'은(는) field=column 쌍이 아닙니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="184" />
      <source>'{}' is not a field the importer knows (fields: {}).</source>
      <translation>'{}'은(는) 가져오기 도구가 아는 필드가 아닙니다(필드: {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="33" />
      <source>{} is plain http, which anyone on the network can change; use an https address, or allow http in the setting {} if you trust the network.</source>
      <translation>{}은(는) 일반 http 주소로, 네트워크상의 누구나 내용을 바꿀 수 있습니다. https 주소를 사용하거나, 네트워크를 신뢰한다면 설정 {}에서 http를 허용하십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="36" />
      <source>only https addresses can be downloaded (http when allowed).</source>
      <translation>https 주소만 다운로드할 수 있습니다 (허용된 경우 http).</translation>
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
      <translation>쓸 수 없습니다({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="118" />
      <source>the download from {} was cancelled; nothing was changed.</source>
      <translation>{}에서의 다운로드가 취소되었습니다. 변경된 것은 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="121" />
      <source>the download from {} is larger than {} MB and was stopped; nothing was changed.</source>
      <translation>{}에서의 다운로드가 {} MB를 넘어 중단되었습니다. 변경된 것은 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="124" />
      <source>the download from {} did not finish within {:g} s and was stopped; nothing was changed.</source>
      <translation>{}에서의 다운로드가 {:g}초 안에 끝나지 않아 중단되었습니다. 변경된 것은 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="128" />
      <source>HTTP status {}</source>
      <translation>HTTP 상태 {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="129" />
      <source>download from {} failed ({}); the plugin goes on with the data it has.</source>
      <translation>{}에서 내려받기에 실패했습니다({}). 플러그인은 현재 데이터로 계속 작동합니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="133" />
      <source>the download from {} is incomplete ({} of {} bytes).</source>
      <translation>{}에서 내려받은 파일이 불완전합니다({}/{}바이트).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="56" />
      <source>{} query ({})</source>
      <translation>{} 쿼리 ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="57" />
      <source>IATI activity file {}</source>
      <translation>IATI 활동 파일 {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="62" />
      <source>Fetched from {} on {} UTC: {}.</source>
      <translation>{}에서 {} UTC에 가져옴: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="63" />
      <source>Imported from the IATI file {} on {}.</source>
      <translation>IATI 파일 {}에서 가져옴({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="80" />
      <source>{}: {} of {} have no percentage.</source>
      <translation>{}: {}개(전체 {}개 중)에 비율이 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="82" />
      <source>{}: the percentages add up to {:g}, not 100.</source>
      <translation>{}: 비율 합계가 100이 아니라 {:g}입니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="135" />
      <source>accountable</source>
      <translation>책임</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="135" />
      <source>extending</source>
      <translation>집행</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="135" />
      <source>funding</source>
      <translation>재원 제공</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="135" />
      <source>implementing</source>
      <translation>수행</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="136" />
      <source>actual start</source>
      <translation>실제 시작</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="136" />
      <source>planned end</source>
      <translation>계획 종료</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="136" />
      <source>planned start</source>
      <translation>계획 시작</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="137" />
      <source>actual end</source>
      <translation>실제 종료</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="179" />
      <source>the activity at line {} has no iati-identifier; it was not imported.</source>
      <translation>{}행의 활동에 iati-identifier가 없어 가져오지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="204" />
      <source>IATI last updated {}.</source>
      <translation>IATI 최종 갱신일 {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="279" />
      <source>no funding organisation, and {} reports for others</source>
      <translation>자금 제공 기관이 없고, {}은(는) 다른 기관을 대신해 보고합니다</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="281" />
      <source>no funding organisation, and the reporting organisation {} is not known</source>
      <translation>자금 제공 기관이 없고, 보고 기관 {}을(를) 알 수 없습니다</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="283" />
      <source>the donor country is unknown: {}. Neither the identifiers nor the plugin's organisation table name a country.</source>
      <translation>공여국을 알 수 없습니다: {}. 식별자도 플러그인의 기관 목록도 국가를 알려 주지 않습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="295" />
      <source>IATI participating organisations: {}.</source>
      <translation>IATI 참여 기관: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="297" />
      <source>IATI reporting organisation: {}.</source>
      <translation>IATI 보고 기관: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="307" />
      <source>IATI activity status {} ({}).</source>
      <translation>IATI 활동 상태 {}({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="318" />
      <source>the date '{}' has no year; it was not used.</source>
      <translation>날짜 '{}'에 연도가 없어 사용하지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="324" />
      <source>IATI dates: {}.</source>
      <translation>IATI 날짜: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="339" />
      <source>recipient countries and regions</source>
      <translation>수원국 및 수원 지역</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="373" />
      <location filename="../smartcity_plugin/io/iati_activity.py" line="399" />
      <source>vocabulary</source>
      <translation>어휘</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="374" />
      <source>IATI sectors given per transaction, weighted by transaction value.</source>
      <translation>IATI 부문은 거래별로 주어졌으며 거래 금액으로 가중했습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="381" />
      <source>IATI sectors without a category in the plugin's crosswalk: {}.</source>
      <translation>플러그인 분야 대응표에 분류가 없는 IATI 분야: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="395" />
      <source>sectors of vocabulary {}</source>
      <translation>어휘 {}의 분야</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="408" />
      <source>the net commitment is negative ({} {:,.2f}: de-obligations exceed commitments); it is not used as the amount.</source>
      <translation>순 약정액이 음수입니다({} {:,.2f}: 약정 취소액이 약정액보다 큼). 금액으로 사용하지 않습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="440" />
      <source>extension field {} = '{}' is not a number.</source>
      <translation>확장 필드 {} = '{}'은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="455" />
      <source>Finance type unknown: IATI finance type {}.</source>
      <translation>재원 유형 미상: IATI 재원 유형 {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="455" />
      <source>not given</source>
      <translation>미기재</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_export.py" line="55" />
      <source>Smart City Cooperation Map (compiled from the sources cited)</source>
      <translation>스마트시티 협력 지도(인용 출처를 바탕으로 편집)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_export.py" line="147" />
      <source>writing failed ({}).</source>
      <translation>쓰기에 실패했습니다({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="73" />
      <source>no subscription key: choose the QGIS authentication configuration that holds your IATI Datastore key (a free key from developer.iatistandard.org).</source>
      <translation>구독 키가 없습니다. IATI Datastore 키(developer.iatistandard.org에서 무료 발급)가 저장된 QGIS 인증 구성을 선택하십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="83" />
      <source>the authentication configuration {} holds no key: give it the header Ocp-Apim-Subscription-Key, or the key as the password of a Basic configuration.</source>
      <translation>인증 구성 {}에 키가 없습니다. Ocp-Apim-Subscription-Key 헤더를 추가하거나, 기본(Basic) 구성의 비밀번호로 키를 입력하십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="98" />
      <source>the key would travel unencrypted to {}: use an https address (plain http only to this computer).</source>
      <translation>키가 암호화되지 않은 채 {}(으)로 전송됩니다. https 주소를 사용하십시오(일반 http는 이 컴퓨터로만 허용).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="117" />
      <source>{} Tried {} times; the data was not changed. {}</source>
      <translation>{} {}회 시도했습니다. 데이터는 변경되지 않았습니다. {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="121" />
      <source>{}: {} Trying again in {:g} s ({} of {}).</source>
      <translation>{}: {} {:g}초 후 다시 시도합니다({}/{}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="163" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="226" />
      <source>page {}</source>
      <translation>{}페이지</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="170" />
      <source>the service limits the number of requests and asks to wait {} s before {}; the data was not changed. Try again later, or ask for fewer activities.</source>
      <translation>서비스가 요청 수를 제한하며 {}초 기다린 후 {}을(를) 요청하라고 합니다. 데이터는 변경되지 않았습니다. 나중에 다시 시도하거나 더 적은 활동을 요청하십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="173" />
      <source>the service limits the number of requests (HTTP 429, {}).</source>
      <translation>서비스가 요청 수를 제한합니다(HTTP 429, {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="174" />
      <source>Try again in a few minutes.</source>
      <translation>몇 분 후에 다시 시도하십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="176" />
      <source>Check the key in your authentication configuration (a free key from developer.iatistandard.org).</source>
      <translation>인증 구성의 키를 확인하십시오(developer.iatistandard.org에서 무료 발급).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="178" />
      <source>The service refused the request; check the address.</source>
      <translation>서비스가 요청을 거부했습니다. 주소를 확인하십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="179" />
      <source>the service refused the request for {} (HTTP {}): the key is missing, wrong or expired; the data was not changed. {}</source>
      <translation>서비스가 {} 요청을 거부했습니다(HTTP {}). 키가 없거나 잘못되었거나 만료되었습니다. 데이터는 변경되지 않았습니다. {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="183" />
      <source>the service refused the request for {} (HTTP {}); the data was not changed. {}</source>
      <translation>서비스가 {} 요청을 거부했습니다(HTTP {}). 데이터는 변경되지 않았습니다. {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="186" />
      <source>the service had a server error (HTTP {}, {}).</source>
      <translation>서비스에 서버 오류가 발생했습니다(HTTP {}, {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="187" />
      <source>The service has a problem; try again later.</source>
      <translation>서비스에 문제가 있습니다. 나중에 다시 시도하십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="189" />
      <source>the service did not accept the query for {} (HTTP {}); the data was not changed. Check the service's address ({}) and the filters.</source>
      <translation>서비스가 {} 쿼리를 받아들이지 않았습니다(HTTP {}). 데이터는 변경되지 않았습니다. 서비스 주소({})와 필터를 확인하십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="193" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="199" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="223" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="237" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="245" />
      <source>Try again later.</source>
      <translation>나중에 다시 시도하십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="193" />
      <source>the answer for {} was cut off.</source>
      <translation>{}의 응답이 중간에 끊겼습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="197" />
      <source>the answer for {} was cut off ({} of {} bytes).</source>
      <translation>{}의 응답이 중간에 끊겼습니다({}/{} 바이트).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="201" />
      <source>the answer for {} is larger than {} MB; the data was not changed. Check the service's address.</source>
      <translation>{}의 응답이 {} MB보다 큽니다. 데이터는 변경되지 않았습니다. 서비스 주소를 확인하십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="211" />
      <source>the service did not answer in time ({}).</source>
      <translation>서비스가 제때 응답하지 않았습니다({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="212" />
      <source>The service may be busy: try again later, or raise the network timeout in QGIS's options (Network).</source>
      <translation>서비스가 혼잡할 수 있습니다. 나중에 다시 시도하거나 QGIS 옵션(네트워크)에서 네트워크 시간 제한을 늘리십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="218" />
      <source>the service cannot be reached at {} ({}); the data was not changed. Check the internet connection and QGIS's proxy settings (Options, Network), then try again.</source>
      <translation>{}에서 서비스에 연결할 수 없습니다({}). 데이터는 변경되지 않았습니다. 인터넷 연결과 QGIS 프록시 설정(옵션, 네트워크)을 확인한 후 다시 시도하십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="222" />
      <source>the request for {} failed ({}).</source>
      <translation>{} 요청이 실패했습니다({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="236" />
      <source>the answer for {} is not a search result (cut off?).</source>
      <translation>{}의 응답이 검색 결과가 아닙니다(끊겼습니까?).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="244" />
      <source>the answer for {}: {}</source>
      <translation>{}의 응답: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="282" />
      <source>no answer</source>
      <translation>응답 없음</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="337" />
      <source>{} sent page {} again; the fetch stops there.</source>
      <translation>{}이(가) {}페이지를 다시 보냈습니다. 가져오기를 여기서 멈춥니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="340" />
      <source>more than {} pages; the data was not changed. Narrow the query.</source>
      <translation>{}페이지를 넘습니다. 데이터는 변경되지 않았습니다. 쿼리 범위를 좁히십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="373" />
      <source>Fetching from {}: {}</source>
      <translation>{}에서 가져오는 중: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="378" />
      <source>{}: {} pages, {} activities, {} repeats dropped.</source>
      <translation>{}: {}페이지, 활동 {}개, 중복 {}개 제외.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_location.py" line="88" />
      <source>admin {} level {}</source>
      <translation>행정구역 {} {}급</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_location.py" line="98" />
      <source>location position '{}' is not two numbers (latitude longitude).</source>
      <translation>위치 좌표 '{}'이(가) 두 개의 숫자(위도 경도)가 아닙니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_location.py" line="102" />
      <source>location coordinates are not numbers.</source>
      <translation>위치 좌표가 숫자가 아닙니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_location.py" line="108" />
      <source>unnamed location</source>
      <translation>이름 없는 위치</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="61" />
      <source>IATI totals per currency (not converted): {}.</source>
      <translation>IATI 통화별 합계(환산 안 함): {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="64" />
      <source>amount_usd is the sum of the {} in USD.</source>
      <translation>amount_usd는 USD로 표시된 {}의 합계입니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="66" />
      <source>amount_usd is empty: the {} are not all in USD and no exchange rate is applied.</source>
      <translation>amount_usd가 비어 있습니다: {}이(가) 모두 USD는 아니며, 환율은 적용하지 않습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="81" />
      <source>A {} value '{}' is not a number and was left out.</source>
      <translation>{} 값 '{}'은(는) 숫자가 아니어서 제외했습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="84" />
      <source>A {} value '{}' is beyond any project's size and was left out.</source>
      <translation>{} 값 '{}'은(는) 어떤 사업 규모도 넘어서므로 제외했습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_recipients.py" line="35" />
      <source>IATI recipients: {}.</source>
      <translation>IATI 수원국·지역: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_recipients.py" line="37" />
      <source>Given per transaction; shares from the transaction values.</source>
      <translation>거래별로 주어짐; 비율은 거래 금액에서 계산.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_recipients.py" line="82" />
      <source>{} (a region code, not a country)</source>
      <translation>{} (국가가 아닌 지역 코드)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_recipients.py" line="83" />
      <location filename="../smartcity_plugin/io/iati_recipients.py" line="104" />
      <source>region {}</source>
      <translation>지역 {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="61" />
      <source>{}: {} records read into {}: {} added, {} updated, {} skipped. Locations: {} with coordinates, {} placed at their recipient country, {} without location.</source>
      <translation>{}: 레코드 {}건을 {}(으)로 읽음: 추가 {}건, 갱신 {}건, 건너뜀 {}건. 위치: 좌표 있음 {}건, 수원국 위치에 배치 {}건, 위치 없음 {}건.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="67" />
      <source>{} problems: {}.</source>
      <translation>문제 {}건: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="70" />
      <source>No problems found.</source>
      <translation>발견된 문제가 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="72" />
      <source>Columns not used: {}.</source>
      <translation>사용하지 않은 열: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="90" />
      <source>{} locations; the first {} were kept.</source>
      <translation>위치 {}개; 처음 {}개만 유지했습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="96" />
      <source>{} holds {} characters; it was cut to {}.</source>
      <translation>{}에 {}자가 있어 {}자로 잘랐습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="110" />
      <source>No coordinates in the source: placed inside {} at the country's centre (Natural Earth), precision 6 (country).</source>
      <translation>원자료에 좌표 없음: {} 안의 국가 중심 위치에 배치함(Natural Earth), 정밀도 6(국가).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="116" />
      <source>No coordinates in the source; no geometry.</source>
      <translation>원자료에 좌표 없음, 지오메트리 없음.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="165" />
      <source>locations for {}, which is not among the projects; skipped.</source>
      <translation>사업 목록에 없는 {}의 위치이므로 건너뛰었습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="186" />
      <source>not imported: {}</source>
      <translation>가져오지 않음: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/layer_rows.py" line="36" />
      <source>cancelled; the earlier file is unchanged.</source>
      <translation>취소됨. 기존 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/connection.py" line="37" />
      <source>There is no saved PostgreSQL connection named "{}". Create it in Data Source Manager ▸ PostgreSQL, or choose another.</source>
      <translation>"{}"(이)라는 이름의 저장된 PostgreSQL 연결이 없습니다. 데이터 원본 관리자 ▸ PostgreSQL에서 연결을 만들거나 다른 연결을 선택하세요.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/connection.py" line="41" />
      <source>The connection "{}" keeps its password in plain text in the QGIS settings, where it would also end up in projects. Edit the connection and store the user name and password in an authentication configuration instead (Authentication ▸ Configurations).</source>
      <translation>연결 "{}"은(는) 비밀번호를 QGIS 설정에 평문으로 보관하고 있어 프로젝트 파일에도 기록될 수 있습니다. 연결을 편집하여 사용자 이름과 비밀번호를 대신 인증 설정에 저장하세요(인증 ▸ 구성, Authentication ▸ Configurations).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/connection.py" line="61" />
      <source>service {}</source>
      <translation>서비스 {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/connection.py" line="71" />
      <source>The Python module psycopg2 is missing from this QGIS; the team registry needs it ({}).</source>
      <translation>이 QGIS에는 Python 모듈 psycopg2가 없습니다. 팀 공유 등록부를 사용하려면 이 모듈이 필요합니다({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/connection.py" line="78" />
      <source>Could not connect to {}: {}</source>
      <translation>{}에 연결할 수 없습니다: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/publish.py" line="100" />
      <source>Publishing to {} failed; the database was left as it was. {}</source>
      <translation>{}에 게시하지 못했습니다. 데이터베이스는 변경되지 않았습니다. {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/publish.py" line="118" />
      <source>{} has no PostGIS: ask its administrator to run CREATE EXTENSION postgis; then publish again.</source>
      <translation>{}에 PostGIS가 없습니다. 데이터베이스 관리자에게 CREATE EXTENSION postgis; 실행을 요청한 뒤 다시 게시하세요.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/publish.py" line="128" />
      <source>{} already holds a team registry (schema {}). Publish with "Replace the registry": the current one is kept as a schema smartcity_replaced_… with its edits and audit log.</source>
      <translation>{}에는 이미 팀 공유 등록부(스키마 {})가 있습니다. "등록부 교체"를 선택하여 게시하세요. 현재 등록부는 편집 내역 및 감사 로그와 함께 smartcity_replaced_… 스키마로 보존됩니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/publish.py" line="216" />
      <source>Publishing was cancelled; the database was left as it was.</source>
      <translation>게시가 취소되었습니다. 데이터베이스는 변경되지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/publish.py" line="234" />
      <source>Projects name sector codes the sectors table does not have: {}. Nothing was published.</source>
      <translation>일부 사업에 sectors 테이블에 없는 분야 코드가 지정되어 있습니다: {}. 아무것도 게시하지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="61" />
      <source>there is no role {} to own the registry</source>
      <translation>레지스트리를 소유할 역할 {}이(가) 없습니다</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="63" />
      <source>the role {} may log in or is a superuser</source>
      <translation>역할 {}은(는) 로그인할 수 있거나 슈퍼유저입니다</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="75" />
      <source>{} belongs to {}, not to {}</source>
      <translation>{}의 소유자가 {}이며 {}이(가) 아닙니다</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="77" />
      <source>{} does not fix its search_path to pg_catalog, pg_temp</source>
      <translation>{}이(가) search_path를 pg_catalog, pg_temp로 고정하지 않습니다</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="79" />
      <source>{} may be called by every role (PUBLIC)</source>
      <translation>{}은(는) 모든 역할(PUBLIC)이 호출할 수 있습니다</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="81" />
      <source>{} runs with the rights of {}</source>
      <translation>{}은(는) {}의 권한으로 실행됩니다</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="92" />
      <source>{} is of format {} (conflicts and fids unchecked); format {} is needed</source>
      <translation>{}은(는) 형식 {}입니다(충돌과 fid를 검사하지 않음). 형식 {}이(가) 필요합니다</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="134" />
      <source>The registry must belong to the role {0}, which your database role cannot create or act as. Ask the database's administrator to run: CREATE ROLE {0} NOLOGIN; GRANT {0} TO &lt;your role&gt;; then try again.</source>
      <translation>레지스트리는 역할 {0}이(가) 소유해야 하지만, 사용자의 데이터베이스 역할은 이 역할을 만들거나 이 역할로 작업할 수 없습니다. 데이터베이스 관리자에게 다음을 실행하도록 요청한 뒤 다시 시도하십시오: CREATE ROLE {0} NOLOGIN; GRANT {0} TO &lt;your role&gt;;</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="239" />
      <source>{} holds no team registry to upgrade.</source>
      <translation>{}에는 업그레이드할 팀 레지스트리가 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="243" />
      <location filename="../smartcity_plugin/io/registry/secure.py" line="253" />
      <source>Upgrading the team registry in {} failed; nothing was changed. {} (Run the upgrade as the role that published the registry, or as a superuser.)</source>
      <translation>{}의 팀 레지스트리 업그레이드에 실패했습니다. 아무것도 변경되지 않았습니다. {} (레지스트리를 게시한 역할이나 슈퍼유저로 업그레이드를 실행하십시오.)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="30" />
      <source>Your database role may not read the team registry in {}: ask its administrator for the role smartcity_reader ({}).</source>
      <translation>사용자의 데이터베이스 역할로는 {}의 팀 공유 등록부를 읽을 수 없습니다. 데이터베이스 관리자에게 smartcity_reader 역할을 요청하세요({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="33" />
      <source>The team registry in {} could not be read: {}</source>
      <translation>{}의 팀 공유 등록부를 읽을 수 없습니다: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="43" />
      <source>{} holds no team registry (schema smartcity) that your role may read. Publish one first (menu Smart City Cooperation ▸ Publish to the team registry), or ask its administrator for the role smartcity_reader.</source>
      <translation>{}에 사용자의 역할로 읽을 수 있는 팀 공유 등록부(스키마 smartcity)가 없습니다. 먼저 등록부를 게시하거나(메뉴 스마트시티 협력 ▸ 팀 공유 등록부에 게시) 데이터베이스 관리자에게 smartcity_reader 역할을 요청하세요.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="50" />
      <source>Your database role {} may not read the team registry in {}: ask its administrator for the role smartcity_reader.</source>
      <translation>사용자의 데이터베이스 역할 {}은(는) {}의 팀 공유 등록부를 읽을 수 없습니다. 데이터베이스 관리자에게 smartcity_reader 역할을 요청하세요.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="62" />
      <source>The team registry in {} was published by an earlier version of the plugin and is not safe to use, so the plugin does not open it: {}. Its administrator (the role that published it, or a superuser) must run Smart City Cooperation ▸ Upgrade the team registry… (Processing: smartcity:upgraderegistry) with this connection once; data, versions and audit log stay as they are.</source>
      <translation>{}의 팀 레지스트리는 이전 버전의 플러그인으로 게시되어 안전하게 사용할 수 없으므로 플러그인이 열지 않습니다: {}. 관리자(레지스트리를 게시한 역할 또는 슈퍼유저)가 이 연결로 Smart City Cooperation ▸ Upgrade the team registry…(Processing: smartcity:upgraderegistry)를 한 번 실행해야 합니다. 데이터, 버전, 감사 로그는 그대로 유지됩니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="92" />
      <source>the connection "{}"</source>
      <translation>연결 "{}"</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="95" />
      <source>The team registry of the connection "{}" could not be checked: {}</source>
      <translation>연결 "{}"의 팀 레지스트리를 확인할 수 없습니다: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/store.py" line="66" />
      <source>{}: the projects could not be read ({}).</source>
      <translation>{}: 사업을 읽을 수 없습니다({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/store.py" line="119" />
      <source>{}: your database role may not change the projects ({}). Ask the registry's administrator for the role smartcity_editor.</source>
      <translation>{}: 사용자의 데이터베이스 역할로는 사업을 변경할 수 없습니다({}). 등록부 관리자에게 smartcity_editor 역할을 요청하세요.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/store.py" line="137" />
      <source>{}: the connection to the database was lost during the import ({}); nothing was saved. Check the network and the server, then import again.</source>
      <translation>{}: 가져오는 중 데이터베이스 연결이 끊어졌습니다 ({}). 아무것도 저장되지 않았습니다. 네트워크와 서버를 확인한 후 다시 가져오십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/store.py" line="140" />
      <source>{}: the import failed ({}); nothing was saved.</source>
      <translation>{}: 가져오기에 실패했습니다 ({}). 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/store.py" line="152" />
      <source>{}: the import could not be saved ({}); the registry is unchanged.</source>
      <translation>{}: 가져오기를 저장할 수 없습니다({}). 등록부는 변경되지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="70" />
      <location filename="../smartcity_plugin/io/store.py" line="69" />
      <source>this GeoPackage is not the plugin's data: it has no layer {}.</source>
      <translation>이 GeoPackage는 플러그인 데이터가 아닙니다: {} 레이어가 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="108" />
      <source>the table {} could not be read ({}).</source>
      <translation>{} 테이블을 읽을 수 없습니다({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="122" />
      <source>a geometry is not in GeoPackage format.</source>
      <translation>GeoPackage 형식이 아닌 지오메트리가 있습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="136" />
      <location filename="../smartcity_plugin/io/store.py" line="66" />
      <source>this is not a GeoPackage.</source>
      <translation>GeoPackage가 아닙니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="147" />
      <source>the layer {} has a coordinate reference system without an EPSG code.</source>
      <translation>{} 레이어의 좌표계에 EPSG 코드가 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="166" />
      <source>its indexes could not be read ({}).</source>
      <translation>인덱스를 읽을 수 없습니다({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="45" />
      <source>{} failed: {}</source>
      <translation>{} 실패: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="58" />
      <source>the file cannot be read (no permission).</source>
      <translation>파일을 읽을 수 없습니다 (권한 없음).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="75" />
      <source>its projects layer lacks the fields {}.</source>
      <translation>사업 레이어에 {} 필드가 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="83" />
      <source>cannot be read ({}).</source>
      <translation>읽을 수 없습니다({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="93" />
      <source>the copy of {} failed ({}).</source>
      <translation>{} 복사에 실패했습니다({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="130" />
      <source>another program is writing to this GeoPackage (open here as the layers {}); save or close their edits and try again. The file is unchanged.</source>
      <translation>다른 프로그램이 이 GeoPackage에 쓰고 있습니다 (여기서 레이어 {}(으)로 열려 있음). 편집 내용을 저장하거나 닫은 후 다시 시도하십시오. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="132" />
      <source>another program is writing to this GeoPackage; let it finish or close it, and try again. The file is unchanged.</source>
      <translation>다른 프로그램이 이 GeoPackage에 쓰고 있습니다. 작업이 끝나거나 프로그램을 닫은 후 다시 시도하십시오. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="144" />
      <source>cannot be opened for writing ({}).</source>
      <translation>쓰기용으로 열 수 없습니다 ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="161" />
      <source>the layers {} have unsaved edits in this GeoPackage; save or discard them and import again. The file is unchanged.</source>
      <translation>레이어 {}에 이 GeoPackage의 저장되지 않은 편집 내용이 있습니다. 저장하거나 취소한 후 다시 가져오십시오. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="198" />
      <source>this is the plugin's bundled data, which is never changed; choose a GeoPackage of your own.</source>
      <translation>플러그인 기본 제공 데이터는 변경하지 않습니다. 별도의 GeoPackage를 선택하세요.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="201" />
      <source>the planner's data must be a .gpkg file.</source>
      <translation>사용자 데이터는 .gpkg 파일이어야 합니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="210" />
      <source>the file is read-only; nothing was written.</source>
      <translation>파일이 읽기 전용입니다. 아무것도 기록되지 않았습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="214" />
      <source>opening</source>
      <translation>여는 중</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="252" />
      <source>the folder {} cannot be created ({}).</source>
      <translation>폴더 {}을(를) 만들 수 없습니다 ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="255" />
      <source>the folder {} is read-only; choose another place.</source>
      <translation>폴더 {}은(는) 읽기 전용입니다. 다른 위치를 선택하십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="319" />
      <location filename="../smartcity_plugin/io/store.py" line="343" />
      <source>writing {}</source>
      <translation>{} 쓰기</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="355" />
      <source>writing the import log</source>
      <translation>가져오기 기록 쓰기</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="366" />
      <source>saving</source>
      <translation>저장</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/target_sectors.py" line="32" />
      <source>the file has no sectors table.</source>
      <translation>파일에 sectors 테이블이 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/target_sectors.py" line="36" />
      <location filename="../smartcity_plugin/layers/data_sources.py" line="165" />
      <source>the sectors could not be read ({}).</source>
      <translation>분야를 읽을 수 없습니다 ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/value_rules.py" line="74" />
      <source>amount '{}' is not a project's size (negative, or more than US$ 1 trillion); it was left empty.</source>
      <translation>금액 '{}'은(는) 사업 규모가 아닙니다 (음수이거나 1조 달러 초과). 비워 두었습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/value_rules.py" line="80" />
      <source>{} {} is not a plausible year; it was left empty.</source>
      <translation>{} {}은(는) 타당한 연도가 아니어서 비워 두었습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/value_rules.py" line="91" />
      <source>control characters removed from {}.</source>
      <translation>{}에서 제어 문자를 제거했습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/value_rules.py" line="94" />
      <source>{} locations with impossible coordinates were left out.</source>
      <translation>좌표가 불가능한 위치 {}개를 제외했습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/value_rules.py" line="119" />
      <source>the date '{}' is not a real date; only its year is used.</source>
      <translation>날짜 '{}'은(는) 실제 날짜가 아닙니다. 연도만 사용합니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_guard.py" line="62" />
      <source>line {}: an element with more than {} attributes; no IATI file has one, so the file is not read.</source>
      <translation>{}행: 속성이 {}개를 넘는 요소가 있습니다. 그런 IATI 파일은 없으므로 파일을 읽지 않습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_guard.py" line="93" />
      <source>line {}: one element, comment or section of more than {} MB; the file is not read.</source>
      <translation>{}행: {} MB를 넘는 요소, 주석 또는 섹션이 있습니다. 파일을 읽지 않습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_guard.py" line="97" />
      <source>the text of &lt;{}&gt; at line {} is longer than {} MB; it was cut.</source>
      <translation>&lt;{}&gt; 텍스트({}행)가 {} MB보다 길어 잘렸습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="104" />
      <source>the file declares a DTD, which IATI files never do; it is not read, for safety.</source>
      <translation>파일에 DTD 선언이 있습니다. IATI 파일에는 DTD가 없으므로, 안전을 위해 읽지 않습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="136" />
      <source>the answer is empty.</source>
      <translation>응답이 비어 있습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="147" />
      <source>the file cannot be opened ({}).</source>
      <translation>파일을 열 수 없습니다({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="186" />
      <source>the file's encoding cannot be read ({}); save the file as UTF-8.</source>
      <translation>파일의 인코딩을 읽을 수 없습니다({}). 파일을 UTF-8로 저장하세요.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="213" />
      <source>the file's root element is &lt;{}&gt;, not &lt;{}&gt;.</source>
      <translation>파일의 루트 요소가 &lt;{}&gt;입니다(필요: &lt;{}&gt;).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="245" />
      <source>the file holds no XML element.</source>
      <translation>파일에 XML 요소가 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="246" />
      <source>the XML ends too early at line {}, column {} (a truncated or incomplete file?).</source>
      <translation>XML이 {}행 {}열에서 너무 일찍 끝납니다(잘렸거나 불완전한 파일일 수 있습니다).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="249" />
      <location filename="../smartcity_plugin/io/xml_stream.py" line="276" />
      <source>the text at line {}, column {} is not in the file's declared encoding (UTF-8 unless the file says otherwise); save the file as UTF-8.</source>
      <translation>{}행 {}열의 텍스트가 파일에 선언된 인코딩(별도 선언이 없으면 UTF-8)과 맞지 않습니다. 파일을 UTF-8로 저장하세요.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="252" />
      <source>malformed XML at line {}, column {}: {}.</source>
      <translation>{}행 {}열의 XML 형식이 잘못되었습니다: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="324" />
      <source>more than {} elements in one record; the rest of it was left out.</source>
      <translation>한 레코드에 요소가 {}개를 넘어 나머지는 제외했습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/city_labels.py" line="50" />
      <source>Label distance (mm)</source>
      <translation>레이블 거리 (mm)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/city_labels.py" line="52" />
      <source>Label positions</source>
      <translation>레이블 위치</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/city_labels.py" line="54" />
      <source>Label leader</source>
      <translation>레이블 지시선</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="86" />
      <source>The plugin could not check your edits of {} ({}); the registry still refuses changes made on an older version.</source>
      <translation>플러그인이 {}의 편집 내용을 확인하지 못했습니다({}). 등록부는 여전히 이전 버전에서 이루어진 변경을 거부합니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="122" />
      <source>You deleted {}, which {} changed at {} after you began editing. The deleted record, with that change, is kept in the registry's audit log.</source>
      <translation>{}을(를) 삭제했습니다. 이 레코드는 편집을 시작한 뒤 {}이(가) {}에 변경한 것입니다. 삭제된 레코드는 그 변경 내용과 함께 등록부의 감사 로그에 보존됩니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="145" />
      <source>It is filed in the registry's audit log (entry {}).</source>
      <translation>이 버전은 등록부의 감사 로그에 기록되었습니다(항목 {}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="154" />
      <source>Not saved: {} was deleted from the registry after you began editing it; your change to it cannot be saved. {} The deleted record is in the audit log too.</source>
      <translation>저장되지 않았습니다. {}은(는) 편집을 시작한 뒤 등록부에서 삭제되어 해당 변경을 저장할 수 없습니다. {} 삭제된 레코드도 감사 로그에 있습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="157" />
      <source>Not saved: {} was changed by {} at {} (version {}) after you began editing it (version {}). Your version stays in your edit session. {} Roll back your change to it, then make it again on the newer version.</source>
      <translation>저장되지 않았습니다. {}은(는) 편집을 시작한 뒤 {}이(가) {}에 변경했습니다(버전 {}, 편집 시작 시 버전 {}). 사용자의 버전은 편집 세션에 그대로 남아 있습니다. {} 해당 레코드에 대한 변경을 롤백한 뒤 최신 버전에서 다시 변경하세요.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="188" />
      <source>Your refused version could not be filed in the audit log: {}</source>
      <translation>거부된 사용자 버전을 감사 로그에 기록할 수 없습니다: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/filtering.py" line="60" />
      <source>a filter value holds a NUL character, which PostgreSQL cannot compare</source>
      <translation>필터 값에 PostgreSQL이 비교할 수 없는 NUL 문자가 있습니다</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/group.py" line="58" />
      <source>Cooperation projects</source>
      <translation>협력 사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/group.py" line="60" />
      <location filename="../smartcity_plugin/layers/placement.py" line="184" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="258" />
      <source>National and regional programmes</source>
      <translation>국가·지역 단위 사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/group.py" line="62" />
      <source>Flood-warning coverage</source>
      <translation>홍수 예·경보 적용 범위</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/group.py" line="63" />
      <source>Countries (Natural Earth)</source>
      <translation>국가(Natural Earth)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/placement.py" line="86" />
      <location filename="../smartcity_plugin/layers/placement.py" line="144" />
      <source>Symbol offset (mm)</source>
      <translation>기호 위치 이동(mm)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/placement.py" line="171" />
      <source>{} — {} ({})</source>
      <translation>{} — {} ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/placement.py" line="182" />
      <source>Donors of national and regional programmes</source>
      <translation>국가·지역 단위 사업의 공여국</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/placement.py" line="186" />
      <location filename="../smartcity_plugin/layers/placement.py" line="188" />
      <source>Programmes</source>
      <translation>사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/placement.py" line="203" />
      <source>{}: {} programmes</source>
      <translation>{}: 프로그램 {}개</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="40" />
      <source>Commercial investment (not aid)</source>
      <translation>상업 투자(원조 아님)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="41" />
      <source>In kind (MoUs, exchanges)</source>
      <translation>비재정 협력(MOU, 교류)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="41" />
      <source>Kind not known</source>
      <translation>유형 미상</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="47" />
      <source>high</source>
      <translation>높음</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="47" />
      <source>low</source>
      <translation>낮음</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="47" />
      <source>medium</source>
      <translation>보통</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="58" />
      <source>Member (joined 2023)</source>
      <translation>회원 도시(2023년 가입)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="58" />
      <source>Pilot city (2018)</source>
      <translation>시범 도시(2018)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="59" />
      <source>Candidate</source>
      <translation>후보 도시</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="59" />
      <source>Member (2024, reported)</source>
      <translation>회원 도시(2024년, 보도 기준)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="68" />
      <source>ASEAN member states</source>
      <translation>아세안 회원국</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="69" />
      <source>Other countries</source>
      <translation>기타 국가</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="108" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="321" />
      <source>Source</source>
      <translation>출처</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="110" />
      <source>as of</source>
      <translation>기준일</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="135" />
      <source>district level</source>
      <translation>시·군 단위</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="135" />
      <source>exact place</source>
      <translation>정확한 위치</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="135" />
      <source>near the place</source>
      <translation>위치 부근</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="136" />
      <source>country level</source>
      <translation>국가 단위</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="136" />
      <source>estimated place in a region</source>
      <translation>지역 내 추정 위치</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="136" />
      <source>province level</source>
      <translation>도·주 단위</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="182" />
      <source>open</source>
      <translation>미정</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="213" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="310" />
      <source>Partners</source>
      <translation>협력기관</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="219" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="314" />
      <source>Amount note</source>
      <translation>금액 참고</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="221" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="316" />
      <source>Location precision</source>
      <translation>위치 정밀도</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="242" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="305" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="323" />
      <source>Country</source>
      <translation>국가</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="245" />
      <source>confidence</source>
      <translation>신뢰도</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="247" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="307" />
      <source>Focus areas</source>
      <translation>중점 분야</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="248" />
      <source>Projects on the map</source>
      <translation>지도상 사업 수</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="249" />
      <source>Note</source>
      <translation>참고</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="267" />
      <source>Early warning system</source>
      <translation>조기경보시스템</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="267" />
      <source>Flood forecasting and warning system</source>
      <translation>홍수 예보·경보 시스템</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="268" />
      <source>Flash flood guidance</source>
      <translation>돌발홍수 예측 지원</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="268" />
      <source>National forecasting network</source>
      <translation>국가 예보망</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="269" />
      <source>Dam safety management</source>
      <translation>댐 안전관리</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="276" />
      <source>an approximate river basin outline</source>
      <translation>대략적인 유역 경계</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="276" />
      <source>the provinces served</source>
      <translation>대상 지역(도·주)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="277" />
      <source>the whole country</source>
      <translation>국가 전체</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="285" />
      <source>Funder</source>
      <translation>재원 제공</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="287" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="319" />
      <source>Implementer</source>
      <translation>수행기관</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="288" />
      <source>Area</source>
      <translation>지역</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="290" />
      <source>System</source>
      <translation>시스템</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="292" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="320" />
      <source>Stations</source>
      <translation>관측소</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="294" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="320" />
      <source>Coverage drawn from</source>
      <translation>적용 범위 작성 근거</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="304" />
      <source>City id</source>
      <translation>도시 ID</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="304" />
      <source>Local name</source>
      <translation>현지 이름</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="304" />
      <source>Name</source>
      <translation>이름</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="305" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="323" />
      <source>Country code</source>
      <translation>국가 코드</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="306" />
      <source>Year joined</source>
      <translation>가입 연도</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="307" />
      <source>Status confidence</source>
      <translation>현황 신뢰도</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="308" />
      <source>Project id</source>
      <translation>사업 ID</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="309" />
      <source>Donor country</source>
      <translation>공여국</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="310" />
      <source>Recipient country</source>
      <translation>수원국</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="311" />
      <source>Main sector</source>
      <translation>주요 분야</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="312" />
      <source>OECD DAC codes</source>
      <translation>OECD DAC 코드</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="313" />
      <source>End year</source>
      <translation>종료 연도</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="313" />
      <source>Start year</source>
      <translation>시작 연도</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="314" />
      <source>Kind of finance</source>
      <translation>재원 유형</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="315" />
      <source>Area note</source>
      <translation>면적 메모</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="315" />
      <source>Stated area (km²)</source>
      <translation>공표 면적(km²)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="316" />
      <source>Location note</source>
      <translation>위치 참고</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="317" />
      <source>Other claims</source>
      <translation>상충 정보</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="317" />
      <source>System id</source>
      <translation>시스템 ID</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="318" />
      <source>Basin or area</source>
      <translation>유역 또는 지역</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="318" />
      <source>System type</source>
      <translation>시스템 유형</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="319" />
      <source>Funder country</source>
      <translation>재원 제공국</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="321" />
      <source>How the coverage was drawn</source>
      <translation>적용 범위 작성 방법</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="322" />
      <source>As of</source>
      <translation>기준일</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="322" />
      <source>Notes</source>
      <translation>참고</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="322" />
      <source>Source address</source>
      <translation>출처 주소</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/registry_layers.py" line="33" />
      <source>The team registry's table smartcity.{} could not be opened through the connection "{}": is the registry published there, and may your database role read it? {}</source>
      <translation>팀 공유 등록부의 테이블 smartcity.{}을(를) 연결 "{}"(으)로 열 수 없습니다. 해당 데이터베이스에 등록부가 게시되어 있는지, 사용자의 데이터베이스 역할에 읽기 권한이 있는지 확인하세요. {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/registry_layers.py" line="75" />
      <source>You can view and filter the team registry, but your database role may not change it, so its layers are read-only. To edit, ask the registry's administrator to grant you the role smartcity_editor.</source>
      <translation>팀 공유 등록부를 조회하고 필터링할 수 있지만, 사용자의 데이터베이스 역할로는 변경할 수 없으므로 등록부 레이어는 읽기 전용입니다. 편집하려면 등록부 관리자에게 smartcity_editor 역할 부여를 요청하세요.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/source_follow.py" line="40" />
      <source>The cooperation layers could not be opened from the data now shown ({}).</source>
      <translation>협력 레이어를 지금 표시된 데이터에서 열 수 없습니다({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="58" />
      <source>The Processing provider 'smartcity' could not be registered.</source>
      <translation>Processing 제공자 'smartcity'를 등록할 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="207" />
      <source>A refresh from IATI is already running.</source>
      <translation>IATI에서 새로 고침이 이미 실행 중입니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="310" />
      <source>Removed {}, left half-written when QGIS stopped during an import or export.</source>
      <translation>가져오기 또는 내보내기 중 QGIS가 멈춰 반쯤 기록된 채 남은 {}을(를) 삭제했습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="27" />
      <source>Add cooperation layers</source>
      <translation>협력 레이어 추가</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="28" />
      <source>Add the ASCN cities, cooperation projects and flood-warning coverage, styled</source>
      <translation>ASCN 도시, 협력 사업, 홍수 예·경보 적용 범위를 스타일을 적용해 추가</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="30" />
      <source>Cooperation dock</source>
      <translation>협력 패널</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="31" />
      <source>Filter by sector, donor, country and years, with live totals</source>
      <translation>분야, 공여국, 국가, 기간으로 필터링하고 합계를 바로 확인</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="34" />
      <source>The current filter as a finished map or city profiles: PDF, PNG or SVG</source>
      <translation>현재 필터를 완성된 지도나 도시별 협력 현황으로: PDF, PNG 또는 SVG</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="36" />
      <source>Filter cooperation projects…</source>
      <translation>협력 사업 필터링…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="37" />
      <source>Select projects by sector, donor, country and years into a new layer (Processing)</source>
      <translation>분야, 공여국, 국가, 기간으로 사업을 골라 새 레이어로 만들기(Processing)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="40" />
      <source>Import projects (IATI, CSV)…</source>
      <translation>사업 가져오기(IATI, CSV)…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="41" />
      <source>Add projects from an IATI file or a CSV table to your own GeoPackage, with checks</source>
      <translation>IATI 파일이나 CSV 표의 사업을 검사를 거쳐 내 GeoPackage에 추가</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="44" />
      <source>Current activities of chosen donors and countries from d-portal or the IATI Datastore, into your GeoPackage or the team registry</source>
      <translation>d-portal 또는 IATI Datastore에서 선택한 공여자와 국가의 현재 활동을 내 GeoPackage 또는 팀 레지스트리로</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="46" />
      <source>Refresh from IATI</source>
      <translation>IATI에서 새로 고침</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="47" />
      <source>Run again the IATI queries this project keeps, updating the activities they fetched</source>
      <translation>이 프로젝트에 저장된 IATI 쿼리를 다시 실행하여 가져온 활동을 갱신합니다</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="49" />
      <source>Check projects…</source>
      <translation>사업 검사…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="50" />
      <source>Find swapped coordinates, points outside their country, missing sources (Processing)</source>
      <translation>뒤바뀐 좌표, 해당 국가 밖의 지점, 누락된 출처 찾기(Processing)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="52" />
      <source>Use my GeoPackage…</source>
      <translation>내 GeoPackage 사용…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="53" />
      <source>Show your own GeoPackage (made by an import) instead of the bundled data</source>
      <translation>기본 제공 데이터 대신 (가져오기로 만든) 내 GeoPackage 표시</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="55" />
      <source>Use the bundled data</source>
      <translation>기본 제공 데이터 사용</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="56" />
      <source>Show the data that comes with the plugin again</source>
      <translation>플러그인과 함께 제공되는 데이터를 다시 표시</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="57" />
      <source>Use the team registry (PostGIS)…</source>
      <translation>팀 공유 등록부 사용(PostGIS)…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="58" />
      <source>Show and edit the registry your team shares in PostGIS, through a saved PostgreSQL connection</source>
      <translation>저장된 PostgreSQL 연결을 통해 팀이 PostGIS에서 공유하는 등록부를 표시하고 편집</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="60" />
      <source>Publish to the team registry…</source>
      <translation>팀 공유 등록부에 게시…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="61" />
      <source>Copy the data the plugin uses into a PostGIS database for your team (Processing)</source>
      <translation>플러그인이 사용하는 데이터를 팀용 PostGIS 데이터베이스로 복사(Processing)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="63" />
      <source>Upgrade the team registry…</source>
      <translation>팀 레지스트리 업그레이드…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="64" />
      <source>Close the security holes of a registry published by an earlier version, keeping its data and audit log (Processing; for the registry's administrator)</source>
      <translation>이전 버전으로 게시된 레지스트리의 보안 허점을 데이터와 감사 로그를 유지한 채 막습니다(Processing, 레지스트리 관리자용)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="67" />
      <source>Update the catalogue</source>
      <translation>카탈로그 업데이트</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="68" />
      <source>Download the newest project catalogue from the address in the settings (checked before use)</source>
      <translation>설정에 지정한 주소에서 최신 사업 카탈로그 내려받기(사용 전 검증)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="71" />
      <source>Help</source>
      <translation>도움말</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="71" />
      <source>Open the plugin's help</source>
      <translation>플러그인 도움말 열기</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/base.py" line="14" />
      <source>Analysis</source>
      <translation>분석</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/base.py" line="14" />
      <source>Data exchange</source>
      <translation>데이터 교환</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/base.py" line="14" />
      <source>Maps for reports</source>
      <translation>보고서용 지도</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="41" />
      <source>Check cooperation projects</source>
      <translation>협력 사업 검사</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="44" />
      <source>Checks every project: latitude and longitude swapped; a point outside its recipient country (Natural Earth, with 0.2° of tolerance on coasts, as for the bundled data); a point at sea; no source title or URL; an id used twice; dates in the future (a completed project ending later than this year, a running one starting later, a source dated ahead). Percentages are checked on import, where the file still has them. Each problem becomes a point (where the project is, or where a swapped point would be) with the project id, the check and a message. Without an input layer the plugin's active data is checked.</source>
      <translation>모든 사업을 검사합니다: 위도와 경도가 뒤바뀐 경우, 지점이 수원국 밖에 있는 경우(Natural Earth 기준, 기본 제공 데이터와 같이 해안에서 0.2°의 허용 오차 적용), 지점이 바다 위에 있는 경우, 출처 제목이나 URL이 없는 경우, ID가 두 번 쓰인 경우, 미래 날짜(올해 이후에 끝나는 완료 사업, 올해 이후에 시작하는 진행 중 사업, 미래 날짜의 출처). 비율은 파일에 비율 정보가 남아 있는 가져오기 단계에서 검사합니다. 각 문제는 사업 ID, 검사 항목, 메시지가 담긴 지점(사업 위치, 또는 좌표를 바로잡았을 때의 위치)이 됩니다. 입력 레이어가 없으면 플러그인에서 현재 사용 중인 데이터를 검사합니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="56" />
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="82" />
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="76" />
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="60" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="82" />
      <source>Projects layer (empty: every project of {})</source>
      <translation>사업 레이어(비워 두면 {}의 모든 사업)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="59" />
      <source>Number of problems</source>
      <translation>문제 수</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="68" />
      <source>the checks</source>
      <translation>검사</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="71" />
      <source>The problems layer could not be created.</source>
      <translation>문제 레이어를 만들 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="85" />
      <source>{} problems found{}</source>
      <translation>문제 {}건 발견{}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="44" />
      <source>Cooperation matrix (city × donor × sector)</source>
      <translation>협력 매트릭스(도시 × 공여국 × 분야)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="49" />
      <source>&lt;p&gt;For each ASCN city, from the projects that match the filter (same criteria as Filter cooperation projects): projects and US dollars per donor (us_projects, us_usd, kr_projects …) and dollars per kind of finance (finance_grant_usd, finance_loan_usd, finance_commercial_usd …), the presentation's sector categories covered and not covered (a solution counts for its category; ascn.* tags do not count), whether both the US and Korea work there (us_korea), the categories where both work (shared_sectors) and a cooperation opening score. The second output is a table with one row per city and category.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Counting.&lt;/b&gt; A project counts for every city in its city_ids; projects naming no city count for none. Money is not split: a project naming several cities adds its whole amount to each (multi_city_projects says how many such projects a city has), so never add city amounts across cities. In the table, a project tagged with several categories counts in each, so do not add its rows either. There is no grand total of dollars: commercial investment is not aid, so money is shown per donor and per kind of finance. A dollar column is empty when no counted project publishes an amount; without_amount counts the projects whose amount is unknown.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Opening score&lt;/b&gt; = {shared} × S + {one} × O + {gap} × G × F, where S is the number of categories where both the US and Korea work (coordinate now), O the number where only one of them works (the other could join), G the number of categories no donor covers, and F is 1 when the US or Korea has any project in the city, otherwise 0 (a gap counts only where one of them has a foothold). It ranges from 0 to 16 for eight categories.&lt;/p&gt;&lt;p&gt;With a sector filter, coverage and gaps describe the filtered projects only. With a city filter, only those cities are listed. Empty layer parameters use the projects and ASCN cities of the data the plugin shows; other layers need the same fields (projects: the filter fields and sector_primary; cities: city_id).&lt;/p&gt;</source>
      <translation>&lt;p&gt;ASCN 도시마다, 필터에 맞는 사업('협력 사업 필터링'과 같은 조건)을 바탕으로 다음을 계산합니다: 공여국별 사업 수와 미화 금액(us_projects, us_usd, kr_projects …), 재원 유형별 금액(finance_grant_usd, finance_loan_usd, finance_commercial_usd …), 발표 자료의 분야 분류 중 사업이 있는 분류와 없는 분류(솔루션은 해당 분류로 계산하며, ascn.* 태그는 계산하지 않음), 미국과 한국이 모두 사업을 하는지 여부(us_korea), 두 나라가 모두 사업을 하는 분류(shared_sectors), 협력 기회 점수. 두 번째 출력은 도시와 분류마다 한 행씩인 표입니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;집계 방식.&lt;/b&gt; 사업은 city_ids에 있는 모든 도시에 각각 집계되며, 도시가 지정되지 않은 사업은 어느 도시에도 집계되지 않습니다. 금액은 나누지 않습니다. 여러 도시가 지정된 사업은 각 도시에 전체 금액이 더해지므로(multi_city_projects는 도시별로 그런 사업이 몇 건인지 나타냄), 도시별 금액을 여러 도시에 걸쳐 합산하면 안 됩니다. 표에서도 여러 분류에 태그된 사업은 각 분류에 집계되므로 그 행들을 합산하지 마십시오. 상업 투자는 원조가 아니므로 금액 총계는 없으며, 금액은 공여국별, 재원 유형별로 표시합니다. 집계된 사업 중 금액을 공개한 사업이 없으면 금액 열은 비어 있으며, without_amount는 금액을 알 수 없는 사업 수입니다.&lt;/p&gt;&lt;p&gt;&lt;b&gt;기회 점수&lt;/b&gt; = {shared} × S + {one} × O + {gap} × G × F. 여기서 S는 미국과 한국이 모두 사업을 하는 분류 수(지금 바로 조율 가능), O는 둘 중 한 나라만 사업을 하는 분류 수(다른 나라가 참여 가능), G는 어느 공여국도 사업을 하지 않는 분류 수이며, F는 미국이나 한국이 그 도시에 사업이 하나라도 있으면 1, 없으면 0입니다(공백은 두 나라 중 하나가 발판을 가진 곳에서만 계산). 분류가 여덟 개일 때 점수 범위는 0~16입니다.&lt;/p&gt;&lt;p&gt;분야 필터를 쓰면 사업 여부와 공백은 필터링된 사업만을 기준으로 합니다. 도시 필터를 쓰면 해당 도시만 나열합니다. 레이어 매개변수를 비워 두면 플러그인이 보여 주는 데이터의 사업과 ASCN 도시를 사용하며, 다른 레이어에는 같은 필드가 있어야 합니다(사업: 필터 필드와 sector_primary, 도시: city_id).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="85" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="79" />
      <source>Cities layer (empty: every ASCN city of {})</source>
      <translation>도시 레이어(비워 두면 {}의 모든 ASCN 도시)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="89" />
      <source>City cooperation</source>
      <translation>도시별 협력</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="91" />
      <source>City × sector matrix</source>
      <translation>도시 × 분야 매트릭스</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="92" />
      <source>Cities where both the US and Korea work</source>
      <translation>미국과 한국이 모두 사업을 하는 도시</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="93" />
      <source>Matching projects that name a listed city</source>
      <translation>나열된 도시가 지정된 해당 사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="103" />
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="86" />
      <source>Filter: {}</source>
      <translation>필터: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="128" />
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="129" />
      <source>the analysis</source>
      <translation>분석</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="137" />
      <source>Unknown city id: {}.</source>
      <translation>알 수 없는 도시 ID: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="157" />
      <source>The outputs could not be created.</source>
      <translation>출력을 만들 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="176" />
      <source>{} cities, {} matching projects name one of them, {} with both US and Korean projects.</source>
      <translation>도시 {}곳, 그중 한 곳 이상이 지정된 해당 사업 {}건, 미국과 한국 사업이 모두 있는 도시 {}곳.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="183" />
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="94" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="138" />
      <source>Writing the output failed: {}</source>
      <translation>출력 쓰기에 실패했습니다: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="34" />
      <source>Export city cooperation profiles (atlas)</source>
      <translation>도시별 협력 현황 내보내기(아틀라스)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="40" />
      <source>Exports one A4 page per ASCN city that the filter keeps (its recipient countries and cities): the city on a map, its ASCN status, the donors and sectors of its projects under the filter, the sectors with no project yet, US–Korea co-presence, whether it lies inside a flood-warning coverage area (or how far the nearest is), its totals by donor and a table of its projects (continued on a second page when long). 'Cities to make pages for' narrows the pages without narrowing the projects; 'Leave out cities with no matching project' drops empty pages. The title is printed above each city's profile. One PDF, or with 'One file per city' a folder of PDFs named after the cities, beside the chosen file.</source>
      <translation>필터에 해당하는 ASCN 도시(수원국과 도시)마다 A4 한 페이지를 내보냅니다: 지도 위의 도시, ASCN 지위, 필터에 맞는 사업의 공여국과 분야, 아직 사업이 없는 분야, 한미 공동 진출 여부, 홍수 경보 범위 안에 있는지(또는 가장 가까운 범위까지의 거리), 공여국별 합계와 사업 목록(길면 다음 페이지로 이어짐). '페이지를 만들 도시'는 사업은 그대로 두고 페이지만 줄입니다. '필터에 맞는 사업이 없는 도시는 제외'는 빈 페이지를 뺍니다. 제목은 각 도시 프로필 위에 인쇄됩니다. PDF 하나로, 또는 '도시별 파일'을 선택하면 선택한 파일 옆 폴더에 도시 이름의 PDF들로 저장합니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="54" />
      <source>Cities to make pages for (ASCN city ids; empty: every city of {} the filter keeps)</source>
      <translation>페이지를 만들 도시(ASCN 도시 ID, 비워 두면 필터에 남는 {}의 모든 도시)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="61" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="57" />
      <source>Resolution (dpi)</source>
      <translation>해상도(dpi)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="62" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="62" />
      <source>Profiles (PDF)</source>
      <translation>협력 현황(PDF)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="63" />
      <source>Number of city pages</source>
      <translation>도시 쪽수</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="74" />
      <source>{}: the profiles are written as PDF (.pdf).</source>
      <translation>{}: 협력 현황은 PDF(.pdf)로 저장됩니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="86" />
      <source>No ASCN city matches the filter: nothing to export.</source>
      <translation>필터에 맞는 ASCN 도시가 없어 내보낼 것이 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="87" />
      <source>{} city pages</source>
      <translation>도시 {}쪽</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="91" />
      <source>{} files in {}</source>
      <translation>파일 {}개, 위치: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="33" />
      <source>Export cooperation map</source>
      <translation>협력 지도 내보내기</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="40" />
      <source>Exports a finished map of the cooperation data the plugin shows: title, a subtitle that says the filter in words, the map, a legend of what is visible, scale bar, north arrow, an inset of ASEAN, sources with the dataset's as-of date, and the export date. The filter parameters are those of 'Filter cooperation projects'. The format follows the file name: .pdf, .png or .svg. Templates: A4 or A3, landscape or portrait. Contents: the cooperation layers, or flood-warning coverage with the ASCN cities. The file is written completely or not at all.</source>
      <translation>플러그인이 보여 주는 협력 데이터로 완성된 지도를 내보냅니다: 제목, 필터 조건을 문장으로 풀어 쓴 부제, 지도, 표시된 항목의 범례, 축척 막대, 방위표, 아세안 위치도, 데이터셋 기준일이 포함된 출처, 내보낸 날짜. 필터 매개변수는 '협력 사업 필터링'과 같습니다. 형식은 파일 이름(.pdf, .png, .svg)에 따라 정해집니다. 템플릿: A4 또는 A3, 가로 또는 세로. 내용: 협력 레이어, 또는 홍수 예·경보 적용 범위와 ASCN 도시. 파일은 완전히 저장되거나 전혀 저장되지 않습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="51" />
      <source>Page</source>
      <translation>용지</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="59" />
      <source>Map file</source>
      <translation>지도 파일</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="65" />
      <source>{}: the map file must end in .pdf, .png or .svg.</source>
      <translation>{}: 지도 파일 이름은 .pdf, .png 또는 .svg로 끝나야 합니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="47" />
      <source>{}: a {} file must end in {}; this name is for another kind of file, which is left as it is.</source>
      <translation>{}: {} 파일은 {}(으)로 끝나야 합니다. 이 이름은 다른 종류의 파일이며 그대로 둡니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="63" />
      <source>Export projects (CSV with HXL, GeoJSON, IATI XML)</source>
      <translation>사업 내보내기(HXL 포함 CSV, GeoJSON, IATI XML)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="66" />
      <source>Writes the projects that match the filter: CSV with a header row and an HXL hashtag row (one row per project, so money is counted once; all locations in the locations_wkt column), GeoJSON (one MultiPoint feature per project), or IATI 2.03 XML (standard elements plus every field in the plugin's own namespace). The plugin's importers read all three back as they were. The IATI file is a compilation, not an official IATI publication.</source>
      <translation>필터에 맞는 사업을 다음 형식으로 저장합니다: 머리글 행과 HXL 해시태그 행이 있는 CSV(사업당 한 행이므로 금액은 한 번만 집계되며, 모든 위치는 locations_wkt 열에 담김), GeoJSON(사업당 MultiPoint 피처 하나), IATI 2.03 XML(표준 요소와 함께 모든 필드를 플러그인 자체 네임스페이스에 기록). 세 형식 모두 플러그인의 가져오기 기능으로 원래대로 다시 읽을 수 있습니다. IATI 파일은 편집 자료이며 공식 IATI 공개 자료가 아닙니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="80" />
      <source>CSV with HXL hashtags</source>
      <translation>HXL 해시태그 포함 CSV</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="80" />
      <source>Format</source>
      <translation>형식</translation>
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
      <translation>저장된 사업 수</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="93" />
      <source>the export</source>
      <translation>내보내기</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="41" />
      <source>Asks d-portal (no key) or the IATI Datastore (a free subscription key, kept in a QGIS authentication configuration) for the activities of the chosen recipient countries, reporting organisations, sectors and years, page after page until the service sends an empty page, through QGIS's network settings (proxy, SSL). The activities go through the same checks and upsert as an IATI file: new ones are added, known ones (by iati-identifier) updated, fields the planner curates kept. Every record names the service and the query as its source, the retrieval date as 'as of', and the activity's own last update in its notes. The GeoPackage or registry is only changed once the whole fetch succeeded: a cancel, no network, a server error, a timeout, a cut-off page or a refused key leave it as it was. Sectors: 5-digit DAC codes or the plugin's sectors (through its crosswalk). Years: activities running at some time between the two years.</source>
      <translation>d-portal(키 불필요) 또는 IATI Datastore(QGIS 인증 구성에 저장된 무료 구독 키)에 선택한 수원국, 보고 기관, 분야, 연도의 활동을 요청합니다. 서비스가 빈 페이지를 보낼 때까지 페이지별로, QGIS 네트워크 설정(프록시, SSL)을 통해 가져옵니다. 활동은 IATI 파일과 같은 검사와 업서트를 거칩니다. 새 활동은 추가되고, 이미 있는 활동(iati-identifier 기준)은 갱신되며, 계획 담당자가 관리하는 필드는 유지됩니다. 모든 레코드에는 서비스와 쿼리가 출처로, 가져온 날짜가 '기준일'로, 활동 자체의 최종 갱신일이 메모에 기록됩니다. GeoPackage나 레지스트리는 가져오기 전체가 성공한 경우에만 변경됩니다. 취소, 네트워크 없음, 서버 오류, 시간 초과, 끊긴 페이지, 거부된 키의 경우 그대로 유지됩니다. 분야: 5자리 DAC 코드 또는 플러그인의 분야(교차표를 통해). 연도: 두 연도 사이 어느 시점에 진행된 활동.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="57" />
      <source>Service address (empty: the public one)</source>
      <translation>서비스 주소(비어 있으면 공개 주소)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="59" />
      <source>Authentication configuration holding the IATI Datastore key</source>
      <translation>IATI Datastore 키가 저장된 인증 구성</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="62" />
      <source>Recipient countries (ISO codes; empty: all)</source>
      <translation>수원국(ISO 코드, 비어 있으면 전체)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="64" />
      <source>Reporting organisations (IATI identifiers; empty: all)</source>
      <translation>보고 기관(IATI 식별자, 비어 있으면 전체)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="66" />
      <source>Sectors (5-digit DAC codes, or sectors of {} through their DAC codes; empty: all)</source>
      <translation>분야(5자리 DAC 코드 또는 DAC 코드를 통한 {}의 분야, 비워 두면 전체)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="68" />
      <source>Running in or after the year</source>
      <translation>이 연도 또는 그 이후에 진행 중</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="69" />
      <source>Started by the end of the year</source>
      <translation>이 연도 말까지 시작</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="73" />
      <source>The query, to run it again</source>
      <translation>다시 실행하기 위한 쿼리</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="89" />
      <source>Sector '{}' is neither a 5-digit DAC code nor a sector of the plugin with DAC codes.</source>
      <translation>분야 '{}'은(는) 5자리 DAC 코드도, DAC 코드가 있는 플러그인의 분야도 아닙니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="95" />
      <source>The first year ({}) comes after the last ({}).</source>
      <translation>시작 연도({})가 마지막 연도({})보다 늦습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="98" />
      <source>The service address must start with https:// or http://.</source>
      <translation>서비스 주소는 https:// 또는 http://로 시작해야 합니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="101" />
      <source>The IATI Datastore needs a subscription key: choose the QGIS authentication configuration that holds it (a free key from developer.iatistandard.org), or use d-portal, which needs none.</source>
      <translation>IATI Datastore에는 구독 키가 필요합니다. 키가 저장된 QGIS 인증 구성(developer.iatistandard.org에서 무료 발급)을 선택하거나, 키가 필요 없는 d-portal을 사용하십시오.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="38" />
      <source>Filter cooperation projects</source>
      <translation>협력 사업 필터링</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="41" />
      <source>Keeps the cooperation projects that match every criterion given; an empty criterion matches everything. Lists are codes: ticked by name in the dialog, comma-separated on the command line. Sectors may be given in any taxonomy: the presentation's categories (water, mobility, energy, security, health, waste, egov, participation; a category includes its solutions), Kearney's dimensions (kearney.smart_environment …) or ASCN focus areas (ascn.quality_environment …), which stand for the categories they correspond to. A project matches a year range when its years overlap it (no end year: still running); projects without known years or amounts drop out when a year or amount range is set. Without an input layer the projects of the data the plugin shows are used; any layer with the same fields works.</source>
      <translation>지정한 모든 조건에 맞는 협력 사업만 남깁니다. 비워 둔 조건은 모든 사업에 맞는 것으로 봅니다. 목록은 코드입니다: 대화 상자에서는 이름으로 체크하고, 명령줄에서는 쉼표로 구분해 씁니다. 분야는 어느 분류 체계로든 지정할 수 있습니다: 발표 자료의 분류(water, mobility, energy, security, health, waste, egov, participation. 분류에는 소속 솔루션이 포함됨), Kearney의 차원(kearney.smart_environment …), ASCN 중점 분야(ascn.quality_environment …). Kearney 차원과 ASCN 중점 분야는 그에 대응하는 분류를 뜻합니다. 사업 기간이 지정한 연도 범위와 겹치면 조건에 맞는 것으로 봅니다(종료 연도가 없으면 진행 중). 연도나 금액 범위를 지정하면 연도나 금액을 알 수 없는 사업은 제외됩니다. 입력 레이어가 없으면 플러그인이 보여 주는 데이터의 사업을 사용하며, 같은 필드가 있는 레이어라면 무엇이든 쓸 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="67" />
      <source>Filtered projects</source>
      <translation>필터링된 사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="69" />
      <source>Number of matching projects</source>
      <translation>조건에 맞는 사업 수</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="81" />
      <source>The output layer could not be created.</source>
      <translation>출력 레이어를 만들 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="99" />
      <source>{} projects match.</source>
      <translation>조건에 맞는 사업 {}건.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="49" />
      <source>Flood-warning coverage of cities and projects</source>
      <translation>도시와 사업의 홍수 예·경보 적용 여부</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="52" />
      <source>For each ASCN city and/or cooperation project: the flood forecasting and warning areas it lies in (covered, inside_count, inside_systems), their funders (funders), the nearest area (nearest_system) and the distance to it in kilometres (distance_km, 0 when inside), and the distance to the nearest area of each funder (km_to_kr, km_to_jp …). A project with several locations takes its nearest location. Distances are geodesic, on the WGS 84 ellipsoid, not in degrees: each point gets an azimuthal equidistant projection centred on it, in which the planar distance from the centre is the geodesic distance; coverage edges are densified every {} degrees first. A point on an area's edge counts as inside. Features without geometry (ASEAN-wide programmes) get empty values. Coverage areas are only as exact as their geometry_basis (admin-1 unions, hand-drawn basins, whole countries). Empty layer parameters use the cities, projects and coverage of the data the plugin shows; other layers need the fields city_id (cities), project_id (projects) and system_id, funder_country (coverage).</source>
      <translation>ASCN 도시 및/또는 협력 사업마다 다음을 계산합니다: 해당 지점이 속한 홍수 예·경보 구역(covered, inside_count, inside_systems), 그 재원 제공국(funders), 가장 가까운 구역(nearest_system)과 그 구역까지의 거리(km 단위, distance_km, 구역 안이면 0), 재원 제공국별로 가장 가까운 구역까지의 거리(km_to_kr, km_to_jp …). 위치가 여러 곳인 사업은 가장 가까운 위치를 씁니다. 거리는 도(°) 단위가 아니라 WGS 84 타원체상의 측지 거리입니다. 각 지점을 중심으로 하는 정거 방위 도법을 적용하며, 이 도법에서 중심으로부터의 평면 거리가 곧 측지 거리입니다. 이에 앞서 적용 범위의 경계선에 {}도 간격으로 점을 추가합니다. 구역 경계선 위의 지점은 구역 안으로 봅니다. 지오메트리가 없는 피처(아세안 전역 프로그램)는 빈 값을 받습니다. 적용 범위의 정확도는 geometry_basis(1급 행정구역 합집합, 수작업으로 그린 유역, 국가 전체)에 따라 달라집니다. 레이어 매개변수를 비워 두면 플러그인이 보여 주는 데이터의 도시, 사업, 적용 범위를 사용하며, 다른 레이어에는 city_id(도시), project_id(사업), system_id, funder_country(적용 범위) 필드가 있어야 합니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="72" />
      <source>Analyse</source>
      <translation>분석 대상</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="73" />
      <source>Cities</source>
      <translation>도시</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="73" />
      <source>Cities and projects</source>
      <translation>도시 및 사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="85" />
      <source>Flood-warning coverage (empty: every coverage area of {})</source>
      <translation>홍수 예·경보 적용 범위(비워 두면 {}의 모든 적용 구역)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="88" />
      <source>Cities and flood coverage</source>
      <translation>도시와 홍수 예·경보 적용 범위</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="91" />
      <source>Projects and flood coverage</source>
      <translation>사업과 홍수 예·경보 적용 범위</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="93" />
      <source>Cities outside every coverage area</source>
      <translation>적용 범위 밖의 도시</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="94" />
      <source>Projects outside every coverage area</source>
      <translation>적용 범위 밖의 사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="109" />
      <source>The coverage layer lacks the fields the analysis needs: {}.</source>
      <translation>적용 범위 레이어에 분석에 필요한 필드가 없습니다: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="113" />
      <source>{} lacks the id field {}.</source>
      <translation>{}에 ID 필드 {}이(가) 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="116" />
      <source>The coverage layer has no areas: every distance stays empty.</source>
      <translation>적용 범위 레이어에 구역이 없어 모든 거리가 비어 있게 됩니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="125" />
      <source>The output {} could not be created.</source>
      <translation>출력 {}을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="143" />
      <source>{}: {} outside every coverage area.</source>
      <translation>{}: 적용 범위 밖 피처 {}개.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="39" />
      <source>Projects added</source>
      <translation>추가된 사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="39" />
      <source>Projects updated</source>
      <translation>갱신된 사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="39" />
      <source>Records read</source>
      <translation>읽은 레코드</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="40" />
      <source>Projects with coordinates</source>
      <translation>좌표가 있는 사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="40" />
      <source>Records skipped</source>
      <translation>건너뛴 레코드</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="41" />
      <source>Projects placed at their country</source>
      <translation>국가 위치에 배치된 사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="41" />
      <source>Projects without location</source>
      <translation>위치가 없는 사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="42" />
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="69" />
      <source>Problems found</source>
      <translation>발견된 문제</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="83" />
      <source>Planner's GeoPackage (created from the bundled data when new, else updated)</source>
      <translation>사용자 GeoPackage(새 파일이면 기본 제공 데이터로 만들고, 기존 파일이면 갱신)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="86" />
      <source>Or import into the team registry (saved PostgreSQL connection)</source>
      <translation>또는 팀 공유 등록부로 가져오기(저장된 PostgreSQL 연결)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="88" />
      <source>Projects without coordinates</source>
      <translation>좌표가 없는 사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="94" />
      <source>Import report</source>
      <translation>가져오기 보고서</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="138" />
      <source>Choose where the projects go: your GeoPackage or the team registry.</source>
      <translation>사업을 가져올 곳을 선택하세요: 사용자의 GeoPackage 또는 팀 공유 등록부.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="31" />
      <source>Import projects from CSV (HXL, 3W, AidData)</source>
      <translation>CSV에서 사업 가져오기(HXL, 3W, AidData)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="34" />
      <source>Reads a CSV table into the planner's GeoPackage (created from the bundled data when new). Columns with HXL hashtags (#activity+name, #org+funder, #org+impl, #sector, #country+code, #adm1+name, #geo+lat, #geo+lon, #date+start, #date+end, #status, #value+usd …) and columns named like the projects' fields are recognised on their own. Other columns are named in the mapping as field=column pairs separated by ; or new lines, e.g. title=Project name;latitude=Lat;longitude=Lon (a column is named by its header, its HXL tag or its number; field=- ignores a recognised column). A table with only project_id, latitude, longitude and precision_code (AidData) sets the locations of projects already in the GeoPackage. Rows sharing an id are one project at several places; tables without ids get stable ones from organisation, activity, sector, country and start. Every project is checked as in the IATI import.</source>
      <translation>CSV 표를 사용자 GeoPackage(새 파일이면 기본 제공 데이터로 만듦)로 읽어 들입니다. HXL 해시태그(#activity+name, #org+funder, #org+impl, #sector, #country+code, #adm1+name, #geo+lat, #geo+lon, #date+start, #date+end, #status, #value+usd …)가 있는 열과 사업 필드와 이름이 같은 열은 자동으로 인식됩니다. 그 밖의 열은 매핑에서 ; 또는 줄바꿈으로 구분한 field=column 쌍으로 지정합니다. 예: title=Project name;latitude=Lat;longitude=Lon (열은 머리글, HXL 태그 또는 번호로 지정하며, field=- 는 자동 인식된 열을 무시합니다). project_id, latitude, longitude, precision_code(AidData)만 있는 표는 GeoPackage에 이미 있는 사업의 위치를 설정합니다. ID가 같은 행들은 여러 장소에서 진행되는 하나의 사업으로 봅니다. ID가 없는 표에는 기관, 활동, 분야, 국가, 시작 시점을 바탕으로 고정 ID를 부여합니다. 모든 사업은 IATI 가져오기와 같은 방식으로 검사합니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="49" />
      <source>CSV table</source>
      <translation>CSV 표</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="50" />
      <source>CSV (*.csv *.txt *.tsv);;All files (*)</source>
      <translation>CSV (*.csv *.txt *.tsv);;모든 파일 (*)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="52" />
      <source>Column mapping (field=column; …)</source>
      <translation>열 매핑(field=column; …)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="54" />
      <source>Encoding</source>
      <translation>인코딩</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="25" />
      <source>Import IATI activities</source>
      <translation>IATI 활동 가져오기</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="28" />
      <source>Reads an IATI activity file (versions 2.01-2.03 and 1.0x) as it streams, so large files take little memory, and adds its activities to the planner's GeoPackage, or updates them when their iati-identifier is there already. A new GeoPackage starts as a copy of the bundled data; the bundled file is never changed, and the planner's file is only replaced once the whole import has succeeded. Locations are read latitude first, as IATI writes them; activities without coordinates are placed at their recipient country or kept without geometry. DAC sectors are mapped to the plugin's categories through its crosswalk; amounts are summed per currency and never converted. Every activity is checked (swapped coordinates, points outside the recipient country or at sea, percentages, sources, duplicate ids, future dates); the problems form a point layer.</source>
      <translation>IATI 활동 파일(버전 2.01-2.03 및 1.0x)을 스트리밍 방식으로 읽으므로 큰 파일도 메모리를 적게 씁니다. 활동을 사용자 GeoPackage에 추가하며, 같은 iati-identifier가 이미 있으면 갱신합니다. 새 GeoPackage는 기본 제공 데이터의 사본으로 시작합니다. 기본 제공 파일은 변경하지 않으며, 사용자 파일은 가져오기 전체가 성공한 뒤에만 교체합니다. 위치는 IATI 표기 방식대로 위도를 먼저 읽습니다. 좌표가 없는 활동은 수원국 위치에 배치하거나 지오메트리 없이 유지합니다. DAC 분야는 플러그인의 대응표를 통해 플러그인 분류에 대응시키며, 금액은 통화별로 합산하고 환산하지 않습니다. 모든 활동을 검사하며(뒤바뀐 좌표, 수원국 밖이나 바다 위의 지점, 비율, 출처, 중복 ID, 미래 날짜), 발견된 문제는 포인트 레이어로 만듭니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="43" />
      <source>IATI activity file</source>
      <translation>IATI 활동 파일</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="44" />
      <source>IATI XML (*.xml *.XML);;All files (*)</source>
      <translation>IATI XML (*.xml *.XML);;모든 파일 (*)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="30" />
      <source>Publish to the team registry (PostGIS)</source>
      <translation>팀 공유 등록부에 게시(PostGIS)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="33" />
      <source>Publishes the cooperation data (the bundled data, or your own GeoPackage) as the team registry: schema smartcity in the database of a saved PostgreSQL connection, with the GeoPackage's tables and indexes, rules (unique ids, sane years, known sector codes), record versions, an audit log, and the roles smartcity_reader (view and filter) and smartcity_editor (also edit). Credentials come from the connection's authentication configuration. Everything happens in one transaction: on an error or a cancel the database stays as it was. An existing registry is only replaced when you ask, and is then kept as a schema smartcity_replaced_&lt;time&gt; with its edits and audit log.</source>
      <translation>협력 데이터(기본 제공 데이터 또는 사용자 GeoPackage)를 팀 공유 등록부로 게시합니다. 등록부는 저장된 PostgreSQL 연결의 데이터베이스에 있는 smartcity 스키마이며, GeoPackage의 테이블과 인덱스, 규칙(고유 ID, 타당한 연도, 등록된 분야 코드), 레코드 버전, 감사 로그, 그리고 smartcity_reader(조회 및 필터링)와 smartcity_editor(편집도 가능) 역할을 갖춥니다. 접속 자격 증명은 연결의 인증 설정에서 가져옵니다. 모든 작업은 하나의 트랜잭션으로 처리되므로, 오류가 발생하거나 취소하면 데이터베이스는 변경되지 않습니다. 기존 등록부는 요청한 경우에만 교체되며, 이때 편집 내역 및 감사 로그와 함께 smartcity_replaced_&lt;time&gt; 스키마로 보존됩니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="45" />
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="37" />
      <source>Database (saved PostgreSQL connection)</source>
      <translation>데이터베이스(저장된 PostgreSQL 연결)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="47" />
      <source>GeoPackage to publish (empty: the data the plugin uses)</source>
      <translation>게시할 GeoPackage(비워 두면 플러그인이 사용하는 데이터)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="50" />
      <source>Replace the registry if the database has one (the old one is kept as a copy)</source>
      <translation>데이터베이스에 등록부가 있으면 등록부 교체(기존 등록부는 사본으로 보존)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="52" />
      <source>Projects published</source>
      <translation>게시된 사업</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="53" />
      <source>Schema keeping the replaced registry</source>
      <translation>교체된 등록부를 보존한 스키마</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="78" />
      <source>{}: {} records</source>
      <translation>{}: 레코드 {}건</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="80" />
      <source>The registry that was there is kept as schema {}.</source>
      <translation>기존 등록부는 {} 스키마로 보존되었습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="82" />
      <source>The role {} does not exist and your role may not create it: ask the database's administrator to create it (NOLOGIN) and publish again, or grant rights yourself.</source>
      <translation>{} 역할이 없으며 사용자의 역할로는 만들 수 없습니다. 데이터베이스 관리자에게 이 역할을 NOLOGIN으로 만들어 달라고 요청한 뒤 다시 게시하거나, 직접 권한을 부여하세요.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="21" />
      <source>Upgrade the team registry (PostGIS)</source>
      <translation>팀 레지스트리 업그레이드(PostGIS)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="24" />
      <source>Closes the security holes of a team registry published by an earlier version of the plugin, in place: everything in schema smartcity and in the kept smartcity_replaced_… copies then belongs to the role smartcity_owner (which nobody logs in as), the registry's functions can no longer be called or misled by other roles, a record's fid can no longer change, and a conflict is filed only for a change the registry really refused. Records, versions and the audit log stay exactly as they are; running it again changes nothing. Run it as the role that published the registry (or a superuser), through a saved PostgreSQL connection. Until it has run, the plugin does not open the registry.</source>
      <translation>이전 버전의 플러그인으로 게시된 팀 레지스트리의 보안 허점을 제자리에서 막습니다. 스키마 smartcity와 보관된 smartcity_replaced_… 사본의 모든 것이 역할 smartcity_owner(아무도 로그인하지 않는 역할)의 소유가 되고, 레지스트리의 함수는 더 이상 다른 역할이 호출하거나 속일 수 없으며, 레코드의 fid는 더 이상 바뀔 수 없고, 충돌은 레지스트리가 실제로 거부한 변경에 대해서만 기록됩니다. 레코드, 버전, 감사 로그는 그대로 유지되며, 다시 실행해도 아무것도 바뀌지 않습니다. 레지스트리를 게시한 역할(또는 슈퍼유저)로 저장된 PostgreSQL 연결을 통해 실행하십시오. 실행하기 전까지 플러그인은 레지스트리를 열지 않습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="38" />
      <source>Problems fixed</source>
      <translation>해결된 문제</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="61" />
      <source>Fixed: {}</source>
      <translation>해결됨: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="63" />
      <source>The registry was up to date; nothing needed changing.</source>
      <translation>레지스트리가 최신 상태였으므로 바꿀 것이 없었습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="64" />
      <source>Secured: {}</source>
      <translation>보호됨: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="59" />
      <source>the downloaded catalogue {}</source>
      <translation>내려받은 카탈로그 {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="60" />
      <source>the GeoPackage {}</source>
      <translation>GeoPackage {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="70" />
      <source>ASEAN–Korea category</source>
      <translation>아세안–한국 분류</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="70" />
      <source>Kearney dimension</source>
      <translation>Kearney 차원</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="71" />
      <source>ASCN focus area</source>
      <translation>ASCN 중점 분야</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="105" />
      <source>The choices of {} could not be read: {}</source>
      <translation>{}의 선택 항목을 읽을 수 없습니다: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/fetch_choices.py" line="31" />
      <source>The sectors of the data could not be read: {}</source>
      <translation>데이터의 분야를 읽을 수 없습니다: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="35" />
      <source>Sectors, in any of the sector lists (codes, e.g. water,mobility)</source>
      <translation>분야, 어느 분야 목록이든(코드, 예: water,mobility)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="36" />
      <source>Donor countries (ISO codes, e.g. US,KR)</source>
      <translation>공여국(ISO 코드, 예: US,KR)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="37" />
      <source>Agencies (a group also finds its joint projects, e.g. KOICA)</source>
      <translation>기관(그룹은 공동 사업도 찾음, 예: KOICA)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="38" />
      <source>Recipient countries (ISO codes, e.g. KH,LA)</source>
      <translation>수원국(ISO 코드, 예: KH,LA)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="39" />
      <source>ASCN cities (city ids)</source>
      <translation>ASCN 도시(도시 ID)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="41" />
      <source>Active from year</source>
      <translation>사업 기간 시작 연도</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="42" />
      <source>Active until year</source>
      <translation>사업 기간 종료 연도</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="43" />
      <source>Smallest amount (USD)</source>
      <translation>최소 금액 (USD)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="44" />
      <source>Largest amount (USD)</source>
      <translation>최대 금액 (USD)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="60" />
      <source>empty: any; choices from {}</source>
      <translation>비워 두면 전체, 선택 항목 출처: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="66" />
      <source>Title contains</source>
      <translation>제목 포함 단어</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/inputs.py" line="23" />
      <source>The layer {} could not be read.</source>
      <translation>레이어 {}을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/inputs.py" line="41" />
      <source>{} lacks the fields {} needs: {}.</source>
      <translation>{}에 {}에 필요한 필드가 없습니다: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/inputs.py" line="42" />
      <source>the filter</source>
      <translation>필터</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/inputs.py" line="56" />
      <source>Unknown sector: {}. Use codes such as water, mobility, kearney.smart_energy or ascn.quality_environment (see the plugin's sectors table).</source>
      <translation>알 수 없는 분야: {}. water, mobility, kearney.smart_energy, ascn.quality_environment 같은 코드를 사용하세요(플러그인의 분야 표 참조).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/pick_lists.py" line="79" />
      <source>{}: there is no choice number {} (the list has {}).</source>
      <translation>{}: {}번 선택 항목이 없습니다(목록에 {}개가 있습니다).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/pick_widget.py" line="39" />
      <source>other codes, comma-separated</source>
      <translation>그 밖의 코드, 쉼표로 구분</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/provider.py" line="56" />
      <source>Smart City Cooperation Map {}</source>
      <translation>스마트시티 협력 지도 {}</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="2" />
      <source>Security</source>
      <translation>안전</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="3" />
      <source>Health care</source>
      <translation>보건·의료</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="4" />
      <source>Mobility</source>
      <translation>교통</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="5" />
      <source>Energy</source>
      <translation>에너지</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="6" />
      <source>Water</source>
      <translation>물관리</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="7" />
      <source>Waste</source>
      <translation>폐기물</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="8" />
      <source>E-Government</source>
      <translation>전자정부</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="9" />
      <source>Participation</source>
      <translation>시민참여</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="10" />
      <source>1.1 Road Depression Monitoring</source>
      <translation>1.1 도로 함몰 모니터링</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="11" />
      <source>1.2 Climate Risk Management</source>
      <translation>1.2 기후 위험 관리</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="12" />
      <source>1.3 Real-time Response System for Accidents</source>
      <translation>1.3 사고 실시간 대응 시스템</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="13" />
      <source>1.4 Safety Check for Public Structures</source>
      <translation>1.4 공공 시설물 안전 점검</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="14" />
      <source>1.5 Maritime Safety System</source>
      <translation>1.5 해상 안전 시스템</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="15" />
      <source>2.1 Emergency Patient Management System</source>
      <translation>2.1 응급환자 관리 시스템</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="16" />
      <source>2.2 Elderly Care System</source>
      <translation>2.2 노인 돌봄 시스템</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="17" />
      <source>2.3 Air Quality Monitoring System</source>
      <translation>2.3 대기질 모니터링 시스템</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="18" />
      <source>2.4 Remote Diagnostic System</source>
      <translation>2.4 원격 진단 시스템</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="19" />
      <source>3.1 Tunnel Violation Enforcement Service</source>
      <translation>3.1 터널 내 법규 위반 단속 서비스</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="20" />
      <source>3.2 Smart Parking Information System</source>
      <translation>3.2 스마트 주차 정보 시스템</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="21" />
      <source>3.3 Driving Danger Warning System</source>
      <translation>3.3 운전 위험 경고 시스템</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="22" />
      <source>3.4 Illegal Parking Enforcement System</source>
      <translation>3.4 불법 주정차 단속 시스템</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="23" />
      <source>3.5 Bicycle Sharing Service</source>
      <translation>3.5 공공자전거 공유 서비스</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="24" />
      <source>3.6 Ships Navigation Support System</source>
      <translation>3.6 선박 항행 지원 시스템</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="25" />
      <source>3.7 Bus Information System</source>
      <translation>3.7 버스정보시스템(BIS)</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="26" />
      <source>3.8 Public Transport Fare Integration System</source>
      <translation>3.8 대중교통 통합 요금 시스템</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="27" />
      <source>4.1 Zero Energy House</source>
      <translation>4.1 제로에너지 주택</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="28" />
      <source>4.2 Smart Lamp Post</source>
      <translation>4.2 스마트 가로등</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="29" />
      <source>4.3 Electricity Bill Management Service</source>
      <translation>4.3 전기요금 관리 서비스</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="30" />
      <source>5.1 Smart Water Supply System</source>
      <translation>5.1 스마트 상수도 시스템</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="31" />
      <source>5.2 Smart Water Metering System</source>
      <translation>5.2 스마트 수도 원격검침 시스템</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="32" />
      <source>5.3 Fountain Water Quality Information System</source>
      <translation>5.3 분수 수질 정보 시스템</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="33" />
      <source>5.4 Smart Water Treatment System</source>
      <translation>5.4 스마트 정수 처리 시스템</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="34" />
      <source>5.5 Intelligent Wastewater Treatment System</source>
      <translation>5.5 지능형 하수 처리 시스템</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="35" />
      <source>5.6 Pipeline Leakage Management System</source>
      <translation>5.6 관로 누수 관리 시스템</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="36" />
      <source>6.1 Mobile Payment System for Waste Disposal</source>
      <translation>6.1 폐기물 배출 모바일 결제 시스템</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="37" />
      <source>6.2 Carton Recycling Reward Service</source>
      <translation>6.2 종이팩 재활용 보상 서비스</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="38" />
      <source>6.3 Smart Trash Bin Service</source>
      <translation>6.3 스마트 쓰레기통 서비스</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="39" />
      <source>7.1 Cadastral Resurvey Service Using Drones</source>
      <translation>7.1 드론 활용 지적재조사 서비스</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="40" />
      <source>7.2 Interactive Legal Knowledge Service</source>
      <translation>7.2 대화형 법률 지식 서비스</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="41" />
      <source>7.3 Cultural Heritage Management Service</source>
      <translation>7.3 문화유산 관리 서비스</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="42" />
      <source>7.4 Digital Tax Payment Service</source>
      <translation>7.4 전자 납세 서비스</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="43" />
      <source>7.5 AI Math Education Platform (KnowRe)</source>
      <translation>7.5 AI 수학 교육 플랫폼(노리, KnowRe)</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="44" />
      <source>7.6 Open GIS Platform</source>
      <translation>7.6 개방형 GIS 플랫폼</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="45" />
      <source>7.7 Digital Land use and Building Permit</source>
      <translation>7.7 토지이용·건축 인허가 전자화</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="46" />
      <source>7.8 Online Self-Diagnosis of Permit Process</source>
      <translation>7.8 인허가 절차 온라인 자가진단</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="47" />
      <source>8.1 Blockchain-based Local Currency Service</source>
      <translation>8.1 블록체인 기반 지역화폐 서비스</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="48" />
      <source>8.2 Blockchain-based Voting System</source>
      <translation>8.2 블록체인 기반 투표 시스템</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="49" />
      <source>8.3 Smart VOC Management System</source>
      <translation>8.3 스마트 민원(VOC) 관리 시스템</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="50" />
      <source>8.4 Citizen Participation Platform (Wemap)</source>
      <translation>8.4 시민참여 플랫폼(Wemap)</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="51" />
      <source>8.5 Digital Citizen Service</source>
      <translation>8.5 디지털 시민 서비스</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="52" />
      <source>Smart energy</source>
      <translation>스마트 에너지</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="53" />
      <source>Smart environment</source>
      <translation>스마트 환경</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="54" />
      <source>Smart transport</source>
      <translation>스마트 교통</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="55" />
      <source>Smart IT</source>
      <translation>스마트 IT</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="56" />
      <source>Smart buildings</source>
      <translation>스마트 빌딩</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="57" />
      <source>Smart healthcare</source>
      <translation>스마트 헬스케어</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="58" />
      <source>Civic &amp; social</source>
      <translation>시민·사회</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="59" />
      <source>Health &amp; well-being</source>
      <translation>보건·복지</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="60" />
      <source>Safety &amp; security</source>
      <translation>안전·보안</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="61" />
      <source>Quality environment</source>
      <translation>쾌적한 환경</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="62" />
      <source>Built infrastructure</source>
      <translation>기반시설</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="63" />
      <source>Industry &amp; innovation</source>
      <translation>산업·혁신</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Brunei</source>
      <translation>브루나이</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Cambodia</source>
      <translation>캄보디아</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Indonesia</source>
      <translation>인도네시아</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Laos</source>
      <translation>라오스</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Malaysia</source>
      <translation>말레이시아</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Myanmar</source>
      <translation>미얀마</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Philippines</source>
      <translation>필리핀</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Singapore</source>
      <translation>싱가포르</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Thailand</source>
      <translation>태국</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Viet Nam</source>
      <translation>베트남</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Timor-Leste</source>
      <translation>동티모르</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>United States</source>
      <translation>미국</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Korea</source>
      <translation>한국</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Japan</source>
      <translation>일본</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>China</source>
      <translation>중국</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Australia</source>
      <translation>호주</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Multilateral</source>
      <translation>다자기구</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>the Philippines</source>
      <translation>필리핀</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>the United States</source>
      <translation>미국</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>planned</source>
      <translation>계획</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>ongoing</source>
      <translation>진행 중</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>completed</source>
      <translation>완료</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>suspended</source>
      <translation>중단</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>unknown</source>
      <translation>미상</translation>
    </message>
  </context>
</TS>
