<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
  <context>
    <name>SmartCityCooperation</name>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="22" />
      <source>{} and {}</source>
      <translation>{} และ {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="29" />
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="90" />
      <source>since {}</source>
      <translation>ตั้งแต่ปี {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="31" />
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="90" />
      <source>until {}</source>
      <translation>จนถึงปี {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="37" />
      <source>the Mekong countries</source>
      <translation>ประเทศในอนุภูมิภาคลุ่มน้ำโขง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="49" />
      <source>All cooperation projects</source>
      <translation>โครงการความร่วมมือทั้งหมด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="49" />
      <source>{} projects</source>
      <translation>โครงการด้าน{}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="52" />
      <source>funded by {}</source>
      <translation>ที่ได้รับทุนจาก{}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="54" />
      <source>through {}</source>
      <translation>ผ่าน {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="56" />
      <location filename="../smartcity_plugin/core/describe.py" line="58" />
      <source>in {}</source>
      <translation>ใน {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="62" />
      <source>status: {}</source>
      <translation>สถานะ: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="63" />
      <source>titles containing “{}”</source>
      <translation>ชื่อโครงการมีคำว่า “{}”</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="71" />
      <source>US$ {:,.0f} to {:,.0f}</source>
      <translation>มูลค่า US$ {:,.0f} ถึง {:,.0f}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="73" />
      <source>at least US$ {:,.0f}</source>
      <translation>มูลค่าอย่างน้อย US$ {:,.0f}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/describe.py" line="75" />
      <source>at most US$ {:,.0f}</source>
      <translation>มูลค่าไม่เกิน US$ {:,.0f}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="58" />
      <source>no coverage data</source>
      <translation>ไม่มีข้อมูลพื้นที่ครอบคลุม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="61" />
      <source>inside {} warned area(s): {}</source>
      <translation>อยู่ในพื้นที่เตือนภัย {} แห่ง: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="62" />
      <source>outside every warned area; the nearest is {:.0f} km away</source>
      <translation>อยู่นอกพื้นที่เตือนภัยทั้งหมด พื้นที่ที่ใกล้ที่สุดอยู่ห่างออกไป {:.0f} กม.</translation>
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
      <translation>ยังไม่ประเมิน ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="103" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="244" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="306" />
      <source>ASCN status</source>
      <translation>สถานะ ASCN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="104" />
      <source>Projects under the filter</source>
      <translation>โครงการตามตัวกรอง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="105" />
      <source>Donors</source>
      <translation>ผู้ให้ทุน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="106" />
      <source>Sectors covered</source>
      <translation>สาขาที่มีโครงการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="107" />
      <source>No project yet</source>
      <translation>สาขาที่ยังไม่มีโครงการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="108" />
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="20" />
      <source>US–Korea co-presence</source>
      <translation>สหรัฐฯ–เกาหลีใต้ร่วมพื้นที่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="108" />
      <source>no</source>
      <translation>ไม่มี</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="108" />
      <source>yes</source>
      <translation>มี</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="109" />
      <source>Confidence of the records</source>
      <translation>ความเชื่อมั่นของข้อมูล</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="110" />
      <source>Flood warning</source>
      <translation>การเตือนภัยน้ำท่วม</translation>
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
      <translation>ไม่เปิดเผย</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="146" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="309" />
      <source>Agency</source>
      <translation>หน่วยงาน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="146" />
      <location filename="../smartcity_plugin/export/summary_table.py" line="150" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="211" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="309" />
      <source>Donor</source>
      <translation>ผู้ให้ทุน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="146" />
      <source>Project</source>
      <translation>โครงการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="147" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="214" />
      <source>Sector</source>
      <translation>สาขา</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="150" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="104" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="216" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="291" />
      <source>Years</source>
      <translation>ช่วงปี</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="151" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="105" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="217" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="293" />
      <source>Amount</source>
      <translation>มูลค่า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="151" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="218" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="296" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="315" />
      <source>Confidence</source>
      <translation>ความเชื่อมั่น</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="216" />
      <location filename="../smartcity_plugin/export/atlas.py" line="298" />
      <source>{} (continued)</source>
      <translation>{} (ต่อ)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="245" />
      <source>City cooperation profiles</source>
      <translation>โปรไฟล์ความร่วมมือรายเมือง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="267" />
      <location filename="../smartcity_plugin/export/layouts.py" line="333" />
      <location filename="../smartcity_plugin/gui/dock.py" line="174" />
      <source>{} — lens: {}</source>
      <translation>{} — เลนส์: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="269" />
      <source>{} · City cooperation profile · {}</source>
      <translation>{} · ข้อมูลความร่วมมือของเมือง · {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="270" />
      <source>City cooperation profile · {}</source>
      <translation>ข้อมูลความร่วมมือของเมือง · {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="294" />
      <source>Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]</source>
      <translation>หน้า [% @atlas_featurenumber %] จาก [% @atlas_totalfeatures %]</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/atlas.py" line="305" />
      <source>No project in this city matches the filter.</source>
      <translation>ไม่มีโครงการในเมืองนี้ที่ตรงกับตัวกรอง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="45" />
      <source>{}: this is a folder; choose a file name.</source>
      <translation>{}: นี่คือโฟลเดอร์ โปรดเลือกชื่อไฟล์</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="49" />
      <source>{}: the folder {} cannot be created ({}).</source>
      <translation>{}: ไม่สามารถสร้างโฟลเดอร์ {} ได้ ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="52" />
      <source>{}: the folder {} is read-only; choose another place.</source>
      <translation>{}: โฟลเดอร์ {} เป็นแบบอ่านอย่างเดียว โปรดเลือกที่อื่น</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="54" />
      <source>{}: the file is read-only; choose another name.</source>
      <translation>{}: ไฟล์เป็นแบบอ่านอย่างเดียว โปรดเลือกชื่ออื่น</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="75" />
      <source>{}: the file could not be written completely ({}); the earlier file, if any, is unchanged.</source>
      <translation>{}: ไม่สามารถเขียนไฟล์ได้ครบถ้วน ({}) ไฟล์เดิม (ถ้ามี) ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="78" />
      <source>{}: the file written is incomplete (is the disk full? {} free); the earlier file, if any, is unchanged.</source>
      <translation>{}: ไฟล์ที่เขียนไม่สมบูรณ์ (ดิสก์เต็มหรือไม่? เหลือ {}) ไฟล์เดิม (ถ้ามี) ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="88" />
      <location filename="../smartcity_plugin/export/exporter.py" line="219" />
      <source>{}: cannot be replaced ({}).</source>
      <translation>{}: ไม่สามารถแทนที่ได้ ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="106" />
      <source>the file could not be written (is the folder writable, the file open?)</source>
      <translation>เขียนไฟล์ไม่ได้ (โฟลเดอร์อนุญาตให้เขียนหรือไม่ หรือไฟล์เปิดค้างอยู่หรือไม่)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="107" />
      <source>not enough memory for this size and resolution</source>
      <translation>หน่วยความจำไม่พอสำหรับขนาดและความละเอียดนี้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="108" />
      <source>the printer could not be started</source>
      <translation>ไม่สามารถเริ่มการพิมพ์ได้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="109" />
      <source>a layer could not be exported to SVG</source>
      <translation>ส่งออกชั้นข้อมูลบางชั้นเป็น SVG ไม่ได้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="110" />
      <source>the atlas could not be prepared</source>
      <translation>เตรียมแอตลาสไม่ได้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="111" />
      <source>cancelled</source>
      <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="114" />
      <source>unknown error {}</source>
      <translation>ข้อผิดพลาดที่ไม่รู้จัก {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="124" />
      <source>{}: unknown format; use one of {}.</source>
      <translation>{}: ไม่รู้จักรูปแบบไฟล์ ใช้รูปแบบใดรูปแบบหนึ่งต่อไปนี้: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="126" />
      <location filename="../smartcity_plugin/export/exporter.py" line="188" />
      <location filename="../smartcity_plugin/export/exporter.py" line="208" />
      <source>{}: cancelled</source>
      <translation>{}: ยกเลิกแล้ว</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="191" />
      <location filename="../smartcity_plugin/export/exporter.py" line="210" />
      <source>the atlas could not be exported</source>
      <translation>ส่งออกแอตลาสไม่ได้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/exporter.py" line="203" />
      <source>{}: this is a file; the pages go into a folder of that name.</source>
      <translation>{}: นี่คือไฟล์ หน้าต่าง ๆ จะถูกเขียนลงในโฟลเดอร์ชื่อนั้น</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="63" />
      <source>Areas served by flood forecasting and warning systems, by funder, and the ASCN cities</source>
      <translation>พื้นที่ให้บริการของระบบพยากรณ์และเตือนภัยน้ำท่วม จำแนกตามแหล่งทุน และเมือง ASCN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="93" />
      <source>Sources: Smart City Cooperation Map contributors, CC BY 4.0, data as of {as_of}: a sourced record of documented cooperation, not a complete inventory (strongest for Korean and US smart-city and flood-warning work; thin for Chinese, Japanese, Australian and multilateral work and for amounts). Per-record sources in the data. Boundaries: Natural Earth (public domain). Flood-warning coverage is approximate (provinces served or hand-drawn basins). Amounts as published; commercial investment is not aid; a regional programme counts in each recipient country.</source>
      <translation>แหล่งที่มา: ผู้ร่วมจัดทำ Smart City Cooperation Map, CC BY 4.0, ข้อมูล ณ {as_of}: บันทึกความร่วมมือที่มีเอกสารอ้างอิง ไม่ใช่รายการที่ครบถ้วน (ครอบคลุมดีที่สุดสำหรับงานเมืองอัจฉริยะและการเตือนภัยน้ำท่วมของเกาหลีและสหรัฐฯ ยังน้อยสำหรับงานของจีน ญี่ปุ่น ออสเตรเลีย และองค์กรพหุภาคี และสำหรับจำนวนเงิน) แหล่งที่มารายบันทึกอยู่ในข้อมูล ขอบเขต: Natural Earth (สาธารณสมบัติ) พื้นที่เตือนภัยน้ำท่วมเป็นค่าประมาณ (จังหวัดที่ให้บริการหรือลุ่มน้ำที่วาดด้วยมือ) จำนวนเงินตามที่เผยแพร่ การลงทุนเชิงพาณิชย์ไม่ใช่ความช่วยเหลือ โครงการระดับภูมิภาคนับในทุกประเทศผู้รับ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="125" />
      <source>The layout template {} is missing.</source>
      <translation>ไม่พบแม่แบบเลย์เอาต์ {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="128" />
      <source>The layout template {} is not valid XML.</source>
      <translation>แม่แบบเลย์เอาต์ {} ไม่ใช่ XML ที่ถูกต้อง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="131" />
      <source>The layout template {} could not be loaded.</source>
      <translation>โหลดแม่แบบเลย์เอาต์ {} ไม่ได้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="144" />
      <source>The filter could not be applied to {}.</source>
      <translation>ใช้ตัวกรองกับ {} ไม่ได้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="224" />
      <source>Cooperation
projects</source>
      <translation>โครงการ
ความร่วมมือ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="224" />
      <source>Main sector
(symbol shape)</source>
      <translation>สาขาหลัก
(รูปทรงสัญลักษณ์)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="225" />
      <source>ASCN cities
(size: number
of projects)</source>
      <translation>เมือง ASCN
(ขนาด: จำนวน
โครงการ)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="226" />
      <source>National and
regional programmes
(countries)</source>
      <translation>โครงการระดับ
ประเทศและภูมิภาค
(ทั้งประเทศ)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="227" />
      <source>Flood-warning
coverage</source>
      <translation>พื้นที่เตือนภัย
น้ำท่วม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="280" />
      <source>Map extent</source>
      <translation>ขอบเขตแผนที่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="302" />
      <source>{} Too many projects for a mark each: at every place each donor's projects share one mark, and the city symbol's size gives their number.</source>
      <translation>{} โครงการมีมากเกินกว่าจะแสดงทีละโครงการ: ในแต่ละสถานที่ โครงการของผู้ให้ทุนรายเดียวกันใช้เครื่องหมายเดียวร่วมกัน และขนาดสัญลักษณ์เมืองบอกจำนวน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="305" />
      <source>Exported {}</source>
      <translation>ส่งออกเมื่อ {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="312" />
      <source>Unknown template {}; use one of {}.</source>
      <translation>ไม่รู้จักแม่แบบ {} ใช้แม่แบบใดแม่แบบหนึ่งต่อไปนี้: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="324" />
      <source>Smart City Cooperation map</source>
      <translation>แผนที่ความร่วมมือเมืองอัจฉริยะ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/layouts.py" line="328" />
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="86" />
      <source>Smart city cooperation in ASEAN</source>
      <translation>ความร่วมมือด้านเมืองอัจฉริยะในอาเซียน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/sector_key.py" line="45" />
      <source>Main sector (symbol shape)</source>
      <translation>สาขาหลัก (รูปทรงสัญลักษณ์)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="29" />
      <source>Commercial (US$)</source>
      <translation>เชิงพาณิชย์ (ดอลลาร์)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="29" />
      <source>Grants (US$)</source>
      <translation>เงินให้เปล่า (ดอลลาร์)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="29" />
      <source>Loans (US$)</source>
      <translation>เงินกู้ (ดอลลาร์)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="29" />
      <location filename="../smartcity_plugin/layers/group.py" line="205" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="308" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="73" />
      <source>Projects</source>
      <translation>โครงการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="31" />
      <source>Other kinds (US$)</source>
      <translation>ประเภทอื่น (ดอลลาร์)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="32" />
      <source>Projects without amount</source>
      <translation>โครงการที่ไม่เปิดเผยมูลค่า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="55" />
      <location filename="../smartcity_plugin/gui/summary_view.py" line="95" />
      <source>By donor</source>
      <translation>จำแนกตามผู้ให้ทุน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="55" />
      <location filename="../smartcity_plugin/gui/summary_view.py" line="96" />
      <source>By main sector</source>
      <translation>จำแนกตามสาขาหลัก</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="56" />
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="134" />
      <source>By recipient country</source>
      <translation>ตามประเทศผู้รับ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/export/summary_table.py" line="134" />
      <source>… {} more</source>
      <translation>… อีก {} รายการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/add_layers.py" line="20" />
      <location filename="../smartcity_plugin/gui/add_layers.py" line="40" />
      <source>Cooperation layers</source>
      <translation>ชั้นข้อมูลความร่วมมือ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/add_layers.py" line="33" />
      <source>{} projects in {} ASCN cities, with flood-warning coverage.</source>
      <translation>{} โครงการ ในเมือง ASCN {} แห่ง พร้อมพื้นที่ครอบคลุมการเตือนภัยน้ำท่วม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/add_layers.py" line="38" />
      <source>The group “{}” is complete; nothing was added.</source>
      <translation>กลุ่ม “{}” มีชั้นข้อมูลครบแล้ว ไม่ได้เพิ่มชั้นข้อมูลใด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="50" />
      <location filename="../smartcity_plugin/plugin.py" line="67" />
      <location filename="../smartcity_plugin/plugin.py" line="75" />
      <location filename="../smartcity_plugin/plugin_options.py" line="19" />
      <location filename="../smartcity_plugin/processing/provider.py" line="53" />
      <source>Smart City Cooperation</source>
      <translation>ความร่วมมือเมืองอัจฉริยะ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="72" />
      <source>Clear lens</source>
      <translation>ล้างเลนส์</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="89" />
      <source>Filter</source>
      <translation>ตัวกรอง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="175" />
      <source>Showing: {}.</source>
      <translation>กำลังแสดง: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="193" />
      <source>{}: the filter could not be applied ({}).</source>
      <translation>{}: ใช้ตัวกรองไม่ได้ ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="206" />
      <source>&lt;p&gt;Too many projects for a mark each: at every place each donor's projects share one mark, and the city symbol's size gives their number.&lt;/p&gt;</source>
      <translation>&lt;p&gt;โครงการมีมากเกินกว่าจะแสดงทีละโครงการ: ในแต่ละสถานที่ โครงการของผู้ให้ทุนรายเดียวกันใช้เครื่องหมายเดียวร่วมกัน และขนาดสัญลักษณ์เมืองบอกจำนวน&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="209" />
      <source>&lt;p&gt;The table lists the first {} of {} projects; narrow the filter to see the rest.&lt;/p&gt;</source>
      <translation>&lt;p&gt;ตารางแสดง {} โครงการแรกจากทั้งหมด {} โครงการ โปรดกรองให้แคบลงเพื่อดูส่วนที่เหลือ&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="263" />
      <source>{}: the plugin's filter saved in this project cannot be used ({}); the dock starts with no filter.</source>
      <translation>{}: ใช้ตัวกรองของปลั๊กอินที่บันทึกไว้ในโครงการนี้ไม่ได้ ({}) แผงเริ่มต้นโดยไม่มีตัวกรอง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock.py" line="264" />
      <source>the project</source>
      <translation>โครงการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="21" />
      <source>Cities where both the United States and Korea work, and in which sectors</source>
      <translation>เมืองที่ทั้งสหรัฐอเมริกาและเกาหลีใต้ดำเนินงานอยู่ และในสาขาใด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="22" />
      <source>Sector gaps</source>
      <translation>ช่องว่างรายสาขา</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="22" />
      <source>Sectors with no project in the chosen cities</source>
      <translation>สาขาที่ยังไม่มีโครงการในเมืองที่เลือก</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="23" />
      <source>ASCN cities outside every flood-warning coverage area</source>
      <translation>เมือง ASCN ที่อยู่นอกพื้นที่ครอบคลุมการเตือนภัยน้ำท่วมทั้งหมด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="23" />
      <source>Outside flood warning</source>
      <translation>นอกพื้นที่เตือนภัยน้ำท่วม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="24" />
      <source>Cambodia, Laos, Myanmar, Thailand, Viet Nam</source>
      <translation>กัมพูชา, ลาว, เมียนมา, ไทย, เวียดนาม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="24" />
      <source>Mekong focal area</source>
      <translation>พื้นที่เป้าหมายลุ่มน้ำโขง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="35" />
      <source>Lenses</source>
      <translation>มุมมองวิเคราะห์</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="46" />
      <location filename="../smartcity_plugin/plugin_actions.py" line="33" />
      <source>Export map for a report…</source>
      <translation>ส่งออกแผนที่สำหรับรายงาน…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="50" />
      <source>Reload data</source>
      <translation>โหลดข้อมูลใหม่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="53" />
      <source>Read the data again: shows what others saved in the team registry since it was last loaded</source>
      <translation>อ่านข้อมูลอีกครั้ง: แสดงสิ่งที่ผู้อื่นบันทึกไว้ในทะเบียนข้อมูลของทีมนับตั้งแต่โหลดครั้งล่าสุด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="56" />
      <location filename="../smartcity_plugin/plugin_actions.py" line="43" />
      <source>Fetch IATI activities…</source>
      <translation>ดึงกิจกรรม IATI…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/dock_buttons.py" line="58" />
      <source>Current activities of chosen donors and countries from d-portal or the IATI Datastore</source>
      <translation>กิจกรรมปัจจุบันของผู้ให้ทุนและประเทศที่เลือก จาก d-portal หรือ IATI Datastore</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="59" />
      <source>Map, A4 landscape</source>
      <translation>แผนที่ A4 แนวนอน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="59" />
      <source>Map, A4 portrait</source>
      <translation>แผนที่ A4 แนวตั้ง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="60" />
      <source>Map, A3 landscape</source>
      <translation>แผนที่ A3 แนวนอน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="60" />
      <source>Map, A3 portrait</source>
      <translation>แผนที่ A3 แนวตั้ง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="61" />
      <source>City cooperation profiles (atlas, one page per city)</source>
      <translation>โปรไฟล์ความร่วมมือรายเมือง (แอตลาส เมืองละหนึ่งหน้า)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="77" />
      <source>Export map for a report</source>
      <translation>ส่งออกแผนที่สำหรับรายงาน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="84" />
      <source>Cooperation projects, cities and flood-warning coverage</source>
      <translation>โครงการความร่วมมือ เมือง และพื้นที่ครอบคลุมการเตือนภัยน้ำท่วม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="85" />
      <source>Flood-warning coverage and the ASCN cities</source>
      <translation>พื้นที่ครอบคลุมการเตือนภัยน้ำท่วมและเมือง ASCN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="89" />
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="59" />
      <source>One file per city</source>
      <translation>เมืองละหนึ่งไฟล์</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="90" />
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="57" />
      <source>Leave out cities with no matching project</source>
      <translation>ไม่รวมเมืองที่ไม่มีโครงการตรงกับตัวกรอง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="92" />
      <source>Every city the filter keeps</source>
      <translation>ทุกเมืองตามตัวกรอง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="101" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="59" />
      <source>PDF (*.pdf);;PNG image (*.png);;SVG (*.svg)</source>
      <translation>PDF (*.pdf);;ภาพ PNG (*.png);;SVG (*.svg)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="107" />
      <source>Cancel export</source>
      <translation>ยกเลิกการส่งออก</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="107" />
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="118" />
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="211" />
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="221" />
      <source>Export</source>
      <translation>ส่งออก</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="119" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="53" />
      <source>Contents</source>
      <translation>เนื้อหา</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="120" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="106" />
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="308" />
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="58" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="55" />
      <source>Title</source>
      <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="121" />
      <source>Formats</source>
      <translation>รูปแบบไฟล์</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="122" />
      <source>City pages</source>
      <translation>หน้าของเมือง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="124" />
      <source>Resolution</source>
      <translation>ความละเอียด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="125" />
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="83" />
      <source>File</source>
      <translation>ไฟล์</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="186" />
      <source>Replace files?</source>
      <translation>แทนที่ไฟล์หรือไม่?</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="186" />
      <source>These files exist and would be replaced:
{}</source>
      <translation>ไฟล์เหล่านี้มีอยู่แล้วและจะถูกแทนที่:
{}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="195" />
      <source>Choose a file and at least one format.</source>
      <translation>เลือกไฟล์และรูปแบบไฟล์อย่างน้อยหนึ่งรูปแบบ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="203" />
      <source>Exporting {}</source>
      <translation>กำลังส่งออก {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/export_dialog.py" line="220" />
      <source>Written: {}</source>
      <translation>เขียนไฟล์แล้ว: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="44" />
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="200" />
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="203" />
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="38" />
      <source>Fetch IATI activities</source>
      <translation>ดึงกิจกรรม IATI</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="60" />
      <source>other ISO codes, e.g. KR, JP</source>
      <translation>รหัส ISO อื่น เช่น KR, JP</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="65" />
      <source>other IATI organisation identifiers</source>
      <translation>รหัสองค์กร IATI อื่น</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="72" />
      <source>or 5-digit DAC codes, e.g. 14020</source>
      <translation>หรือรหัส DAC 5 หลัก เช่น 14020</translation>
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
      <translation>วางไว้ที่ประเทศผู้รับ (ความแม่นยำระดับ 6)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="83" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="65" />
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="89" />
      <source>Keep them without geometry</source>
      <translation>เก็บไว้โดยไม่มีรูปเรขาคณิต</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="84" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="73" />
      <source>Show this GeoPackage in the plugin afterwards</source>
      <translation>แสดง GeoPackage นี้ในปลั๊กอินหลังนำเข้า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="86" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="75" />
      <source>Add the problems found to the map</source>
      <translation>เพิ่มปัญหาที่พบลงในแผนที่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="89" />
      <source>Cancel fetch</source>
      <translation>ยกเลิกการดึงข้อมูล</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="89" />
      <source>Fetch</source>
      <translation>ดึงข้อมูล</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="101" />
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="55" />
      <source>Service</source>
      <translation>บริการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="102" />
      <source>Address</source>
      <translation>ที่อยู่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="103" />
      <source>Key (IATI Datastore)</source>
      <translation>คีย์ (IATI Datastore)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="104" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="101" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="355" />
      <source>Recipient countries</source>
      <translation>ประเทศผู้รับ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="105" />
      <source>Reporting organisations</source>
      <translation>องค์กรผู้รายงาน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="106" />
      <location filename="../smartcity_plugin/gui/filter_form.py" line="97" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="312" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="356" />
      <source>Sectors</source>
      <translation>สาขา</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="107" />
      <source>Running between the years</source>
      <translation>ดำเนินการระหว่างปี</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="109" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="91" />
      <source>Into GeoPackage</source>
      <translation>นำเข้าสู่ GeoPackage</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="110" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="92" />
      <source>Without coordinates</source>
      <translation>กรณีไม่มีพิกัด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="156" />
      <source>Choose a GeoPackage to fetch into.</source>
      <translation>เลือก GeoPackage ที่จะดึงข้อมูลเข้าไป</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="159" />
      <source>The IATI Datastore needs a subscription key: choose the authentication configuration that holds it, or use d-portal, which needs none.</source>
      <translation>IATI Datastore ต้องใช้คีย์สมาชิก: เลือกการตั้งค่าการยืนยันตัวตนที่เก็บคีย์ไว้ หรือใช้ d-portal ซึ่งไม่ต้องใช้คีย์</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/fetch_dialog.py" line="199" />
      <source>the fetch was cancelled; the data was not changed.</source>
      <translation>การดึงข้อมูลถูกยกเลิก ข้อมูลไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="28" />
      <source>Smart-city solution categories (ASEAN–Korea)</source>
      <translation>หมวดโซลูชันเมืองอัจฉริยะ (อาเซียน–เกาหลีใต้)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="29" />
      <source>Smart dimensions (Kearney)</source>
      <translation>มิติเมืองอัจฉริยะ (Kearney)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="30" />
      <source>ASCN focus areas</source>
      <translation>ประเด็นมุ่งเน้นของ ASCN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="51" />
      <source>Search cities…</source>
      <translation>ค้นหาเมือง…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="57" />
      <source>Words in the project title</source>
      <translation>คำในชื่อโครงการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="58" />
      <source>Reset</source>
      <translation>รีเซ็ต</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="96" />
      <source>Sector list</source>
      <translation>ชุดหมวดสาขา</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="99" />
      <source>Donor countries</source>
      <translation>ประเทศผู้ให้ทุน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="100" />
      <source>Agencies</source>
      <translation>หน่วยงาน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="102" />
      <location filename="../smartcity_plugin/layers/group.py" line="59" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="311" />
      <source>ASCN cities</source>
      <translation>เมือง ASCN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="103" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="312" />
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="40" />
      <source>Status</source>
      <translation>สถานะ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="139" />
      <source>No sector of this list stands only for {}: the sector choice was cleared.</source>
      <translation>ไม่มีภาคส่วนในรายการนี้ที่แทนเฉพาะ {} จึงล้างการเลือกภาคส่วนแล้ว</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="141" />
      <source>{} said in this list covers less than before: check the sectors.</source>
      <translation>{} ในรายการนี้ครอบคลุมน้อยกว่าเดิม โปรดตรวจสอบภาคส่วน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/filter_form.py" line="143" />
      <source>{} said in this list.</source>
      <translation>{} ในรายการนี้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/iati_refresh.py" line="33" />
      <source>This project keeps no IATI query: fetch activities first (Fetch IATI activities…), save the project, and Refresh from IATI runs the query again.</source>
      <translation>โครงการนี้ไม่มีคำค้น IATI ที่เก็บไว้: ดึงกิจกรรมก่อน (ดึงกิจกรรม IATI…) บันทึกโครงการ แล้ว รีเฟรชจาก IATI จะเรียกคำค้นนั้นอีกครั้ง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/iati_refresh.py" line="37" />
      <source>Refreshing {} IATI queries kept in the project.</source>
      <translation>กำลังรีเฟรชคำค้น IATI {} รายการที่เก็บไว้ในโครงการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="63" />
      <source>The plugin now shows the bundled data.</source>
      <translation>ขณะนี้ปลั๊กอินแสดงข้อมูลที่มาพร้อมปลั๊กอิน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="65" />
      <location filename="../smartcity_plugin/processing/choices.py" line="65" />
      <source>The plugin now shows {}.</source>
      <translation>ขณะนี้ปลั๊กอินแสดง {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="81" />
      <source>Updating the catalogue from {}</source>
      <translation>กำลังปรับปรุงแคตตาล็อกจาก {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="95" />
      <source>{}: the catalogue update failed ({}).</source>
      <translation>{}: การปรับปรุงแคตตาล็อกล้มเหลว ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="115" />
      <source>No catalogue address is set: enter it as {} in Settings ▸ Options ▸ Advanced. The plugin goes on with the data it has.</source>
      <translation>ยังไม่ได้กำหนดที่อยู่แคตตาล็อก: ให้ระบุเป็น {} ใน การตั้งค่า ▸ ตัวเลือก ▸ ขั้นสูง (Settings ▸ Options ▸ Advanced) ปลั๊กอินจะใช้ข้อมูลที่มีอยู่ต่อไป</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="122" />
      <source>{}: the catalogue update was cancelled; nothing was changed.</source>
      <translation>{}: ยกเลิกการปรับปรุงแคตตาล็อกแล้ว ไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="125" />
      <source>Catalogue updated from {} (retrieved {}).</source>
      <translation>ปรับปรุงแคตตาล็อกจาก {} แล้ว (ดึงข้อมูลเมื่อ {})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_datasource.py" line="147" />
      <source>Use my GeoPackage</source>
      <translation>ใช้ GeoPackage ของฉัน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="52" />
      <source>Import projects</source>
      <translation>นำเข้าโครงการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="57" />
      <source>IATI XML or CSV (*.xml *.csv *.txt *.tsv);;All files (*)</source>
      <translation>IATI XML หรือ CSV (*.xml *.csv *.txt *.tsv);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="68" />
      <source>CSV only: field=column; … (recognised columns need none)</source>
      <translation>เฉพาะ CSV: ฟิลด์=คอลัมน์; … (คอลัมน์ที่ระบบรู้จักแล้วไม่ต้องระบุ)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="69" />
      <source>Columns…</source>
      <translation>คอลัมน์…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="77" />
      <source>Cancel import</source>
      <translation>ยกเลิกการนำเข้า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="77" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="187" />
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="190" />
      <source>Import</source>
      <translation>นำเข้า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="89" />
      <source>IATI or CSV file</source>
      <translation>ไฟล์ IATI หรือ CSV</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="93" />
      <source>CSV columns</source>
      <translation>คอลัมน์ CSV</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="152" />
      <source>Choose a file to import and a GeoPackage to import into.</source>
      <translation>เลือกไฟล์ที่จะนำเข้าและ GeoPackage ปลายทาง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="159" />
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="66" />
      <source>Mapping: {}</source>
      <translation>การจับคู่คอลัมน์: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_dialog.py" line="186" />
      <source>the import was cancelled or failed.</source>
      <translation>การนำเข้าถูกยกเลิกหรือไม่สำเร็จ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_mapping.py" line="46" />
      <source>Columns of {}</source>
      <translation>คอลัมน์ของ {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_mapping.py" line="57" />
      <source>Recognised columns are chosen already (HXL hashtags and field names). Choose a column for each field the file has.</source>
      <translation>เลือกคอลัมน์ที่ระบบรู้จักไว้ให้แล้ว (แฮชแท็ก HXL และชื่อฟิลด์) โปรดเลือกคอลัมน์สำหรับแต่ละฟิลด์ที่มีในไฟล์</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_mapping.py" line="65" />
      <source>(not in the file)</source>
      <translation>(ไม่มีในไฟล์)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_results.py" line="26" />
      <source>Into the team registry ({}), checked by its rules and audited</source>
      <translation>นำเข้าสู่ทะเบียนข้อมูลของทีม ({}) ตรวจสอบตามกฎของทะเบียนและบันทึกในบันทึกการตรวจสอบ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_results.py" line="54" />
      <source>Import problems: {}</source>
      <translation>ปัญหาการนำเข้า: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/import_task.py" line="71" />
      <source>{} problems found in the projects.</source>
      <translation>พบปัญหา {} รายการในโครงการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="55" />
      <source>both in {}</source>
      <translation>ทั้งคู่อยู่ในสาขา {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="56" />
      <source>in different sectors</source>
      <translation>อยู่คนละสาขา</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="60" />
      <source>&lt;b&gt;US–Korea co-presence&lt;/b&gt;: {} cities where both work.</source>
      <translation>&lt;b&gt;สหรัฐฯ–เกาหลีใต้ร่วมพื้นที่&lt;/b&gt;: มี {} เมืองที่ทั้งสองประเทศดำเนินงานอยู่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="76" />
      <source>every sector covered</source>
      <translation>มีโครงการครบทุกสาขา</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="80" />
      <source>&lt;b&gt;Sector gaps&lt;/b&gt;: sectors with no project under the current filter.</source>
      <translation>&lt;b&gt;ช่องว่างรายสาขา&lt;/b&gt;: สาขาที่ยังไม่มีโครงการภายใต้ตัวกรองปัจจุบัน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="95" />
      <source> — {:.0f} km to the nearest warned area</source>
      <translation> — ห่างจากพื้นที่เตือนภัยที่ใกล้ที่สุด {:.0f} กม.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="99" />
      <source>&lt;b&gt;Outside flood warning&lt;/b&gt;: {} of {} ASCN cities lie outside every coverage area.</source>
      <translation>&lt;b&gt;นอกพื้นที่เตือนภัยน้ำท่วม&lt;/b&gt;: เมือง ASCN {} จาก {} แห่ง อยู่นอกพื้นที่ครอบคลุมทั้งหมด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/lenses.py" line="107" />
      <source>&lt;b&gt;Mekong focal area&lt;/b&gt;: projects in Cambodia, Laos, Myanmar, Thailand and Viet Nam.</source>
      <translation>&lt;b&gt;พื้นที่เป้าหมายลุ่มน้ำโขง&lt;/b&gt;: โครงการในกัมพูชา ลาว เมียนมา ไทย และเวียดนาม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="25" />
      <source>Accept a plain-http catalogue address (a private network only)</source>
      <translation>ยอมรับที่อยู่แคตตาล็อกแบบ http ธรรมดา (เฉพาะเครือข่ายส่วนตัว)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="30" />
      <source>Catalogue address</source>
      <translation>ที่อยู่แคตตาล็อก</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="32" />
      <source>Export folder</source>
      <translation>โฟลเดอร์ส่งออก</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="34" />
      <location filename="../smartcity_plugin/io/registry/store.py" line="39" />
      <location filename="../smartcity_plugin/processing/choices.py" line="55" />
      <source>the team registry ({})</source>
      <translation>ทะเบียนข้อมูลของทีม ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="35" />
      <location filename="../smartcity_plugin/processing/choices.py" line="57" />
      <source>the bundled data</source>
      <translation>ข้อมูลที่มาพร้อมปลั๊กอิน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/options_page.py" line="36" />
      <source>Data shown: {} (change it in the Smart City Cooperation menu)</source>
      <translation>ข้อมูลที่แสดง: {} (เปลี่ยนได้ในเมนูความร่วมมือเมืองอัจฉริยะ)</translation>
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
      <translation>ขณะนี้ปลั๊กอินแสดงทะเบียนข้อมูลของทีมจาก "{}" (เผยแพร่เมื่อ {} โดย {} ข้อมูล ณ {})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/registry_source.py" line="41" />
      <source>Your database role {} may view and filter it but not edit it.</source>
      <translation>บทบาทฐานข้อมูล {} ของคุณดูและกรองข้อมูลได้ แต่ไม่มีสิทธิ์แก้ไข</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/registry_source.py" line="52" />
      <source>QGIS has no saved PostgreSQL connection. Add one in Data Source Manager ▸ PostgreSQL (with an authentication configuration for the user name and password), then try again.</source>
      <translation>QGIS ยังไม่มีการเชื่อมต่อ PostgreSQL ที่บันทึกไว้ โปรดเพิ่มการเชื่อมต่อใน ตัวจัดการแหล่งข้อมูล ▸ PostgreSQL (Data Source Manager ▸ PostgreSQL) พร้อมการกำหนดค่าการยืนยันตัวตนสำหรับชื่อผู้ใช้และรหัสผ่าน แล้วลองใหม่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/registry_source.py" line="57" />
      <source>Use the team registry</source>
      <translation>ใช้ทะเบียนข้อมูลของทีม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/registry_source.py" line="58" />
      <source>PostgreSQL connection of the registry:</source>
      <translation>การเชื่อมต่อ PostgreSQL ของทะเบียนข้อมูล:</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="314" />
      <source>Amount (USD)</source>
      <translation>มูลค่า (USD)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_model.py" line="29" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="215" />
      <source>Recipient</source>
      <translation>ประเทศผู้รับ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="124" />
      <source>Copy rows</source>
      <translation>คัดลอกแถว</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="125" />
      <source>Export table as CSV…</source>
      <translation>ส่งออกตารางเป็น CSV…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="129" />
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="129" />
      <source>Export table as CSV</source>
      <translation>ส่งออกตารางเป็น CSV</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="136" />
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="114" />
      <source>{} projects written to {}.</source>
      <translation>เขียน {} โครงการลงใน {} แล้ว</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="204" />
      <source>“{}” has no location on the map.</source>
      <translation>“{}” ไม่มีตำแหน่งบนแผนที่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/results_table.py" line="232" />
      <source>“{}” is a national or regional programme in {}: its countries are outlined on the map.</source>
      <translation>“{}” เป็นโครงการระดับประเทศหรือภูมิภาคใน {}: ประเทศเหล่านี้มีเส้นขอบบนแผนที่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="36" />
      <source>commercial investment (not aid)</source>
      <translation>การลงทุนเชิงพาณิชย์ (ไม่ใช่ความช่วยเหลือ)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="36" />
      <source>grant</source>
      <translation>เงินให้เปล่า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="36" />
      <source>loan</source>
      <translation>เงินกู้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="37" />
      <source>in kind</source>
      <translation>ไม่ใช่ตัวเงิน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="37" />
      <source>kind not known</source>
      <translation>ไม่ทราบประเภท</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="49" />
      <source>main sector {}</source>
      <translation>สาขาหลัก {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="51" />
      <source>(matched on a secondary sector)</source>
      <translation>(ตรงตามสาขารอง)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="58" />
      <source>a national or regional programme in {}</source>
      <translation>โครงการระดับประเทศหรือภูมิภาคใน {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="59" />
      <source>(no title)</source>
      <translation>(ไม่มีชื่อ)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="70" />
      <source>&lt;b&gt;These amounts are made of {} projects&lt;/b&gt;, largest first:</source>
      <translation>&lt;b&gt;มูลค่าเหล่านี้มาจาก {} โครงการ&lt;/b&gt; เรียงจากมากไปน้อย:</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="74" />
      <source>… and {} more with a published amount: sort the table by amount to see them.</source>
      <translation>… และอีก {} โครงการที่เปิดเผยมูลค่า: เรียงตารางตามมูลค่าเพื่อดู</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="83" />
      <source>Which projects make these amounts? List the largest of {}.</source>
      <translation>โครงการใดประกอบเป็นมูลค่าเหล่านี้? แสดงรายการที่มากที่สุดจาก {} โครงการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="98" />
      <source>Years ({}): a project counts when it runs in any of these years; it may have begun earlier or go on later.</source>
      <translation>ปี ({}): โครงการจะถูกนับเมื่อดำเนินอยู่ในปีใดปีหนึ่งเหล่านี้ อาจเริ่มก่อนหน้าหรือดำเนินต่อหลังจากนั้น</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="102" />
      <source>{} projects run into {} from earlier years.</source>
      <translation>{} โครงการเริ่มก่อนหน้าและดำเนินต่อเข้าสู่ปี {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="105" />
      <source>{} projects go on after {}.</source>
      <translation>{} โครงการดำเนินต่อหลังปี {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="107" />
      <source>{} projects have no published end year and are taken as still running.</source>
      <translation>{} โครงการไม่เปิดเผยปีสิ้นสุดและถือว่ายังดำเนินอยู่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="110" />
      <source>{} projects match on a secondary sector: their main sector is another (see By main sector).</source>
      <translation>{} โครงการตรงตามสาขารอง: สาขาหลักเป็นสาขาอื่น (ดูจำแนกตามสาขาหลัก)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="121" />
      <source>Commercial</source>
      <translation>เชิงพาณิชย์</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="121" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="40" />
      <source>Grants</source>
      <translation>เงินให้เปล่า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="121" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="40" />
      <source>Loans</source>
      <translation>เงินกู้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="121" />
      <location filename="../smartcity_plugin/layers/placement.py" line="203" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="67" />
      <source>Other</source>
      <translation>อื่น ๆ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="129" />
      <source>no country given</source>
      <translation>ไม่ระบุประเทศ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="132" />
      <source>A regional programme counts in each of its countries, so the rows add up to more than the total.</source>
      <translation>โครงการระดับภูมิภาคนับในทุกประเทศที่เกี่ยวข้อง ผลรวมของแถวจึงมากกว่ายอดรวม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_sections.py" line="135" />
      <location filename="../smartcity_plugin/gui/summary_view.py" line="69" />
      <source>projects</source>
      <translation>โครงการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="70" />
      <source>published</source>
      <translation>มูลค่าที่เปิดเผย</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="81" />
      <source>&lt;b&gt;{} projects&lt;/b&gt; in &lt;b&gt;{} ASCN cities&lt;/b&gt;</source>
      <translation>&lt;b&gt;{} โครงการ&lt;/b&gt; ใน &lt;b&gt;เมือง ASCN {} แห่ง&lt;/b&gt;</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="88" />
      <source>Published amounts: {}</source>
      <translation>มูลค่าที่เปิดเผย: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="88" />
      <location filename="../smartcity_plugin/io/download.py" line="128" />
      <source>none</source>
      <translation>ไม่มี</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/summary_view.py" line="89" />
      <source>{} projects without a published amount</source>
      <translation>{} โครงการไม่เปิดเผยมูลค่า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/gui/widgets.py" line="165" />
      <location filename="../smartcity_plugin/gui/widgets.py" line="177" />
      <location filename="../smartcity_plugin/processing/pick_widget.py" line="33" />
      <source>any</source>
      <translation>ไม่จำกัด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/catalogue.py" line="80" />
      <source>holds no SHA-256 checksum.</source>
      <translation>ไม่มีค่า checksum SHA-256</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/catalogue.py" line="84" />
      <source>the checksum does not match ({} expected, {} received); the catalogue was not changed.</source>
      <translation>ค่า checksum ไม่ตรงกัน (ค่าที่คาดไว้ {} ค่าที่ได้รับ {}) แคตตาล็อกไม่ถูกเปลี่ยนแปลง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/catalogue.py" line="90" />
      <source>not the plugin's catalogue: {}</source>
      <translation>ไม่ใช่แคตตาล็อกของปลั๊กอิน: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="32" />
      <source>Latitude and longitude swapped</source>
      <translation>ละติจูดและลองจิจูดสลับกัน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="33" />
      <source>Point outside its recipient country</source>
      <translation>จุดอยู่นอกประเทศผู้รับ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="34" />
      <source>Point at sea</source>
      <translation>จุดอยู่ในทะเล</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="35" />
      <source>Percentages do not add up to 100</source>
      <translation>ร้อยละรวมไม่เท่ากับ 100</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="36" />
      <source>No source</source>
      <translation>ไม่มีแหล่งที่มา</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="37" />
      <source>Duplicate id</source>
      <translation>รหัสซ้ำ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="38" />
      <source>Date in the future</source>
      <translation>วันที่อยู่ในอนาคต</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="39" />
      <source>Unreadable value</source>
      <translation>ค่าที่อ่านไม่ได้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="40" />
      <source>No id</source>
      <translation>ไม่มีรหัส</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="41" />
      <source>Donor unknown</source>
      <translation>ไม่ทราบผู้ให้ทุน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="42" />
      <source>Negative net commitment</source>
      <translation>ยอดผูกพันสุทธิติดลบ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="43" />
      <source>Refused by the team registry's rules</source>
      <translation>ถูกปฏิเสธโดยกฎของทะเบียนข้อมูลของทีม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="44" />
      <source>Too large: cut</source>
      <translation>ใหญ่เกินไป: ถูกตัด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="64" />
      <source>{} (and {} more of this kind)</source>
      <translation>{} (และอีก {} รายการประเภทเดียวกัน)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="93" />
      <source>the id {} appears more than once.</source>
      <translation>รหัส {} ปรากฏมากกว่าหนึ่งครั้ง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="98" />
      <source>no source title or URL.</source>
      <translation>ไม่มีชื่อแหล่งที่มาหรือ URL</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="133" />
      <source>latitude {:g} is impossible: latitude and longitude are swapped; the problem is shown where the point would be (latitude {:g}, longitude {:g}).</source>
      <translation>ละติจูด {:g} เป็นไปไม่ได้: ละติจูดและลองจิจูดสลับกัน จึงแสดงปัญหาไว้ ณ ตำแหน่งที่จุดควรอยู่ (ละติจูด {:g}, ลองจิจูด {:g})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="136" />
      <source>coordinates {:g}, {:g} are out of range.</source>
      <translation>พิกัด {:g}, {:g} อยู่นอกช่วงที่เป็นไปได้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="141" />
      <source>the point (latitude {:g}, longitude {:g}) lies outside {}; swapped, it lies inside: latitude and longitude are probably swapped.</source>
      <translation>จุด (ละติจูด {:g}, ลองจิจูด {:g}) อยู่นอก {} แต่เมื่อสลับค่าแล้วอยู่ภายใน: ละติจูดและลองจิจูดน่าจะสลับกัน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="155" />
      <source>the point (latitude {:g}, longitude {:g}) is at sea, more than {:g}° from any coast.</source>
      <translation>จุด (ละติจูด {:g}, ลองจิจูด {:g}) อยู่ในทะเล ห่างจากชายฝั่งใด ๆ มากกว่า {:g}°</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="159" />
      <source>no country</source>
      <translation>(ไม่พบประเทศ)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="160" />
      <source>the point (latitude {:g}, longitude {:g}) lies in {}, not in its recipient country {}.</source>
      <translation>จุด (ละติจูด {:g}, ลองจิจูด {:g}) อยู่ใน {} ไม่ได้อยู่ในประเทศผู้รับ {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="194" />
      <source>the source date {} is in the future.</source>
      <translation>วันที่ของแหล่งที่มา {} อยู่ในอนาคต</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="196" />
      <source>the project is {} but starts in {}.</source>
      <translation>โครงการมีสถานะ {} แต่เริ่มในปี {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="198" />
      <source>the start year {} is implausibly far ahead.</source>
      <translation>ปีเริ่มต้น {} อยู่ไกลในอนาคตเกินกว่าจะเป็นไปได้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="200" />
      <source>the project is completed but ends in {}.</source>
      <translation>โครงการเสร็จสิ้นแล้วแต่สิ้นสุดในปี {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/checks.py" line="202" />
      <source>the end year {} is implausibly far ahead.</source>
      <translation>ปีสิ้นสุด {} อยู่ไกลในอนาคตเกินกว่าจะเป็นไปได้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="35" />
      <source>no coordinate columns (latitude and longitude, or #geo+lat and #geo+lon) and no country column: the projects could not be placed. Name the columns in a mapping, e.g. latitude=Lat;longitude=Lon.</source>
      <translation>ไม่มีคอลัมน์พิกัด (latitude และ longitude หรือ #geo+lat และ #geo+lon) และไม่มีคอลัมน์ประเทศ: จึงระบุตำแหน่งของโครงการไม่ได้ โปรดระบุชื่อคอลัมน์ในการจับคู่ เช่น latitude=Lat;longitude=Lon</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="39" />
      <source>a latitude column without a longitude column, or the reverse.</source>
      <translation>มีคอลัมน์ละติจูดแต่ไม่มีคอลัมน์ลองจิจูด หรือกลับกัน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="41" />
      <source>no id, title or organisation column: nothing tells the projects apart. Map one, e.g. project_id=ID.</source>
      <translation>ไม่มีคอลัมน์รหัส ชื่อเรื่อง หรือองค์กร: จึงไม่มีสิ่งใดใช้แยกโครงการออกจากกันได้ โปรดจับคู่อย่างน้อยหนึ่งคอลัมน์ เช่น project_id=ID</translation>
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
      <translation>ยกเลิกแล้ว ไม่มีการเขียนข้อมูลใด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="67" />
      <source>the table has headers but no data rows.</source>
      <translation>ตารางมีหัวคอลัมน์แต่ไม่มีแถวข้อมูล</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_import.py" line="80" />
      <source>column {} ignored: another column feeds the same field.</source>
      <translation>ข้ามคอลัมน์ {}: มีคอลัมน์อื่นป้อนข้อมูลให้ฟิลด์เดียวกันแล้ว</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="50" />
      <source>line {}</source>
      <translation>บรรทัด {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="64" />
      <source>Locations from the table {}: {}.</source>
      <translation>ตำแหน่งจากตาราง {}: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="87" />
      <source>{}: recipient country '{}' is not a country code or name.</source>
      <translation>{}: ประเทศผู้รับ '{}' ไม่ใช่รหัสหรือชื่อประเทศ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="96" />
      <source>Status in the source: {}.</source>
      <translation>สถานะในแหล่งที่มา: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="101" />
      <source>Confidence in the source: {}.</source>
      <translation>ความเชื่อมั่นในแหล่งข้อมูล: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="106" />
      <source>Finance type in the source: {}.</source>
      <translation>ประเภทเงินทุนในแหล่งที่มา: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="111" />
      <source>{}: '{}' has no year.</source>
      <translation>{}: '{}' ไม่มีปี</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="119" />
      <source>{}: amount '{}' is not a number.</source>
      <translation>{}: มูลค่า '{}' ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="121" />
      <source>CSV file {}</source>
      <translation>ไฟล์ CSV {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="149" />
      <source>{}: the donor country is unknown ('{}'): no country code, and the plugin's organisation table does not know the donor.</source>
      <translation>{}: ไม่ทราบประเทศผู้ให้ทุน ('{}'): ไม่มีรหัสประเทศ และตารางองค์กรของปลั๊กอินไม่รู้จักผู้ให้ทุนนี้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="153" />
      <source>Donors in the source: {} ({}).</source>
      <translation>ผู้ให้ทุนในแหล่งข้อมูล: {} ({}).</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="171" />
      <source>Sectors without a category in the plugin's crosswalk: {}.</source>
      <translation>สาขาที่ไม่มีหมวดในตารางเทียบสาขาของปลั๊กอิน: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="179" />
      <source>{}: coordinates '{}', '{}' are not numbers.</source>
      <translation>{}: พิกัด '{}', '{}' ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="183" />
      <source>{}: a latitude without a longitude or the reverse.</source>
      <translation>{}: มีละติจูดแต่ไม่มีลองจิจูด หรือกลับกัน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="198" />
      <source>Placed inside the admin-1 unit {} (Natural Earth).</source>
      <translation>วางไว้ภายในเขตปกครองระดับที่ 1 {} (Natural Earth)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="213" />
      <source>{}: precision '{}' is not an AidData code 1-8.</source>
      <translation>{}: ความแม่นยำ '{}' ไม่ใช่รหัส AidData 1-8</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="218" />
      <source>a row with neither an id nor a title; it was not imported.</source>
      <translation>แถวที่ไม่มีทั้งรหัสและชื่อเรื่อง จึงไม่ได้นำเข้า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_records.py" line="227" />
      <source>rows with the id {} have different titles ('{}', '{}').</source>
      <translation>แถวที่มีรหัส {} มีชื่อเรื่องต่างกัน ('{}', '{}')</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="40" />
      <source>column {}</source>
      <translation>คอลัมน์ {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="59" />
      <source>line {}: {}.</source>
      <translation>บรรทัด {}: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="67" />
      <source>line {} is not {} text (byte 0x{:02x}); save the file as UTF-8 or give its encoding.</source>
      <translation>บรรทัด {} ไม่ใช่ข้อความ {} (ไบต์ 0x{:02x}) โปรดบันทึกไฟล์เป็น UTF-8 หรือระบุการเข้ารหัสของไฟล์</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="75" />
      <location filename="../smartcity_plugin/io/store.py" line="56" />
      <location filename="../smartcity_plugin/io/xml_stream.py" line="140" />
      <source>the file does not exist.</source>
      <translation>ไม่มีไฟล์นี้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="77" />
      <location filename="../smartcity_plugin/io/xml_stream.py" line="143" />
      <source>the file is empty.</source>
      <translation>ไฟล์ว่างเปล่า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="85" />
      <source>unknown encoding {}.</source>
      <translation>ไม่รู้จักการเข้ารหัส {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="87" />
      <source>this is not a text file (it holds NUL bytes).</source>
      <translation>ไฟล์นี้ไม่ใช่ไฟล์ข้อความ (มีไบต์ NUL)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="98" />
      <source>not a readable CSV table ({}).</source>
      <translation>ไม่ใช่ตาราง CSV ที่อ่านได้ ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="100" />
      <source>the file holds no rows.</source>
      <translation>ไฟล์ไม่มีแถวข้อมูล</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="169" />
      <source>the mapping names a column '{}' the file does not have (columns: {}).</source>
      <translation>การจับคู่ระบุคอลัมน์ '{}' ซึ่งไม่มีในไฟล์ (คอลัมน์ที่มี: {})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="182" />
      <source>'{}' is not a field=column pair.</source>
      <translation>'{}' ไม่ใช่คู่ ฟิลด์=คอลัมน์</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/csv_source.py" line="184" />
      <source>'{}' is not a field the importer knows (fields: {}).</source>
      <translation>'{}' ไม่ใช่ฟิลด์ที่ตัวนำเข้ารู้จัก (ฟิลด์ที่รู้จัก: {})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="33" />
      <source>{} is plain http, which anyone on the network can change; use an https address, or allow http in the setting {} if you trust the network.</source>
      <translation>{} เป็น http ธรรมดา ซึ่งใครก็ตามบนเครือข่ายสามารถแก้ไขเนื้อหาได้ โปรดใช้ที่อยู่ https หรืออนุญาต http ในการตั้งค่า {} หากคุณเชื่อถือเครือข่ายนั้น</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="36" />
      <source>only https addresses can be downloaded (http when allowed).</source>
      <translation>ดาวน์โหลดได้เฉพาะที่อยู่ https เท่านั้น (http เมื่อได้รับอนุญาต)</translation>
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
      <translation>เขียนไม่ได้ ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="118" />
      <source>the download from {} was cancelled; nothing was changed.</source>
      <translation>การดาวน์โหลดจาก {} ถูกยกเลิก ไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="121" />
      <source>the download from {} is larger than {} MB and was stopped; nothing was changed.</source>
      <translation>การดาวน์โหลดจาก {} มีขนาดใหญ่กว่า {} MB และถูกหยุด ไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="124" />
      <source>the download from {} did not finish within {:g} s and was stopped; nothing was changed.</source>
      <translation>การดาวน์โหลดจาก {} ไม่เสร็จภายใน {:g} วินาทีและถูกหยุด ไม่มีสิ่งใดเปลี่ยนแปลง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="128" />
      <source>HTTP status {}</source>
      <translation>สถานะ HTTP {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="129" />
      <source>download from {} failed ({}); the plugin goes on with the data it has.</source>
      <translation>ดาวน์โหลดจาก {} ไม่สำเร็จ ({}) ปลั๊กอินจะใช้ข้อมูลที่มีอยู่ต่อไป</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/download.py" line="133" />
      <source>the download from {} is incomplete ({} of {} bytes).</source>
      <translation>การดาวน์โหลดจาก {} ไม่สมบูรณ์ (ได้รับ {} จาก {} ไบต์)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="56" />
      <source>{} query ({})</source>
      <translation>คำค้น {} ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="57" />
      <source>IATI activity file {}</source>
      <translation>ไฟล์กิจกรรม IATI {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="62" />
      <source>Fetched from {} on {} UTC: {}.</source>
      <translation>ดึงจาก {} เมื่อ {} UTC: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="63" />
      <source>Imported from the IATI file {} on {}.</source>
      <translation>นำเข้าจากไฟล์ IATI {} เมื่อ {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="80" />
      <source>{}: {} of {} have no percentage.</source>
      <translation>{}: {} จาก {} รายการไม่มีค่าร้อยละ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="82" />
      <source>{}: the percentages add up to {:g}, not 100.</source>
      <translation>{}: ร้อยละรวมได้ {:g} ไม่ใช่ 100</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="135" />
      <source>accountable</source>
      <translation>ผู้รับผิดชอบ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="135" />
      <source>extending</source>
      <translation>ผู้ส่งต่อทุน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="135" />
      <source>funding</source>
      <translation>ผู้ให้ทุน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="135" />
      <source>implementing</source>
      <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="136" />
      <source>actual start</source>
      <translation>เริ่มจริง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="136" />
      <source>planned end</source>
      <translation>กำหนดสิ้นสุด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="136" />
      <source>planned start</source>
      <translation>กำหนดเริ่ม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="137" />
      <source>actual end</source>
      <translation>สิ้นสุดจริง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="179" />
      <source>the activity at line {} has no iati-identifier; it was not imported.</source>
      <translation>กิจกรรมที่บรรทัด {} ไม่มี iati-identifier จึงไม่ได้นำเข้า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="204" />
      <source>IATI last updated {}.</source>
      <translation>IATI ปรับปรุงล่าสุด {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="279" />
      <source>no funding organisation, and {} reports for others</source>
      <translation>ไม่มีองค์กรผู้ให้ทุน และ {} รายงานแทนผู้อื่น</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="281" />
      <source>no funding organisation, and the reporting organisation {} is not known</source>
      <translation>ไม่มีองค์กรผู้ให้ทุน และไม่รู้จักองค์กรผู้รายงาน {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="283" />
      <source>the donor country is unknown: {}. Neither the identifiers nor the plugin's organisation table name a country.</source>
      <translation>ไม่ทราบประเทศผู้ให้ทุน: {} ทั้งรหัสระบุและตารางองค์กรของปลั๊กอินไม่ได้ระบุประเทศ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="295" />
      <source>IATI participating organisations: {}.</source>
      <translation>องค์กรที่มีส่วนร่วมตาม IATI: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="297" />
      <source>IATI reporting organisation: {}.</source>
      <translation>องค์กรผู้รายงาน IATI: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="307" />
      <source>IATI activity status {} ({}).</source>
      <translation>สถานะกิจกรรม IATI {} ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="318" />
      <source>the date '{}' has no year; it was not used.</source>
      <translation>วันที่ '{}' ไม่มีปี จึงไม่ได้ใช้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="324" />
      <source>IATI dates: {}.</source>
      <translation>วันที่ตาม IATI: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="339" />
      <source>recipient countries and regions</source>
      <translation>ประเทศและภูมิภาคผู้รับ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="373" />
      <location filename="../smartcity_plugin/io/iati_activity.py" line="399" />
      <source>vocabulary</source>
      <translation>ชุดรหัส</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="374" />
      <source>IATI sectors given per transaction, weighted by transaction value.</source>
      <translation>ภาคส่วน IATI ระบุรายธุรกรรม ถ่วงน้ำหนักตามมูลค่าธุรกรรม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="381" />
      <source>IATI sectors without a category in the plugin's crosswalk: {}.</source>
      <translation>สาขา IATI ที่ไม่มีหมวดในตารางเทียบสาขาของปลั๊กอิน: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="395" />
      <source>sectors of vocabulary {}</source>
      <translation>สาขาตามชุดรหัส {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="408" />
      <source>the net commitment is negative ({} {:,.2f}: de-obligations exceed commitments); it is not used as the amount.</source>
      <translation>ยอดผูกพันสุทธิติดลบ ({} {:,.2f}: ยอดยกเลิกผูกพันเกินยอดผูกพัน) จึงไม่ใช้เป็นจำนวนเงิน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="440" />
      <source>extension field {} = '{}' is not a number.</source>
      <translation>ฟิลด์ส่วนขยาย {} = '{}' ไม่ใช่ตัวเลข</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="455" />
      <source>Finance type unknown: IATI finance type {}.</source>
      <translation>ไม่ทราบประเภทเงินทุน: ประเภทเงินทุน IATI {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_activity.py" line="455" />
      <source>not given</source>
      <translation>ไม่ได้ระบุ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_export.py" line="55" />
      <source>Smart City Cooperation Map (compiled from the sources cited)</source>
      <translation>แผนที่ความร่วมมือเมืองอัจฉริยะ (รวบรวมจากแหล่งที่อ้างอิง)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_export.py" line="147" />
      <source>writing failed ({}).</source>
      <translation>การเขียนไม่สำเร็จ ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="73" />
      <source>no subscription key: choose the QGIS authentication configuration that holds your IATI Datastore key (a free key from developer.iatistandard.org).</source>
      <translation>ไม่มีคีย์สมาชิก: เลือกการตั้งค่าการยืนยันตัวตนของ QGIS ที่เก็บคีย์ IATI Datastore ของคุณ (คีย์ฟรีจาก developer.iatistandard.org)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="83" />
      <source>the authentication configuration {} holds no key: give it the header Ocp-Apim-Subscription-Key, or the key as the password of a Basic configuration.</source>
      <translation>การตั้งค่าการยืนยันตัวตน {} ไม่มีคีย์: เพิ่มส่วนหัว Ocp-Apim-Subscription-Key หรือใส่คีย์เป็นรหัสผ่านของการตั้งค่าแบบ Basic</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="98" />
      <source>the key would travel unencrypted to {}: use an https address (plain http only to this computer).</source>
      <translation>คีย์จะถูกส่งไปยัง {} โดยไม่เข้ารหัส: ใช้ที่อยู่ https (http ธรรมดาได้เฉพาะไปยังคอมพิวเตอร์เครื่องนี้)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="117" />
      <source>{} Tried {} times; the data was not changed. {}</source>
      <translation>{} ลองแล้ว {} ครั้ง ข้อมูลไม่มีการเปลี่ยนแปลง {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="121" />
      <source>{}: {} Trying again in {:g} s ({} of {}).</source>
      <translation>{}: {} จะลองอีกครั้งใน {:g} วินาที ({} จาก {})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="163" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="226" />
      <source>page {}</source>
      <translation>หน้า {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="170" />
      <source>the service limits the number of requests and asks to wait {} s before {}; the data was not changed. Try again later, or ask for fewer activities.</source>
      <translation>บริการจำกัดจำนวนคำขอและขอให้รอ {} วินาทีก่อน {} ข้อมูลไม่มีการเปลี่ยนแปลง ลองใหม่ภายหลัง หรือขอกิจกรรมให้น้อยลง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="173" />
      <source>the service limits the number of requests (HTTP 429, {}).</source>
      <translation>บริการจำกัดจำนวนคำขอ (HTTP 429, {})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="174" />
      <source>Try again in a few minutes.</source>
      <translation>ลองใหม่ในอีกไม่กี่นาที</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="176" />
      <source>Check the key in your authentication configuration (a free key from developer.iatistandard.org).</source>
      <translation>ตรวจสอบคีย์ในการตั้งค่าการยืนยันตัวตนของคุณ (คีย์ฟรีจาก developer.iatistandard.org)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="178" />
      <source>The service refused the request; check the address.</source>
      <translation>บริการปฏิเสธคำขอ ตรวจสอบที่อยู่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="179" />
      <source>the service refused the request for {} (HTTP {}): the key is missing, wrong or expired; the data was not changed. {}</source>
      <translation>บริการปฏิเสธคำขอสำหรับ {} (HTTP {}): คีย์หายไป ผิด หรือหมดอายุ ข้อมูลไม่มีการเปลี่ยนแปลง {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="183" />
      <source>the service refused the request for {} (HTTP {}); the data was not changed. {}</source>
      <translation>บริการปฏิเสธคำขอสำหรับ {} (HTTP {}) ข้อมูลไม่มีการเปลี่ยนแปลง {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="186" />
      <source>the service had a server error (HTTP {}, {}).</source>
      <translation>บริการเกิดข้อผิดพลาดของเซิร์ฟเวอร์ (HTTP {}, {})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="187" />
      <source>The service has a problem; try again later.</source>
      <translation>บริการมีปัญหา ลองใหม่ภายหลัง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="189" />
      <source>the service did not accept the query for {} (HTTP {}); the data was not changed. Check the service's address ({}) and the filters.</source>
      <translation>บริการไม่รับคำค้นสำหรับ {} (HTTP {}) ข้อมูลไม่มีการเปลี่ยนแปลง ตรวจสอบที่อยู่ของบริการ ({}) และตัวกรอง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="193" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="199" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="223" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="237" />
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="245" />
      <source>Try again later.</source>
      <translation>ลองใหม่ภายหลัง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="193" />
      <source>the answer for {} was cut off.</source>
      <translation>คำตอบสำหรับ {} ถูกตัดขาด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="197" />
      <source>the answer for {} was cut off ({} of {} bytes).</source>
      <translation>คำตอบสำหรับ {} ถูกตัดขาด ({} จาก {} ไบต์)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="201" />
      <source>the answer for {} is larger than {} MB; the data was not changed. Check the service's address.</source>
      <translation>คำตอบสำหรับ {} ใหญ่กว่า {} MB ข้อมูลไม่มีการเปลี่ยนแปลง ตรวจสอบที่อยู่ของบริการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="211" />
      <source>the service did not answer in time ({}).</source>
      <translation>บริการไม่ตอบภายในเวลา ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="212" />
      <source>The service may be busy: try again later, or raise the network timeout in QGIS's options (Network).</source>
      <translation>บริการอาจไม่ว่าง: ลองใหม่ภายหลัง หรือเพิ่มระยะหมดเวลาเครือข่ายในตัวเลือกของ QGIS (เครือข่าย)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="218" />
      <source>the service cannot be reached at {} ({}); the data was not changed. Check the internet connection and QGIS's proxy settings (Options, Network), then try again.</source>
      <translation>ไม่สามารถติดต่อบริการที่ {} ({}) ข้อมูลไม่มีการเปลี่ยนแปลง ตรวจสอบการเชื่อมต่ออินเทอร์เน็ตและการตั้งค่าพร็อกซีของ QGIS (ตัวเลือก, เครือข่าย) แล้วลองอีกครั้ง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="222" />
      <source>the request for {} failed ({}).</source>
      <translation>คำขอสำหรับ {} ล้มเหลว ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="236" />
      <source>the answer for {} is not a search result (cut off?).</source>
      <translation>คำตอบสำหรับ {} ไม่ใช่ผลการค้นหา (ถูกตัดขาด?)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="244" />
      <source>the answer for {}: {}</source>
      <translation>คำตอบสำหรับ {}: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="282" />
      <source>no answer</source>
      <translation>ไม่มีคำตอบ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="337" />
      <source>{} sent page {} again; the fetch stops there.</source>
      <translation>{} ส่งหน้า {} ซ้ำ การดึงข้อมูลหยุดที่นั่น</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="340" />
      <source>more than {} pages; the data was not changed. Narrow the query.</source>
      <translation>มากกว่า {} หน้า ข้อมูลไม่มีการเปลี่ยนแปลง จำกัดคำค้นให้แคบลง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="373" />
      <source>Fetching from {}: {}</source>
      <translation>กำลังดึงจาก {}: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_fetch.py" line="378" />
      <source>{}: {} pages, {} activities, {} repeats dropped.</source>
      <translation>{}: {} หน้า, {} กิจกรรม, ตัดรายการซ้ำ {} รายการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_location.py" line="88" />
      <source>admin {} level {}</source>
      <translation>เขตปกครอง {} ระดับ {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_location.py" line="98" />
      <source>location position '{}' is not two numbers (latitude longitude).</source>
      <translation>ตำแหน่ง '{}' ไม่ใช่ตัวเลขสองค่า (ละติจูด ลองจิจูด)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_location.py" line="102" />
      <source>location coordinates are not numbers.</source>
      <translation>พิกัดตำแหน่งไม่ใช่ตัวเลข</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_location.py" line="108" />
      <source>unnamed location</source>
      <translation>ตำแหน่งที่ไม่มีชื่อ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="61" />
      <source>IATI totals per currency (not converted): {}.</source>
      <translation>ยอดรวม IATI แยกตามสกุลเงิน (ไม่แปลงค่า): {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="64" />
      <source>amount_usd is the sum of the {} in USD.</source>
      <translation>amount_usd คือผลรวมของ {} ที่เป็น USD</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="66" />
      <source>amount_usd is empty: the {} are not all in USD and no exchange rate is applied.</source>
      <translation>amount_usd ว่าง: {} ไม่ได้เป็น USD ทั้งหมด และไม่มีการใช้อัตราแลกเปลี่ยน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="81" />
      <source>A {} value '{}' is not a number and was left out.</source>
      <translation>ค่า {} '{}' ไม่ใช่ตัวเลขจึงไม่นำมารวม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_money.py" line="84" />
      <source>A {} value '{}' is beyond any project's size and was left out.</source>
      <translation>ค่า {} '{}' เกินขนาดของโครงการใด ๆ จึงถูกละไว้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_recipients.py" line="35" />
      <source>IATI recipients: {}.</source>
      <translation>ผู้รับตาม IATI: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_recipients.py" line="37" />
      <source>Given per transaction; shares from the transaction values.</source>
      <translation>ระบุรายธุรกรรม สัดส่วนคำนวณจากมูลค่าธุรกรรม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_recipients.py" line="82" />
      <source>{} (a region code, not a country)</source>
      <translation>{} (รหัสภูมิภาค ไม่ใช่ประเทศ)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/iati_recipients.py" line="83" />
      <location filename="../smartcity_plugin/io/iati_recipients.py" line="104" />
      <source>region {}</source>
      <translation>ภูมิภาค {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="61" />
      <source>{}: {} records read into {}: {} added, {} updated, {} skipped. Locations: {} with coordinates, {} placed at their recipient country, {} without location.</source>
      <translation>{}: อ่าน {} ระเบียนเข้าสู่ {}: เพิ่ม {}, ปรับปรุง {}, ข้าม {} ตำแหน่งที่ตั้ง: มีพิกัด {}, วางไว้ที่ประเทศผู้รับ {}, ไม่มีตำแหน่ง {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="67" />
      <source>{} problems: {}.</source>
      <translation>ปัญหา {} รายการ: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="70" />
      <source>No problems found.</source>
      <translation>ไม่พบปัญหา</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="72" />
      <source>Columns not used: {}.</source>
      <translation>คอลัมน์ที่ไม่ได้ใช้: {}.</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="90" />
      <source>{} locations; the first {} were kept.</source>
      <translation>{} ตำแหน่ง เก็บไว้ {} ตำแหน่งแรก</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="96" />
      <source>{} holds {} characters; it was cut to {}.</source>
      <translation>{} มี {} อักขระ ถูกตัดเหลือ {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="110" />
      <source>No coordinates in the source: placed inside {} at the country's centre (Natural Earth), precision 6 (country).</source>
      <translation>แหล่งที่มาไม่มีพิกัด: วางไว้ภายใน {} ที่จุดกึ่งกลางประเทศ (Natural Earth) ความแม่นยำระดับ 6 (ประเทศ)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="116" />
      <source>No coordinates in the source; no geometry.</source>
      <translation>แหล่งที่มาไม่มีพิกัด จึงไม่มีรูปเรขาคณิต</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="165" />
      <source>locations for {}, which is not among the projects; skipped.</source>
      <translation>ตำแหน่งของ {} ซึ่งไม่อยู่ในรายการโครงการ จึงข้ามไป</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/importer.py" line="186" />
      <source>not imported: {}</source>
      <translation>ไม่ได้นำเข้า: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/layer_rows.py" line="36" />
      <source>cancelled; the earlier file is unchanged.</source>
      <translation>ยกเลิกแล้ว ไฟล์เดิมไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/connection.py" line="37" />
      <source>There is no saved PostgreSQL connection named "{}". Create it in Data Source Manager ▸ PostgreSQL, or choose another.</source>
      <translation>ไม่มีการเชื่อมต่อ PostgreSQL ที่บันทึกไว้ชื่อ "{}" โปรดสร้างการเชื่อมต่อนี้ใน ตัวจัดการแหล่งข้อมูล ▸ PostgreSQL (Data Source Manager ▸ PostgreSQL) หรือเลือกการเชื่อมต่ออื่น</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/connection.py" line="41" />
      <source>The connection "{}" keeps its password in plain text in the QGIS settings, where it would also end up in projects. Edit the connection and store the user name and password in an authentication configuration instead (Authentication ▸ Configurations).</source>
      <translation>การเชื่อมต่อ "{}" เก็บรหัสผ่านเป็นข้อความธรรมดาไว้ในการตั้งค่าของ QGIS ซึ่งรหัสผ่านจะถูกบันทึกลงในไฟล์โปรเจกต์ QGIS ด้วย โปรดแก้ไขการเชื่อมต่อและเก็บชื่อผู้ใช้และรหัสผ่านไว้ในการกำหนดค่าการยืนยันตัวตนแทน (การยืนยันตัวตน ▸ การกำหนดค่า / Authentication ▸ Configurations)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/connection.py" line="61" />
      <source>service {}</source>
      <translation>บริการ {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/connection.py" line="71" />
      <source>The Python module psycopg2 is missing from this QGIS; the team registry needs it ({}).</source>
      <translation>QGIS นี้ไม่มีโมดูล Python psycopg2 ซึ่งทะเบียนข้อมูลของทีมจำเป็นต้องใช้ ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/connection.py" line="78" />
      <source>Could not connect to {}: {}</source>
      <translation>เชื่อมต่อกับ {} ไม่ได้: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/publish.py" line="100" />
      <source>Publishing to {} failed; the database was left as it was. {}</source>
      <translation>การเผยแพร่ไปยัง {} ไม่สำเร็จ ฐานข้อมูลยังคงเหมือนเดิม {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/publish.py" line="118" />
      <source>{} has no PostGIS: ask its administrator to run CREATE EXTENSION postgis; then publish again.</source>
      <translation>{} ไม่มี PostGIS: โปรดขอให้ผู้ดูแลระบบฐานข้อมูลเรียกใช้ CREATE EXTENSION postgis; แล้วเผยแพร่อีกครั้ง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/publish.py" line="128" />
      <source>{} already holds a team registry (schema {}). Publish with "Replace the registry": the current one is kept as a schema smartcity_replaced_… with its edits and audit log.</source>
      <translation>{} มีทะเบียนข้อมูลของทีมอยู่แล้ว (สคีมา {}) โปรดเผยแพร่โดยเลือก "แทนที่ทะเบียนข้อมูล" ทะเบียนข้อมูลปัจจุบันจะถูกเก็บไว้เป็นสคีมา smartcity_replaced_… พร้อมการแก้ไขและบันทึกการตรวจสอบ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/publish.py" line="216" />
      <source>Publishing was cancelled; the database was left as it was.</source>
      <translation>ยกเลิกการเผยแพร่แล้ว ฐานข้อมูลยังคงเหมือนเดิม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/publish.py" line="234" />
      <source>Projects name sector codes the sectors table does not have: {}. Nothing was published.</source>
      <translation>มีโครงการที่ระบุรหัสสาขาซึ่งไม่มีอยู่ในตาราง sectors: {} ไม่มีการเผยแพร่ข้อมูลใด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="61" />
      <source>there is no role {} to own the registry</source>
      <translation>ไม่มีบทบาท {} ที่จะเป็นเจ้าของทะเบียน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="63" />
      <source>the role {} may log in or is a superuser</source>
      <translation>บทบาท {} เข้าสู่ระบบได้หรือเป็นผู้ใช้ระดับสูงสุด (superuser)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="75" />
      <source>{} belongs to {}, not to {}</source>
      <translation>{} เป็นของ {} ไม่ใช่ของ {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="77" />
      <source>{} does not fix its search_path to pg_catalog, pg_temp</source>
      <translation>{} ไม่ได้กำหนด search_path เป็น pg_catalog, pg_temp</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="79" />
      <source>{} may be called by every role (PUBLIC)</source>
      <translation>{} ถูกเรียกใช้ได้โดยทุกบทบาท (PUBLIC)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="81" />
      <source>{} runs with the rights of {}</source>
      <translation>{} ทำงานด้วยสิทธิ์ของ {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="92" />
      <source>{} is of format {} (conflicts and fids unchecked); format {} is needed</source>
      <translation>{} เป็นรูปแบบ {} (ไม่ตรวจสอบความขัดแย้งและ fid) ต้องใช้รูปแบบ {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="134" />
      <source>The registry must belong to the role {0}, which your database role cannot create or act as. Ask the database's administrator to run: CREATE ROLE {0} NOLOGIN; GRANT {0} TO &lt;your role&gt;; then try again.</source>
      <translation>ทะเบียนต้องเป็นของบทบาท {0} ซึ่งบทบาทฐานข้อมูลของคุณสร้างหรือทำงานในนามไม่ได้ ขอให้ผู้ดูแลฐานข้อมูลเรียกใช้: CREATE ROLE {0} NOLOGIN; GRANT {0} TO &lt;your role&gt;; แล้วลองอีกครั้ง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="239" />
      <source>{} holds no team registry to upgrade.</source>
      <translation>{} ไม่มีทะเบียนของทีมให้ปรับรุ่น</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/secure.py" line="243" />
      <location filename="../smartcity_plugin/io/registry/secure.py" line="253" />
      <source>Upgrading the team registry in {} failed; nothing was changed. {} (Run the upgrade as the role that published the registry, or as a superuser.)</source>
      <translation>การปรับรุ่นทะเบียนของทีมใน {} ล้มเหลว ไม่มีสิ่งใดถูกเปลี่ยน {} (เรียกใช้การปรับรุ่นด้วยบทบาทที่เผยแพร่ทะเบียน หรือด้วย superuser)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="30" />
      <source>Your database role may not read the team registry in {}: ask its administrator for the role smartcity_reader ({}).</source>
      <translation>บทบาทฐานข้อมูลของคุณไม่มีสิทธิ์อ่านทะเบียนข้อมูลของทีมใน {} โปรดขอบทบาท smartcity_reader จากผู้ดูแลระบบฐานข้อมูล ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="33" />
      <source>The team registry in {} could not be read: {}</source>
      <translation>อ่านทะเบียนข้อมูลของทีมใน {} ไม่ได้: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="43" />
      <source>{} holds no team registry (schema smartcity) that your role may read. Publish one first (menu Smart City Cooperation ▸ Publish to the team registry), or ask its administrator for the role smartcity_reader.</source>
      <translation>{} ไม่มีทะเบียนข้อมูลของทีม (สคีมา smartcity) ที่บทบาทของคุณอ่านได้ โปรดเผยแพร่ทะเบียนข้อมูลก่อน (เมนู ความร่วมมือเมืองอัจฉริยะ ▸ เผยแพร่ไปยังทะเบียนข้อมูลของทีม) หรือขอบทบาท smartcity_reader จากผู้ดูแลระบบฐานข้อมูล</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="50" />
      <source>Your database role {} may not read the team registry in {}: ask its administrator for the role smartcity_reader.</source>
      <translation>บทบาทฐานข้อมูล {} ของคุณไม่มีสิทธิ์อ่านทะเบียนข้อมูลของทีมใน {} โปรดขอบทบาท smartcity_reader จากผู้ดูแลระบบฐานข้อมูล</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="62" />
      <source>The team registry in {} was published by an earlier version of the plugin and is not safe to use, so the plugin does not open it: {}. Its administrator (the role that published it, or a superuser) must run Smart City Cooperation ▸ Upgrade the team registry… (Processing: smartcity:upgraderegistry) with this connection once; data, versions and audit log stay as they are.</source>
      <translation>ทะเบียนของทีมใน {} เผยแพร่ด้วยปลั๊กอินรุ่นก่อนและไม่ปลอดภัยที่จะใช้ ปลั๊กอินจึงไม่เปิด: {} ผู้ดูแล (บทบาทที่เผยแพร่ หรือ superuser) ต้องเรียกใช้ Smart City Cooperation ▸ Upgrade the team registry… (Processing: smartcity:upgraderegistry) กับการเชื่อมต่อนี้หนึ่งครั้ง ข้อมูล รุ่น และบันทึกการตรวจสอบยังคงเดิม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="92" />
      <source>the connection "{}"</source>
      <translation>การเชื่อมต่อ "{}"</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/status.py" line="95" />
      <source>The team registry of the connection "{}" could not be checked: {}</source>
      <translation>ตรวจสอบทะเบียนของทีมของการเชื่อมต่อ "{}" ไม่ได้: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/store.py" line="66" />
      <source>{}: the projects could not be read ({}).</source>
      <translation>{}: อ่านโครงการไม่ได้ ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/store.py" line="119" />
      <source>{}: your database role may not change the projects ({}). Ask the registry's administrator for the role smartcity_editor.</source>
      <translation>{}: บทบาทฐานข้อมูลของคุณไม่มีสิทธิ์เปลี่ยนแปลงโครงการ ({}) โปรดขอบทบาท smartcity_editor จากผู้ดูแลทะเบียนข้อมูล</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/store.py" line="137" />
      <source>{}: the connection to the database was lost during the import ({}); nothing was saved. Check the network and the server, then import again.</source>
      <translation>{}: การเชื่อมต่อกับฐานข้อมูลขาดหายระหว่างการนำเข้า ({}) ไม่มีสิ่งใดถูกบันทึก โปรดตรวจสอบเครือข่ายและเซิร์ฟเวอร์ แล้วนำเข้าอีกครั้ง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/store.py" line="140" />
      <source>{}: the import failed ({}); nothing was saved.</source>
      <translation>{}: การนำเข้าล้มเหลว ({}) ไม่มีสิ่งใดถูกบันทึก</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/store.py" line="152" />
      <source>{}: the import could not be saved ({}); the registry is unchanged.</source>
      <translation>{}: บันทึกการนำเข้าไม่ได้ ({}) ทะเบียนข้อมูลไม่มีการเปลี่ยนแปลง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="70" />
      <location filename="../smartcity_plugin/io/store.py" line="69" />
      <source>this GeoPackage is not the plugin's data: it has no layer {}.</source>
      <translation>GeoPackage นี้ไม่ใช่ข้อมูลของปลั๊กอิน: ไม่มีชั้นข้อมูล {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="108" />
      <source>the table {} could not be read ({}).</source>
      <translation>อ่านตาราง {} ไม่ได้ ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="122" />
      <source>a geometry is not in GeoPackage format.</source>
      <translation>มีรูปเรขาคณิตที่ไม่อยู่ในรูปแบบ GeoPackage</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="136" />
      <location filename="../smartcity_plugin/io/store.py" line="66" />
      <source>this is not a GeoPackage.</source>
      <translation>ไฟล์นี้ไม่ใช่ GeoPackage</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="147" />
      <source>the layer {} has a coordinate reference system without an EPSG code.</source>
      <translation>ชั้นข้อมูล {} มีระบบพิกัดอ้างอิงที่ไม่มีรหัส EPSG</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/registry/tables.py" line="166" />
      <source>its indexes could not be read ({}).</source>
      <translation>อ่านดัชนีของไฟล์นี้ไม่ได้ ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="45" />
      <source>{} failed: {}</source>
      <translation>{} ไม่สำเร็จ: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="58" />
      <source>the file cannot be read (no permission).</source>
      <translation>ไม่สามารถอ่านไฟล์ได้ (ไม่มีสิทธิ์)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="75" />
      <source>its projects layer lacks the fields {}.</source>
      <translation>ชั้นข้อมูลโครงการไม่มีฟิลด์ {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="83" />
      <source>cannot be read ({}).</source>
      <translation>อ่านไม่ได้ ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="93" />
      <source>the copy of {} failed ({}).</source>
      <translation>การคัดลอก {} ไม่สำเร็จ ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="130" />
      <source>another program is writing to this GeoPackage (open here as the layers {}); save or close their edits and try again. The file is unchanged.</source>
      <translation>โปรแกรมอื่นกำลังเขียน GeoPackage นี้ (เปิดอยู่ที่นี่เป็นชั้นข้อมูล {}) โปรดบันทึกหรือปิดการแก้ไขแล้วลองอีกครั้ง ไฟล์ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="132" />
      <source>another program is writing to this GeoPackage; let it finish or close it, and try again. The file is unchanged.</source>
      <translation>โปรแกรมอื่นกำลังเขียน GeoPackage นี้ โปรดรอให้เสร็จหรือปิดโปรแกรมนั้นแล้วลองอีกครั้ง ไฟล์ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="144" />
      <source>cannot be opened for writing ({}).</source>
      <translation>ไม่สามารถเปิดเพื่อเขียนได้ ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="161" />
      <source>the layers {} have unsaved edits in this GeoPackage; save or discard them and import again. The file is unchanged.</source>
      <translation>ชั้นข้อมูล {} มีการแก้ไขที่ยังไม่ได้บันทึกใน GeoPackage นี้ โปรดบันทึกหรือยกเลิกแล้วนำเข้าอีกครั้ง ไฟล์ไม่เปลี่ยนแปลง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="198" />
      <source>this is the plugin's bundled data, which is never changed; choose a GeoPackage of your own.</source>
      <translation>นี่คือข้อมูลที่มาพร้อมปลั๊กอินซึ่งจะไม่ถูกแก้ไข โปรดเลือก GeoPackage ของคุณเอง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="201" />
      <source>the planner's data must be a .gpkg file.</source>
      <translation>ข้อมูลของผู้ใช้ต้องเป็นไฟล์ .gpkg</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="210" />
      <source>the file is read-only; nothing was written.</source>
      <translation>ไฟล์เป็นแบบอ่านอย่างเดียว ไม่มีสิ่งใดถูกเขียน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="214" />
      <source>opening</source>
      <translation>กำลังเปิด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="252" />
      <source>the folder {} cannot be created ({}).</source>
      <translation>ไม่สามารถสร้างโฟลเดอร์ {} ได้ ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="255" />
      <source>the folder {} is read-only; choose another place.</source>
      <translation>โฟลเดอร์ {} เป็นแบบอ่านอย่างเดียว โปรดเลือกที่อื่น</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="319" />
      <location filename="../smartcity_plugin/io/store.py" line="343" />
      <source>writing {}</source>
      <translation>การเขียน {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="355" />
      <source>writing the import log</source>
      <translation>การเขียนบันทึกการนำเข้า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/store.py" line="366" />
      <source>saving</source>
      <translation>การบันทึก</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/target_sectors.py" line="32" />
      <source>the file has no sectors table.</source>
      <translation>ไฟล์ไม่มีตาราง sectors</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/target_sectors.py" line="36" />
      <location filename="../smartcity_plugin/layers/data_sources.py" line="165" />
      <source>the sectors could not be read ({}).</source>
      <translation>อ่านภาคส่วนไม่ได้ ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/value_rules.py" line="74" />
      <source>amount '{}' is not a project's size (negative, or more than US$ 1 trillion); it was left empty.</source>
      <translation>จำนวนเงิน '{}' ไม่ใช่ขนาดของโครงการ (ติดลบ หรือมากกว่า 1 ล้านล้านดอลลาร์สหรัฐ) จึงเว้นว่างไว้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/value_rules.py" line="80" />
      <source>{} {} is not a plausible year; it was left empty.</source>
      <translation>{} {} ไม่ใช่ปีที่เป็นไปได้ จึงเว้นว่างไว้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/value_rules.py" line="91" />
      <source>control characters removed from {}.</source>
      <translation>ลบอักขระควบคุมออกจาก {} แล้ว</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/value_rules.py" line="94" />
      <source>{} locations with impossible coordinates were left out.</source>
      <translation>ละตำแหน่ง {} แห่งที่มีพิกัดเป็นไปไม่ได้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/value_rules.py" line="119" />
      <source>the date '{}' is not a real date; only its year is used.</source>
      <translation>วันที่ '{}' ไม่ใช่วันที่จริง ใช้เฉพาะปี</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_guard.py" line="62" />
      <source>line {}: an element with more than {} attributes; no IATI file has one, so the file is not read.</source>
      <translation>บรรทัด {}: องค์ประกอบที่มีแอตทริบิวต์มากกว่า {} รายการ ไม่มีไฟล์ IATI ใดเป็นเช่นนั้น จึงไม่อ่านไฟล์</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_guard.py" line="93" />
      <source>line {}: one element, comment or section of more than {} MB; the file is not read.</source>
      <translation>บรรทัด {}: องค์ประกอบ ความคิดเห็น หรือส่วนที่ใหญ่กว่า {} MB ไม่อ่านไฟล์</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_guard.py" line="97" />
      <source>the text of &lt;{}&gt; at line {} is longer than {} MB; it was cut.</source>
      <translation>ข้อความของ &lt;{}&gt; ที่บรรทัด {} ยาวกว่า {} MB จึงถูกตัด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="104" />
      <source>the file declares a DTD, which IATI files never do; it is not read, for safety.</source>
      <translation>ไฟล์นี้ประกาศ DTD ซึ่งไฟล์ IATI ไม่เคยมี จึงไม่อ่านไฟล์นี้เพื่อความปลอดภัย</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="136" />
      <source>the answer is empty.</source>
      <translation>คำตอบว่างเปล่า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="147" />
      <source>the file cannot be opened ({}).</source>
      <translation>เปิดไฟล์ไม่ได้ ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="186" />
      <source>the file's encoding cannot be read ({}); save the file as UTF-8.</source>
      <translation>ไม่สามารถอ่านการเข้ารหัสของไฟล์ได้ ({}) โปรดบันทึกไฟล์เป็น UTF-8</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="213" />
      <source>the file's root element is &lt;{}&gt;, not &lt;{}&gt;.</source>
      <translation>อิลิเมนต์รากของไฟล์คือ &lt;{}&gt; ไม่ใช่ &lt;{}&gt;</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="245" />
      <source>the file holds no XML element.</source>
      <translation>ไฟล์ไม่มีอิลิเมนต์ XML</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="246" />
      <source>the XML ends too early at line {}, column {} (a truncated or incomplete file?).</source>
      <translation>XML จบก่อนกำหนดที่บรรทัด {} คอลัมน์ {} (ไฟล์ถูกตัดทอนหรือไม่สมบูรณ์หรือไม่)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="249" />
      <location filename="../smartcity_plugin/io/xml_stream.py" line="276" />
      <source>the text at line {}, column {} is not in the file's declared encoding (UTF-8 unless the file says otherwise); save the file as UTF-8.</source>
      <translation>ข้อความที่บรรทัด {} คอลัมน์ {} ไม่ตรงกับการเข้ารหัสที่ไฟล์ประกาศไว้ (UTF-8 หากไฟล์ไม่ได้ระบุเป็นอย่างอื่น) โปรดบันทึกไฟล์เป็น UTF-8</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="252" />
      <source>malformed XML at line {}, column {}: {}.</source>
      <translation>XML ผิดรูปแบบที่บรรทัด {} คอลัมน์ {}: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/io/xml_stream.py" line="324" />
      <source>more than {} elements in one record; the rest of it was left out.</source>
      <translation>มีองค์ประกอบมากกว่า {} รายการในระเบียนเดียว ส่วนที่เหลือถูกละไว้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/city_labels.py" line="50" />
      <source>Label distance (mm)</source>
      <translation>ระยะห่างป้ายชื่อ (มม.)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/city_labels.py" line="52" />
      <source>Label positions</source>
      <translation>ตำแหน่งป้ายชื่อ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/city_labels.py" line="54" />
      <source>Label leader</source>
      <translation>เส้นโยงป้ายชื่อ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="86" />
      <source>The plugin could not check your edits of {} ({}); the registry still refuses changes made on an older version.</source>
      <translation>ปลั๊กอินตรวจสอบการแก้ไขของคุณใน {} ไม่ได้ ({}) ทะเบียนข้อมูลยังคงปฏิเสธการเปลี่ยนแปลงที่ทำบนเวอร์ชันที่เก่ากว่า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="122" />
      <source>You deleted {}, which {} changed at {} after you began editing. The deleted record, with that change, is kept in the registry's audit log.</source>
      <translation>คุณได้ลบ {} ซึ่ง {} ได้แก้ไขเมื่อ {} หลังจากที่คุณเริ่มแก้ไข ระเบียนที่ถูกลบพร้อมการเปลี่ยนแปลงนั้นจะถูกเก็บไว้ในบันทึกการตรวจสอบของทะเบียนข้อมูล</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="145" />
      <source>It is filed in the registry's audit log (entry {}).</source>
      <translation>เวอร์ชันนี้ถูกบันทึกไว้ในบันทึกการตรวจสอบของทะเบียนข้อมูลแล้ว (รายการที่ {})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="154" />
      <source>Not saved: {} was deleted from the registry after you began editing it; your change to it cannot be saved. {} The deleted record is in the audit log too.</source>
      <translation>ไม่ได้บันทึก: {} ถูกลบออกจากทะเบียนข้อมูลหลังจากที่คุณเริ่มแก้ไข จึงบันทึกการเปลี่ยนแปลงของคุณไม่ได้ {} ระเบียนที่ถูกลบก็อยู่ในบันทึกการตรวจสอบด้วย</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="157" />
      <source>Not saved: {} was changed by {} at {} (version {}) after you began editing it (version {}). Your version stays in your edit session. {} Roll back your change to it, then make it again on the newer version.</source>
      <translation>ไม่ได้บันทึก: {} ถูกแก้ไขโดย {} เมื่อ {} (เวอร์ชัน {}) หลังจากที่คุณเริ่มแก้ไข (เวอร์ชัน {}) เวอร์ชันของคุณยังคงอยู่ในเซสชันการแก้ไข {} โปรดย้อนกลับ (Roll Back) การเปลี่ยนแปลงของคุณในระเบียนนี้ แล้วแก้ไขอีกครั้งบนเวอร์ชันที่ใหม่กว่า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/edit_guard.py" line="188" />
      <source>Your refused version could not be filed in the audit log: {}</source>
      <translation>บันทึกเวอร์ชันของคุณที่ถูกปฏิเสธลงในบันทึกการตรวจสอบไม่ได้: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/filtering.py" line="60" />
      <source>a filter value holds a NUL character, which PostgreSQL cannot compare</source>
      <translation>ค่าตัวกรองมีอักขระ NUL ซึ่ง PostgreSQL เปรียบเทียบไม่ได้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/group.py" line="58" />
      <source>Cooperation projects</source>
      <translation>โครงการความร่วมมือ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/group.py" line="60" />
      <location filename="../smartcity_plugin/layers/placement.py" line="184" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="258" />
      <source>National and regional programmes</source>
      <translation>โครงการระดับประเทศและภูมิภาค</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/group.py" line="62" />
      <source>Flood-warning coverage</source>
      <translation>พื้นที่ครอบคลุมการเตือนภัยน้ำท่วม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/group.py" line="63" />
      <source>Countries (Natural Earth)</source>
      <translation>ประเทศ (Natural Earth)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/placement.py" line="86" />
      <location filename="../smartcity_plugin/layers/placement.py" line="144" />
      <source>Symbol offset (mm)</source>
      <translation>ระยะเลื่อนสัญลักษณ์ (มม.)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/placement.py" line="171" />
      <source>{} — {} ({})</source>
      <translation>{} — {} ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/placement.py" line="182" />
      <source>Donors of national and regional programmes</source>
      <translation>ผู้ให้ทุนโครงการระดับประเทศและภูมิภาค</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/placement.py" line="186" />
      <location filename="../smartcity_plugin/layers/placement.py" line="188" />
      <source>Programmes</source>
      <translation>โครงการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/placement.py" line="203" />
      <source>{}: {} programmes</source>
      <translation>{}: {} โครงการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="40" />
      <source>Commercial investment (not aid)</source>
      <translation>การลงทุนเชิงพาณิชย์ (ไม่ใช่ความช่วยเหลือ)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="41" />
      <source>In kind (MoUs, exchanges)</source>
      <translation>ไม่ใช่ตัวเงิน (MoU, การแลกเปลี่ยน)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="41" />
      <source>Kind not known</source>
      <translation>ไม่ทราบประเภท</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="47" />
      <source>high</source>
      <translation>สูง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="47" />
      <source>low</source>
      <translation>ต่ำ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="47" />
      <source>medium</source>
      <translation>ปานกลาง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="58" />
      <source>Member (joined 2023)</source>
      <translation>สมาชิก (เข้าร่วม 2023)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="58" />
      <source>Pilot city (2018)</source>
      <translation>เมืองนำร่อง (2018)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="59" />
      <source>Candidate</source>
      <translation>ผู้สมัคร</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="59" />
      <source>Member (2024, reported)</source>
      <translation>สมาชิก (2024 ตามรายงาน)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="68" />
      <source>ASEAN member states</source>
      <translation>ประเทศสมาชิกอาเซียน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="69" />
      <source>Other countries</source>
      <translation>ประเทศอื่น ๆ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="108" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="321" />
      <source>Source</source>
      <translation>แหล่งที่มา</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="110" />
      <source>as of</source>
      <translation>ข้อมูล ณ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="135" />
      <source>district level</source>
      <translation>ระดับอำเภอ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="135" />
      <source>exact place</source>
      <translation>ตำแหน่งที่แน่นอน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="135" />
      <source>near the place</source>
      <translation>ใกล้ตำแหน่ง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="136" />
      <source>country level</source>
      <translation>ระดับประเทศ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="136" />
      <source>estimated place in a region</source>
      <translation>ตำแหน่งโดยประมาณในภูมิภาค</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="136" />
      <source>province level</source>
      <translation>ระดับจังหวัด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="182" />
      <source>open</source>
      <translation>ปัจจุบัน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="213" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="310" />
      <source>Partners</source>
      <translation>หน่วยงานร่วม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="219" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="314" />
      <source>Amount note</source>
      <translation>หมายเหตุมูลค่า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="221" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="316" />
      <source>Location precision</source>
      <translation>ความแม่นยำของตำแหน่ง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="242" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="305" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="323" />
      <source>Country</source>
      <translation>ประเทศ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="245" />
      <source>confidence</source>
      <translation>ความเชื่อมั่น</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="247" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="307" />
      <source>Focus areas</source>
      <translation>ประเด็นมุ่งเน้น</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="248" />
      <source>Projects on the map</source>
      <translation>โครงการบนแผนที่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="249" />
      <source>Note</source>
      <translation>หมายเหตุ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="267" />
      <source>Early warning system</source>
      <translation>ระบบเตือนภัยล่วงหน้า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="267" />
      <source>Flood forecasting and warning system</source>
      <translation>ระบบพยากรณ์และเตือนภัยน้ำท่วม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="268" />
      <source>Flash flood guidance</source>
      <translation>ระบบแนะนำการเกิดน้ำท่วมฉับพลัน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="268" />
      <source>National forecasting network</source>
      <translation>เครือข่ายพยากรณ์ระดับประเทศ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="269" />
      <source>Dam safety management</source>
      <translation>การจัดการความปลอดภัยเขื่อน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="276" />
      <source>an approximate river basin outline</source>
      <translation>แนวเขตลุ่มน้ำโดยประมาณ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="276" />
      <source>the provinces served</source>
      <translation>จังหวัดที่ให้บริการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="277" />
      <source>the whole country</source>
      <translation>ทั้งประเทศ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="285" />
      <source>Funder</source>
      <translation>แหล่งทุน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="287" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="319" />
      <source>Implementer</source>
      <translation>หน่วยงานดำเนินการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="288" />
      <source>Area</source>
      <translation>พื้นที่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="290" />
      <source>System</source>
      <translation>ระบบ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="292" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="320" />
      <source>Stations</source>
      <translation>สถานี</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="294" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="320" />
      <source>Coverage drawn from</source>
      <translation>ขอบเขตพื้นที่ครอบคลุมอ้างอิงจาก</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="304" />
      <source>City id</source>
      <translation>รหัสเมือง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="304" />
      <source>Local name</source>
      <translation>ชื่อท้องถิ่น</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="304" />
      <source>Name</source>
      <translation>ชื่อ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="305" />
      <location filename="../smartcity_plugin/layers/presentation.py" line="323" />
      <source>Country code</source>
      <translation>รหัสประเทศ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="306" />
      <source>Year joined</source>
      <translation>ปีที่เข้าร่วม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="307" />
      <source>Status confidence</source>
      <translation>ความเชื่อมั่นของสถานะ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="308" />
      <source>Project id</source>
      <translation>รหัสโครงการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="309" />
      <source>Donor country</source>
      <translation>ประเทศผู้ให้ทุน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="310" />
      <source>Recipient country</source>
      <translation>ประเทศผู้รับ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="311" />
      <source>Main sector</source>
      <translation>สาขาหลัก</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="312" />
      <source>OECD DAC codes</source>
      <translation>รหัส OECD DAC</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="313" />
      <source>End year</source>
      <translation>ปีสิ้นสุด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="313" />
      <source>Start year</source>
      <translation>ปีเริ่มต้น</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="314" />
      <source>Kind of finance</source>
      <translation>ประเภทเงินทุน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="315" />
      <source>Area note</source>
      <translation>หมายเหตุพื้นที่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="315" />
      <source>Stated area (km²)</source>
      <translation>พื้นที่ตามแหล่งข้อมูล (กม.²)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="316" />
      <source>Location note</source>
      <translation>หมายเหตุตำแหน่ง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="317" />
      <source>Other claims</source>
      <translation>ข้อมูลอื่นที่ไม่ตรงกัน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="317" />
      <source>System id</source>
      <translation>รหัสระบบ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="318" />
      <source>Basin or area</source>
      <translation>ลุ่มน้ำหรือพื้นที่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="318" />
      <source>System type</source>
      <translation>ประเภทระบบ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="319" />
      <source>Funder country</source>
      <translation>ประเทศแหล่งทุน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="321" />
      <source>How the coverage was drawn</source>
      <translation>วิธีกำหนดขอบเขตพื้นที่ครอบคลุม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="322" />
      <source>As of</source>
      <translation>ข้อมูล ณ วันที่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="322" />
      <source>Notes</source>
      <translation>หมายเหตุ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/presentation.py" line="322" />
      <source>Source address</source>
      <translation>ที่อยู่แหล่งที่มา (URL)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/registry_layers.py" line="33" />
      <source>The team registry's table smartcity.{} could not be opened through the connection "{}": is the registry published there, and may your database role read it? {}</source>
      <translation>เปิดตาราง smartcity.{} ของทะเบียนข้อมูลของทีมผ่านการเชื่อมต่อ "{}" ไม่ได้: ทะเบียนข้อมูลได้เผยแพร่ไว้ที่นั่นแล้วหรือไม่ และบทบาทฐานข้อมูลของคุณมีสิทธิ์อ่านหรือไม่ {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/registry_layers.py" line="75" />
      <source>You can view and filter the team registry, but your database role may not change it, so its layers are read-only. To edit, ask the registry's administrator to grant you the role smartcity_editor.</source>
      <translation>คุณดูและกรองทะเบียนข้อมูลของทีมได้ แต่บทบาทฐานข้อมูลของคุณไม่มีสิทธิ์แก้ไข ชั้นข้อมูลของทะเบียนข้อมูลจึงเป็นแบบอ่านอย่างเดียว หากต้องการแก้ไข โปรดขอให้ผู้ดูแลทะเบียนข้อมูลมอบบทบาท smartcity_editor ให้คุณ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/layers/source_follow.py" line="40" />
      <source>The cooperation layers could not be opened from the data now shown ({}).</source>
      <translation>ไม่สามารถเปิดชั้นข้อมูลความร่วมมือจากข้อมูลที่แสดงอยู่ในขณะนี้ได้ ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="58" />
      <source>The Processing provider 'smartcity' could not be registered.</source>
      <translation>ลงทะเบียนผู้ให้บริการ Processing 'smartcity' ไม่ได้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="207" />
      <source>A refresh from IATI is already running.</source>
      <translation>การรีเฟรชจาก IATI กำลังทำงานอยู่แล้ว</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin.py" line="310" />
      <source>Removed {}, left half-written when QGIS stopped during an import or export.</source>
      <translation>ลบ {} ซึ่งถูกเขียนค้างไว้เมื่อ QGIS หยุดระหว่างการนำเข้าหรือส่งออก</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="27" />
      <source>Add cooperation layers</source>
      <translation>เพิ่มชั้นข้อมูลความร่วมมือ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="28" />
      <source>Add the ASCN cities, cooperation projects and flood-warning coverage, styled</source>
      <translation>เพิ่มเมือง ASCN โครงการความร่วมมือ และพื้นที่ครอบคลุมการเตือนภัยน้ำท่วม พร้อมสัญลักษณ์ที่กำหนดไว้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="30" />
      <source>Cooperation dock</source>
      <translation>แผงความร่วมมือ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="31" />
      <source>Filter by sector, donor, country and years, with live totals</source>
      <translation>กรองตามสาขา ผู้ให้ทุน ประเทศ และช่วงปี พร้อมยอดรวมแบบทันที</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="34" />
      <source>The current filter as a finished map or city profiles: PDF, PNG or SVG</source>
      <translation>ส่งออกตัวกรองปัจจุบันเป็นแผนที่สำเร็จรูปหรือโปรไฟล์รายเมือง: PDF, PNG หรือ SVG</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="36" />
      <source>Filter cooperation projects…</source>
      <translation>กรองโครงการความร่วมมือ…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="37" />
      <source>Select projects by sector, donor, country and years into a new layer (Processing)</source>
      <translation>เลือกโครงการตามสาขา ผู้ให้ทุน ประเทศ และช่วงปี ไปเป็นชั้นข้อมูลใหม่ (Processing)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="40" />
      <source>Import projects (IATI, CSV)…</source>
      <translation>นำเข้าโครงการ (IATI, CSV)…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="41" />
      <source>Add projects from an IATI file or a CSV table to your own GeoPackage, with checks</source>
      <translation>เพิ่มโครงการจากไฟล์ IATI หรือตาราง CSV ลงใน GeoPackage ของคุณ พร้อมการตรวจสอบ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="44" />
      <source>Current activities of chosen donors and countries from d-portal or the IATI Datastore, into your GeoPackage or the team registry</source>
      <translation>กิจกรรมปัจจุบันของผู้ให้ทุนและประเทศที่เลือก จาก d-portal หรือ IATI Datastore เข้าสู่ GeoPackage ของคุณหรือทะเบียนของทีม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="46" />
      <source>Refresh from IATI</source>
      <translation>รีเฟรชจาก IATI</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="47" />
      <source>Run again the IATI queries this project keeps, updating the activities they fetched</source>
      <translation>เรียกคำค้น IATI ที่โครงการนี้เก็บไว้อีกครั้ง เพื่อปรับปรุงกิจกรรมที่ดึงมา</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="49" />
      <source>Check projects…</source>
      <translation>ตรวจสอบโครงการ…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="50" />
      <source>Find swapped coordinates, points outside their country, missing sources (Processing)</source>
      <translation>ค้นหาพิกัดที่สลับกัน จุดที่อยู่นอกประเทศ และแหล่งที่มาที่ขาดหาย (Processing)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="52" />
      <source>Use my GeoPackage…</source>
      <translation>ใช้ GeoPackage ของฉัน…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="53" />
      <source>Show your own GeoPackage (made by an import) instead of the bundled data</source>
      <translation>แสดง GeoPackage ของคุณ (ที่สร้างจากการนำเข้า) แทนข้อมูลที่มาพร้อมปลั๊กอิน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="55" />
      <source>Use the bundled data</source>
      <translation>ใช้ข้อมูลที่มาพร้อมปลั๊กอิน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="56" />
      <source>Show the data that comes with the plugin again</source>
      <translation>กลับไปแสดงข้อมูลที่มาพร้อมปลั๊กอิน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="57" />
      <source>Use the team registry (PostGIS)…</source>
      <translation>ใช้ทะเบียนข้อมูลของทีม (PostGIS)…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="58" />
      <source>Show and edit the registry your team shares in PostGIS, through a saved PostgreSQL connection</source>
      <translation>แสดงและแก้ไขทะเบียนข้อมูลที่ทีมของคุณใช้ร่วมกันใน PostGIS ผ่านการเชื่อมต่อ PostgreSQL ที่บันทึกไว้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="60" />
      <source>Publish to the team registry…</source>
      <translation>เผยแพร่ไปยังทะเบียนข้อมูลของทีม…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="61" />
      <source>Copy the data the plugin uses into a PostGIS database for your team (Processing)</source>
      <translation>คัดลอกข้อมูลที่ปลั๊กอินใช้อยู่ไปยังฐานข้อมูล PostGIS สำหรับทีมของคุณ (Processing)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="63" />
      <source>Upgrade the team registry…</source>
      <translation>ปรับรุ่นทะเบียนของทีม…</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="64" />
      <source>Close the security holes of a registry published by an earlier version, keeping its data and audit log (Processing; for the registry's administrator)</source>
      <translation>ปิดช่องโหว่ด้านความปลอดภัยของทะเบียนที่เผยแพร่ด้วยรุ่นก่อน โดยเก็บข้อมูลและบันทึกการตรวจสอบไว้ (Processing สำหรับผู้ดูแลทะเบียน)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="67" />
      <source>Update the catalogue</source>
      <translation>ปรับปรุงแคตตาล็อก</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="68" />
      <source>Download the newest project catalogue from the address in the settings (checked before use)</source>
      <translation>ดาวน์โหลดแคตตาล็อกโครงการล่าสุดจากที่อยู่ที่ตั้งไว้ในการตั้งค่า (ตรวจสอบก่อนใช้งาน)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="71" />
      <source>Help</source>
      <translation>วิธีใช้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/plugin_actions.py" line="71" />
      <source>Open the plugin's help</source>
      <translation>เปิดคู่มือการใช้งานปลั๊กอิน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/base.py" line="14" />
      <source>Analysis</source>
      <translation>การวิเคราะห์</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/base.py" line="14" />
      <source>Data exchange</source>
      <translation>การแลกเปลี่ยนข้อมูล</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/base.py" line="14" />
      <source>Maps for reports</source>
      <translation>แผนที่สำหรับรายงาน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="41" />
      <source>Check cooperation projects</source>
      <translation>ตรวจสอบโครงการความร่วมมือ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="44" />
      <source>Checks every project: latitude and longitude swapped; a point outside its recipient country (Natural Earth, with 0.2° of tolerance on coasts, as for the bundled data); a point at sea; no source title or URL; an id used twice; dates in the future (a completed project ending later than this year, a running one starting later, a source dated ahead). Percentages are checked on import, where the file still has them. Each problem becomes a point (where the project is, or where a swapped point would be) with the project id, the check and a message. Without an input layer the plugin's active data is checked.</source>
      <translation>ตรวจสอบทุกโครงการ: ละติจูดและลองจิจูดสลับกัน; จุดอยู่นอกประเทศผู้รับ (Natural Earth โดยยอมให้คลาดเคลื่อนได้ 0.2° บริเวณชายฝั่ง เช่นเดียวกับข้อมูลที่มาพร้อมปลั๊กอิน); จุดอยู่ในทะเล; ไม่มีชื่อแหล่งที่มาหรือ URL; รหัสที่ใช้ซ้ำ; วันที่ในอนาคต (โครงการที่เสร็จสิ้นแล้วแต่สิ้นสุดหลังปีนี้ โครงการที่กำลังดำเนินการแต่เริ่มหลังปีนี้ หรือแหล่งที่มาที่ลงวันที่ล่วงหน้า) ร้อยละจะตรวจสอบตอนนำเข้า ขณะที่ไฟล์ยังมีข้อมูลนั้นอยู่ ปัญหาแต่ละรายการจะกลายเป็นจุด (ณ ตำแหน่งของโครงการ หรือตำแหน่งที่จุดซึ่งสลับค่าควรอยู่) พร้อมรหัสโครงการ ชื่อการตรวจสอบ และข้อความอธิบาย หากไม่ระบุชั้นข้อมูลนำเข้า จะตรวจสอบข้อมูลที่ปลั๊กอินใช้งานอยู่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="56" />
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="82" />
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="76" />
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="60" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="82" />
      <source>Projects layer (empty: every project of {})</source>
      <translation>ชั้นข้อมูลโครงการ (เว้นว่าง: ทุกโครงการของ{})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="59" />
      <source>Number of problems</source>
      <translation>จำนวนปัญหา</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="68" />
      <source>the checks</source>
      <translation>การตรวจสอบ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="71" />
      <source>The problems layer could not be created.</source>
      <translation>สร้างชั้นข้อมูลปัญหาไม่ได้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/check_projects.py" line="85" />
      <source>{} problems found{}</source>
      <translation>พบปัญหา {} รายการ{}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="44" />
      <source>Cooperation matrix (city × donor × sector)</source>
      <translation>เมทริกซ์ความร่วมมือ (เมือง × ผู้ให้ทุน × สาขา)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="49" />
      <source>&lt;p&gt;For each ASCN city, from the projects that match the filter (same criteria as Filter cooperation projects): projects and US dollars per donor (us_projects, us_usd, kr_projects …) and dollars per kind of finance (finance_grant_usd, finance_loan_usd, finance_commercial_usd …), the presentation's sector categories covered and not covered (a solution counts for its category; ascn.* tags do not count), whether both the US and Korea work there (us_korea), the categories where both work (shared_sectors) and a cooperation opening score. The second output is a table with one row per city and category.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Counting.&lt;/b&gt; A project counts for every city in its city_ids; projects naming no city count for none. Money is not split: a project naming several cities adds its whole amount to each (multi_city_projects says how many such projects a city has), so never add city amounts across cities. In the table, a project tagged with several categories counts in each, so do not add its rows either. There is no grand total of dollars: commercial investment is not aid, so money is shown per donor and per kind of finance. A dollar column is empty when no counted project publishes an amount; without_amount counts the projects whose amount is unknown.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Opening score&lt;/b&gt; = {shared} × S + {one} × O + {gap} × G × F, where S is the number of categories where both the US and Korea work (coordinate now), O the number where only one of them works (the other could join), G the number of categories no donor covers, and F is 1 when the US or Korea has any project in the city, otherwise 0 (a gap counts only where one of them has a foothold). It ranges from 0 to 16 for eight categories.&lt;/p&gt;&lt;p&gt;With a sector filter, coverage and gaps describe the filtered projects only. With a city filter, only those cities are listed. Empty layer parameters use the projects and ASCN cities of the data the plugin shows; other layers need the same fields (projects: the filter fields and sector_primary; cities: city_id).&lt;/p&gt;</source>
      <translation>&lt;p&gt;สำหรับแต่ละเมือง ASCN จากโครงการที่ตรงตามตัวกรอง (เกณฑ์เดียวกับ กรองโครงการความร่วมมือ): จำนวนโครงการและมูลค่าดอลลาร์สหรัฐต่อผู้ให้ทุน (us_projects, us_usd, kr_projects …) และมูลค่าดอลลาร์ตามประเภทเงินทุน (finance_grant_usd, finance_loan_usd, finance_commercial_usd …) หมวดสาขาตามเอกสารนำเสนอที่มีและไม่มีโครงการ (โซลูชันนับรวมในหมวดของตน ส่วนแท็ก ascn.* ไม่นับ) ทั้งสหรัฐฯ และเกาหลีใต้ดำเนินงานในเมืองนั้นหรือไม่ (us_korea) หมวดที่ทั้งสองประเทศดำเนินงาน (shared_sectors) และคะแนนโอกาสความร่วมมือ ผลลัพธ์ชุดที่สองเป็นตารางหนึ่งแถวต่อหนึ่งเมืองและหนึ่งหมวด&lt;/p&gt;&lt;p&gt;&lt;b&gt;การนับ&lt;/b&gt; โครงการจะถูกนับให้ทุกเมืองใน city_ids ของโครงการ โครงการที่ไม่ระบุเมืองจะไม่ถูกนับให้เมืองใด มูลค่าไม่ถูกแบ่ง: โครงการที่ระบุหลายเมืองจะเพิ่มมูลค่าทั้งหมดให้แต่ละเมือง (multi_city_projects บอกจำนวนโครงการลักษณะนี้ของเมือง) ดังนั้นห้ามรวมมูลค่าของเมืองต่าง ๆ เข้าด้วยกัน ในตาราง โครงการที่ติดแท็กหลายหมวดจะถูกนับในทุกหมวด จึงห้ามรวมแถวของโครงการนั้นเช่นกัน ไม่มียอดรวมดอลลาร์ทั้งหมด: การลงทุนเชิงพาณิชย์ไม่ใช่ความช่วยเหลือ จึงแสดงมูลค่าแยกตามผู้ให้ทุนและตามประเภทเงินทุน คอลัมน์ดอลลาร์จะว่างเมื่อไม่มีโครงการที่นับรวมใดเปิดเผยมูลค่า without_amount นับโครงการที่ไม่ทราบมูลค่า&lt;/p&gt;&lt;p&gt;&lt;b&gt;คะแนนโอกาส&lt;/b&gt; = {shared} × S + {one} × O + {gap} × G × F โดย S คือจำนวนหมวดที่ทั้งสหรัฐฯ และเกาหลีใต้ดำเนินงาน (ประสานงานได้ทันที) O คือจำนวนหมวดที่มีเพียงประเทศใดประเทศหนึ่งดำเนินงาน (อีกฝ่ายเข้าร่วมได้) G คือจำนวนหมวดที่ไม่มีผู้ให้ทุนรายใดดำเนินงาน และ F เท่ากับ 1 เมื่อสหรัฐฯ หรือเกาหลีใต้มีโครงการใด ๆ ในเมืองนั้น มิฉะนั้นเท่ากับ 0 (ช่องว่างจะนับเฉพาะเมืองที่ฝ่ายใดฝ่ายหนึ่งมีฐานการดำเนินงานอยู่แล้ว) คะแนนอยู่ระหว่าง 0 ถึง 16 สำหรับแปดหมวด&lt;/p&gt;&lt;p&gt;เมื่อกรองตามสาขา ความครอบคลุมและช่องว่างจะอธิบายเฉพาะโครงการที่กรองแล้ว เมื่อกรองตามเมือง จะแสดงเฉพาะเมืองเหล่านั้น หากเว้นว่างพารามิเตอร์ชั้นข้อมูล จะใช้โครงการและเมือง ASCN ของข้อมูลที่ปลั๊กอินแสดงอยู่ ชั้นข้อมูลอื่นต้องมีฟิลด์เดียวกัน (โครงการ: ฟิลด์ของตัวกรองและ sector_primary; เมือง: city_id)&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="85" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="79" />
      <source>Cities layer (empty: every ASCN city of {})</source>
      <translation>ชั้นข้อมูลเมือง (เว้นว่าง: ทุกเมือง ASCN ของ{})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="89" />
      <source>City cooperation</source>
      <translation>ความร่วมมือรายเมือง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="91" />
      <source>City × sector matrix</source>
      <translation>เมทริกซ์เมือง × สาขา</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="92" />
      <source>Cities where both the US and Korea work</source>
      <translation>เมืองที่ทั้งสหรัฐฯ และเกาหลีใต้ดำเนินงานอยู่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="93" />
      <source>Matching projects that name a listed city</source>
      <translation>โครงการที่ตรงตามตัวกรองและระบุเมืองในรายการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="103" />
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="86" />
      <source>Filter: {}</source>
      <translation>ตัวกรอง: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="128" />
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="129" />
      <source>the analysis</source>
      <translation>การวิเคราะห์</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="137" />
      <source>Unknown city id: {}.</source>
      <translation>ไม่รู้จักรหัสเมือง: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="157" />
      <source>The outputs could not be created.</source>
      <translation>สร้างผลลัพธ์ไม่ได้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="176" />
      <source>{} cities, {} matching projects name one of them, {} with both US and Korean projects.</source>
      <translation>{} เมือง มีโครงการที่ตรงตามตัวกรองระบุเมืองเหล่านี้ {} โครงการ และมี {} เมืองที่มีทั้งโครงการของสหรัฐฯ และเกาหลีใต้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/cooperation_matrix.py" line="183" />
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="94" />
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="138" />
      <source>Writing the output failed: {}</source>
      <translation>เขียนผลลัพธ์ไม่สำเร็จ: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="34" />
      <source>Export city cooperation profiles (atlas)</source>
      <translation>ส่งออกโปรไฟล์ความร่วมมือรายเมือง (แอตลาส)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="40" />
      <source>Exports one A4 page per ASCN city that the filter keeps (its recipient countries and cities): the city on a map, its ASCN status, the donors and sectors of its projects under the filter, the sectors with no project yet, US–Korea co-presence, whether it lies inside a flood-warning coverage area (or how far the nearest is), its totals by donor and a table of its projects (continued on a second page when long). 'Cities to make pages for' narrows the pages without narrowing the projects; 'Leave out cities with no matching project' drops empty pages. The title is printed above each city's profile. One PDF, or with 'One file per city' a folder of PDFs named after the cities, beside the chosen file.</source>
      <translation>ส่งออกหน้า A4 หนึ่งหน้าต่อเมือง ASCN ที่ตรงกับตัวกรอง (ประเทศผู้รับและเมือง): เมืองบนแผนที่ สถานะ ASCN ผู้ให้ทุนและสาขาของโครงการตามตัวกรอง สาขาที่ยังไม่มีโครงการ การมีโครงการร่วมกันของสหรัฐฯ และเกาหลี เมืองอยู่ในพื้นที่เตือนภัยน้ำท่วมหรือไม่ (หรือพื้นที่ที่ใกล้ที่สุดอยู่ห่างเท่าใด) ยอดรวมตามผู้ให้ทุน และตารางโครงการ (ต่อหน้าที่สองหากยาว) 'เมืองที่จะสร้างหน้า' จำกัดหน้าโดยไม่จำกัดโครงการ 'ไม่รวมเมืองที่ไม่มีโครงการตรงกับตัวกรอง' ตัดหน้าว่างออก ชื่อเรื่องพิมพ์อยู่เหนือข้อมูลของแต่ละเมือง ได้ PDF ไฟล์เดียว หรือเมื่อเลือก 'หนึ่งไฟล์ต่อเมือง' จะได้โฟลเดอร์ของ PDF ที่ตั้งชื่อตามเมือง ข้างไฟล์ที่เลือก</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="54" />
      <source>Cities to make pages for (ASCN city ids; empty: every city of {} the filter keeps)</source>
      <translation>เมืองที่จะทำหน้า (รหัสเมือง ASCN; เว้นว่าง: ทุกเมืองของ{}ที่ตัวกรองคงไว้)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="61" />
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="57" />
      <source>Resolution (dpi)</source>
      <translation>ความละเอียด (dpi)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="62" />
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="62" />
      <source>Profiles (PDF)</source>
      <translation>โปรไฟล์ (PDF)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="63" />
      <source>Number of city pages</source>
      <translation>จำนวนหน้าโปรไฟล์เมือง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="74" />
      <source>{}: the profiles are written as PDF (.pdf).</source>
      <translation>{}: โปรไฟล์จะเขียนเป็นไฟล์ PDF (.pdf) เท่านั้น</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="86" />
      <source>No ASCN city matches the filter: nothing to export.</source>
      <translation>ไม่มีเมือง ASCN ที่ตรงตามตัวกรอง: ไม่มีสิ่งใดให้ส่งออก</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="87" />
      <source>{} city pages</source>
      <translation>โปรไฟล์เมือง {} หน้า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_atlas.py" line="91" />
      <source>{} files in {}</source>
      <translation>{} ไฟล์ใน {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="33" />
      <source>Export cooperation map</source>
      <translation>ส่งออกแผนที่ความร่วมมือ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="40" />
      <source>Exports a finished map of the cooperation data the plugin shows: title, a subtitle that says the filter in words, the map, a legend of what is visible, scale bar, north arrow, an inset of ASEAN, sources with the dataset's as-of date, and the export date. The filter parameters are those of 'Filter cooperation projects'. The format follows the file name: .pdf, .png or .svg. Templates: A4 or A3, landscape or portrait. Contents: the cooperation layers, or flood-warning coverage with the ASCN cities. The file is written completely or not at all.</source>
      <translation>ส่งออกแผนที่สำเร็จรูปของข้อมูลความร่วมมือที่ปลั๊กอินแสดงอยู่: ชื่อเรื่อง คำบรรยายรองที่อธิบายตัวกรองเป็นถ้อยคำ แผนที่ คำอธิบายสัญลักษณ์ของสิ่งที่ปรากฏบนแผนที่ มาตราส่วน ลูกศรทิศเหนือ แผนที่ย่อของอาเซียน แหล่งข้อมูลพร้อมวันที่ของชุดข้อมูล และวันที่ส่งออก พารามิเตอร์ตัวกรองเหมือนกับของ 'กรองโครงการความร่วมมือ' รูปแบบไฟล์เป็นไปตามนามสกุลของชื่อไฟล์: .pdf, .png หรือ .svg แม่แบบ: A4 หรือ A3 แนวนอนหรือแนวตั้ง เนื้อหา: ชั้นข้อมูลความร่วมมือ หรือพื้นที่ครอบคลุมการเตือนภัยน้ำท่วมพร้อมเมือง ASCN ไฟล์จะถูกเขียนอย่างสมบูรณ์หรือไม่เขียนเลย</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="51" />
      <source>Page</source>
      <translation>หน้ากระดาษ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="59" />
      <source>Map file</source>
      <translation>ไฟล์แผนที่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_map.py" line="65" />
      <source>{}: the map file must end in .pdf, .png or .svg.</source>
      <translation>{}: ไฟล์แผนที่ต้องลงท้ายด้วย .pdf, .png หรือ .svg</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="47" />
      <source>{}: a {} file must end in {}; this name is for another kind of file, which is left as it is.</source>
      <translation>{}: ไฟล์ {} ต้องลงท้ายด้วย {} ชื่อนี้เป็นของไฟล์ชนิดอื่น ซึ่งจะไม่ถูกแตะต้อง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="63" />
      <source>Export projects (CSV with HXL, GeoJSON, IATI XML)</source>
      <translation>ส่งออกโครงการ (CSV พร้อม HXL, GeoJSON, IATI XML)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="66" />
      <source>Writes the projects that match the filter: CSV with a header row and an HXL hashtag row (one row per project, so money is counted once; all locations in the locations_wkt column), GeoJSON (one MultiPoint feature per project), or IATI 2.03 XML (standard elements plus every field in the plugin's own namespace). The plugin's importers read all three back as they were. The IATI file is a compilation, not an official IATI publication.</source>
      <translation>เขียนโครงการที่ตรงตามตัวกรองเป็น CSV ที่มีแถวหัวคอลัมน์และแถวแฮชแท็ก HXL (หนึ่งแถวต่อหนึ่งโครงการ เพื่อให้นับมูลค่าเพียงครั้งเดียว ตำแหน่งทั้งหมดอยู่ในคอลัมน์ locations_wkt), GeoJSON (หนึ่งฟีเจอร์ MultiPoint ต่อหนึ่งโครงการ) หรือ IATI 2.03 XML (อิลิเมนต์มาตรฐาน พร้อมทุกฟิลด์ในเนมสเปซของปลั๊กอินเอง) ตัวนำเข้าของปลั๊กอินอ่านทั้งสามรูปแบบกลับได้ตามเดิม ไฟล์ IATI เป็นข้อมูลที่รวบรวมขึ้น ไม่ใช่การเผยแพร่อย่างเป็นทางการของ IATI</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="80" />
      <source>CSV with HXL hashtags</source>
      <translation>CSV พร้อมแฮชแท็ก HXL</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="80" />
      <source>Format</source>
      <translation>รูปแบบไฟล์</translation>
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
      <translation>จำนวนโครงการที่เขียน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/export_projects.py" line="93" />
      <source>the export</source>
      <translation>การส่งออก</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="41" />
      <source>Asks d-portal (no key) or the IATI Datastore (a free subscription key, kept in a QGIS authentication configuration) for the activities of the chosen recipient countries, reporting organisations, sectors and years, page after page until the service sends an empty page, through QGIS's network settings (proxy, SSL). The activities go through the same checks and upsert as an IATI file: new ones are added, known ones (by iati-identifier) updated, fields the planner curates kept. Every record names the service and the query as its source, the retrieval date as 'as of', and the activity's own last update in its notes. The GeoPackage or registry is only changed once the whole fetch succeeded: a cancel, no network, a server error, a timeout, a cut-off page or a refused key leave it as it was. Sectors: 5-digit DAC codes or the plugin's sectors (through its crosswalk). Years: activities running at some time between the two years.</source>
      <translation>ขอกิจกรรมของประเทศผู้รับ องค์กรผู้รายงาน สาขา และปีที่เลือก จาก d-portal (ไม่ต้องใช้คีย์) หรือ IATI Datastore (คีย์สมาชิกฟรี เก็บไว้ในการตั้งค่าการยืนยันตัวตนของ QGIS) ทีละหน้าจนกว่าบริการจะส่งหน้าว่าง ผ่านการตั้งค่าเครือข่ายของ QGIS (พร็อกซี, SSL) กิจกรรมผ่านการตรวจสอบและการเพิ่มหรือปรับปรุงเช่นเดียวกับไฟล์ IATI: กิจกรรมใหม่ถูกเพิ่ม กิจกรรมที่มีอยู่แล้ว (ตาม iati-identifier) ถูกปรับปรุง และฟิลด์ที่ผู้วางแผนดูแลยังคงอยู่ ทุกระเบียนระบุบริการและคำค้นเป็นแหล่งที่มา วันที่ดึงข้อมูลเป็น 'ณ วันที่' และวันที่ปรับปรุงล่าสุดของกิจกรรมเองในหมายเหตุ GeoPackage หรือทะเบียนจะเปลี่ยนเฉพาะเมื่อการดึงข้อมูลทั้งหมดสำเร็จ: การยกเลิก ไม่มีเครือข่าย ข้อผิดพลาดของเซิร์ฟเวอร์ หมดเวลา หน้าถูกตัดขาด หรือคีย์ถูกปฏิเสธ จะคงข้อมูลไว้ตามเดิม สาขา: รหัส DAC 5 หลัก หรือสาขาของปลั๊กอิน (ผ่านตารางเทียบ) ปี: กิจกรรมที่ดำเนินการในช่วงใดช่วงหนึ่งระหว่างสองปี</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="57" />
      <source>Service address (empty: the public one)</source>
      <translation>ที่อยู่ของบริการ (ว่าง: ที่อยู่สาธารณะ)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="59" />
      <source>Authentication configuration holding the IATI Datastore key</source>
      <translation>การตั้งค่าการยืนยันตัวตนที่เก็บคีย์ IATI Datastore</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="62" />
      <source>Recipient countries (ISO codes; empty: all)</source>
      <translation>ประเทศผู้รับ (รหัส ISO; ว่าง: ทั้งหมด)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="64" />
      <source>Reporting organisations (IATI identifiers; empty: all)</source>
      <translation>องค์กรผู้รายงาน (รหัส IATI; ว่าง: ทั้งหมด)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="66" />
      <source>Sectors (5-digit DAC codes, or sectors of {} through their DAC codes; empty: all)</source>
      <translation>สาขา (รหัส DAC 5 หลัก หรือสาขาของ{}ผ่านรหัส DAC ของสาขานั้น; เว้นว่าง: ทั้งหมด)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="68" />
      <source>Running in or after the year</source>
      <translation>ดำเนินการในหรือหลังปี</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="69" />
      <source>Started by the end of the year</source>
      <translation>เริ่มภายในสิ้นปี</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="73" />
      <source>The query, to run it again</source>
      <translation>คำค้น สำหรับเรียกใช้อีกครั้ง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="89" />
      <source>Sector '{}' is neither a 5-digit DAC code nor a sector of the plugin with DAC codes.</source>
      <translation>สาขา '{}' ไม่ใช่ทั้งรหัส DAC 5 หลักและสาขาของปลั๊กอินที่มีรหัส DAC</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="95" />
      <source>The first year ({}) comes after the last ({}).</source>
      <translation>ปีแรก ({}) อยู่หลังปีสุดท้าย ({})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="98" />
      <source>The service address must start with https:// or http://.</source>
      <translation>ที่อยู่ของบริการต้องขึ้นต้นด้วย https:// หรือ http://</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/fetch_iati.py" line="101" />
      <source>The IATI Datastore needs a subscription key: choose the QGIS authentication configuration that holds it (a free key from developer.iatistandard.org), or use d-portal, which needs none.</source>
      <translation>IATI Datastore ต้องใช้คีย์สมาชิก: เลือกการตั้งค่าการยืนยันตัวตนของ QGIS ที่เก็บคีย์ไว้ (คีย์ฟรีจาก developer.iatistandard.org) หรือใช้ d-portal ซึ่งไม่ต้องใช้คีย์</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="38" />
      <source>Filter cooperation projects</source>
      <translation>กรองโครงการความร่วมมือ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="41" />
      <source>Keeps the cooperation projects that match every criterion given; an empty criterion matches everything. Lists are codes: ticked by name in the dialog, comma-separated on the command line. Sectors may be given in any taxonomy: the presentation's categories (water, mobility, energy, security, health, waste, egov, participation; a category includes its solutions), Kearney's dimensions (kearney.smart_environment …) or ASCN focus areas (ascn.quality_environment …), which stand for the categories they correspond to. A project matches a year range when its years overlap it (no end year: still running); projects without known years or amounts drop out when a year or amount range is set. Without an input layer the projects of the data the plugin shows are used; any layer with the same fields works.</source>
      <translation>เก็บเฉพาะโครงการความร่วมมือที่ตรงตามทุกเงื่อนไขที่ระบุ เงื่อนไขที่เว้นว่างจะตรงกับทุกโครงการ รายการต่าง ๆ เป็นรหัส: ในกล่องโต้ตอบเลือกจากชื่อ ในบรรทัดคำสั่งคั่นด้วยจุลภาค สาขาระบุได้จากระบบจัดหมวดใดก็ได้: หมวดตามเอกสารนำเสนอ (water, mobility, energy, security, health, waste, egov, participation; หมวดหนึ่งรวมโซลูชันในหมวดนั้นด้วย) มิติของ Kearney (kearney.smart_environment …) หรือประเด็นมุ่งเน้นของ ASCN (ascn.quality_environment …) ซึ่งแทนหมวดที่สอดคล้องกัน โครงการจะตรงกับช่วงปีเมื่อปีของโครงการคาบเกี่ยวกับช่วงนั้น (ไม่มีปีสิ้นสุด: ยังดำเนินอยู่) โครงการที่ไม่ทราบปีหรือมูลค่าจะถูกตัดออกเมื่อกำหนดช่วงปีหรือช่วงมูลค่า หากไม่ระบุชั้นข้อมูลนำเข้า จะใช้โครงการของข้อมูลที่ปลั๊กอินแสดงอยู่ ชั้นข้อมูลใดที่มีฟิลด์เดียวกันก็ใช้ได้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="67" />
      <source>Filtered projects</source>
      <translation>โครงการที่กรองแล้ว</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="69" />
      <source>Number of matching projects</source>
      <translation>จำนวนโครงการที่ตรงตามเงื่อนไข</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="81" />
      <source>The output layer could not be created.</source>
      <translation>สร้างชั้นข้อมูลผลลัพธ์ไม่ได้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/filter_projects.py" line="99" />
      <source>{} projects match.</source>
      <translation>มี {} โครงการที่ตรงตามเงื่อนไข</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="49" />
      <source>Flood-warning coverage of cities and projects</source>
      <translation>พื้นที่ครอบคลุมการเตือนภัยน้ำท่วมของเมืองและโครงการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="52" />
      <source>For each ASCN city and/or cooperation project: the flood forecasting and warning areas it lies in (covered, inside_count, inside_systems), their funders (funders), the nearest area (nearest_system) and the distance to it in kilometres (distance_km, 0 when inside), and the distance to the nearest area of each funder (km_to_kr, km_to_jp …). A project with several locations takes its nearest location. Distances are geodesic, on the WGS 84 ellipsoid, not in degrees: each point gets an azimuthal equidistant projection centred on it, in which the planar distance from the centre is the geodesic distance; coverage edges are densified every {} degrees first. A point on an area's edge counts as inside. Features without geometry (ASEAN-wide programmes) get empty values. Coverage areas are only as exact as their geometry_basis (admin-1 unions, hand-drawn basins, whole countries). Empty layer parameters use the cities, projects and coverage of the data the plugin shows; other layers need the fields city_id (cities), project_id (projects) and system_id, funder_country (coverage).</source>
      <translation>สำหรับแต่ละเมือง ASCN และ/หรือโครงการความร่วมมือ: พื้นที่พยากรณ์และเตือนภัยน้ำท่วมที่ตั้งอยู่ภายใน (covered, inside_count, inside_systems) แหล่งทุนของพื้นที่เหล่านั้น (funders) พื้นที่ที่ใกล้ที่สุด (nearest_system) และระยะทางถึงพื้นที่นั้นเป็นกิโลเมตร (distance_km เป็น 0 เมื่ออยู่ภายใน) และระยะทางถึงพื้นที่ที่ใกล้ที่สุดของแต่ละแหล่งทุน (km_to_kr, km_to_jp …) โครงการที่มีหลายตำแหน่งจะใช้ตำแหน่งที่ใกล้ที่สุด ระยะทางเป็นระยะทางจีโอเดสิกบนทรงรี WGS 84 ไม่ใช่หน่วยองศา: แต่ละจุดจะใช้เส้นโครงแผนที่แบบ azimuthal equidistant ที่มีจุดนั้นเป็นศูนย์กลาง ซึ่งระยะทางบนระนาบจากศูนย์กลางเท่ากับระยะทางจีโอเดสิก โดยก่อนคำนวณจะเพิ่มจุดบนขอบพื้นที่ครอบคลุมทุก ๆ {} องศา จุดที่อยู่บนขอบพื้นที่นับว่าอยู่ภายใน ฟีเจอร์ที่ไม่มีรูปเรขาคณิต (แผนงานระดับอาเซียน) จะได้ค่าว่าง พื้นที่ครอบคลุมมีความแม่นยำเพียงเท่าที่ geometry_basis ระบุ (การรวมเขตปกครองระดับที่ 1 ลุ่มน้ำที่วาดด้วยมือ หรือทั้งประเทศ) หากเว้นว่างพารามิเตอร์ชั้นข้อมูล จะใช้เมือง โครงการ และพื้นที่ครอบคลุมของข้อมูลที่ปลั๊กอินแสดงอยู่ ชั้นข้อมูลอื่นต้องมีฟิลด์ city_id (เมือง) project_id (โครงการ) และ system_id, funder_country (พื้นที่ครอบคลุม)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="72" />
      <source>Analyse</source>
      <translation>วิเคราะห์</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="73" />
      <source>Cities</source>
      <translation>เมือง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="73" />
      <source>Cities and projects</source>
      <translation>เมืองและโครงการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="85" />
      <source>Flood-warning coverage (empty: every coverage area of {})</source>
      <translation>พื้นที่ครอบคลุมการเตือนภัยน้ำท่วม (เว้นว่าง: ทุกพื้นที่ครอบคลุมของ{})</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="88" />
      <source>Cities and flood coverage</source>
      <translation>เมืองและพื้นที่ครอบคลุมการเตือนภัยน้ำท่วม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="91" />
      <source>Projects and flood coverage</source>
      <translation>โครงการและพื้นที่ครอบคลุมการเตือนภัยน้ำท่วม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="93" />
      <source>Cities outside every coverage area</source>
      <translation>เมืองที่อยู่นอกพื้นที่ครอบคลุมทั้งหมด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="94" />
      <source>Projects outside every coverage area</source>
      <translation>โครงการที่อยู่นอกพื้นที่ครอบคลุมทั้งหมด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="109" />
      <source>The coverage layer lacks the fields the analysis needs: {}.</source>
      <translation>ชั้นข้อมูลพื้นที่ครอบคลุมไม่มีฟิลด์ที่การวิเคราะห์ต้องใช้: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="113" />
      <source>{} lacks the id field {}.</source>
      <translation>{} ไม่มีฟิลด์รหัส {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="116" />
      <source>The coverage layer has no areas: every distance stays empty.</source>
      <translation>ชั้นข้อมูลพื้นที่ครอบคลุมไม่มีพื้นที่ใดเลย: ระยะทางทั้งหมดจะว่างเปล่า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="125" />
      <source>The output {} could not be created.</source>
      <translation>สร้างผลลัพธ์ {} ไม่ได้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/flood_coverage.py" line="143" />
      <source>{}: {} outside every coverage area.</source>
      <translation>{}: {} รายการอยู่นอกพื้นที่ครอบคลุมทั้งหมด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="39" />
      <source>Projects added</source>
      <translation>โครงการที่เพิ่ม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="39" />
      <source>Projects updated</source>
      <translation>โครงการที่ปรับปรุง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="39" />
      <source>Records read</source>
      <translation>ระเบียนที่อ่าน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="40" />
      <source>Projects with coordinates</source>
      <translation>โครงการที่มีพิกัด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="40" />
      <source>Records skipped</source>
      <translation>ระเบียนที่ข้าม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="41" />
      <source>Projects placed at their country</source>
      <translation>โครงการที่วางไว้ที่ประเทศ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="41" />
      <source>Projects without location</source>
      <translation>โครงการที่ไม่มีตำแหน่ง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="42" />
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="69" />
      <source>Problems found</source>
      <translation>ปัญหาที่พบ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="83" />
      <source>Planner's GeoPackage (created from the bundled data when new, else updated)</source>
      <translation>GeoPackage ของผู้ใช้ (หากเป็นไฟล์ใหม่จะสร้างจากข้อมูลที่มาพร้อมปลั๊กอิน มิฉะนั้นจะปรับปรุงไฟล์เดิม)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="86" />
      <source>Or import into the team registry (saved PostgreSQL connection)</source>
      <translation>หรือนำเข้าสู่ทะเบียนข้อมูลของทีม (การเชื่อมต่อ PostgreSQL ที่บันทึกไว้)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="88" />
      <source>Projects without coordinates</source>
      <translation>โครงการที่ไม่มีพิกัด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="94" />
      <source>Import report</source>
      <translation>รายงานการนำเข้า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_common.py" line="138" />
      <source>Choose where the projects go: your GeoPackage or the team registry.</source>
      <translation>โปรดเลือกปลายทางของโครงการ: GeoPackage ของคุณหรือทะเบียนข้อมูลของทีม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="31" />
      <source>Import projects from CSV (HXL, 3W, AidData)</source>
      <translation>นำเข้าโครงการจาก CSV (HXL, 3W, AidData)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="34" />
      <source>Reads a CSV table into the planner's GeoPackage (created from the bundled data when new). Columns with HXL hashtags (#activity+name, #org+funder, #org+impl, #sector, #country+code, #adm1+name, #geo+lat, #geo+lon, #date+start, #date+end, #status, #value+usd …) and columns named like the projects' fields are recognised on their own. Other columns are named in the mapping as field=column pairs separated by ; or new lines, e.g. title=Project name;latitude=Lat;longitude=Lon (a column is named by its header, its HXL tag or its number; field=- ignores a recognised column). A table with only project_id, latitude, longitude and precision_code (AidData) sets the locations of projects already in the GeoPackage. Rows sharing an id are one project at several places; tables without ids get stable ones from organisation, activity, sector, country and start. Every project is checked as in the IATI import.</source>
      <translation>อ่านตาราง CSV เข้าสู่ GeoPackage ของผู้ใช้ (หากเป็นไฟล์ใหม่จะสร้างจากข้อมูลที่มาพร้อมปลั๊กอิน) คอลัมน์ที่มีแฮชแท็ก HXL (#activity+name, #org+funder, #org+impl, #sector, #country+code, #adm1+name, #geo+lat, #geo+lon, #date+start, #date+end, #status, #value+usd …) และคอลัมน์ที่ตั้งชื่อเหมือนฟิลด์ของโครงการจะถูกจดจำได้เอง คอลัมน์อื่นให้ระบุในการจับคู่เป็นคู่ ฟิลด์=คอลัมน์ คั่นด้วย ; หรือขึ้นบรรทัดใหม่ เช่น title=Project name;latitude=Lat;longitude=Lon (อ้างถึงคอลัมน์ด้วยหัวคอลัมน์ แท็ก HXL หรือหมายเลขคอลัมน์; field=- จะไม่ใช้คอลัมน์ที่จดจำได้นั้น) ตารางที่มีเพียง project_id, latitude, longitude และ precision_code (AidData) จะกำหนดตำแหน่งของโครงการที่มีอยู่แล้วใน GeoPackage แถวที่มีรหัสเดียวกันคือโครงการเดียวกันในหลายสถานที่ ตารางที่ไม่มีรหัสจะได้รหัสคงที่ที่สร้างจากองค์กร กิจกรรม สาขา ประเทศ และปีเริ่มต้น ทุกโครงการจะได้รับการตรวจสอบเช่นเดียวกับการนำเข้า IATI</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="49" />
      <source>CSV table</source>
      <translation>ตาราง CSV</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="50" />
      <source>CSV (*.csv *.txt *.tsv);;All files (*)</source>
      <translation>CSV (*.csv *.txt *.tsv);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="52" />
      <source>Column mapping (field=column; …)</source>
      <translation>การจับคู่คอลัมน์ (ฟิลด์=คอลัมน์; …)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_csv.py" line="54" />
      <source>Encoding</source>
      <translation>การเข้ารหัสอักขระ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="25" />
      <source>Import IATI activities</source>
      <translation>นำเข้ากิจกรรม IATI</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="28" />
      <source>Reads an IATI activity file (versions 2.01-2.03 and 1.0x) as it streams, so large files take little memory, and adds its activities to the planner's GeoPackage, or updates them when their iati-identifier is there already. A new GeoPackage starts as a copy of the bundled data; the bundled file is never changed, and the planner's file is only replaced once the whole import has succeeded. Locations are read latitude first, as IATI writes them; activities without coordinates are placed at their recipient country or kept without geometry. DAC sectors are mapped to the plugin's categories through its crosswalk; amounts are summed per currency and never converted. Every activity is checked (swapped coordinates, points outside the recipient country or at sea, percentages, sources, duplicate ids, future dates); the problems form a point layer.</source>
      <translation>อ่านไฟล์กิจกรรม IATI (เวอร์ชัน 2.01-2.03 และ 1.0x) แบบสตรีมขณะอ่าน ไฟล์ขนาดใหญ่จึงใช้หน่วยความจำน้อย และเพิ่มกิจกรรมลงใน GeoPackage ของผู้ใช้ หรือปรับปรุงกิจกรรมที่มี iati-identifier อยู่แล้ว GeoPackage ใหม่จะเริ่มจากสำเนาของข้อมูลที่มาพร้อมปลั๊กอิน ไฟล์ที่มาพร้อมปลั๊กอินจะไม่ถูกแก้ไข และไฟล์ของผู้ใช้จะถูกแทนที่ก็ต่อเมื่อการนำเข้าทั้งหมดสำเร็จแล้วเท่านั้น ตำแหน่งจะอ่านละติจูดก่อนตามที่ IATI บันทึกไว้ กิจกรรมที่ไม่มีพิกัดจะถูกวางไว้ที่ประเทศผู้รับ หรือเก็บไว้โดยไม่มีรูปเรขาคณิต สาขา DAC จะถูกจับคู่กับหมวดของปลั๊กอินผ่านตารางเทียบสาขา มูลค่าจะรวมแยกตามสกุลเงินและไม่มีการแปลงค่า ทุกกิจกรรมจะได้รับการตรวจสอบ (พิกัดสลับกัน จุดอยู่นอกประเทศผู้รับหรืออยู่ในทะเล ร้อยละ แหล่งที่มา รหัสซ้ำ วันที่ในอนาคต) ปัญหาที่พบจะรวมเป็นชั้นข้อมูลจุด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="43" />
      <source>IATI activity file</source>
      <translation>ไฟล์กิจกรรม IATI</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/import_iati.py" line="44" />
      <source>IATI XML (*.xml *.XML);;All files (*)</source>
      <translation>IATI XML (*.xml *.XML);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="30" />
      <source>Publish to the team registry (PostGIS)</source>
      <translation>เผยแพร่ไปยังทะเบียนข้อมูลของทีม (PostGIS)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="33" />
      <source>Publishes the cooperation data (the bundled data, or your own GeoPackage) as the team registry: schema smartcity in the database of a saved PostgreSQL connection, with the GeoPackage's tables and indexes, rules (unique ids, sane years, known sector codes), record versions, an audit log, and the roles smartcity_reader (view and filter) and smartcity_editor (also edit). Credentials come from the connection's authentication configuration. Everything happens in one transaction: on an error or a cancel the database stays as it was. An existing registry is only replaced when you ask, and is then kept as a schema smartcity_replaced_&lt;time&gt; with its edits and audit log.</source>
      <translation>เผยแพร่ข้อมูลความร่วมมือ (ข้อมูลที่มาพร้อมปลั๊กอิน หรือ GeoPackage ของคุณเอง) เป็นทะเบียนข้อมูลของทีม: สคีมา smartcity ในฐานข้อมูลของการเชื่อมต่อ PostgreSQL ที่บันทึกไว้ พร้อมตารางและดัชนีของ GeoPackage กฎ (รหัสไม่ซ้ำ ปีที่สมเหตุสมผล รหัสสาขาที่รู้จัก) เวอร์ชันของระเบียน บันทึกการตรวจสอบ และบทบาท smartcity_reader (ดูและกรอง) และ smartcity_editor (แก้ไขได้ด้วย) ข้อมูลประจำตัวสำหรับเข้าระบบนำมาจากการกำหนดค่าการยืนยันตัวตนของการเชื่อมต่อ ทุกขั้นตอนดำเนินการภายในธุรกรรมเดียว: หากเกิดข้อผิดพลาดหรือมีการยกเลิก ฐานข้อมูลจะยังคงเหมือนเดิม ทะเบียนข้อมูลที่มีอยู่จะถูกแทนที่เฉพาะเมื่อคุณสั่งเท่านั้น และจะถูกเก็บไว้เป็นสคีมา smartcity_replaced_&lt;time&gt; พร้อมการแก้ไขและบันทึกการตรวจสอบ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="45" />
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="37" />
      <source>Database (saved PostgreSQL connection)</source>
      <translation>ฐานข้อมูล (การเชื่อมต่อ PostgreSQL ที่บันทึกไว้)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="47" />
      <source>GeoPackage to publish (empty: the data the plugin uses)</source>
      <translation>GeoPackage ที่จะเผยแพร่ (เว้นว่าง: ข้อมูลที่ปลั๊กอินใช้อยู่)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="50" />
      <source>Replace the registry if the database has one (the old one is kept as a copy)</source>
      <translation>แทนที่ทะเบียนข้อมูลหากฐานข้อมูลมีอยู่แล้ว (ทะเบียนข้อมูลเดิมจะถูกเก็บไว้เป็นสำเนา)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="52" />
      <source>Projects published</source>
      <translation>โครงการที่เผยแพร่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="53" />
      <source>Schema keeping the replaced registry</source>
      <translation>สคีมาที่เก็บทะเบียนข้อมูลที่ถูกแทนที่</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="78" />
      <source>{}: {} records</source>
      <translation>{}: {} ระเบียน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="80" />
      <source>The registry that was there is kept as schema {}.</source>
      <translation>ทะเบียนข้อมูลเดิมถูกเก็บไว้เป็นสคีมา {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/publish_registry.py" line="82" />
      <source>The role {} does not exist and your role may not create it: ask the database's administrator to create it (NOLOGIN) and publish again, or grant rights yourself.</source>
      <translation>ไม่มีบทบาท {} และบทบาทของคุณไม่มีสิทธิ์สร้าง: โปรดขอให้ผู้ดูแลระบบฐานข้อมูลสร้างบทบาทนี้ (NOLOGIN) แล้วเผยแพร่อีกครั้ง หรือให้สิทธิ์ด้วยตนเอง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="21" />
      <source>Upgrade the team registry (PostGIS)</source>
      <translation>ปรับรุ่นทะเบียนของทีม (PostGIS)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="24" />
      <source>Closes the security holes of a team registry published by an earlier version of the plugin, in place: everything in schema smartcity and in the kept smartcity_replaced_… copies then belongs to the role smartcity_owner (which nobody logs in as), the registry's functions can no longer be called or misled by other roles, a record's fid can no longer change, and a conflict is filed only for a change the registry really refused. Records, versions and the audit log stay exactly as they are; running it again changes nothing. Run it as the role that published the registry (or a superuser), through a saved PostgreSQL connection. Until it has run, the plugin does not open the registry.</source>
      <translation>ปิดช่องโหว่ด้านความปลอดภัยของทะเบียนของทีมที่เผยแพร่ด้วยปลั๊กอินรุ่นก่อนในที่เดิม: ทุกอย่างในสคีมา smartcity และในสำเนา smartcity_replaced_… ที่เก็บไว้จะเป็นของบทบาท smartcity_owner (ซึ่งไม่มีใครเข้าสู่ระบบด้วย) ฟังก์ชันของทะเบียนจะไม่ถูกบทบาทอื่นเรียกใช้หรือหลอกได้อีก fid ของระเบียนจะเปลี่ยนไม่ได้อีก และความขัดแย้งจะถูกบันทึกเฉพาะการเปลี่ยนแปลงที่ทะเบียนปฏิเสธจริง ระเบียน รุ่น และบันทึกการตรวจสอบคงเดิมทุกประการ การเรียกใช้ซ้ำไม่เปลี่ยนแปลงสิ่งใด เรียกใช้ด้วยบทบาทที่เผยแพร่ทะเบียน (หรือ superuser) ผ่านการเชื่อมต่อ PostgreSQL ที่บันทึกไว้ ก่อนเรียกใช้ ปลั๊กอินจะไม่เปิดทะเบียน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="38" />
      <source>Problems fixed</source>
      <translation>ปัญหาที่แก้ไขแล้ว</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="61" />
      <source>Fixed: {}</source>
      <translation>แก้ไขแล้ว: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="63" />
      <source>The registry was up to date; nothing needed changing.</source>
      <translation>ทะเบียนเป็นรุ่นล่าสุดแล้ว ไม่ต้องเปลี่ยนแปลงสิ่งใด</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/algorithms/upgrade_registry.py" line="64" />
      <source>Secured: {}</source>
      <translation>ป้องกันแล้ว: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="59" />
      <source>the downloaded catalogue {}</source>
      <translation>แคตตาล็อกที่ดาวน์โหลด {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="60" />
      <source>the GeoPackage {}</source>
      <translation>GeoPackage {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="70" />
      <source>ASEAN–Korea category</source>
      <translation>หมวดอาเซียน–เกาหลี</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="70" />
      <source>Kearney dimension</source>
      <translation>มิติของ Kearney</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="71" />
      <source>ASCN focus area</source>
      <translation>ประเด็นหลักของ ASCN</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/choices.py" line="105" />
      <source>The choices of {} could not be read: {}</source>
      <translation>อ่านตัวเลือกของ{}ไม่ได้: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/fetch_choices.py" line="31" />
      <source>The sectors of the data could not be read: {}</source>
      <translation>อ่านสาขาของข้อมูลไม่ได้: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="35" />
      <source>Sectors, in any of the sector lists (codes, e.g. water,mobility)</source>
      <translation>สาขา จากรายการสาขาใดก็ได้ (รหัส เช่น water,mobility)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="36" />
      <source>Donor countries (ISO codes, e.g. US,KR)</source>
      <translation>ประเทศผู้ให้ทุน (รหัส ISO เช่น US,KR)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="37" />
      <source>Agencies (a group also finds its joint projects, e.g. KOICA)</source>
      <translation>หน่วยงาน (กลุ่มจะพบโครงการร่วมด้วย เช่น KOICA)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="38" />
      <source>Recipient countries (ISO codes, e.g. KH,LA)</source>
      <translation>ประเทศผู้รับ (รหัส ISO เช่น KH,LA)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="39" />
      <source>ASCN cities (city ids)</source>
      <translation>เมือง ASCN (รหัสเมือง)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="41" />
      <source>Active from year</source>
      <translation>ดำเนินการตั้งแต่ปี</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="42" />
      <source>Active until year</source>
      <translation>ดำเนินการถึงปี</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="43" />
      <source>Smallest amount (USD)</source>
      <translation>มูลค่าต่ำสุด (USD)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="44" />
      <source>Largest amount (USD)</source>
      <translation>มูลค่าสูงสุด (USD)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="60" />
      <source>empty: any; choices from {}</source>
      <translation>เว้นว่าง: ทั้งหมด; ตัวเลือกจาก{}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/filter_parameters.py" line="66" />
      <source>Title contains</source>
      <translation>ชื่อเรื่องมีคำว่า</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/inputs.py" line="23" />
      <source>The layer {} could not be read.</source>
      <translation>อ่านชั้นข้อมูล {} ไม่ได้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/inputs.py" line="41" />
      <source>{} lacks the fields {} needs: {}.</source>
      <translation>{} ไม่มีฟิลด์ที่ {} ต้องใช้: {}</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/inputs.py" line="42" />
      <source>the filter</source>
      <translation>ตัวกรอง</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/inputs.py" line="56" />
      <source>Unknown sector: {}. Use codes such as water, mobility, kearney.smart_energy or ascn.quality_environment (see the plugin's sectors table).</source>
      <translation>ไม่รู้จักสาขา: {} ใช้รหัส เช่น water, mobility, kearney.smart_energy หรือ ascn.quality_environment (ดูตารางสาขาของปลั๊กอิน)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/pick_lists.py" line="79" />
      <source>{}: there is no choice number {} (the list has {}).</source>
      <translation>{}: ไม่มีตัวเลือกหมายเลข {} (รายการมี {} รายการ)</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/pick_widget.py" line="39" />
      <source>other codes, comma-separated</source>
      <translation>รหัสอื่น คั่นด้วยจุลภาค</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/processing/provider.py" line="56" />
      <source>Smart City Cooperation Map {}</source>
      <translation>แผนที่ความร่วมมือเมืองอัจฉริยะ {}</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="2" />
      <source>Security</source>
      <translation>ความปลอดภัย</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="3" />
      <source>Health care</source>
      <translation>การดูแลสุขภาพ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="4" />
      <source>Mobility</source>
      <translation>การเดินทางและขนส่ง</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="5" />
      <source>Energy</source>
      <translation>พลังงาน</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="6" />
      <source>Water</source>
      <translation>น้ำ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="7" />
      <source>Waste</source>
      <translation>การจัดการขยะ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="8" />
      <source>E-Government</source>
      <translation>รัฐบาลอิเล็กทรอนิกส์</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="9" />
      <source>Participation</source>
      <translation>การมีส่วนร่วม</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="10" />
      <source>1.1 Road Depression Monitoring</source>
      <translation>1.1 การตรวจติดตามการทรุดตัวของถนน</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="11" />
      <source>1.2 Climate Risk Management</source>
      <translation>1.2 การบริหารจัดการความเสี่ยงด้านสภาพภูมิอากาศ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="12" />
      <source>1.3 Real-time Response System for Accidents</source>
      <translation>1.3 ระบบตอบสนองอุบัติเหตุแบบเรียลไทม์</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="13" />
      <source>1.4 Safety Check for Public Structures</source>
      <translation>1.4 การตรวจสอบความปลอดภัยของสิ่งก่อสร้างสาธารณะ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="14" />
      <source>1.5 Maritime Safety System</source>
      <translation>1.5 ระบบความปลอดภัยทางทะเล</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="15" />
      <source>2.1 Emergency Patient Management System</source>
      <translation>2.1 ระบบบริหารจัดการผู้ป่วยฉุกเฉิน</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="16" />
      <source>2.2 Elderly Care System</source>
      <translation>2.2 ระบบดูแลผู้สูงอายุ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="17" />
      <source>2.3 Air Quality Monitoring System</source>
      <translation>2.3 ระบบตรวจวัดคุณภาพอากาศ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="18" />
      <source>2.4 Remote Diagnostic System</source>
      <translation>2.4 ระบบวินิจฉัยทางไกล</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="19" />
      <source>3.1 Tunnel Violation Enforcement Service</source>
      <translation>3.1 บริการตรวจจับการฝ่าฝืนกฎจราจรในอุโมงค์</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="20" />
      <source>3.2 Smart Parking Information System</source>
      <translation>3.2 ระบบข้อมูลที่จอดรถอัจฉริยะ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="21" />
      <source>3.3 Driving Danger Warning System</source>
      <translation>3.3 ระบบเตือนอันตรายในการขับขี่</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="22" />
      <source>3.4 Illegal Parking Enforcement System</source>
      <translation>3.4 ระบบตรวจจับการจอดรถผิดกฎหมาย</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="23" />
      <source>3.5 Bicycle Sharing Service</source>
      <translation>3.5 บริการจักรยานสาธารณะ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="24" />
      <source>3.6 Ships Navigation Support System</source>
      <translation>3.6 ระบบสนับสนุนการเดินเรือ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="25" />
      <source>3.7 Bus Information System</source>
      <translation>3.7 ระบบข้อมูลรถโดยสารประจำทาง</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="26" />
      <source>3.8 Public Transport Fare Integration System</source>
      <translation>3.8 ระบบตั๋วร่วมขนส่งสาธารณะ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="27" />
      <source>4.1 Zero Energy House</source>
      <translation>4.1 บ้านพลังงานสุทธิเป็นศูนย์</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="28" />
      <source>4.2 Smart Lamp Post</source>
      <translation>4.2 เสาไฟอัจฉริยะ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="29" />
      <source>4.3 Electricity Bill Management Service</source>
      <translation>4.3 บริการบริหารจัดการค่าไฟฟ้า</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="30" />
      <source>5.1 Smart Water Supply System</source>
      <translation>5.1 ระบบประปาอัจฉริยะ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="31" />
      <source>5.2 Smart Water Metering System</source>
      <translation>5.2 ระบบมาตรวัดน้ำอัจฉริยะ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="32" />
      <source>5.3 Fountain Water Quality Information System</source>
      <translation>5.3 ระบบข้อมูลคุณภาพน้ำจากจุดบริการน้ำดื่มสาธารณะ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="33" />
      <source>5.4 Smart Water Treatment System</source>
      <translation>5.4 ระบบผลิตน้ำประปาอัจฉริยะ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="34" />
      <source>5.5 Intelligent Wastewater Treatment System</source>
      <translation>5.5 ระบบบำบัดน้ำเสียอัจฉริยะ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="35" />
      <source>5.6 Pipeline Leakage Management System</source>
      <translation>5.6 ระบบบริหารจัดการน้ำรั่วในท่อส่งน้ำ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="36" />
      <source>6.1 Mobile Payment System for Waste Disposal</source>
      <translation>6.1 ระบบชำระค่าทิ้งขยะผ่านโทรศัพท์มือถือ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="37" />
      <source>6.2 Carton Recycling Reward Service</source>
      <translation>6.2 บริการให้รางวัลการรีไซเคิลกล่องเครื่องดื่ม</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="38" />
      <source>6.3 Smart Trash Bin Service</source>
      <translation>6.3 บริการถังขยะอัจฉริยะ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="39" />
      <source>7.1 Cadastral Resurvey Service Using Drones</source>
      <translation>7.1 บริการรังวัดที่ดินใหม่ด้วยโดรน</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="40" />
      <source>7.2 Interactive Legal Knowledge Service</source>
      <translation>7.2 บริการความรู้กฎหมายแบบโต้ตอบ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="41" />
      <source>7.3 Cultural Heritage Management Service</source>
      <translation>7.3 บริการบริหารจัดการมรดกทางวัฒนธรรม</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="42" />
      <source>7.4 Digital Tax Payment Service</source>
      <translation>7.4 บริการชำระภาษีดิจิทัล</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="43" />
      <source>7.5 AI Math Education Platform (KnowRe)</source>
      <translation>7.5 แพลตฟอร์มการเรียนคณิตศาสตร์ด้วย AI (KnowRe)</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="44" />
      <source>7.6 Open GIS Platform</source>
      <translation>7.6 แพลตฟอร์ม GIS แบบเปิด</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="45" />
      <source>7.7 Digital Land use and Building Permit</source>
      <translation>7.7 การอนุญาตใช้ที่ดินและก่อสร้างอาคารแบบดิจิทัล</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="46" />
      <source>7.8 Online Self-Diagnosis of Permit Process</source>
      <translation>7.8 ระบบตรวจสอบขั้นตอนการขออนุญาตด้วยตนเองทางออนไลน์</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="47" />
      <source>8.1 Blockchain-based Local Currency Service</source>
      <translation>8.1 บริการเงินตราท้องถิ่นบนบล็อกเชน</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="48" />
      <source>8.2 Blockchain-based Voting System</source>
      <translation>8.2 ระบบลงคะแนนเสียงบนบล็อกเชน</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="49" />
      <source>8.3 Smart VOC Management System</source>
      <translation>8.3 ระบบบริหารจัดการเสียงของประชาชน (VOC) อัจฉริยะ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="50" />
      <source>8.4 Citizen Participation Platform (Wemap)</source>
      <translation>8.4 แพลตฟอร์มการมีส่วนร่วมของประชาชน (Wemap)</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="51" />
      <source>8.5 Digital Citizen Service</source>
      <translation>8.5 บริการประชาชนดิจิทัล</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="52" />
      <source>Smart energy</source>
      <translation>พลังงานอัจฉริยะ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="53" />
      <source>Smart environment</source>
      <translation>สิ่งแวดล้อมอัจฉริยะ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="54" />
      <source>Smart transport</source>
      <translation>การขนส่งอัจฉริยะ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="55" />
      <source>Smart IT</source>
      <translation>ไอทีอัจฉริยะ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="56" />
      <source>Smart buildings</source>
      <translation>อาคารอัจฉริยะ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="57" />
      <source>Smart healthcare</source>
      <translation>การดูแลสุขภาพอัจฉริยะ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="58" />
      <source>Civic &amp; social</source>
      <translation>พลเมืองและสังคม</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="59" />
      <source>Health &amp; well-being</source>
      <translation>สุขภาพและความเป็นอยู่ที่ดี</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="60" />
      <source>Safety &amp; security</source>
      <translation>ความปลอดภัยและความมั่นคง</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="61" />
      <source>Quality environment</source>
      <translation>สิ่งแวดล้อมที่มีคุณภาพ</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="62" />
      <source>Built infrastructure</source>
      <translation>โครงสร้างพื้นฐาน</translation>
    </message>
    <message>
      <location filename="../resources/data/sources/sectors.csv" line="63" />
      <source>Industry &amp; innovation</source>
      <translation>อุตสาหกรรมและนวัตกรรม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Brunei</source>
      <translation>บรูไน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Cambodia</source>
      <translation>กัมพูชา</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Indonesia</source>
      <translation>อินโดนีเซีย</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Laos</source>
      <translation>ลาว</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Malaysia</source>
      <translation>มาเลเซีย</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Myanmar</source>
      <translation>เมียนมา</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Philippines</source>
      <translation>ฟิลิปปินส์</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Singapore</source>
      <translation>สิงคโปร์</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Thailand</source>
      <translation>ไทย</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Viet Nam</source>
      <translation>เวียดนาม</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Timor-Leste</source>
      <translation>ติมอร์-เลสเต</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>United States</source>
      <translation>สหรัฐอเมริกา</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Korea</source>
      <translation>เกาหลีใต้</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Japan</source>
      <translation>ญี่ปุ่น</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>China</source>
      <translation>จีน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Australia</source>
      <translation>ออสเตรเลีย</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>Multilateral</source>
      <translation>พหุภาคี</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>the Philippines</source>
      <translation>ฟิลิปปินส์</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/names.py" line="1" />
      <source>the United States</source>
      <translation>สหรัฐอเมริกา</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>planned</source>
      <translation>วางแผน</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>ongoing</source>
      <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>completed</source>
      <translation>เสร็จสิ้น</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>suspended</source>
      <translation>ระงับ</translation>
    </message>
    <message>
      <location filename="../smartcity_plugin/core/schema.py" line="1" />
      <source>unknown</source>
      <translation>ไม่ทราบ</translation>
    </message>
  </context>
</TS>
