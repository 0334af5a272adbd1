<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="Symbology|Labeling" labelsEnabled="0" version="3.22.16-Białowieża">
  <renderer-v2 toleranceUnit="MM" circleWidth="0.2" labelAttributeName="" symbollevels="0" circleRadiusAddition="1.2" forceraster="0" referencescale="-1" enableorderby="0" labelDistanceFactor="0.5" placement="1" type="pointDisplacement" labelColor="0,0,0,255" maxLabelScaleDenominator="0" toleranceUnitScale="3x:0,0,0,0,0,0" circleColor="138,138,138,255" tolerance="2">
    <labelFontProperties description="DejaVu LGC Sans,12,-1,5,50,0,0,0,0,0" style=""/>
    <renderer-v2 symbollevels="0" forceraster="0" referencescale="-1" enableorderby="0" attr="donor_country" type="categorizedSymbol">
      <categories>
        <category label="United States" render="true" value="US" symbol="0"/>
        <category label="Korea" render="true" value="KR" symbol="1"/>
        <category label="Japan" render="true" value="JP" symbol="2"/>
        <category label="China" render="true" value="CN" symbol="3"/>
        <category label="Multilateral" render="true" value="XM" symbol="4"/>
        <category label="Other" render="true" value="" symbol="5"/>
      </categories>
      <symbols>
        <symbol name="0" alpha="1" force_rhr="0" type="marker" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="0,114,178,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="circle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.3" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="3.4" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="0,114,178,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.3" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="3.4" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties" type="Map">
                  <Option name="name" type="Map">
                    <Option name="active" value="true" type="bool"/>
                    <Option name="expression" value="CASE &quot;sector_primary&quot; WHEN 'water' THEN 'circle' WHEN 'mobility' THEN 'triangle' WHEN 'energy' THEN 'star' WHEN 'egov' THEN 'square' WHEN 'security' THEN 'diamond' WHEN 'health' THEN 'cross_fill' WHEN 'waste' THEN 'pentagon' WHEN 'participation' THEN 'hexagon' ELSE 'circle' END" type="QString"/>
                    <Option name="type" value="3" type="int"/>
                  </Option>
                </Option>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="1" alpha="1" force_rhr="0" type="marker" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="213,94,0,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="circle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.3" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="3.4" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="213,94,0,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.3" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="3.4" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties" type="Map">
                  <Option name="name" type="Map">
                    <Option name="active" value="true" type="bool"/>
                    <Option name="expression" value="CASE &quot;sector_primary&quot; WHEN 'water' THEN 'circle' WHEN 'mobility' THEN 'triangle' WHEN 'energy' THEN 'star' WHEN 'egov' THEN 'square' WHEN 'security' THEN 'diamond' WHEN 'health' THEN 'cross_fill' WHEN 'waste' THEN 'pentagon' WHEN 'participation' THEN 'hexagon' ELSE 'circle' END" type="QString"/>
                    <Option name="type" value="3" type="int"/>
                  </Option>
                </Option>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="2" alpha="1" force_rhr="0" type="marker" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="0,158,115,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="circle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.3" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="3.4" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="0,158,115,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.3" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="3.4" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties" type="Map">
                  <Option name="name" type="Map">
                    <Option name="active" value="true" type="bool"/>
                    <Option name="expression" value="CASE &quot;sector_primary&quot; WHEN 'water' THEN 'circle' WHEN 'mobility' THEN 'triangle' WHEN 'energy' THEN 'star' WHEN 'egov' THEN 'square' WHEN 'security' THEN 'diamond' WHEN 'health' THEN 'cross_fill' WHEN 'waste' THEN 'pentagon' WHEN 'participation' THEN 'hexagon' ELSE 'circle' END" type="QString"/>
                    <Option name="type" value="3" type="int"/>
                  </Option>
                </Option>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="3" alpha="1" force_rhr="0" type="marker" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="204,121,167,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="circle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.3" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="3.4" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="204,121,167,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.3" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="3.4" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties" type="Map">
                  <Option name="name" type="Map">
                    <Option name="active" value="true" type="bool"/>
                    <Option name="expression" value="CASE &quot;sector_primary&quot; WHEN 'water' THEN 'circle' WHEN 'mobility' THEN 'triangle' WHEN 'energy' THEN 'star' WHEN 'egov' THEN 'square' WHEN 'security' THEN 'diamond' WHEN 'health' THEN 'cross_fill' WHEN 'waste' THEN 'pentagon' WHEN 'participation' THEN 'hexagon' ELSE 'circle' END" type="QString"/>
                    <Option name="type" value="3" type="int"/>
                  </Option>
                </Option>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="4" alpha="1" force_rhr="0" type="marker" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="230,159,0,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="circle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.3" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="3.4" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="230,159,0,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.3" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="3.4" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties" type="Map">
                  <Option name="name" type="Map">
                    <Option name="active" value="true" type="bool"/>
                    <Option name="expression" value="CASE &quot;sector_primary&quot; WHEN 'water' THEN 'circle' WHEN 'mobility' THEN 'triangle' WHEN 'energy' THEN 'star' WHEN 'egov' THEN 'square' WHEN 'security' THEN 'diamond' WHEN 'health' THEN 'cross_fill' WHEN 'waste' THEN 'pentagon' WHEN 'participation' THEN 'hexagon' ELSE 'circle' END" type="QString"/>
                    <Option name="type" value="3" type="int"/>
                  </Option>
                </Option>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
        <symbol name="5" alpha="1" force_rhr="0" type="marker" clip_to_extent="1">
          <data_defined_properties>
            <Option type="Map">
              <Option name="name" value="" type="QString"/>
              <Option name="properties"/>
              <Option name="type" value="collection" type="QString"/>
            </Option>
          </data_defined_properties>
          <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
            <Option type="Map">
              <Option name="angle" value="0" type="QString"/>
              <Option name="cap_style" value="square" type="QString"/>
              <Option name="color" value="127,127,127,255" type="QString"/>
              <Option name="horizontal_anchor_point" value="1" type="QString"/>
              <Option name="joinstyle" value="bevel" type="QString"/>
              <Option name="name" value="circle" type="QString"/>
              <Option name="offset" value="0,0" type="QString"/>
              <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="offset_unit" value="MM" type="QString"/>
              <Option name="outline_color" value="255,255,255,255" type="QString"/>
              <Option name="outline_style" value="solid" type="QString"/>
              <Option name="outline_width" value="0.3" type="QString"/>
              <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="outline_width_unit" value="MM" type="QString"/>
              <Option name="scale_method" value="diameter" type="QString"/>
              <Option name="size" value="3.4" type="QString"/>
              <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
              <Option name="size_unit" value="MM" type="QString"/>
              <Option name="vertical_anchor_point" value="1" type="QString"/>
            </Option>
            <prop v="0" k="angle"/>
            <prop v="square" k="cap_style"/>
            <prop v="127,127,127,255" k="color"/>
            <prop v="1" k="horizontal_anchor_point"/>
            <prop v="bevel" k="joinstyle"/>
            <prop v="circle" k="name"/>
            <prop v="0,0" k="offset"/>
            <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
            <prop v="MM" k="offset_unit"/>
            <prop v="255,255,255,255" k="outline_color"/>
            <prop v="solid" k="outline_style"/>
            <prop v="0.3" k="outline_width"/>
            <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
            <prop v="MM" k="outline_width_unit"/>
            <prop v="diameter" k="scale_method"/>
            <prop v="3.4" k="size"/>
            <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
            <prop v="MM" k="size_unit"/>
            <prop v="1" k="vertical_anchor_point"/>
            <data_defined_properties>
              <Option type="Map">
                <Option name="name" value="" type="QString"/>
                <Option name="properties" type="Map">
                  <Option name="name" type="Map">
                    <Option name="active" value="true" type="bool"/>
                    <Option name="expression" value="CASE &quot;sector_primary&quot; WHEN 'water' THEN 'circle' WHEN 'mobility' THEN 'triangle' WHEN 'energy' THEN 'star' WHEN 'egov' THEN 'square' WHEN 'security' THEN 'diamond' WHEN 'health' THEN 'cross_fill' WHEN 'waste' THEN 'pentagon' WHEN 'participation' THEN 'hexagon' ELSE 'circle' END" type="QString"/>
                    <Option name="type" value="3" type="int"/>
                  </Option>
                </Option>
                <Option name="type" value="collection" type="QString"/>
              </Option>
            </data_defined_properties>
          </layer>
        </symbol>
      </symbols>
      <rotation/>
      <sizescale/>
    </renderer-v2>
    <symbol name="centerSymbol" alpha="1" force_rhr="0" type="marker" clip_to_extent="1">
      <data_defined_properties>
        <Option type="Map">
          <Option name="name" value="" type="QString"/>
          <Option name="properties"/>
          <Option name="type" value="collection" type="QString"/>
        </Option>
      </data_defined_properties>
      <layer locked="0" class="SimpleMarker" enabled="1" pass="0">
        <Option type="Map">
          <Option name="angle" value="0" type="QString"/>
          <Option name="cap_style" value="square" type="QString"/>
          <Option name="color" value="0,0,0,0" type="QString"/>
          <Option name="horizontal_anchor_point" value="1" type="QString"/>
          <Option name="joinstyle" value="bevel" type="QString"/>
          <Option name="name" value="circle" type="QString"/>
          <Option name="offset" value="0,0" type="QString"/>
          <Option name="offset_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="offset_unit" value="MM" type="QString"/>
          <Option name="outline_color" value="35,35,35,255" type="QString"/>
          <Option name="outline_style" value="solid" type="QString"/>
          <Option name="outline_width" value="0" type="QString"/>
          <Option name="outline_width_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="outline_width_unit" value="MM" type="QString"/>
          <Option name="scale_method" value="diameter" type="QString"/>
          <Option name="size" value="0" type="QString"/>
          <Option name="size_map_unit_scale" value="3x:0,0,0,0,0,0" type="QString"/>
          <Option name="size_unit" value="MM" type="QString"/>
          <Option name="vertical_anchor_point" value="1" type="QString"/>
        </Option>
        <prop v="0" k="angle"/>
        <prop v="square" k="cap_style"/>
        <prop v="0,0,0,0" k="color"/>
        <prop v="1" k="horizontal_anchor_point"/>
        <prop v="bevel" k="joinstyle"/>
        <prop v="circle" k="name"/>
        <prop v="0,0" k="offset"/>
        <prop v="3x:0,0,0,0,0,0" k="offset_map_unit_scale"/>
        <prop v="MM" k="offset_unit"/>
        <prop v="35,35,35,255" k="outline_color"/>
        <prop v="solid" k="outline_style"/>
        <prop v="0" k="outline_width"/>
        <prop v="3x:0,0,0,0,0,0" k="outline_width_map_unit_scale"/>
        <prop v="MM" k="outline_width_unit"/>
        <prop v="diameter" k="scale_method"/>
        <prop v="0" k="size"/>
        <prop v="3x:0,0,0,0,0,0" k="size_map_unit_scale"/>
        <prop v="MM" k="size_unit"/>
        <prop v="1" k="vertical_anchor_point"/>
        <data_defined_properties>
          <Option type="Map">
            <Option name="name" value="" type="QString"/>
            <Option name="properties"/>
            <Option name="type" value="collection" type="QString"/>
          </Option>
        </data_defined_properties>
      </layer>
    </symbol>
  </renderer-v2>
  <blendMode>0</blendMode>
  <featureBlendMode>0</featureBlendMode>
  <layerGeometryType>0</layerGeometryType>
</qgis>
